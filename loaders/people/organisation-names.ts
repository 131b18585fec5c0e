/**
 * Words the text or the user gives an organisation: a trade union, association, party or group ("die Gewerkschaft
 * Lindor fordert …. Lindor will …", "Lindor-Chef Jan Roth"), and the names of data/organisations.yaml. A mention of
 * such a word without a given name is no person anywhere in the text, whatever cue found it ("sagte Lindor", "bei Lindor"):
 * organisations speak, demand and are named in the genitive as people are.
 */
import {organisationMemberHeads, organisationNameNouns} from "../lang/de/non-person-names.js";
import type {PersonLexicon} from "./lexicon.js";
import {capitalAfterNoun, wordsAfterNoun} from "./place-names.js";
import type {Token} from "./tokens.js";

const ORG_NOUN = new RegExp(`(?:^|-)\\p{L}*(?:${organisationNameNouns.join("|")})$`, "u");
const MEMBER_HEADS = new Set(organisationMemberHeads);
const isOrganisationNoun = (before: Token) => before.word && ORG_NOUN.test(before.lower);

/** Whether tokens[i] is a capitalised word right after an organisation noun ("die Gewerkschaft Lindor", "des Branchenverbands Wettau" is left alone). */
export function afterOrganisationNoun(tokens: readonly Token[], i: number): boolean {
  return capitalAfterNoun(tokens, i, isOrganisationNoun);
}

/** The organisation a hyphenated noun names by its first part ("Lindor-Chef" → "lindor"), or "". */
export function organisationOfMember(lower: string): string {
  const hyphen = lower.indexOf("-");
  if (hyphen <= 0 || hyphen !== lower.lastIndexOf("-")) return "";
  return MEMBER_HEADS.has(lower.slice(hyphen + 1)) ? lower.slice(0, hyphen) : "";
}

/** Lower-cased organisation names of a text's spans (see the module comment) with the user's list of the lexicon. */
export function organisationNamesIn(tokensBySpan: readonly Token[][], lex: PersonLexicon): Set<string> {
  const names = wordsAfterNoun(tokensBySpan, afterOrganisationNoun, new Set<string>(lex.organisations));
  for (const tokens of tokensBySpan) {
    for (const t of tokens) {
      const org = t.cap && t.word ? organisationOfMember(t.lower) : "";
      if (org) names.add(org);
    }
  }
  return names;
}
