import type {PartLabel} from "../../types.js";
import {escapeRegExp} from "../../text/escape-regexp.js";
import {multiWordPlaces} from "./non-person-names.js";
import {placeNames} from "./place-names.js";

/**
 * How far a part rule reaches from the line it matches:
 * - "line": that line only;
 * - "tail": that line and everything after it (comment sections, author boxes);
 * - "section": until the next line another rule matches (FAQ blocks);
 * - "links": that line and the headline-like lines after it (link lists).
 */
export type PartScope = "line" | "tail" | "section" | "links";

/** A rule that labels lines of an article. Rules are tried in the order of `partRules` in index.ts. */
export interface PartRule {
  id: string;
  label: PartLabel;
  scope: PartScope;
  /** Tested against the trimmed line. */
  pattern: RegExp;
  /** Only within the first lines of the article (header zone). */
  headerOnly?: boolean;
  /** A label that may stand before the title (a press release's "Pressemitteilung"): the next headline-like line is still the title. */
  beforeTitle?: boolean;
  /** Only after an earlier line of the article matched one of these rules (a press release's closing blocks after its genre label). */
  onlyAfter?: readonly string[];
}

export const commentsHeading: PartRule = {
  id: "de.parts.comments-heading",
  label: "comments",
  scope: "tail",
  pattern: /^(?:Kommentare?(?: zum Artikel| \(\d+\))?|\d+ Kommentare?|Leserkommentare|Leserbriefe|Leave a Reply|Schreibe einen Kommentar|Kommentar (?:schreiben|verfassen|abgeben)|Diskutieren Sie mit|Diskussion zum Artikel)\s*:?$/i
};

export const faqHeading: PartRule = {
  id: "de.parts.faq-heading",
  label: "faq",
  scope: "section",
  pattern: /^(?:Häufig gestellte Fragen|FAQ|Fragen und Antworten|Die wichtigsten Fragen)\b/i
};

export const archiveTail: PartRule = {
  id: "de.parts.archive-tail",
  label: "boilerplate",
  scope: "tail",
  pattern: /^(?:Archiviert unter|Abgelegt unter|Schlagwörter|Schlagworte|Tags|Themen dieses Artikels)\s*:?/i
};

/**
 * A box of links to other articles: its heading ("Lesen Sie auch", "Mehr zum Thema") and the headline-like lines
 * after it, or one line that holds heading and link ("Lesen Sie auch: Kita-Streik – welche Rechte haben Eltern?",
 * a feed item's inline box; a linked headline may be a question or an exclamation, but holds no full stop).
 */
export const relatedLinks: PartRule = {
  id: "de.parts.related-links",
  label: "boilerplate",
  scope: "links",
  pattern: /^(?:Verwandte (?:Videos|Themen|Artikel|Beiträge|Nachrichten)|Weitere (?:Nachrichten|Artikel|Themen|Meldungen)|Mehr zum Thema|Lesen Sie (?:auch|mehr)|Jetzt lesen|JETZT LESEN AUCH ANDERE|Auch interessant|Das könnte Sie (?:auch )?interessieren|Empfohlene Artikel|Ähnliche Artikel|Mehr aus dem Ressort)\b[^.!?]*[?!]?$|^Mehr zum Thema\s*[–-]/i
};

export const photoCredit: PartRule = {
  id: "de.parts.photo-credit",
  label: "boilerplate",
  scope: "line",
  pattern: /(?:\b(?:Foto|Fotos|Photo|Bild|Bildquelle|Image|Titelbild|Symbolbild)\s*(?:©|:|\(c\))|©|^(?:Captura|Screenshot|Bildschirmfoto)\b)/i
};

/**
 * A photo caption without a credit in the header zone: a line that places people in the picture with "(l.)",
 * "(r.)", "(M.)", "(v. l.)", "(links)" or "(rechts)" after a name ("Anna Berg (l.) und Jonas Ritter am Montag in
 * Jena."), holds no quotation mark and stays short. Only in the header zone, where a figure stands between the
 * byline or date line and the body; a caption with a credit is `de.parts.photo-credit` anywhere.
 */
