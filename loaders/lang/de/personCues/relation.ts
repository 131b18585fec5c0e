/**
 * Person cue rule relation+von+name: a lone capitalised word after "von" and a noun whose "von" complement is a person, a relation
 * ("der Sohn von Haldor", "eine Schülerin von Brenneck") or a work by its author ("Gemälde von Ostrander", "unter der Regie von Kessner").
 * The nouns are plain data in ../relation-nouns.ts. Order: `personCueRules` in ../index.ts.
 */
import {adjectiveShape, placeNameShape, predicativeShape} from "../bare-name-words.js";
import {authoredWorkNouns, personRelationNouns} from "../relation-nouns.js";
import {cueRule} from "../../../people/cue-rule.js";

const HEADS = new Set([...personRelationNouns, ...authoredWorkNouns]);
/** Heads of five or more letters, which end compounds ("Jugendfreund", "Ölgemälde"). */
const COMPOUND_HEADS = [...HEADS].filter((h) => h.length >= 5);
/** A capitalised word of lower-case letters after the first, three or more letters. */
const PLAIN_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * relation+von+name: "von" right after such a noun (or its compound: "Jugendfreund", "Ölgemälde"), and a plain word that is no noun by the
 * dictionary or its shape, no adjective and no place by its shape, nor a known surname (which keeps its rule); no capitalised word follows
 * (a longer name or a noun phrase).
 */
export const relationVonName = cueRule("relation+von+name", ({tokens, i, prev, next, w, lex}) => {
  const head = tokens[i - 2];
  if (prev?.lower !== "von" || !head?.cap || !head.word || !PLAIN_NAME.test(tokens[i].text) || (next?.word && next.cap)) return false;
  if (!HEADS.has(head.lower) && !COMPOUND_HEADS.some((h) => head.lower.endsWith(h))) return false;
  // known surnames keep their own rule
  if (lex.knownSurnames.has(w.lower) || lex.register.bySurname.has(w.lower)) return false;
  // "von" takes the dative: a word in -s here is no genitive ("der Sohn von Aridos")
  return !w.nounLike() && !w.eNoun() && !adjectiveShape.test(w.lower) && !predicativeShape.test(w.lower) && !placeNameShape.test(w.lower);
});
