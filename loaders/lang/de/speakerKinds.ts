/**
 * Which quote speakers the report ranks as organisations (loaders/report/speakers.ts):
 * the speaker phrases the quote extractor found without a person behind them.
 * Plain data, lower case, and the rules that read it (plain objects with ids).
 */
import {TITLE_START, UPPER_START} from "../../quotes/tokens.js";
import {articles, inflectedHeads} from "./inflection.js";
import {occupationHeads, roleHeads} from "./person-roles.js";
import {organisationNames} from "./organisation-names.js";
import {givenNames} from "./given-names.js";
import {placeNames} from "./place-names.js";
import {firstPersonSpeakers, speakerPronouns} from "./speakerWords.js";

/**
 * Nouns of bodies that are one body wherever German news names them ("der Bundestag", "die Nato",
 * "das Kanzleramt"): alone after an article they are an organisation.
 */
export const selfNamingBodies: readonly string[] = ["kanzleramt", "bundestag", "bundesrat", "bundeswehr", "nato", "uno", "eu"];

/**
 * Nouns of bodies that need a name or a modifier to say which body they are ("das Ministerium", "der
 * Konzern", "die Polizei", "die Regierung": which one differs between articles): alone after an article
 * they are not ranked, so the police of two cities do not make one bar; in a compound ("Innenministerium",
 * "EU-Kommission", "Bundespolizei"), with an adjective ("die griechische Regierung") or a name after them
 * ("die Staatsanwaltschaft Wien", "Partei Die Linke") they are an organisation.
 */
export const namedBodyHeads: readonly string[] = [
  "ministerium", "behörde", "gericht", "gerichtshof", "kommission", "verband", "konzern", "unternehmen", "firma", "organisation", "partei",
  "gewerkschaft", "rat", "ausschuss", "komitee", "vereinigung", "verein", "union", "institut", "agentur", "nachrichtenagentur", "fraktion",
  "verwaltung", "botschaft", "präsidium", "vorstand", "bündnis", "initiative", "bewegung", "stiftung", "bank", "klinik", "universität",
  "hochschule", "zeitung", "sender", "verlag", "amt", "direktion", "kammer", "beobachtungsstelle", "holding",
  "polizei", "staatsanwaltschaft", "regierung", "feuerwehr", "küstenwache", "armee", "militär", "opposition", "parlament",
  "senat", "kongress", "landtag", "stadtrat", "gemeinderat", "rathaus", "justiz"
];

/** Neuter heads of namedBodyHeads: an adjective before them without article is strong in -es ("das Rote Kreuz" → "Rotes Kreuz"). */
export const neuterBodyHeads: readonly string[] = ["ministerium", "gericht", "unternehmen", "institut", "präsidium", "bündnis", "amt", "komitee", "militär", "parlament", "rathaus"];
/** Masculine heads of namedBodyHeads: an adjective before them without article is strong in -er ("des Bayerischen Bauernverbands" → "Bayerischer Bauernverband"). */
export const masculineBodyHeads: readonly string[] = ["gerichtshof", "verband", "konzern", "rat", "ausschuss", "verein", "vorstand", "sender", "verlag", "senat", "kongress", "landtag", "stadtrat", "gemeinderat"];

/** Possessives and other determiners before an organisation noun that point back to one named before ("seine Partei", "die eigene Firma", "diese Behörde"). */
export const pointingDeterminers: readonly string[] = [
  "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren", "unser", "unsere", "unserer", "unseres", "unserem",
  "dieser", "diese", "dieses", "diesem", "diesen", "jene", "jener", "jenes", "eigene", "eigenen", "eigener", "einzige", "einzigen", "andere", "anderen", "betroffene", "betroffenen", "genannte", "genannten"
];

/** Capitalised words after an organisation noun that are no part of its name: days and times of day ("der Konzern Mittwochabend"). */
export const TIME_WORD = /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende)(?:s|abend|morgen|früh|nachmittag|mittag|vormittag|nacht)?$|^(?:Heute|Gestern|Morgen|Vormittag|Nachmittag|Abend)$/u;

/**
 * Prepositions found inside organisations' names ("Bundesamt für Verfassungsschutz", "Ärzte ohne Grenzen",
 * "Verein gegen Tierversuche", "Stiftung zur Förderung der Künste"): any other preposition after the name
 * opens a phrase of place, time or circumstance and ends it ("der Polizei vom Montag", "der Feuerwehr vor
 * Ort", "der Polizei gegenüber der Presse", "um 10 Uhr").
 */