export const captionLine: PartRule = {
  id: "de.parts.caption",
  label: "boilerplate",
  scope: "line",
  headerOnly: true,
  pattern: /^(?=[^\n]{1,300}$)(?![^\n]*["„“”»«])[^\n]*\p{L} \((?:l|r|M|li|re|v\. ?l\.(?: ?n\. ?r\.)?|links|rechts|Mitte)\.?\)/u
};

export const authorSignature: PartRule = {
  id: "de.parts.author-signature",
  label: "boilerplate",
  scope: "tail",
  pattern: /^[\p{Lu}][\p{L}\d.]*-?(?:Redaktionsteam|Redaktion)$/u
};

/**
 * A day as datelines, bylines and date lines write it: "14.01.2026", "14/1/26", "14. Jänner 2026" (any word as the month),
 * "2026-01-14". A pattern source of alternatives, to be put in a group.
 */
const DAY = String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\. \p{L}+ \d{4}|\d{4}-\d{2}-\d{2}`;

export const dateLine: PartRule = {
  id: "de.parts.date-line",
  label: "boilerplate",
  scope: "line",
  headerOnly: true,
  pattern: new RegExp(String.raw`^(?:${DAY})(?:,? \d{1,2}:\d{2}(?: Uhr)?)?$`, "u")
};

/**
 * A press dateline opening the body: place, optional agency, date and a dash
 * ("Riad, 16.02.2025 – …", "Berlin (dpa), 12. Februar 2025 - …"). Group 1 is the date.
 */
export const bodyDateline = new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: \([^()\n]{1,30}\))?, (${DAY}) ?[–—-] `, "u");

/**
 * The date at the end of a header line that is a byline or a label: "Von Anna Berg, 14.01.2026",
 * "Wiener Morgenblatt, 14. Jänner 2026, 07:45 Uhr", "Anna Berg | 2025-02-13". Group 1 is the date.
 */
export const headerLineDate = new RegExp(String.raw`[,·|•–—]\s*(${DAY})(?:,? \d{1,2}[:.]\d{2}(?: Uhr)?)?$`, "u");

/**
 * A short line in the header that ends in such a date: an outlet or an author with the day of publication
 * ("Alpenbote, 3. Jänner 2026, 07:45 Uhr"), no subtitle. Lines of up to 100 characters, so the match stays short.
 */
export const headerDateLine: PartRule = {
  id: "de.parts.header-date-line",
  label: "boilerplate",
  scope: "line",
  headerOnly: true,
  pattern: new RegExp(`^(?=[^\\n]{1,100}$)[^\\n]*${headerLineDate.source}`, "u")
};

/** A rule that sets the opening words of the body apart as a part of their own (a press dateline before the first sentence). */
export interface PartPrefixRule {
  id: string;
  label: PartLabel;
  /** Matched at the start of the body's first line; the part is the match without its trailing space. */
  pattern: RegExp;
}

/**
 * "München, 20.06.2025 - Bürgermeister X sagte, …": the dateline is no part of the
 * first sentence (its date and place are no speaker, subject or name); the
 * publication date is read from this part (ingest/metadata.ts).
 */
export const bodyDatelinePrefix: PartPrefixRule = {
  id: "de.parts.body-dateline",
  label: "boilerplate",
  pattern: bodyDateline
};

/**
 * "Kiew (dpa) - Der Präsident …", "Washington/Berlin (AFP) – …": a dateline of place and agency
 * without a date. Not after an article ("Die Polizei (GdP) - …" is a subject), nor before a lower-case word: the
 * sentence after a dateline opens with a capital, a digit or a quotation mark, and a name with its party before an
 * insertion between dashes is the subject ("Olaf Brink (CDU) – seit Mai Fraktionschef – sagte …").
 */
export const agencyDatelinePrefix: PartPrefixRule = {
  id: "de.parts.agency-dateline",
  label: "boilerplate",
  pattern: /^(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines)\s)\p{Lu}[\p{L}'’.-]*(?:(?: |\/)\p{Lu}[\p{L}'’.-]*){0,3} \([^()\n]{1,30}\) ?[–—-] (?!\p{Ll})/u
};

