/**
 * A Konjunktiv sentence that would continue an older attribution, right after
 * a sentence (same paragraph, no quote) whose subject is a person or an
 * organisation acting on the matter ("Den Vorschlag hat die Gewerkschaft der
 * Polizei abgelehnt. Wehrpflichtige sollten nicht …", "Gewerkschaftschef
 * Konrad Freiberg begründete dies zudem mit … . Bereits heute müssten …"):
 * the speaker is that subject, the nearer source. Hearsay about the past ("Er soll es gewesen sein, der …")
 * is about that subject, not by it: no quote of the subject (`hearsayOnly`, read by the veto
 * de.quote.veto.hearsay-about-previous in quoteRules/vetoes.ts).
 */
import {isAdjective, phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import {isCapitalised, isWord, tokenize, type Token} from "../../../quotes/tokens.js";
import {givenNames} from "../given-names.js";
import {roleHeads} from "../person-roles.js";
import {inflectedHeads, isArticle, roleNounEndings} from "../inflection.js";
import {appositionRoleHeads, speakerOrganisations} from "./words.js";
import {closesPerfectInfinitive, reportiveModals} from "../konjunktiv.js";

const REPORTIVE = new Set(reportiveModals);

/**
 * Whether every Konjunktiv of a sentence is a reportive "soll" with a perfect infinitive after it ("Er soll es
 * gewesen sein, der …", "Sie soll den Brief geschrieben haben"): hearsay about the past, which names no source, so
 * the person the sentence before is about is not its speaker. One pass over the sentence.
 */
export function hearsayOnly(tokens: Token[], strong: readonly number[]): boolean {
  if (!strong.every((k) => REPORTIVE.has(tokens[k].lower))) return false;
  // "haben" or "sein" closing a perfect infinitive outside a quotation ("gesagt haben", "getötet worden sein")
  const words = tokens.map((t) => t.text);
  let last = tokens.length - 1;
  while (last > 0 && !(tokens[last].quote < 0 && closesPerfectInfinitive(words, last))) last--;
  return strong.every((k) => k < last);
}

const ROLE = inflectedHeads([...roleHeads, ...appositionRoleHeads, ...speakerOrganisations], [...roleNounEndings, "es"]);
const AUXILIARIES = /^(?:hat|hatte|haben|hatten)$/;
const NOT_SUBJECTS = /^(?:es|das|dies|dieses|man|ich|wir|du|ihr|er|sie|den|dem|einen|einem|diesen|diesem)$/;

/** Whether the phrase names a person or an organisation: a role or organisation noun, or a known given name. */
export function speakerLike(tokens: Token[], [first, last]: [number, number]): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!isWord(t) || !isCapitalised(t)) continue;
    if (ROLE.test(t.lower.replace(/^.*-/, "")) || givenNames.has(t.lower)) return true;
  }
  return false;
}

/** The subject of a main clause: first before a lower-case verb, or after "hat/hatte" at the end of a fronted object. */
export function subjectOf(tokens: Token[]): {subject: [number, number]; verb: number} | null {
  const head = phraseAt(tokens, 0);
  if (head && !NOT_SUBJECTS.test(tokens[0].lower)) {
    const verb = tokens[head[1] + 1];
    if (verb && isWord(verb) && !isCapitalised(verb) && !isArticle(verb.lower)) return {subject: head, verb: head[1] + 1};
  }
  // "Den Vorschlag … hat die Gewerkschaft der Polizei (GdP) abgelehnt."
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!AUXILIARIES.test(tokens[k].lower) || !isArticle(tokens[k + 1].lower)) continue;
    const phrase: TokenRange = phraseAt(tokens, k + 1);
    if (!phrase) return null;
    const next = tokens[phrase[1] + 1];
    return next && isWord(next) && !isCapitalised(next) && !isAdjective(next) ? {subject: phrase, verb: k} : null;
  }
  return null;
}


export const previousSubject: ClauseRule = {
  id: "de.quote.indirect.previous-subject",
  apply(s) {
    const {tokens, before, last} = s;
    if (!last || !before || last.sentence >= s.index - 1 || !s.strongKonjunktiv.length || hearsayOnly(tokens, s.strongKonjunktiv)) return null;
    if (s.cues.some((c) => !s.used.has(c.index)) || tokens.some((t) => t.quote >= 0)) return null;
    const previous = tokenize(s.text, before.start, before.end);
    if (previous.length > 40) return null;
    const found = subjectOf(previous);
    if (!found || !speakerLike(previous, found.subject)) return null;
    const [first, lastToken] = found.subject;
    let end = tokens.length - 1;
    while (end > 0 && /^[,;:–—-]$/.test(tokens[end].text)) end--;
    const verb = previous[found.verb];
    return {start: tokens[0].start, end: tokens[end].end, type: "indirect", speakerStart: previous[first].start, speakerEnd: previous[lastToken].end, cue: verb.text, cueStart: verb.start, cueEnd: verb.end};
  }
};
