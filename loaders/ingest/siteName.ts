import {givenNames} from "../lang/de/given-names.js";
import {sectionNames, siteNameLinkWords, titleSeparators} from "../lang/de/siteTitle.js";

/** A site's name read from a page title, with the rule that read it. */
export interface TitleSiteName {
  outlet: string;
  rule: string;
}

/** Rule id of `siteNameFromTitle` (in the outlet's provenance). */
export const TITLE_SITE_RULE = "de.outlet.title-site-name";

const SEPARATOR = new RegExp(`\\s(?:${titleSeparators.map((s) => s.replace(/[|]/g, "\\$&")).join("|")})\\s`, "gu");
const LINK_WORDS = new Set(siteNameLinkWords);
const SECTIONS = new Set(sectionNames);
/** A host name: "tagesschau.de", "n-tv.de", "FAZ.NET". */
const DOMAIN = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;
/** A word of a name: capitalised or starting with a digit, letters, digits and . & ' - only ("Rundschau", "ZEIT", "1LIVE", "Sat.1"). */
const NAME_WORD = /^[\p{Lu}\d][\p{L}\d.&'’-]*$/u;

/**
 * The site's name at the end of a page title, "Schlagzeile | Rheinische
 * Rundschau" → "Rheinische Rundschau", for pages whose metadata names no
 * outlet. The part after the last separator (| – — - · • ::, spaced) is taken
 * when it reads as a name, not as the rest of a headline: one to four words,
 * each capitalised or a digit-led word (or one of a few link words, "für",
 * "am", "online"), or a host name ("tagesschau.de"), so a word with a sentence
 * mark (: , ; ? ! quotes, brackets) or a tail ending in a full stop is no name; not a section name ("Politik", "Liveblog"); not a
 * person's name (a given name first: "Interview – Anna Berg"). A headline
 * part is lower case somewhere in German ("Trump – Putin telefonieren"), so
 * such a tail gives nothing. Undefined when no part qualifies.
 */
export function siteNameFromTitle(title: string): TitleSiteName | undefined {
  const trimmed = title.replace(/\s+/g, " ").trim();
  let last: RegExpExecArray | undefined;
  for (const m of trimmed.matchAll(SEPARATOR)) last = m;
  if (!last || last.index === 0) return undefined;
  const head = trimmed.slice(0, last.index).trim();
  const tail = trimmed.slice(last.index + last[0].length).trim();
  if (!head || !looksLikeSiteName(tail)) return undefined;
  return {outlet: tail, rule: TITLE_SITE_RULE};
}

/** Whether the tail of a title reads as a site's name (the conditions of siteNameFromTitle). */
function looksLikeSiteName(tail: string): boolean {
  if (tail.length < 2 || tail.length > 40 || tail.endsWith(".")) return false;
  const words = tail.split(" ");
  if (words.length > 4) return false;
  if (words.length === 1 && DOMAIN.test(tail)) return true;
  if (words.length === 1 && SECTIONS.has(tail.toLowerCase())) return false;
  if (!NAME_WORD.test(words[0])) return false;
  if (words.every((w) => /^\d+$/.test(w))) return false;
  if (words.length > 1 && givenNames.has(words[0].toLowerCase()) && words.every((w) => NAME_WORD.test(w))) return false;
  return words.every((w) => NAME_WORD.test(w) || LINK_WORDS.has(w) || DOMAIN.test(w));
}
