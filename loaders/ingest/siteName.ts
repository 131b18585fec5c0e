import {givenNames} from "../lang/de/given-names.js";
import {sectionNames, siteNameLinkWords, titleSeparators} from "../lang/de/siteTitle.js";
import {escapeRegExp} from "../text/escape-regexp.js";

/** A site's name read from a page title, with the rule that read it. */
export interface TitleSiteName {
  outlet: string;
  rule: string;
}

/** Rule id of `siteNameFromTitle` (in the outlet's provenance). */
export const TITLE_SITE_RULE = "de.outlet.title-site-name";

/** A separator with a space after it, opening the title or after a space (an opening one leaves no headline). */
const SEPARATOR = new RegExp(`(?:^|\\s)(${titleSeparators.map(escapeRegExp).join("|")})\\s`, "gu");
/** Separators that also join two names in a headline ("Bayern - Dortmund", "Merkel – Macron"). */
const PAIRING = new Set(["-", "–"]);
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
 * mark (: , ; ? ! quotes, brackets) or a tail ending in a full stop is no name; not a section name ("Politik", "Liveticker", "FAQ", "Autorin"); not a
 * person's name (a given name first: "Interview – Anna Berg"). A headline
 * part is lower case somewhere in German ("Trump – Putin telefonieren"), so
 * such a tail gives nothing. After a plain "-" or "–", which also pairs two
 * names in a headline ("Bayern - Dortmund", "Gipfel: Merkel – Macron"), a
 * one-word tail, or a tail after a part that is itself only a name, counts
 * only when it is the page's host name (`host`, "kurier.de" for "Kurier").
 * Undefined when no part qualifies.
 */
export function siteNameFromTitle(title: string, host = ""): TitleSiteName | undefined {
  const trimmed = title.replace(/\s+/g, " ").trim();
  let last: RegExpExecArray | undefined;
  for (const m of trimmed.matchAll(SEPARATOR)) last = m;
  if (!last) return undefined;
  const head = trimmed.slice(0, last.index).trim();
  const tail = trimmed.slice(last.index + last[0].length).trim();
  if (!head || !looksLikeSiteName(tail)) return undefined;
  if (PAIRING.has(last[1]) && !DOMAIN.test(tail) && !namesHost(tail, host) && (!tail.includes(" ") || pairedName(head))) return undefined;
  return {outlet: tail, rule: TITLE_SITE_RULE};
}

/** Whether the tail of a title reads as a site's name (the conditions of siteNameFromTitle). */
function looksLikeSiteName(tail: string): boolean {
  if (tail.length < 2 || tail.length > 40 || tail.endsWith(".")) return false;
  if (SECTIONS.has(tail.toLowerCase())) return false;
  const words = tail.split(" ");
  if (words.length > 4) return false;
  if (words.length === 1 && DOMAIN.test(tail)) return true;
  if (!NAME_WORD.test(words[0])) return false;
  if (words.every((w) => /^\d+$/.test(w))) return false;
  if (words.length > 1 && givenNames.has(words[0].toLowerCase()) && words.every((w) => NAME_WORD.test(w))) return false;
  return words.every((w) => NAME_WORD.test(w) || LINK_WORDS.has(w) || DOMAIN.test(w));
}

/** Whether the part before the separator ends in a name alone ("Hertha BSC", "Gipfel in Paris: Merkel"): the first of two paired names. */
function pairedName(head: string): boolean {
  const last = head.split(/[:;,!?]\s/u).pop()!.trim();
  const words = last.split(" ");
  return words.length <= 3 && words.every((w) => NAME_WORD.test(w));
}

/** Whether a title's tail is the page's host name, letters and digits compared ("Kurier" on www.kurier.de, "N-TV" on n-tv.de). */
function namesHost(tail: string, host: string): boolean {
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]/gu, "");
  const labels = host.toLowerCase().replace(/^www\./, "").split(".").slice(0, -1);
  return letters(tail).length > 0 && labels.some((label) => letters(label) === letters(tail));
}

/** Rule id of `siteNameFromFeedTitle` (in the outlet's provenance). */
export const FEED_SITE_RULE = "de.outlet.feed-title-site-name";

/**
 * The outlet's name in a feed's channel title that also names the feed's section: "tagesschau.de - Nahost" →
 * "tagesschau.de", "SPIEGEL - Politik" on spiegel.de → "SPIEGEL", "Politik | Rundschau" on rundschau.de → "Rundschau". The
 * title is split at its first spaced separator (| – — - · • ::); the outlet is the side that is a host name or names the
 * feed's host (`host`, from its link or id), and reads as a site's name. A side next to a section name alone is not enough
 * ("Hamburg - Politik", "Nahost | News" name no site). Undefined when the title has no separator or no side qualifies
 * (then the whole title is the outlet).
 */
export function siteNameFromFeedTitle(title: string, host = ""): TitleSiteName | undefined {
  const trimmed = title.replace(/\s+/g, " ").trim();
  const first = new RegExp(SEPARATOR.source, "u").exec(trimmed);
  if (!first) return undefined;
  const sides = [trimmed.slice(0, first.index).trim(), trimmed.slice(first.index + first[0].length).trim()];
  for (const [name, other] of [sides, [sides[1], sides[0]]]) {
    if (!name || !other || !looksLikeSiteName(name)) continue;
    if (DOMAIN.test(name) || namesHost(name, host)) return {outlet: name, rule: FEED_SITE_RULE};
  }
  return undefined;
}
