import {determiners, documentNouns, institutionDocumentNouns, FEMININE_OR_PLURAL_SUBJECT, groupNouns, ownSourceOpeners, speakerPronouns, subjectRelatives} from "../lang/de/speakerWords.js";
import {occupationHeads, roleHeads} from "../lang/de/person-roles.js";
import {inflectedHeads} from "../lang/de/inflection.js";
import {bodyHead} from "../lang/de/speakerKinds.js";
import {appositionRoleHeads, institutionNouns} from "../lang/de/speakerRules/words.js";
import type {MentionRow, QuoteRow} from "../types.js";
import type {FoundQuote} from "./context.js";
import {ANAPHORIC, antecedent, isRelativeSubject} from "../lang/de/speakerRules/checks.js";
import {ageNoun} from "../lang/de/person-roles.js";
import {NO_REPORTED_SENTENCES, personGenderOnce as genderOnce, pronounAntecedent, type PronounScope, type ReportedSentences} from "./antecedents.js";
import {NO_REGISTER_ROLES, type RegisterRoles, registerHolder, roleHolder, speakerRole} from "./roleSpeakers.js";
import {tokenize, UPPER_START} from "./tokens.js";
import {previousSentenceStart} from "./rolePrefix.js";
import {coordinatedPeople, headMention, officeHeaded} from "./headMention.js";
import {COORDINATED_PEOPLE_RULE} from "../lang/de/coordinated-people.js";
import {roleAnaphor} from "./roleAnaphor.js";
import {documentAuthor} from "./documentAuthor.js";
import {SOURCE_AUTHORITY_RULE, SOURCE_AUTHORITY_SUFFIX, sourceAuthority} from "./sourceAuthority.js";
import {authorityBaseForm} from "../lang/de/base-form.js";
import {sourceNouns} from "../lang/de/speechVerbs.js";

const SUBJECT_RELATIVES = new Set(subjectRelatives);
const AGE_NOUN = ageNoun;
const PRONOUNS = new Set(speakerPronouns.concat(["ihm", "ihr", "seiner", "seinen", "seine", "ihrer", "ihre"]));
/** Words of a speaker phrase that name documents rather than people: their author is the speaker. */
const DOCUMENTS = new RegExp(`^(?:${documentNouns.join("|")})$`, "u");

const DETERMINERS = new Set(determiners);
const INSTITUTION_DOCUMENTS = new Set(institutionDocumentNouns);
const SOURCE_NOUNS = new Set(sourceNouns);
const POSSESSIVE_OWNERS = new Set(ownSourceOpeners.filter((w) => !w.startsWith("eigen")));

/**
 * The possessive of a two-word phrase of a possessive and a noun that `noun` accepts; "" when the phrase is no such pair.
 * - de.speaker.possessive-source: "Seinen Angaben zufolge", "nach ihrer Einschätzung": a possessive before a source
 *   noun points to its owner like a pronoun, so the speaker is resolved as "er"/"sie" would be.
 * - de.speaker.possessive-document: "Ihre Botschaft: „…“", "in seiner Erklärung": a possessive right before a
 *   document noun points to the document's author as the pronoun would, so the author is the subject of the sentence
 *   before when that person agrees ("GÖD-Chefin Anna Berg sprach in Kassel. Ihre Botschaft: „…“": Anna Berg, not a
 *   woman quoted before her), not merely the speaker quoted last.
 */
function possessiveBefore(words: readonly string[], noun: (word: string) => boolean): string {
  return words.length === 2 && POSSESSIVE_OWNERS.has(words[0].toLowerCase()) && noun(words[1]) ? words[0] : "";
}
const isSourceNoun = (word: string) => SOURCE_NOUNS.has(word.toLowerCase());
const isDocumentNoun = (word: string) => DOCUMENTS.test(word);
const OWN_SOURCE = new Set(ownSourceOpeners);

/** Nouns that may own a statement: roles, occupations, organisations and groups of people, in their inflected forms. */
const OWNER_NOUN = inflectedHeads([...roleHeads, ...occupationHeads, ...appositionRoleHeads, ...institutionNouns, ...groupNouns]);
/** FEMININE_OR_PLURAL_SUBJECT for every match of a stretch (the shared pattern itself stays non-global, so `test` keeps no state). */
const SUBJECTS_IN = new RegExp(FEMININE_OR_PLURAL_SUBJECT.source, "gu");
const canOwnStatements = (noun: string) => bodyHead(noun) !== undefined || OWNER_NOUN.test(noun.toLowerCase());

