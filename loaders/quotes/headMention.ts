/**
 * `de.speaker.governed-name`: which person mention a speaker phrase stands
 * for. A name that only qualifies a person noun of the phrase is that
 * person's relation, not the speaker: a Saxon genitive before the noun
 * ("Bergs Anwältin Eva Kurz", "Roths Sprecher"), or a name after the noun
 * and "von"/"vom" or a genitive article with a role noun ("Sprecher von
 * Ministerin Berg", "die Beraterin des Ministers Karl Roth"), also every
 * name of a list there ("Der Vater von Anna Roth und Karl Berg": the
 * father speaks, not Karl Berg). Other names
 * of the phrase (the apposition, "Eva Kurz") are the speaker; a name after
 * a genitive that is no role noun stays one ("der Vorsitzende der Fraktion
 * Karl Roth": Karl Roth is the chair); a party to a case or event after the
 * genitive governs the name like a role noun ("die Anwältin des Klägers Hans
 * Meier": Hans Meier is the plaintiff; partyNounStems), and so does a name after a
 * non-person noun ("Angaben von Karl Roth", "die Erklärung des Ministers
 * Karl Roth": the author); an office or staff noun governs it like a person noun ("das Büro von
 * Ministerpräsident Karl Roth", "Roths Büro": the office speaks, officeNouns).
 */
import {determiners, partyNounEndings, partyNounStems, personOfLinks} from "../lang/de/speakerWords.js";
import {roleNoun} from "../people/roles.js";
import {officeNouns} from "../lang/de/office-nouns.js";
import {peopleConjunctions} from "../lang/de/coordinated-people.js";
import {foreignNameParticles} from "../lang/de/name-particles.js";
import {type Token, tokenize} from "../people/tokens.js";
import type {MentionRow} from "../types.js";