export const namePrepositions: readonly string[] = ["für", "ohne", "gegen", "zur", "zum"];

/** Words of a speaker phrase that are no part of an organisation's name: articles and the prepositions of "nach Angaben der …". */
export const phraseArticles: readonly string[] = [...articles, "laut", "von", "vom", "zufolge"];

/** Compounds in "-botschaft" that are a message, not an embassy ("eine Videobotschaft", "seine Neujahrsbotschaft"): no organisation. */
export const messageCompounds: readonly string[] = [
  "videobotschaft", "neujahrsbotschaft", "weihnachtsbotschaft", "grußbotschaft", "osterbotschaft", "textbotschaft", "sprachbotschaft",
  "audiobotschaft", "friedensbotschaft", "kernbotschaft", "hauptbotschaft", "werbebotschaft", "videogrußbotschaft", "abschiedsbotschaft",
  "dankesbotschaft", "glückwunschbotschaft", "siegesbotschaft", "frohbotschaft", "heilsbotschaft", "geheimbotschaft", "kurzbotschaft", "bildbotschaft"
];

/**
 * Organisation nouns that also end common words ("Kommunion", "insgesamt"): in a compound they need
 * at least four letters before them and must not be the end of one of `nonBodyWords`.
 */
export const shortBodyHeads: readonly string[] = ["union", "amt"];

/** Words that end in a short organisation noun without being a compound of it: "Kommunion", "gesamt" ("insgesamt"). */
export const nonBodyWords: readonly string[] = ["kommunion", "reunion", "gesamt"];

/** Acronyms of states and places ("die USA", "die VAE"): a place, not ranked (besides placeNames). */
export const placeAcronyms: readonly string[] = ["usa", "uk", "vae", "gb", "brd", "ddr", "udssr"];

/** An upper-case letter, after an opening quotation mark if any. */
const QUOTED_UPPER_START = /^[„"»«“]?\p{Lu}/u;
/** An acronym of two to eight capitals (digits after the first allowed): "ORF", "ÖVP", "WWF", "AK", "TASS". */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,7}$/u;

const SELF_NAMING = new Set(selfNamingBodies);
const MESSAGES = new Set(messageCompounds);
const SHORT_HEADS = new Set(shortBodyHeads);
const PLACE_ACRONYMS = new Set(placeAcronyms);
const HEADS = [...namedBodyHeads, ...selfNamingBodies].sort((a, b) => b.length - a.length);
const ARTICLES = new Set(phraseArticles);
const POINTING = new Set(pointingDeterminers);
const PRONOUNS = new Set([...speakerPronouns, ...firstPersonSpeakers, "ihm", "ihr", "ihnen", "ihn"]);

/** A speaker phrase split into words, with the punctuation at their edges removed. */
export type PhraseWords = readonly string[];

/** What a rule makes of a phrase: an organisation with the words of its name (a slice of the phrase's words), or a reason not to rank it. */
export type SpeakerKindMatch = {kind: "organisation"; from: number; to: number} | {kind: "unranked"};

/** A speaker-kind rule: reads the words of an unresolved speaker phrase, or passes (null). */
export interface SpeakerKindRule {
  id: string;
  match(words: PhraseWords): SpeakerKindMatch | null;
}

/** The organisation noun a word ends in, in the singular (with a genitive -s/-es), or undefined: "Innenministeriums" → "ministerium". */
export function bodyHead(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const head of HEADS) {
    for (const ending of ["", "s", "es"]) {
      if (!lower.endsWith(head + ending)) continue;
      const stem = lower.slice(0, lower.length - ending.length);
      const before = stem.length - head.length;
      // "Videobotschaft" is a message; "Kommunion", "insgesamt" no compound of "union", "amt"
      if (MESSAGES.has(stem)) continue;
      if (before > 0 && SHORT_HEADS.has(head) && lower[before - 1] !== "-" && (before < 4 || nonBodyWords.some((w) => stem.endsWith(w)))) continue;
      // the whole word, or a compound's last part: after a hyphen, after 3+ letters, and for a head
      // of three letters or less only after a joining s or a hyphen ("Bundesamt", "Aufsichtsrat"; not "Apparat", "Samt")
      if (before === 0 || lower[before - 1] === "-" || (before >= 3 && (head.length > 3 || lower[before - 1] === "s"))) return head;
    }
  }
  return undefined;
}

