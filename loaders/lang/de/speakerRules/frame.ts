/**
 * A Konjunktiv clause after a main clause whose verb the lexicon does not know
 * ("Die Wahlkommission hatte den Standpunkt vertreten, das Gericht sei nicht
 * zuständig", "Politische Kommentatoren wiesen daraufhin, dass …"): where the
 * Konjunktiv continuation would carry the speaker of an earlier sentence, the
 * subject of this sentence's main clause is the speaker, and the quote is the
 * clause after the comma.
 */
import {attributionByWord} from "../../../quotes/attribute.js";
import {clauseStart} from "../../../quotes/context.js";
import {phraseAt} from "../../../quotes/phrase.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {reportSubordinators} from "../clauseWords.js";
import {determiners} from "../speakerWords.js";
import {span} from "../quoteRules/clauses.js";
import {finiteVerbs, notPastForms, strongPastStems} from "../finite-verbs.js";
import {conjunctionLikeOpeners, copulaForms, finiteAuxiliaries, frontPrepositions, nonSpeakerSubjects, opinionFrames, pronominalAdverb, relativePronouns} from "./words.js";

const RELATIVE = new Set(relativePronouns);
const SUBORDINATORS = new Set(reportSubordinators);
const NOT_SPEAKERS = new Set(nonSpeakerSubjects);
const COPULA = new Set(copulaForms);
const OPINION = new Set(opinionFrames);
const PREPOSITIONS = new Set(frontPrepositions);
const DETERMINERS = new Set(determiners);
const AUXILIARIES = new Set(finiteAuxiliaries);
const CONJUNCTION_LIKE = new Set(conjunctionLikeOpeners);

/** Index of the first token in [from, to) that is in the list, or -1. */
function firstIn(list: number[], from: number, to: number): number {
  for (const k of list) if (k >= from && k < to) return k;
  return -1;
}

/**
 * "Am Freitag zog der Konzern das Angebot … zurück, …", "Dazu ließ X …
 * verbreiten, …": a prepositional phrase or pronominal adverb fills the
 * prefield, the finite verb follows, and the subject after it is a noun phrase.
 */
function frontedSubject(tokens: Token[]): {verb: number; subject: [number, number]} | null {
  const first = tokens[0]?.lower ?? "";
  if (CONJUNCTION_LIKE.has(first)) return null; // "Während Deutschland …", "Damit sich die Viren …": a subordinate clause
  let verb = -1;
  if (pronominalAdverb.test(first)) verb = 1;
  else if (PREPOSITIONS.has(first)) {
    const opener = tokens[1];
    if (!opener || !(DETERMINERS.has(opener.lower) || isCapitalised(opener))) return null; // not "Nach ihm …"
    const phrase = phraseAt(tokens, 1);
    if (phrase && phrase[0] === 1) verb = phrase[1] + 1;
  }
  const v = tokens[verb];
  if (!v || !isWord(v) || isCapitalised(v) || v.quote >= 0 || !isFiniteVerb(v.lower)) return null;
  const start = tokens[verb + 1];
  if (!start || start.quote >= 0 || !(DETERMINERS.has(start.lower) || (isCapitalised(start) && isWord(start)))) return null;
  const subject = phraseAt(tokens, verb + 1);
  return subject && subject[0] === verb + 1 && !NOT_SPEAKERS.has(start.lower) ? {verb, subject} : null;
}

/** A finite verb form: listed, a strong past stem ("zog", "übernahm"), or a weak past in -te/-ten that is no adjective. */
function isFiniteVerb(w: string): boolean {
  if (finiteVerbs.has(w) || AUXILIARIES.has(w)) return true;
  if (strongPastStems.some((stem) => w.endsWith(stem))) return true;
  return /\p{Ll}{2,}(?:te|ten)$/u.test(w) && !notPastForms.has(w) && !DETERMINERS.has(w);
}

export const frameContinuation: ClauseRule = {
  id: "de.quote.indirect.unknown-frame",
  apply(s) {
    const {tokens} = s;
    if (!s.last || s.cues.some((c) => !s.used.has(c.index)) || !s.strongKonjunktiv.length) return null;
    const fronted = frontedSubject(tokens);
    const subject = fronted ? fronted.subject : phraseAt(tokens, 0);
    if (!subject || tokens[0].quote >= 0 || subject[1] - subject[0] > 12) return null;
    if (!fronted && (NOT_SPEAKERS.has(tokens[0].lower) || SUBORDINATORS.has(tokens[0].lower))) return null;
    const verb = tokens[fronted ? fronted.verb : subject[1] + 1];
    if (!verb || !isWord(verb) || isCapitalised(verb) || verb.quote >= 0) return null;
    // "ist der Meinung", "war überzeugt": a copula frames a report only with a word of opinion
    if (COPULA.has(verb.lower) && !tokens.slice(subject[1] + 2, subject[1] + 6).some((t) => OPINION.has(t.lower))) return null;
    // the first comma after the verb, outside quotations, opens the reported clause
    let comma = subject[1] + 2;
    while (comma < tokens.length && !(tokens[comma].text === "," && tokens[comma].quote < 0)) comma++;
    if (fronted) {
      // past the subject's appositions and relative clauses: the comma before the clause with the Konjunktiv
      const k = firstIn(s.strongKonjunktiv, fronted.verb + 1, tokens.length);
      const from = k < 0 ? -1 : clauseStart(tokens, k);
      if (from < 1 || tokens[from - 1].text !== ",") return null;
      comma = from - 1;
    }
    const open = comma + 1;
    if (open >= tokens.length - 2 || comma - subject[1] > 20) return null;
    const first = tokens[open].lower;
    // ", das Gericht sei …" opens with an article; ", das … hatte" with a relative pronoun
    const article = RELATIVE.has(first) && isCapitalised(tokens[open + 1]) && isWord(tokens[open + 1]);
    if ((RELATIVE.has(first) && !article) || SUBORDINATORS.has(first) || tokens[open].quote >= 0) return null;
    // the main clause is indicative; the clause after the comma reports ("dass …" or a Konjunktiv I)
    if (firstIn(s.konjunktiv, 0, comma) >= 0) return null;
    if (first !== "dass" && firstIn(s.strongKonjunktiv, open, tokens.length) < 0) return null;
    return {...span(tokens, open, tokens.length), type: "indirect", ...attributionByWord(tokens, fronted ? fronted.verb : subject[1] + 1, subject)};
  }
};
