/**
 * The layout words of a press-database export (Nexis/LexisNexis, Factiva, GBI-Genios): several
 * articles in one text file, each opened by a document marker ("Dokument 1 von 3", "Document 1 of 3",
 * "1 of 3 DOCUMENTS") and/or closed by an end marker ("Ende des Dokuments", "End of Document"), with
 * header lines (outlet, date, title, "Länge: 512 Wörter", "Rubrik: …") before the body. German and
 * English forms, as data; read by loaders/io/adapters/pressExport.ts.
 */

/** A line that opens a document: its number and the total (groups 1 and 2). */
export const DOCUMENT_START: readonly RegExp[] = [
  /^(?:Dokument|Document|Doc\.?)\s+(\d+)\s+(?:von|of)\s+(\d+)$/i,
  /^(\d+)\s+(?:von|of)\s+(\d+)\s+(?:Dokumenten|Dokumente|DOCUMENTS?)$/i
];

/** The end markers that close a document, alone on their line (compared ignoring case). */
export const DOCUMENT_END_MARKERS: readonly string[] = ["Ende des Dokuments", "End of Document", "Dokumentende", "Document end"];

/** A line that closes a document (one of DOCUMENT_END_MARKERS, a full stop after it allowed). */
export const DOCUMENT_END: RegExp = new RegExp(`^(?:${DOCUMENT_END_MARKERS.map((m) => m.replace(/ /g, "\\s+")).join("|")})\\.?$`, "i");

/** The word opening a Factiva document's closing id line. */
export const FACTIVA_END_WORD = "Document";

/** A Factiva document's closing id line ("Document FRAB000020270305ej3500001"). */
export const FACTIVA_END: RegExp = new RegExp(`^${FACTIVA_END_WORD}\\s+[A-Za-z0-9]{16,}$`);

/** A word count without a label ("512 Wörter", "512 words"). */
export const WORD_COUNT: RegExp = /^[\d.,]+\s+(?:Wörter|Worte|words)$/i;

/** A byline alone on its line ("Von Anna Muster", "By Jane Doe"). */
export const BYLINE: RegExp = /^(?:Von|By)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:und|and|\p{Lu}[\p{L}.'’-]*)){0,5}$/u;

/** A language line alone ("Deutsch", "German", "English"), as Factiva writes it. */
export const LANGUAGE_LINE: RegExp = /^(?:Deutsch|German|Englisch|English|Französisch|French)$/i;

/** The heading of the block of classification lines closing a Nexis Uni document. */
export const TRAILER_START: RegExp = /^(?:Classification|Klassifikation|Klassifizierung)$/i;

/** A line alone that says the body starts next (Nexis Uni: "Body", German "Text"/"Haupttext"). */
export const BODY_START: RegExp = /^(?:Body|Text|Haupttext|Volltext)$/i;

/** Header labels before ":" whose line is metadata, never body; `length` marks the word count. */
export const HEADER_LABELS: Readonly<Record<string, "length" | "byline" | "section" | "other">> = {
  "länge": "length",
  "length": "length",
  "wörter": "length",
  "words": "length",
  "autor": "byline",
  "autorin": "byline",
  "autoren": "byline",
  "byline": "byline",
  "von": "byline",
  "rubrik": "section",
  "ressort": "section",
  "section": "section",
  "ausgabe": "other",
  "edition": "other",
  "seite": "other",
  "page": "other",
  "copyright": "other",
  "quelle": "other",
  "source": "other",
  "dateline": "other",
  "highlight": "other",
  "sprache": "other",
  "language": "other",
  "publikationstyp": "other",
  "publication-type": "other",
  "dokumenttyp": "other",
  "document-type": "other",
  "ladedatum": "other",
  "load-date": "other",
  "update": "other",
  "grafik": "other",
  "graphic": "other",
  "schlagwörter": "other",
  "subject": "other",
  "geografisch": "other",
  "geographic": "other",
  "person": "other",
  "organisation": "other",
  "organization": "other",
  "url": "other"
};

/** Header labels whose value is a sentence by nature (a Nexis "Highlight: …"): their line is metadata all the same. */
export const SENTENCE_LABELS: readonly string[] = ["highlight", "dateline"];

/** A "Copyright 2027 …" or "© 2027 …" line (no colon): metadata. */
export const COPYRIGHT_LINE: RegExp = /^(?:Copyright|©|\(c\))\s/i;

/** English month names for a Nexis date line "March 5, 2027 Friday" (German names come from the dates lexicon). */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12
};

/** Weekday names that may follow a date line ("5. März 2027 Freitag", "March 5, 2027 Friday"). */
export const WEEKDAYS: readonly string[] = [
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
];

/** Most header lines a document has before its body (outlet, date, title and labels). */
export const MAX_HEADER_LINES = 14;