/** "Kairo. Nach dem Abbruch …", "Frankfurt/Main. Die Stadt …": a place the place lexicon knows, a full stop, and the first sentence. */
export const placeDatelinePrefix: PartPrefixRule = {
  id: "de.parts.place-dateline",
  label: "boilerplate",
  pattern: placeDateline("\\.")
};

/**
 * "Stuttgart – Nach vier Wochen …": a place the place lexicon knows, a dash and the first sentence, which opens with a
 * capital ("Berlin – eine Stadt im Wandel" is a sentence of its own, no dateline).
 */
export const placeDashDatelinePrefix: PartPrefixRule = {
  id: "de.parts.place-dash-dateline",
  label: "boilerplate",
  pattern: placeDateline(" [–—-]")
};

/**
 * The pattern of a place dateline: a place of the lexicon (one word or several, capitalised as written in prose:
 * "Tel Aviv", "Den Haag", "Rio de Janeiro"), then after "/" another place of the lexicon or any capitalised word
 * ("Wien/Doha", "Tel Aviv/Gaza", "Kairo/Tel Aviv"), then `end`, a space and a capital.
 */
function placeDateline(end: string): RegExp {
  const written = [...placeNames, ...multiWordPlaces].map((name) => escapeRegExp(asWritten(name)));
  const place = `(?:${written.sort((a, b) => b.length - a.length).join("|")})`;
  return new RegExp(`^${place}(?:/(?:${place}|\\p{Lu}[\\p{L}-]*))?${end} (?=\\p{Lu})`, "u");
}

/** A lower-cased place name as prose writes it: every word and hyphenated part capitalised but the link words ("Rio de Janeiro", "Scharm el-Scheich"). */
function asWritten(name: string): string {
  const linkWords = new Set(["de", "del", "da", "do", "dos", "es", "ez", "el", "al", "au", "am", "an", "im", "ob", "und"]);
  return name.replace(/(^|[- ])(\p{Ll}[\p{Ll}.]*)/gu, (_m, gap: string, word: string, at: number) => gap + (at > 0 && linkWords.has(word) ? word : word[0].toUpperCase() + word.slice(1)));
}

export const relativeTimestamp: PartRule = {
  id: "de.parts.relative-timestamp",
  label: "boilerplate",
  scope: "line",
  headerOnly: true,
  pattern: /^(?:vor )?\d+ (?:Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr)\w*(?: vor| her)?$/i
};

export const separatorLine: PartRule = {
  id: "de.parts.separator",
  label: "boilerplate",
  scope: "line",
  pattern: /^(?:[|\-–—*•·_=~#]+|https?:\/\/\S+|www\.\S+)$/
};

/**
 * A byline in the header zone: "Von Anna Berg", "Von Anna Berg und Jonas Ritter", "Anna B.", and one with the
 * author's role and the time after a comma, dot or bar ("Von Anna Berg, Korrespondentin · 17.11.2026, 07:45 Uhr",
 * "Von Anna Berg | 3. Mai 2024"); such a tail holds no sentence: it ends in no full stop, question or exclamation mark.
 */
export const bylineLine: PartRule = {
  id: "de.parts.byline",
  label: "boilerplate",
  scope: "line",
  headerOnly: true,
  pattern: /^(?:(?:Von|By|Autor(?:in)?:?)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}(?:\s+(?:und|and|&)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})?(?:\s*[,·|•]\s*[^\n]{1,80}[^.!?\n])?|\p{Lu}\p{Ll}+ \p{Lu}\.)$/u
};