/**
 * "Anna Schmidt wurde verletzt. Die Polizei ermittelt. Nach ihren Angaben …": "ihr*" before a source noun is
 * also plural and feminine, so a body or a plural of people that opens a sentence between the woman's last
 * mention and the phrase (FEMININE_OR_PLURAL_SUBJECT, `canOwnStatements`) may own it just as well: no person
 * is resolved. A thing ("Die Brücke soll …") owns no statement and does not count.
 */
function otherOwnerBetween(text: string, possessive: string, found: ResolvedSpeaker, before: readonly MentionRow[], start: number): boolean {
  if (!possessive.toLowerCase().startsWith("ihr")) return false;
  let last: MentionRow | undefined;
  for (let i = before.length - 1; i >= 0 && !last; i--) if (before[i].person_id === found.speaker_id) last = before[i];
  if (!last) return false;
  for (const m of text.slice(last.end, start).matchAll(SUBJECTS_IN)) if (canOwnStatements(m[1])) return true;
  return false;
}

/** A document noun after a capitalised word other than a determiner is a publication's name ("die Washington Post") that speaks for itself. */
function publicationName(words: readonly string[]): boolean {
  const before = words[words.length - 2];
  return !!before && UPPER_START.test(before) && !DETERMINERS.has(before.toLowerCase());
}

/**
 * An unresolved speaker's name as one form wherever it stands: a determiner that opens it is written lower-case,
 * so "Die Gewerkschaft" at a sentence's start and "die Gewerkschaft" after the verb are one speaker.
 */
export function speakerName(surface: string): string {
  const space = surface.indexOf(" ");
  return space > 0 && DETERMINERS.has(surface.slice(0, space).toLowerCase()) ? surface[0].toLowerCase() + surface.slice(1) : surface;
}

/** A speaker span that no mention or rule resolves: no id, its text as one name (speakerName). */
const unresolved = (surface: string): ResolvedSpeaker => ({speaker_id: "", speaker: speakerName(surface)});

/** The person a speaker span stands for, found among the article's person mentions. */
export interface ResolvedSpeaker {
  speaker_id: string;
  speaker: string;
  /** Set when a rule other than the quote's own named the speaker (SOURCE_AUTHORITY_RULE, COORDINATED_PEOPLE_RULE): the row's rule id says so. */
  by?: string;
}

/**
 * Links a quote's speaker span to a person mention of the same article:
 * - two people joined by "und" ("Anna Roth und Karl Berg"): a group, the span's text and no id
 *   (`coordinatedPeople`, `de.speaker.coordinated-people`);
 * - a mention inside the span ("der Kreml-Sprecher Dmitry Peskov"), not one a
 *   person noun of the span governs ("Bergs Anwältin", "Sprecher von Anna Berg":
 *   `headMention`);
 * - a pronoun ("er", "sie") or a document with a possessive ("in seiner
 *   Erklärung"): the speaker of the previous quote, else the most recent mention
 *   before it; for a pronoun only a person whose gender it agrees with ("sie" no
 *   man, "er" no woman);
 * - another document ("in der Erklärung", "dem Bericht zufolge"): its author
 *   (`documentAuthor`; `last` is the speaker of the quote just before, resolved
 *   or not), none when the phrase names a non-person author ("der Verband in
 *   seiner Stellungnahme");
 * - a phrase headed by an office noun ("das Büro von Ministerpräsident X", "Xs Büro"): the office, no person;
 * - a role noun ("der Sprecher", "Der Oberbürgermeister"): the most recent person
 *   the text (a mention's role, an apposition) or the register (`register`) gives
 *   that role; no one else, not even the previous speaker; when no mention before holds it, the one register
 *   person holding that office on the article's day (`registerHolder`, "der Ministerpräsident");
 * - an age noun ("Der 54-Jährige"): the previous quote's speaker, when the article
 *   agrees with that person's gender;
 * - a source noun with its authority ("Angaben der Feuerwehr"): the authority's phrase
 *   (`sourceAuthority`), with no id, in its base form ("Feuerwehr", `authorityBaseForm`),
 *   and `by` SOURCE_AUTHORITY_RULE (the row's rule id gets SOURCE_AUTHORITY_SUFFIX); so is the phrase after "laut" or before "zufolge" ("laut der Polizei" → "Polizei").
 * `mentions` must be sorted by start. Unresolved speakers keep the span text and no id.
 */
