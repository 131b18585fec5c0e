import {parseYmd} from "../dates/timex.js";
import {bodyDateline, bodyDatelinePrefix, bylineLine, headerDateLine, headerLineDate} from "../lang/de/parts.js";
import {HEADER_LABEL_RULE} from "./parts.js";
import {readCalendarDate} from "./published.js";
import type {ArticleMeta, Part, RawArticle, SourceMeta} from "../types.js";

/** An outlet recognised by a signature or closing formula in its articles (data/outlets.yaml). */
export interface OutletEntry {
  outlet: string;
  patterns: RegExp[];
}

const GERMAN_WORDS = /\b(?:der|die|das|und|ist|nicht|mit|sich|auf|für|dem|den|ein|eine|von|zu|im|auch|dass|wird|wurde|hat|sie|er)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|is|not|with|for|of|to|in|that|was|has|he|she|it|on)\b/gi;

/**
 * Resolves the article metadata. Given values win; otherwise a value is inferred
 * only from what the text shows (a dateline, a signature, an outlet's closing
 * formula, the headline), then the URL's host, and last the site's name an
 * HTML page's title ends in (`titleOutlet`, ingest/siteName.ts); every value
 * records how it was obtained.
 * Nothing is invented: what the text does not show stays empty with "unknown".
 */
export function resolveMeta(text: string, parts: Part[], given: SourceMeta, outlets: readonly OutletEntry[], givenSource: Partial<Record<keyof SourceMeta, string>> = {}, titleOutlet?: RawArticle["titleOutlet"]): ArticleMeta {
  const meta: ArticleMeta = {
    outlet: "", outlet_source: "unknown",
    published: "", published_source: "unknown",
    title: "", title_source: "unknown",
    url: "", url_source: "unknown",
    language: "", language_source: "unknown"
  };
  for (const key of ["outlet", "published", "title", "url", "language"] as const) {
    if (given[key]) {
      meta[key] = given[key]!;
      meta[`${key}_source`] = givenSource[key] ?? "given";
    }
  }
  // a given day that does not exist ("2025-02-30", "2025-13-45") is set aside, and the source says so
  if (meta.published && /^\d{4}-\d{2}-\d{2}/.test(meta.published) && !parseYmd(meta.published)) {
    [meta.published, meta.published_source] = ["", `given "${given.published}" is no calendar day`];
  }
  if (!meta.published) {
    const found = inferPublished(text, parts);
    // an inferred day replaces a rejected one, and the source keeps both
    const rejected = meta.published_source === "unknown" ? "" : `${meta.published_source}; `;
    if (found) [meta.published, meta.published_source] = [found.value, `${rejected}inferred from "${found.surface}"`];
  }
  if (!meta.outlet) {
    const found = inferOutlet(text, outlets) ?? (meta.url ? outletFromUrl(meta.url) : undefined);
    if (found) [meta.outlet, meta.outlet_source] = [found.value, `inferred from "${found.surface}"`];
    // the site's name ending an HTML page's title is the weakest evidence: only when nothing above names the outlet
    else if (titleOutlet) [meta.outlet, meta.outlet_source] = [titleOutlet.outlet, titleOutlet.source];
  }
  if (!meta.title) {
    const title = parts.find((p) => p.label === "title");
    if (title) [meta.title, meta.title_source] = [firstLine(text.slice(title.start, title.end)), title.rule === "parts.headline-after-label" ? "inferred from the headline after the genre label" : "inferred from the first line"];
  }
  if (!meta.language) {
    const language = inferLanguage(text);
    if (language) [meta.language, meta.language_source] = [language, "inferred from common function words"];
  }
  return meta;
}

function firstLine(s: string): string {
  return s.split("\n")[0].trim();
}

/**
 * A date line in the header (de.parts.date-line), read day first: "13/02/2025", "13.02.2025";
 * else the date closing a byline or a label in the header ("Von Anna Berg, 14.01.2026");
 * else a press dateline opening the body ("Riad, 16.02.2025 – …").
 */
function inferPublished(text: string, parts: Part[]): {value: string; surface: string} | undefined {
  for (const part of parts) {
    if (part.rule !== "de.parts.date-line") continue;
    const surface = text.slice(part.start, part.end).split("\n")[0].trim();
    const value = readCalendarDate(surface);
    if (value) return {value, surface};
  }
  for (const part of parts) {
    if (part.rule !== bylineLine.id && part.rule !== headerDateLine.id && part.rule !== HEADER_LABEL_RULE) continue;
    const surface = text.slice(part.start, part.end).split("\n")[0].trim();
    const m = headerLineDate.exec(surface);
    const value = m ? readCalendarDate(m[1]) : "";
    if (value) return {value, surface};
  }
  // the dateline set apart from the body (de.parts.body-dateline), else the body's opening words
  const opening = parts.find((p) => p.rule === bodyDatelinePrefix.id) ?? parts.find((p) => p.label === "body");
  const dateline = opening ? bodyDateline.exec(text.slice(opening.start, Math.min(opening.end, opening.start + 200)) + " ") : null;
  if (dateline) {
    const value = readCalendarDate(dateline[1]);
    if (value) return {value, surface: dateline[0].replace(/\s*[–—-]\s*$/, "")};
  }
  return undefined;
}

/** An outlet from the register's patterns, else a "X-Redaktionsteam" signature. */
function inferOutlet(text: string, outlets: readonly OutletEntry[]): {value: string; surface: string} | undefined {
  for (const entry of outlets) {
    for (const pattern of entry.patterns) {
      const m = pattern.exec(text);
      if (m) return {value: entry.outlet, surface: m[0].trim()};
    }
  }
  const m = /^([\p{Lu}][\p{L}\d.]*)-Redaktion(?:steam)?$/mu.exec(text);
  if (m) return {value: m[1], surface: m[0]};
  return undefined;
}

function outletFromUrl(url: string): {value: string; surface: string} | undefined {
  const m = /^https?:\/\/(?:www\.)?([^/:]+)/i.exec(url);
  return m ? {value: m[1], surface: url} : undefined;
}

/** Function words that decide a language; a short text (a feed item, a row) decides with fewer if they all agree. */
const LANGUAGE_EVIDENCE = 5;
const UNANIMOUS_EVIDENCE = 3;

/** "de" or "en" by counting common function words; undefined when too little text. */
function inferLanguage(text: string): string | undefined {
  const sample = text.slice(0, 5000);
  const de = sample.match(GERMAN_WORDS)?.length ?? 0;
  const en = sample.match(ENGLISH_WORDS)?.length ?? 0;
  const enough = de + en >= LANGUAGE_EVIDENCE || (de + en >= UNANIMOUS_EVIDENCE && Math.min(de, en) === 0);
  if (!enough) return undefined;
  return de >= en ? "de" : "en";
}