const LINKS = new Set(personOfLinks);
const PEOPLE_CONJUNCTIONS = new Set(peopleConjunctions);
/** Genitive endings a name takes before its noun ("Bergs", "Klaus'", "Marx'"): an "s" or an apostrophe. */
const SAXON_END = /(?:s|x|z|ß|['’])$/u;

/** A party noun in any of its forms ("Klägers", "Angeklagten", "Opfers"). */
const PARTY_NOUN = new RegExp(`^(?:${partyNounStems.join("|")})(?:${partyNounEndings.filter(Boolean).join("|")})?$`, "u");

/** A capitalised person noun: a role ("Sprecher", "Ministerin") or a kin or address word ("Ehefrau", "Sohn"). */
function personNoun(t: Token | undefined): boolean {
  return !!t && t.word && t.cap && roleNoun(t) !== null;
}

const OFFICE = new Set(officeNouns);
const DETERMINERS = new Set(determiners);

/** A capitalised noun of a person's office or staff ("Büro", "Regierung": officeNouns), which speaks for the person it names. */
function officeNoun(t: Token | undefined): boolean {
  return !!t && t.word && t.cap && OFFICE.has(t.lower);
}

/**
 * Whether a speaker phrase is headed by an office or staff noun ("das Büro von Ministerpräsident Karl Roth",
 * "Roths Büro", "die Regierung des Premiers"): its first capitalised word, or the second after a Saxon genitive.
 * Such a speaker is the office, an organisation that no role noun of the phrase makes a person.
 */
export function officeHeaded(phrase: string): boolean {
  const caps = tokenize(phrase).filter((t) => t.word && t.cap && !DETERMINERS.has(t.lower));
  // a name or role after it ("das Büro von Ministerpräsident X"); alone, "des Ministeriums" is an authority like any other
  if (officeNoun(caps[0])) return caps.length > 1;
  return caps.length > 1 && SAXON_END.test(caps[0].text) && officeNoun(caps[1]) && caps[1].start === caps[0].end + 1;
}

/** A person noun, or a noun for a party to a case or an event ("des Klägers", "des Opfers"), which only governs a name after it. */
function governingNoun(t: Token | undefined): boolean {
  return personNoun(t) || (!!t && t.word && t.cap && PARTY_NOUN.test(t.lower));
}

const NAME_PARTICLES = new Set(foreignNameParticles);

/**
 * Whether tokens[k] joins a name to the member of a list before it: a people conjunction ("und", "sowie"), or a comma inside a list
 * (`inList`: a conjunction came after it; or the list goes on after the name that ends at tokens[last]: "A, B und C").
 */
function listJoin(tokens: readonly Token[], k: number, last: number, inList: boolean): boolean {
  if (PEOPLE_CONJUNCTIONS.has(tokens[k].lower)) return true;
  return tokens[k].text === "," && (inList || listGoesOn(tokens, last + 1));
}

/** Whether a list of names goes on from tokens[j]: names and commas up to a people conjunction. */
function listGoesOn(tokens: readonly Token[], j: number): boolean {
  for (; j < tokens.length; j++) {
    if (PEOPLE_CONJUNCTIONS.has(tokens[j].lower)) return true;
    if (tokens[j].text !== "," && !nameWord(tokens[j])) return false;
  }
  return false;
}

/** A word of a name: capitalised, or a foreign particle ("van", "de"). */
function nameWord(t: Token): boolean {
  return t.word && (t.cap || NAME_PARTICLES.has(t.lower));
}

/** Whether the name in tokens[first..last] qualifies a person noun of the phrase instead of heading it. */
function governed(tokens: readonly Token[], first: number, last: number): boolean {
  // Saxon genitive: "Bergs Anwältin"
  const after = tokens[last + 1];
  if ((personNoun(after) || officeNoun(after)) && (SAXON_END.test(tokens[last].text) || after.text === "'" || after.text === "’")) return true;
  // back over the name's own titles ("des Ministers Karl Roth", "von Ministerin Berg") to a link word
  let k = first - 1;
  while (k >= 0 && governingNoun(tokens[k])) k--;
  // a later member of a list of names after the link: "Vater von Anna Roth und Karl Berg", "von Anna Roth, Karl Berg und Lena Weiß";
  // back over the members before it (a comma joins only inside a list that goes on: "Sprecher von Anna Roth, Karl Berg, sagte" is an apposition)
  for (let inList = false; k > 0 && listJoin(tokens, k, last, inList); inList = true) {
    k--;
    while (k >= 0 && nameWord(tokens[k])) k--;
  }
  // attributive adjectives between the link and the name ("Vater der verschleppten Eva Kurz")
  while (k > 0 && tokens[k].word && !tokens[k].cap && !LINKS.has(tokens[k].lower)) k--;
  const link = tokens[k];
  if (!link || !LINKS.has(link.lower)) return false;
  // the link must follow a person noun ("Vater der Eva Kurz"); "der Fraktion Karl Roth" has none, so it is an apposition
  // "das Büro von Ministerpräsident Karl Roth": the office speaks, not the person it names
  return personNoun(tokens[k - 1]) || officeNoun(tokens[k - 1]);
}

/**
 * The person mention a speaker span (`start`–`end`) stands for: the last
 * mention inside it that no person noun of the phrase governs; undefined when
 * there is none (then the phrase's role noun or its text names the speaker).
 * `mentions` must be sorted by start.
 */
export function headMention(text: string, start: number, end: number, mentions: readonly MentionRow[]): MentionRow | undefined {
  let tokens: Token[] | undefined;
  let found: MentionRow | undefined;
  for (const m of mentions) {
    if (m.start >= end) break;
    if (m.end <= start) continue;
    tokens ??= tokenize(text, start, end);
    const first = tokens.findIndex((t) => t.end > m.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
    if (first < 0 || !governed(tokens, first, last)) found = m;
  }
  return found;
}


/**
 * Whether a speaker span joins two different people by a conjunction ("Anna Roth und Karl Berg",
 * `de.speaker.coordinated-people`): two mentions inside it that no person noun governs, of different persons, with
 * "und"/"sowie" between them outside quotations. `mentions` must be sorted by start.
 */
export function coordinatedPeople(text: string, start: number, end: number, mentions: readonly MentionRow[]): boolean {
  let tokens: Token[] | undefined;
  const heads: MentionRow[] = [];
  for (const m of mentions) {
    if (m.start >= end) break;
    if (m.end <= start || !m.person_id) continue;
    tokens ??= tokenize(text, start, end);
    const first = tokens.findIndex((t) => t.end > m.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
    if (first >= 0 && !governed(tokens, first, last)) heads.push(m);
  }
  for (let i = 1; i < heads.length; i++) {
    const a = heads[i - 1];
    const b = heads[i];
    if (a.person_id === b.person_id) continue;
    if (tokens!.some((t) => t.start >= a.end && t.end <= b.start && PEOPLE_CONJUNCTIONS.has(t.lower))) return true;
  }
  return false;
}