export function resolveSpeaker(text: string, q: FoundQuote, mentions: readonly MentionRow[], previous: ResolvedSpeaker | null, register: RegisterRoles = NO_REGISTER_ROLES, last: ResolvedSpeaker | null = previous, reported: ReportedSentences = NO_REPORTED_SENTENCES): ResolvedSpeaker {
  if (q.speakerStart === null || q.speakerEnd === null) return previous && q.rule.endsWith("carried") ? previous : {speaker_id: "", speaker: ""};
  const surface = text.slice(q.speakerStart, q.speakerEnd);
  // "Anna Roth und Karl Berg sagten": a group of people, no one person's id (not the one named last)
  if (coordinatedPeople(text, q.speakerStart, q.speakerEnd, mentions)) return {...unresolved(surface), by: COORDINATED_PEOPLE_RULE};
  const inside = headMention(text, q.speakerStart, q.speakerEnd, mentions);
  if (inside) return {speaker_id: inside.person_id, speaker: inside.surface};
  // "Demnach sollen …": the source of the quote just before, named or not ("hieß es aus Sicherheitskreisen")
  if (ANAPHORIC.has(surface.toLowerCase())) return last?.speaker ? last : previous?.speaker_id ? previous : {speaker_id: "", speaker: ""};
  const relative = SUBJECT_RELATIVES.has(surface.trim().toLowerCase()) ? relativeAntecedent(text, q.speakerStart, q.speakerEnd) : undefined;
  if (relative) return resolveSpeaker(text, {...q, speakerStart: relative[0], speakerEnd: relative[1]}, mentions, previous, register, last, reported);
  if (relative === null) return {speaker_id: "", speaker: ""};
  const words = surface.split(/\s+/);
  const head = words[words.length - 1];
  const before = mentions.filter((m) => m.end <= q.speakerStart!);
  // a reported act spans its whole sentence; the words of a direct or indirect quote are what is said
  const scope: PronounScope = {reported, content: q.type === "reported" ? undefined : [q.start, q.end]};
  const pronoun = words.length === 1 && PRONOUNS.has(head.toLowerCase()) ? head : possessiveBefore(words, isSourceNoun) || possessiveBefore(words, isDocumentNoun);
  // "teilte die Botschaft mit": the embassy speaks (institutionDocumentNouns), no message's author
  if (words.length === 2 && words[0].toLowerCase() === "die" && INSTITUTION_DOCUMENTS.has(head)) return unresolved(surface);
  const document = DOCUMENTS.test(head) && !publicationName(words);
  // "der Verband in seiner Stellungnahme" names its author, who is no person mention
  if (document && words.slice(0, -1).some((w) => UPPER_START.test(w) && !DETERMINERS.has(w.toLowerCase()))) return unresolved(surface);
  if (document && !words.some((w) => OWN_SOURCE.has(w.toLowerCase()))) return documentAuthor(text, q.speakerStart, head, before, last) ?? unresolved(surface);
  if (pronoun || document) {
    // "sagte sie" is no man's; "von ihm" after "X hat mit dem Präsidenten Y telefoniert" is X's
    const found = pronounAntecedent(text, pronoun, q.speakerStart, before, mentions, previous, last, scope);
    if (found && !(pronoun !== head && otherOwnerBetween(text, pronoun, found, before, q.speakerStart))) return found;
    return unresolved(surface);
  }
  // "das Büro von Ministerpräsident Karl Roth": the office speaks, an organisation, not the minister (de.speaker.governed-name)
  if (officeHeaded(surface)) return unresolved(surface);
  const authority = sourceAuthority(surface);
  const role = pluralSourceAuthority(authority) ? null : speakerRole(surface);
  if (role) {
    // "Der Oberbürgermeister äußerte sich nicht.": only a person the text or the register makes Oberbürgermeister
    // the person of the sentence before stands for "der Hamas-Unterhändler", not for a bare noun ("Spiegel-Reporter berichten": a group)
    const singled = DETERMINERS.has(words[0].toLowerCase());
    const holder = roleHolder(role, before, mentions, register, role.prefix && singled ? previousSentenceStart(text, q.speakerStart) : Infinity) ?? roleAnaphor(text, q.speakerStart, words, role, before, (id) => genderOnce(mentions, id, text));
    if (holder) return {speaker_id: holder.person_id, speaker: holder.surface};
    const registered = registerHolder(words, role, register, text, mentions);
    if (registered) return registered;
  } else if (words.length <= 3 && AGE_NOUN.test(head)) {
    // de.speaker.age-noun: "Der 54-Jährige sagte …" stands for a person as "er" would, the article giving the gender
    // (the subject of the sentence before, the speaker before, else the latest mention that agrees)
    const article = words[0].toLowerCase();
    const pronoun = head.endsWith("n") ? "" : article === "der" ? "er" : article === "die" ? "sie" : "";
    const found = pronoun ? pronounAntecedent(text, pronoun, q.speakerStart, before, mentions, previous, last, scope) : null;
    if (found && genderOnce(mentions, found.speaker_id, text)) return found;
  }
  // "Angaben der Feuerwehr": the authority speaks, not its statements (de.speaker.source-authority),
  // named in its base form like "laut der Polizei" ("Feuerwehr", "Polizei")
  if (authority) return {speaker_id: "", speaker: authorityBaseForm(authority), by: SOURCE_AUTHORITY_RULE};
  return {speaker_id: "", speaker: q.rule.endsWith("according-to") ? authorityBaseForm(surface) : speakerName(surface)};
}

