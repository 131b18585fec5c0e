/**
 * Speaker spans that the noun-phrase grammar cuts short, widened to what the
 * Wikinews gold marks: the field of an institution or role after "für" ("der
 * Sprecher des Bundesamtes für Migration, Karl Roth", also after the verb,
 * where the phrase stopped at the preposition) and the second subject of a
 * plural speech verb ("Am Montag erklärten der Bürgermeister und die
 * Landrätin, …").
 */
import {isAdjective, phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {SpeakerRefinement, SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {isCommonNoun, isCommonNounOrGenitive} from "../common-nouns.js";
import {isDictionaryPluralVerb} from "../finite-verb-dict.js";
import {attributiveEnding, isArticle} from "../inflection.js";
import {attributionPrepositions} from "../speechVerbs.js";
import {leadingParticles, nameComplementPrepositions, pluralVerbForms, subjectConjunctions} from "./words.js";

const COMPLEMENT = new Set(nameComplementPrepositions);
const CONJUNCTIONS = new Set(subjectConjunctions);
const PLURAL_FORMS = new Set(pluralVerbForms);
const PARTICLES = new Set(leadingParticles);
/** Words that put a source phrase after them, within the clause it vouches for ("Laut dem Institut für … sei …"). */
const SOURCE_WORDS = new Set([...attributionPrepositions, "nach"]);

/** A capitalised word outside quotations. */
const capitalWord = (t: Token | undefined): t is Token => !!t && t.quote < 0 && isWord(t) && isCapitalised(t);

/** A name word: capitalised and no common noun in any of its hyphen parts ("Karl-Heinz", "Roth"; not "Zugeständnisse"). */
const nameWord = (t: Token | undefined): t is Token => capitalWord(t) && t.lower.split("-").every((p) => !isCommonNoun(p));


/** The end of one field after "für" from token j: adjectives, then a capitalised noun; -1 when none. */
function fieldEnd(tokens: Token[], j: number, limit: number): number {
  let k = j;
  while (k + 1 < limit && (isAdjective(tokens[k]) || (capitalWord(tokens[k]) && attributiveEnding.test(tokens[k].lower))) && capitalWord(tokens[k + 1])) k++;
  return k < limit && capitalWord(tokens[k]) ? k : -1;
}

/**
 * The end of "für" + field after an institution or role noun at `last` ("Bundesamt für Migration",
 * "Sprecher für Digitale Infrastruktur", "Ministerium für Umwelt und Verkehr"), and of a name right after
 * it ("Landesamt für Wasserbau Karl-Heinz Brandner"); -1 when token last + 1 opens no such field. An
 * article after "für" is an adverbial ("für die Regierung"), and so is a field that another word
 * follows ("forderte der Verband für Handel Zugeständnisse", "sprach sich der Verband für Steuern aus");
 * the head is a noun of the dictionary or comes after an article (not a name: "Anna Berg für Greenpeace").
 */
export function complementEnd(tokens: Token[], last: number, limit: number, verb: number, open = false): number {
  const head = tokens[last];
  const preposition = tokens[last + 1];
  if (!capitalWord(head) || !preposition || preposition.quote >= 0 || !COMPLEMENT.has(preposition.lower)) return -1;
  if (!isCommonNounOrGenitive(head.lower) && !isArticle(tokens[last - 1]?.lower ?? "")) return -1;
  let end = fieldEnd(tokens, last + 2, limit);
  // "für Umwelt und Verkehr": fields joined by a conjunction
  while (end > 0 && CONJUNCTIONS.has(tokens[end + 1]?.lower ?? "")) {
    const more = fieldEnd(tokens, end + 2, limit);
    if (more < 0) break;
    end = more;
  }
  if (end < 0) return -1;
  // a name may follow the field ("… für Arbeit Karl-Heinz Brandner")
  let k = end + 1;
  while (k < limit && k < end + 4 && (nameWord(tokens[k]) || (k > end + 1 && capitalWord(tokens[k])))) k++;
  // or a name set off by a comma, as the phrase grammar takes it without a field ("…, Karl Roth")
  if (k === end + 1 && tokens[k]?.text === "," && nameWord(tokens[k + 1]) && capitalWord(tokens[k + 2])) {
    let n = k + 1;
    while (n < limit && n < k + 5 && capitalWord(tokens[n])) n++;
    if (!tokens[n] || !isWord(tokens[n])) k = n;
  }
  const next = tokens[k];
  if (!next || k === verb || !isWord(next) || next.quote >= 0) return k - 1;
  // after an attribution word the clause goes on ("Laut dem Institut für Wirtschaftsforschung sei …")
  return open && !isCapitalised(next) ? k - 1 : -1;
}


/**
 * "sagte der Sprecher des Bundesamtes für Migration, …": a speaker span that ends on an institution or
 * role noun right before "für" and an article-less field runs on over the field (and a name after it).
 */
export const forComplement: SpeakerRefinement = {
  id: "de.speaker.for-complement",
  refine({tokens, cue}, [first, last]) {
    const limit = first < cue ? cue : tokens.length;
    const end = complementEnd(tokens, last, limit, cue, first > cue && SOURCE_WORDS.has(tokens[cue].lower));
    return end > last ? [first, end] : undefined;
  }
};

/**
 * Whether a token is a plural finite verb: lower case and a plural form of the verb dictionary ("erklärten",
 * "fordern") or listed ("sind", "mussten"); not any word in -en ("den", "ihnen", "diesen").
 */
function pluralVerb(t: Token | undefined): boolean {
  return !!t && t.quote < 0 && isWord(t) && !isCapitalised(t) && (isDictionaryPluralVerb(t.lower) || PLURAL_FORMS.has(t.lower));
}

/** The end of one noun phrase from k with its "für" field, below limit; -1 when none starts at k. */
function conjunctEnd(tokens: Token[], k: number, limit: number, cue: number): number {
  const phrase: TokenRange = phraseAt(tokens, k, limit, false);
  if (!phrase || phrase[0] !== k) return -1;
  const field = complementEnd(tokens, phrase[1], limit, cue);
  return field > phrase[1] ? field : phrase[1];
}

/**
 * The end of a list of noun phrases after the one ending at `last`: ", B" any number of times, then
 * "und"/"sowie" and the last ("die Polizei, die Feuerwehr und das Rote Kreuz"); -1 when no conjunction
 * closes it (a comma alone sets off an apposition or a clause).
 */
function listEnd(tokens: Token[], last: number, limit: number, cue: number): number {
  let end = last;
  for (let n = 0; n < 6; n++) {
    const link = tokens[end + 1];
    if (!link || link.quote >= 0) return -1;
    const closing = CONJUNCTIONS.has(link.lower);
    if (!closing && link.text !== ",") return -1;
    const next = conjunctEnd(tokens, end + 2, limit, cue);
    if (next < 0) return -1;
    end = next;
    if (closing) return end;
  }
  return -1;
}

/**
 * "Am Montag erklärten der Bürgermeister und die Landrätin, …", "erklärten die Polizei, die Feuerwehr
 * und das Rote Kreuz, …", "Auf der Konferenz haben die Ministerin und der Verbandschef den Vorschlag
 * gemacht, …": a plural verb's subject joined by "und"/"sowie" is one speaker; the span goes on over
 * the phrases of the list (and their "für" fields). Before the verb the list must reach it.
 */
export const coordinatedSubject: SpeakerRefinement = {
  id: "de.speaker.coordinated-subject",
  refine({tokens, cue}, [first, last]) {
    const before = first < cue;
    // the finite verb: the cue, or for a noun cue the verb right before the subject ("haben X und Y den Vorschlag …")
    const verb = isCapitalised(tokens[cue]) ? tokens[first - 1] : tokens[cue];
    if (!pluralVerb(verb)) return undefined;
    const limit = before ? cue : tokens.length;
    const end = listEnd(tokens, last, limit, cue);
    if (end < 0) return undefined;
    const next = tokens[end + 1];
    // a noun cue: the list may end before the noun's own article and an adverb ("… und der Verbandschef nun den Vorschlag")
    const nounLead = isCapitalised(tokens[cue]) && tokens.slice(end + 1, cue).every((t) => isWord(t) && !isCapitalised(t) && t.quote < 0);
    if (before) return end === cue - 1 || nounLead ? [first, end] : undefined;
    // after the verb the subject ends at punctuation, a quotation or the end of the sentence, not at another verb
    return !next || !isWord(next) || next.quote >= 0 || isCapitalised(tokens[cue]) ? [first, end] : undefined;
  }
};

/**
 * "Die Polizei, die Feuerwehr und das Rote Kreuz erklärten, …", "Sowohl die Polizei als auch die
 * Feuerwehr erklärten, …": a list of noun phrases that fills the prefield of a plural speech verb is
 * its subject (the commas of the list do not open a clause, and "Sowohl" is no noun).
 */
export const subjectList: SpeakerRule = {
  id: "de.speaker.subject-list",
  find({tokens, cue}) {
    if (!pluralVerb(tokens[cue]) || cue < 3) return undefined;
    let start = 0;
    while (start < cue && PARTICLES.has(tokens[start].lower)) start++;
    if (tokens[start]?.lower === "sowohl") {
      let firstEnd = conjunctEnd(tokens, start + 1, cue, cue);
      // "Sowohl das Militär, der Präsident als auch die Regierung"
      for (let more = 0; firstEnd > 0 && tokens[firstEnd + 1]?.text === "," && more < 5; more++) firstEnd = conjunctEnd(tokens, firstEnd + 2, cue, cue);
      if (firstEnd < 0 || tokens[firstEnd + 1]?.lower !== "als" || tokens[firstEnd + 2]?.lower !== "auch") return undefined;
      return conjunctEnd(tokens, firstEnd + 3, cue, cue) === cue - 1 ? [start, cue - 1] : undefined;
    }
    const firstEnd = conjunctEnd(tokens, start, cue, cue);
    if (firstEnd < 0 || tokens[firstEnd + 1]?.text !== ",") return undefined;
    return listEnd(tokens, firstEnd, cue, cue) === cue - 1 ? [start, cue - 1] : undefined;
  }
};