/**
 * The words right after `i` that continue an organisation's name: capitalised words and acronyms ("Staatsanwaltschaft Wien",
 * "Bank Austria"), or a name in quotation marks that the phrase keeps as one word ("Bürgerinitiative „Zähringen bleibt grün“"),
 * not a second noun phrase.
 */
function nameAfter(words: PhraseWords, i: number): number {
  let j = i + 1;
  while (j < words.length && QUOTED_UPPER_START.test(words[j]) && !bodyHead(words[j]) && !TIME_WORD.test(words[j]) && j - i <= 3) j++;
  return j;
}

/** Start of a name before word `i` when that word is a two-letter tail of it ("Nordwelle TV"): up to two capitalised words that are no article, organisation noun, time or acronym; else `i`. */
function nameBefore(words: PhraseWords, i: number): number {
  let j = i;
  while (j > 0 && UPPER_START.test(words[j - 1]) && !ARTICLES.has(words[j - 1].toLowerCase()) && !bodyHead(words[j - 1]) && !TIME_WORD.test(words[j - 1]) && !ACRONYM.test(words[j - 1]) && i - j < 2 && words[i].length <= 2) j--;
  return j;
}

/**
 * An inflected adjective that tells which body a noun is: of a country or region in lower case
 * ("griechische", "niederländisches"), or capitalised in a name ("Syrischen", "Deutsche"); not
 * "börsennotierte", "linksliberale", which describe a body named before.
 */
const ADJECTIVE = /^\p{L}\p{Ll}+(?:isch|sch)(?:e|en|er|es)$|^\p{Lu}\p{Ll}+(?:lich|ig)(?:e|en|er|es)$/u;

/** Start of the modifiers before word `i`: adjectives of ADJECTIVE ("die griechische Regierung", "der Syrischen Beobachtungsstelle"), stopping at an article. */
function modifiersBefore(words: PhraseWords, i: number): number {
  let j = i;
  while (j > 0 && ADJECTIVE.test(words[j - 1]) && !ARTICLES.has(words[j - 1].toLowerCase()) && !POINTING.has(words[j - 1].toLowerCase())) j--;
  return j;
}

/** Pronouns and first-person words with no resolved person: never ranked. */
export const pronounSpeaker: SpeakerKindRule = {
  id: "de.speaker-kind.pronoun",
  match: (words) => (words.length === 1 && PRONOUNS.has(words[0].toLowerCase()) ? {kind: "unranked"} : null)
};

/** A name of the organisation lexicon ("Google", "Lufthansa"): an organisation. */
export const knownOrganisation: SpeakerKindRule = {
  id: "de.speaker-kind.known-organisation",
  match(words) {
    const i = words.findIndex((w) => UPPER_START.test(w) && organisationNames.has(w.toLowerCase()));
    return i < 0 ? null : {kind: "organisation", from: nameBefore(words, i), to: nameAfter(words, i)};
  }
};

/** Articles of a genitive owner after an organisation noun ("der Vorstand der KPA", "des Präsidiums des ABC"). */
const GENITIVE_ARTICLES = new Set(["der", "des"]);

/**
 * The end of a genitive owner right after the organisation noun at `i` that names an organisation ("der Parteivorstand der KPA",
 * "der Vorstand des ABC", "die Fraktion der Sozialen Liste"): an acronym, a name of the organisation lexicon or a capitalised
 * adjective and noun after "der"/"des"; else `i + 1` ("der Vorstand der Firma" says nothing more). The label keeps the owner as
 * written after the noun ("Parteivorstand der KPA"), in every case of the noun ("des Parteivorstands der KPA").
 */
function ownerAfter(words: PhraseWords, i: number): number {
  const article = words[i + 1]?.toLowerCase() ?? "";
  const owner = words[i + 2];
  if (!GENITIVE_ARTICLES.has(article) || !owner) return i + 1;
  const lower = owner.toLowerCase();
  if ((ACRONYM.test(owner) && !PLACE_ACRONYMS.has(lower)) || organisationNames.has(lower)) return nameAfter(words, i + 2);
  return adjectiveNameAt([article, ...words.slice(i + 2, i + 4)]) === 1 ? i + 4 : i + 1;
}

/** The first capitalised word of the modifiers from `from` up to `i` (the name's own adjectives), else `i`. */
function capitalisedFrom(words: PhraseWords, from: number, i: number): number {
  let j = i;
  while (j > from && UPPER_START.test(words[j - 1])) j--;
  return j;
}

