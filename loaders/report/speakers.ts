import {phraseNominative} from "../lang/de/base-form.js";
import {adjectiveNameAt, bodyHead, masculineBodyHeads, neuterBodyHeads, type PhraseWords, speakerKindRules} from "../lang/de/speakerKinds.js";
import type {PersonRow, QuoteRow} from "../types.js";

/** Rule id of a speaker ranked as a person: the quote extractor resolved the phrase to a person of people.csv. */
export const RESOLVED_PERSON_RULE = "report.speaker-kind.resolved-person";

/** Rule id of a phrase no speaker-kind rule ranks (a group, an unnamed role, a document, a place). */
export const UNRANKED_RULE = "report.speaker-kind.unranked";

/** What a quote's speaker counts as in the "most quoted" charts, with the rule that said so. */
export interface SpeakerKind {
  kind: "person" | "organisation" | "unranked";
  /** The name shown: the person's name, the organisation's words, or the phrase as written. */
  label: string;
  rule: string;
}

/** One row of speakers.csv: a ranked speaker with its quotes, or the quotes of the phrases not ranked (kind "unranked", one row per rule). */
export interface SpeakerCount {
  kind: SpeakerKind["kind"];
  speaker: string;
  speaker_id: string;
  quotes: number;
  rule: string;
}

/** A name in quotation marks ("„Zähringen bleibt grün“", "»Hilfe für alle«"), kept as one word with its marks; else a run of non-space characters. */
const PHRASE_WORD = /[„"»«“][^„“”"»«]+[“”"«»]|\S+/gu;

/** The words of a speaker phrase, edge punctuation removed; a quoted name is one word and keeps its quotation marks. */
function phraseWords(phrase: string): PhraseWords {
  return (phrase.match(PHRASE_WORD) ?? []).map((w) => (/\s/u.test(w) ? w : w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ""))).filter(Boolean);
}

/**
 * An organisation's words as a label, in the nominative singular after the article before them
 * (phraseNominative of lang/de/base-form.ts: "des Ministeriums" → "Ministerium", "der dänischen
 * Regierung" → "Dänische Regierung"), the first letter capitalised.
 */
function organisationLabel(words: PhraseWords, article: string): string {
  const body = words.findIndex((w) => /^\p{Lu}/u.test(w) && bodyHead(w) !== undefined);
  // "der Ökologischen Allianz" → "Ökologische Allianz": the noun after a name's adjective is its head, unless a plural
  // in -en ("der Vereinten Nationen" stays)
  const head = body >= 0 ? body : adjectiveNameAt([article, ...words]) === 1 && !/en$/u.test(words[1]) ? 1 : -1;
  const label = (head < 0 ? [...words] : strongBeforeHead(phraseNominative(words, article, head), head, article)).join(" ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const NEUTER = new Set(neuterBodyHeads);
const MASCULINE = new Set(masculineBodyHeads);

/**
 * The adjectives before a neuter or masculine head as written without article, so that every case of one body gives one
 * label: "das Rote Kreuz" and "des Roten Kreuzes" → "Rotes Kreuz", "das katarische Außenministerium" → "katarisches
 * Außenministerium", "des Bayerischen Bauernverbands" → "Bayerischer Bauernverband". Feminine and plural heads keep the nominative
 * after an article ("die griechische Regierung").
 */
function strongBeforeHead(words: string[], head: number, article: string): string[] {
  if (!article || !/^(?:das|des|dem|der|den)$/u.test(article)) return words;
  const kind = bodyHead(words[head]);
  const ending = kind && NEUTER.has(kind) ? "s" : kind && MASCULINE.has(kind) && article !== "das" ? "r" : "";
  return ending ? words.map((w, k) => (k < head && /e$/u.test(w) ? w + ending : w)) : words;
}

/**
 * What a quote's speaker counts as: a person when the quote extractor
 * resolved the phrase to one (speaker_id, named as people.csv names them), an
 * organisation when a speaker-kind rule (lang/de/speakerKinds.ts) reads the
 * phrase as one, else not ranked: a group ("Experten", "die Behörden"), a
 * pronoun or unnamed role left without a person ("sie", "ein Sprecher"), a
 * noun that does not say which body ("das Ministerium", "die Polizei"), a document, a place.
 */
export function speakerKind(quote: Pick<QuoteRow, "speaker_id" | "speaker">, nameOf: ReadonlyMap<string, string> = new Map()): SpeakerKind {
  if (quote.speaker_id) return {kind: "person", label: nameOf.get(quote.speaker_id) ?? quote.speaker, rule: RESOLVED_PERSON_RULE};
  const words = phraseWords(quote.speaker);
  for (const rule of speakerKindRules) {
    const m = rule.match(words);
    if (!m) continue;
    return m.kind === "organisation" ? {kind: "organisation", label: organisationLabel(words.slice(m.from, m.to), words[m.from - 1]?.toLowerCase() ?? ""), rule: rule.id} : {kind: "unranked", label: quote.speaker, rule: rule.id};
  }
  return {kind: "unranked", label: quote.speaker, rule: UNRANKED_RULE};
}

/**
 * The quotes per speaker for the "most quoted" charts (speakers.csv): persons
 * by person id, organisations by label, most quoted first; then one row per
 * rule for the quotes whose speaker is not ranked. Quotes without a speaker
 * phrase are not counted.
 */
export function speakerCounts(quotes: readonly Pick<QuoteRow, "speaker_id" | "speaker">[], people: readonly Pick<PersonRow, "person_id" | "name">[]): SpeakerCount[] {
  const nameOf = new Map(people.map((p) => [p.person_id, p.name]));
  const counts = new Map<string, SpeakerCount>();
  for (const q of quotes) {
    if (!q.speaker && !q.speaker_id) continue;
    const {kind, label, rule} = speakerKind(q, nameOf);
    const key = kind === "person" ? `p\u0000${q.speaker_id}` : kind === "organisation" ? `o\u0000${label}` : `u\u0000${rule}`;
    const row = counts.get(key) ?? {kind, speaker: kind === "unranked" ? "" : label, speaker_id: kind === "person" ? q.speaker_id : "", quotes: 0, rule};
    row.quotes += 1;
    counts.set(key, row);
  }
  const order = {person: 0, organisation: 1, unranked: 2};
  return [...counts.values()].sort((a, b) => order[a.kind] - order[b.kind] || b.quotes - a.quotes || a.speaker.localeCompare(b.speaker) || a.rule.localeCompare(b.rule));
}
