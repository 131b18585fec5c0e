/**
 * The layout of a press release (Pressemitteilung): a first line that only names the genre
 * ("Pressemitteilung", "Presseinformation"), the headline after it, and at the end an "Über …" block
 * about the sender and a contact block ("Pressekontakt:", name, phone, e-mail). The label and both
 * closing blocks are boilerplate, so their names are no people and "Telefon: 030 …" is no event. The closing blocks
 * are read only after the genre label (`onlyAfter`), so that "Kontakt" or "Über den Streit mit dem Verband" in news stays body.
 * Words as data; the rules are registered in index.ts partRules (ingest/parts.ts applies them).
 */
import type {PartRule} from "./parts.js";

/** Genre labels a press release opens with, alone on their line (compared in lower case). */
export const PRESS_RELEASE_LABELS: readonly string[] = [
  "pressemitteilung", "pressemeldung", "presseinformation", "presseinfo", "presseerklärung", "pressenotiz",
  "medieninformation", "medienmitteilung", "mediendienst", "pressedienst", "press release", "news release", "media release"
];

/** Headings that open a press release's contact block, as written or in capitals (a colon after them allowed). */
export const CONTACT_HEADINGS: readonly string[] = [
  "Pressekontakt", "Presse-Kontakt", "Medienkontakt", "Kontakt", "Kontakt für die Presse", "Kontakt für Medien",
  "Kontakt für Journalisten", "Ansprechpartner", "Ansprechpartnerin", "Ansprechpartner für die Presse",
  "Ansprechpartnerin für die Presse", "Ansprechpartner für Medien", "Für Rückfragen", "Rückfragen",
  "Rückfragen an", "Pressestelle", "Press contact", "Press Contact", "Media contact", "Media Contact"
];

/** Articles that may stand between "Über" and the sender's name ("Über den Verband Musterland e. V."). */
export const ABOUT_ARTICLES: readonly string[] = ["den", "die", "das", "dem", "der"];

/** Headings of a press release's "about" block that name no organisation, as written or in capitals. */
export const ABOUT_HEADINGS: readonly string[] = ["Über uns", "About us", "About Us"];

/** Legal forms and organisation nouns that make a line "Über X" the sender's "about" block. */
export const ABOUT_ORGANISATION_WORDS: readonly string[] = [
  "e. V.", "e.V.", "GmbH", "gGmbH", "AG", "SE", "KG", "eG", "mbH", "Stiftung", "Verband", "Verein", "Institut", "Bündnis", "Gewerkschaft", "Kammer"
];

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
/** The words as written and in capitals ("Kontakt", "KONTAKT"): the closing rules match case-sensitively. */
const withCapitals = (words: readonly string[]) => [...new Set(words.flatMap((w) => [w, w.toUpperCase()]))];

/** The rule ids that make an article a press release: the closing blocks are read only after one of them matched. */
export const PRESS_RELEASE_SIGNS: readonly string[] = ["de.parts.press-release-label"];

/** The genre label alone on the first lines ("PRESSEMITTEILUNG", "Pressemitteilung Nr. 12/2027", "Presseinformation vom 12.03.2027"). */
export const pressReleaseLabel: PartRule = {
  id: "de.parts.press-release-label",
  label: "boilerplate",
  scope: "line",
  headerOnly: true,
  beforeTitle: true,
  pattern: new RegExp(`^(?:${alternatives(PRESS_RELEASE_LABELS)})(?:\\s+(?:Nr\\.\\s*)?\\d+(?:[/-]\\d+)?|\\s+vom\\s+[\\d.]+\\s*\\d*)?\\s*:?$`, "i")
};

/**
 * The contact block closing a press release: its heading and everything after it (names, address, phone, e-mail).
 * Only in a press release (PRESS_RELEASE_SIGNS): in a news article "Kontakt" alone on its line is body.
 */
export const pressContact: PartRule = {
  id: "de.parts.press-contact",
  label: "boilerplate",
  scope: "tail",
  onlyAfter: PRESS_RELEASE_SIGNS,
  pattern: new RegExp(`^(?:${alternatives(withCapitals(CONTACT_HEADINGS))})\\s*:?$`, "u")
};

/**
 * The sender's "about" block ("Über uns", "Über den Verband Musterland e. V.") and everything after it. Only in a press
 * release (PRESS_RELEASE_SIGNS): in a news article "Über den Streit mit dem Verband" is a subheading.
 */
export const pressAbout: PartRule = {
  id: "de.parts.press-about",
  label: "boilerplate",
  scope: "tail",
  onlyAfter: PRESS_RELEASE_SIGNS,
  pattern: new RegExp(`^(?:${alternatives(withCapitals(ABOUT_HEADINGS))}|(?:Über|ÜBER)\\s+(?:(?:${alternatives(withCapitals(ABOUT_ARTICLES))})\\s+)?\\p{Lu}[^.!?:]{0,80}?(?:^|\\s)(?:${alternatives(withCapitals(ABOUT_ORGANISATION_WORDS))})(?=\\s|$)[^.!?:]{0,40})\\s*:?$`, "u")
};
