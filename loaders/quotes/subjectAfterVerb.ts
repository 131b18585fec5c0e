/**
 * The subject phrase after a speech verb ("sagte der Minister", "sagte am Montag der Minister"): past
 * "sich" and a few adverbs, or past prepositional phrases of time, place or occasion.
 */
import {afterVerbPrepositions, genitiveNounEndings as GENITIVE_NOUN, nominativeDeterminers} from "../lang/de/speakerWords.js";
import {DETERMINER_WORDS} from "./findCues.js";
import {isAdjective, phraseAt, type TokenRange} from "./phrase.js";
import {type Token, UPPER_START} from "./tokens.js";

const AFTER_VERB_SKIP = new Set(["hingegen", "dagegen", "sich", "ihn", "ihm", "ihnen", "uns", "mir", "auch", "außerdem", "zudem", "ebenfalls", "jedoch", "aber", "nun", "bereits", "dazu", "dabei", "darin", "erneut", "zuletzt", "weiter", "noch", "schon", "dann", "am", "heute", "gestern"]);

/** The subject phrase after a verb, skipping "sich" and a few adverbs. */
export function phraseAfter(tokens: Token[], i: number): TokenRange {
  let j = i;
  while (j < tokens.length && AFTER_VERB_SKIP.has(tokens[j].lower) && j < i + 3) j++;
  if (j >= tokens.length || tokens[j].quote >= 0) return null;
  if (tokens[j].lower === "es" && j + 2 < tokens.length && /^(?:in|im|aus|auf)$/.test(tokens[j + 1].lower)) {
    // "heißt es in der Erklärung": the statement stands for its author
    return phraseAt(tokens, j + 2);
  }
  // "sagte am Montag der Minister": "am" opens a phrase of time here, not skipped on its own
  let p = i;
  while (p < j && !AFTER_VERB_PREPOSITIONS.has(tokens[p].lower)) p++;
  return subjectAfterAdverbials(tokens, p) ?? phraseAt(tokens, j);
}

const AFTER_VERB_PREPOSITIONS = new Set(afterVerbPrepositions);
const NOMINATIVE = new Set(nominativeDeterminers);
const GENITIVE = new Set(["des", "eines"]);
const PP_DETERMINERS = new Set([...DETERMINER_WORDS, "diesem", "seinem", "ihrem", "seiner", "ihrer", "einer", "einem"]);

/** The end (exclusive) of a noun phrase object of a preposition at i: a determiner, adjectives or numbers, one noun, genitives. -1 when none. */
function objectEnd(tokens: Token[], i: number): number {
  let k = i;
  if (k < tokens.length && PP_DETERMINERS.has(tokens[k].lower)) k++;
  while (k < tokens.length && (isAdjective(tokens[k]) || /^\d+\.?$/.test(tokens[k].text) || tokens[k].text === ".")) k++;
  if (k >= tokens.length || tokens[k].quote >= 0 || !UPPER_START.test(tokens[k].text)) return -1;
  k++;
  while (k < tokens.length && /^\d+$/.test(tokens[k].text)) k++; // "am 12. März 2008"
  // "in der Sitzung des Ausschusses": a genitive after the noun is the object's
  if (k < tokens.length && GENITIVE.has(tokens[k].lower)) return objectEnd(tokens, k + 1);
  return k;
}

/**
 * "sagte am Montag der Minister", "erklärte im Gespräch mit der Zeitung Anna Berg": the subject after
 * one to three prepositional phrases of time, place or occasion after the verb (token i opens the
 * first); null when i opens none or no subject (a nominative determiner or a capitalised word) follows.
 */
function subjectAfterAdverbials(tokens: Token[], i: number): TokenRange {
  let k = i;
  let genitive = false;
  for (let n = 0; n < 3 && k < tokens.length && AFTER_VERB_PREPOSITIONS.has(tokens[k].lower); n++) {
    const end = objectEnd(tokens, k + 1);
    if (end < 0) return null;
    genitive ||= tokens.slice(k + 1, end).some((t) => GENITIVE.has(t.lower));
    k = end;
  }
  const t = tokens[k];
  if (k === i || !t || t.quote >= 0) return null;
  if (t.lower === "der") {
    // "an den Liebling der europäischen Grünen": a genitive, not a subject
    let h = k + 1;
    while (h < tokens.length && isAdjective(tokens[h])) h++;
    if (!tokens[h] || GENITIVE_NOUN.test(tokens[h].lower)) return null;
  } else if (!NOMINATIVE.has(t.lower)) {
    // a name or role noun without article, not right after a genitive ("des Standorts Österreich")
    if (genitive || !UPPER_START.test(t.text) || AFTER_VERB_PREPOSITIONS.has(t.lower)) return null;
  }
  return phraseAt(tokens, k);
}