/**
 * A word ending in an organisation noun ("die Polizei", "das Innenministerium", "Angaben der griechischen Regierung",
 * "der Vorstand der KPA" with its owner: ownerAfter): an organisation, unless a bare pointing-back noun ("das Ministerium").
 */
export const organisationNoun: SpeakerKindRule = {
  id: "de.speaker-kind.organisation-noun",
  match(words) {
    const i = words.findIndex((w) => UPPER_START.test(w) && bodyHead(w) !== undefined);
    if (i < 0) return null;
    const head = bodyHead(words[i])!;
    const byName = nameAfter(words, i);
    const to = byName > i + 1 ? byName : ownerAfter(words, i);
    const compound = words[i].toLowerCase().replace(/(?:es|s)$/u, "") !== head && words[i].toLowerCase() !== head;
    const named = compound || to > i + 1;
    // an adjective names the body only where nothing else does ("die griechische Regierung"); capitalised ones are part of a name ("Deutsche Bank")
    const modified = modifiersBefore(words, i);
    // a compound alone ("Außenministerium") does not say whose: a country's adjective before it stays ("das katarische Außenministerium")
    const from = to > i + 1 ? capitalisedFrom(words, modified, i) : modified;
    if (!named && from === i && (!SELF_NAMING.has(head) || (i > 0 && POINTING.has(words[i - 1].toLowerCase())))) return {kind: "unranked"};
    return {kind: "organisation", from, to};
  }
};

/** An acronym ("der ORF", "Die ÖVP", "Informationen der AK Oberösterreich"): an organisation; an acronym of a place ("die USA") is not ranked. */
export const acronymOrganisation: SpeakerKindRule = {
  id: "de.speaker-kind.acronym",
  match(words) {
    const i = words.findIndex((w) => ACRONYM.test(w));
    if (i < 0) return null;
    // "die USA", "die VAE": a place, not ranked
    const lower = words[i].toLowerCase();
    if (PLACE_ACRONYMS.has(lower) || placeNames.has(lower)) return {kind: "unranked"};
    return {kind: "organisation", from: nameBefore(words, i), to: nameAfter(words, i)};
  }
};

/** A capitalised adjective inside a name after a definite article ("Soziale", "Ökologischen", "Vereinten"): a word in -e, -en. */
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en)$/u;
/** Person nouns, which a capitalised adjective before makes a title ("der Erste Bürgermeister"), no organisation. */
const PERSON_NOUN = inflectedHeads([...roleHeads, ...occupationHeads]);

/**
 * Where a name of an article, a capitalised adjective and a capitalised noun starts ("die Soziale Liste", "der Ökologischen
 * Allianz", "die Vereinten Nationen"), or -1: the adjective's capital makes the pair a name, of a party, an alliance, a
 * body; not when the noun is a person's role ("der Erste Bürgermeister") or the first word is one ("die Vorsitzende Anna").
 */
export function adjectiveNameAt(words: PhraseWords): number {
  for (let i = 1; i + 1 < words.length; i++) {
    const adjective = words[i].toLowerCase();
    // "die Vorsitzende Anna Berg": a person noun in -e is no adjective of a name
    if (!ARTICLES.has(words[i - 1].toLowerCase()) || !NAME_ADJECTIVE.test(words[i]) || ARTICLES.has(adjective) || POINTING.has(adjective) || PERSON_NOUN.test(adjective)) continue;
    const noun = words[i + 1];
    // "der Liberalen, Hanna Kessler": a given name after the adjective is a person's
    if (TITLE_START.test(noun) && !TIME_WORD.test(noun) && !PERSON_NOUN.test(noun.toLowerCase()) && !givenNames.has(noun.toLowerCase())) return i;
  }
  return -1;
}

/**
 * An organisation named by a capitalised adjective and a noun after an article ("die Ökologische Allianz", "der Vereinten
 * Nationen"): the adjective and the noun, not the noun alone (which may be a company's name of the lexicon). After the
 * organisation nouns, so "der Deutsche Journalisten-Verband" keeps its rule.
 */
export const adjectiveName: SpeakerKindRule = {
  id: "de.speaker-kind.adjective-name",
  match(words) {
    const i = adjectiveNameAt(words);
    return i < 0 ? null : {kind: "organisation", from: i, to: i + 2};
  }
};

/** The rules in order: the first that matches decides; a phrase none matches is not ranked (groups, unnamed roles, documents, places). */
export const speakerKindRules: readonly SpeakerKindRule[] = [pronounSpeaker, organisationNoun, adjectiveName, knownOrganisation, acronymOrganisation];
