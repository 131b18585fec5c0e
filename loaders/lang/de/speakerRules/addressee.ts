/**
 * A medium the speaker talks to is no part of the speaker: "sagte Karl Roth der
 * Zeitung Danas", "sagte ein Sprecher der Regierung der Nachrichtenagentur AFP",
 * "sagte der Bankmanager der Zeitung" put the medium in the dative, which the
 * noun-phrase grammar read as a genitive. The span ends before its article.
 */
import {isAdjective} from "../../../quotes/phrase.js";
import type {SpeakerRefinement} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {isCommonNounOrGenitive} from "../common-nouns.js";
import {genitiveArticle, inflectedHeads, isArticle} from "../inflection.js";
import {roleHeads} from "../person-roles.js";
import {attributionPostpositions, attributionPrepositions} from "../speechVerbs.js";
import {addresseeMediaEnding, appositionRoleHeads, mediaProfessionHeads, mediaStaffHeads, speakerOrganisations} from "./words.js";

const ATTRIBUTION = new Set([...attributionPrepositions, ...attributionPostpositions]);
/** The endings of a person noun: no "-er" or "-s" ("Sprecherin", "Reporter", "Journalisten"). */
const STAFF_ENDINGS = ["innen", "in", "en", "e", "n"];
const STAFF = inflectedHeads(mediaStaffHeads, STAFF_ENDINGS);
const PROFESSION = inflectedHeads(mediaProfessionHeads, STAFF_ENDINGS);
const SPEAKER_HEAD = inflectedHeads([...roleHeads, ...appositionRoleHeads, ...speakerOrganisations]);
const NAME_ADJECTIVE = /(?:e|en|er)$/;

/** The index of a media noun in the phrase opened by the article at k ("der Neuen Zürcher Zeitung"), else -1. */
function mediaNoun(tokens: Token[], k: number, last: number): number {
  for (let j = k + 1; j <= last && j <= k + 4; j++) {
    const t = tokens[j];
    if (t.quote >= 0 || !isWord(t)) return -1;
    if (isCapitalised(t) && addresseeMediaEnding.test(t.lower)) return j;
    if (!isAdjective(t) && !(isCapitalised(t) && NAME_ADJECTIVE.test(t.lower))) return -1;
  }
  return -1;
}

/** The first capitalised word of the span: the head noun before any genitive. */
function headNoun(tokens: Token[], first: number, to: number): Token | undefined {
  for (let j = first; j < to; j++) if (isWord(tokens[j]) && isCapitalised(tokens[j]) && !isArticle(tokens[j].lower)) return tokens[j];
  return undefined;
}

/**
 * Whether the article at k opens a dative after the span's start: after a name ("Nikolic der Zeitung"), unless
 * the head is a profession of the media, whose employer the medium is ("die Korrespondentin Anna Roth der
 * Zeitung Welt"); after a genitive that already ended ("ein Sprecher der Regierung der Agentur"); or after a
 * person or organisation head that does not work for a medium ("der Bankmanager der Zeitung"; not "eine
 * Reporterin der Nachrichtenagentur").
 */
function opensDative(tokens: Token[], first: number, k: number): boolean {
  const before = tokens[k - 1];
  if (before.text === ")") return true;
  const head = headNoun(tokens, first, k);
  const word = head?.lower.replace(/^.*-/, "") ?? "";
  // the exception for the media's own professions first: a name after them keeps the medium theirs
  if (!PROFESSION.test(word) && isWord(before) && isCapitalised(before) && !isCommonNounOrGenitive(before.lower)) return true;
  for (let j = first + 1; j < k - 1; j++) if (genitiveArticle.test(tokens[j].lower) && isCapitalised(tokens[j + 1])) return true;
  return SPEAKER_HEAD.test(word) && !STAFF.test(word);
}

export const mediumAddressee: SpeakerRefinement = {
  id: "de.speaker.medium-addressee",
  refine({tokens, cue}, [first, last]) {
    const verb = tokens[cue];
    // a speech verb or "so", not a source phrase ("laut einem Bericht der Zeitung", "Angaben der Agentur zufolge")
    if (!verb || !isWord(verb) || isCapitalised(verb) || ATTRIBUTION.has(verb.lower)) return undefined;
    for (let k = first + 1; k < last; k++) {
      if (tokens[k].lower !== "der" || tokens[k].quote >= 0) continue;
      if (mediaNoun(tokens, k, last) < 0) continue;
      return opensDative(tokens, first, k) ? [first, k - 1] : undefined;
    }
    return undefined;
  }
};