/**
 * de.speaker.plural-authority: "Nach Angaben der Vermittler", "Angaben der Sprecher": a masculine role noun
 * after the genitive "der" of a source noun is a plural, a group that no one person holding the role stands for;
 * the authority stays the speaker.
 */
function pluralSourceAuthority(authority: string | undefined | null): boolean {
  if (!authority) return false;
  const words = authority.split(/\s+/);
  const head = words[words.length - 1];
  return words[0].toLowerCase() === "der" && words.length <= 3 && !/(?:in|innen)$/u.test(head) && speakerRole(head) !== null;
}

/**
 * The character span of the noun phrase a relative pronoun speaker stands for
 * (", die betonte, …": the phrase before the comma); null when there is none,
 * undefined when the span is no relative pronoun.
 */
function relativeAntecedent(text: string, start: number, end: number): [number, number] | null | undefined {
  const from = Math.max(0, start - 200);
  const tokens = tokenize(text, from, end);
  const r = tokens.length - 1;
  if (r < 1 || tokens[r].start !== start || !isRelativeSubject(tokens, r)) return undefined;
  const found = antecedent(tokens, r - 1, tokens[r].lower);
  return found ? [tokens[found[0]].start, tokens[found[1]].end] : null;
}

/** Turns found quotes into rows of one article, linking speakers to mentions (and role nouns by the register's roles too). */
export function quoteRows(articleId: string, text: string, found: readonly FoundQuote[], mentions: readonly MentionRow[], register: RegisterRoles = NO_REGISTER_ROLES): QuoteRow[] {
  const sorted = mentions.filter((m) => m.article_id === articleId || !m.article_id).sort((a, b) => a.start - b.start);
  let previous: ResolvedSpeaker | null = null;
  let last: ResolvedSpeaker | null = null;
  const rows: QuoteRow[] = [];
  const bySentence = [...found].sort((a, b) => a.sentenceStart - b.sentenceStart);
  const reported: ReportedSentences = {starts: bySentence.map((q) => q.sentenceStart), ends: bySentence.map((q) => q.sentenceEnd)};
  for (const q of found) {
    const resolved = resolveSpeaker(text, q, sorted, previous, register, last, reported);
    if (resolved.speaker_id) previous = resolved;
    if (q.speakerStart !== null) last = {speaker_id: resolved.speaker_id, speaker: resolved.speaker};
    rows.push({
      quote_id: `${articleId}:${q.start}`,
      article_id: articleId,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      type: q.type,
      speaker_id: resolved.speaker_id,
      speaker: resolved.speaker,
      speaker_start: q.speakerStart,
      speaker_end: q.speakerEnd,
      cue: q.cue,
      cue_start: q.cueStart,
      cue_end: q.cueEnd,
      rule: resolved.by === SOURCE_AUTHORITY_RULE ? q.rule + SOURCE_AUTHORITY_SUFFIX : resolved.by ? `${q.rule}+${resolved.by}` : q.rule,
      sentence: text.slice(q.sentenceStart, q.sentenceEnd)
    });
  }
  return rows;
}
