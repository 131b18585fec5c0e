/**
 * The layout of a press release (Pressemitteilung): a first line that only names the genre
 * ("Pressemitteilung", "Presseinformation"), the headline after it, and at the end an "Über …" block
 * about the sender and a contact block ("Pressekontakt:", name, phone, e-mail). The label and both
 * closing blocks are boilerplate, so their names are no people and "Telefon: 030 …" is no event.
 * Words as data; the rules are registered in index.ts partRules (ingest/parts.ts applies them).
 */
import type {PartRule} from "./parts.js";

/** Genre labels a press release opens with, alone on their line (compared in lower case). */
export const PRESS_RELEASE_LABELS: readonly string[] = [
  "pressemitteilung", "pressemeldung", "presseinformation", "presseinfo", "presseerklärung", "pressenotiz",
  "medieninformation", "medienmitteilung", "mediendienst", "pressedienst", "press release", "news release", "media release"
];

/** Headings that open a press release's contact block (compared in lower case, a colon after them allowed). */
export const CONTACT_HEADINGS: readonly string[] = [
  "pressekontakt", "presse-kontakt", "medienkontakt", "kontakt", "kontakt für die presse", "kontakt für medien",
  "kontakt für journalisten", "ansprechpartner", "ansprechpartnerin", "ansprechpartner für die presse",
  "ansprechpartnerin für die presse", "ansprechpartner für medien", "für rückfragen", "rückfragen",
  "rückfragen an", "pressestelle", "press contact", "media contact"
];

/** Legal forms and organisation nouns that make a line "Über X" the sender's "about" block. */
export const ABOUT_ORGANISATION_WORDS: readonly string[] = [
  "e. V.", "e.V.", "GmbH", "gGmbH", "AG", "SE", "KG", "eG", "mbH", "Stiftung", "Verband", "Verein", "Institut", "Bündnis", "Gewerkschaft", "Kammer"
];

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");

/** The genre label alone on the first lines ("PRESSEMITTEILUNG", "Pressemitteilung Nr. 12/2027", "Presseinformation vom 12.03.2027"). */
export const pressReleaseLabel: PartRule = {
  id: "de.parts.press-release-label",
  label: "boilerplate",
  scope: "line",
  headerOnly: true,
  beforeTitle: true,
  pattern: new RegExp(`^(?:${alternatives(PRESS_RELEASE_LABELS)})(?:\\s+(?:Nr\\.\\s*)?\\d+(?:[/-]\\d+)?|\\s+vom\\s+[\\d.]+\\s*\\d*)?\\s*:?$`, "i")
};

/** The contact block closing a press release: its heading and everything after it (names, address, phone, e-mail). */
export const pressContact: PartRule = {
  id: "de.parts.press-contact",
  label: "boilerplate",
  scope: "tail",
  pattern: new RegExp(`^(?:${alternatives(CONTACT_HEADINGS)})\\s*:?$`, "i")
};

/** The sender's "about" block ("Über uns", "Über den Verband Musterland e. V.") and everything after it. */
export const pressAbout: PartRule = {
  id: "de.parts.press-about",
  label: "boilerplate",
  scope: "tail",
  pattern: new RegExp(`^(?:Über uns|About us|Über\\s+\\p{Lu}[^.!?:]{0,80}?(?:^|\\s)(?:${alternatives(ABOUT_ORGANISATION_WORDS)})(?=\\s|$)[^.!?:]{0,40})\\s*:?$`, "iu")
};
