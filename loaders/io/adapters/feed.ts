import type {Provenance, SourceMeta} from "../../types.js";
import {htmlFragmentToText} from "../html.js";
import {hasMarkup, markupToText} from "../markup.js";
import {lazy} from "../lazy.js";
import {readDate, unreadDate} from "../../ingest/published.js";
import {languageTag} from "../../ingest/language.js";
import {siteNameFromFeedTitle} from "../../ingest/siteName.js";
import {type AdapterItem} from "./mapping.js";

/** Elements whose inner markup is kept raw, so HTML in them is parsed as HTML. */
const RAW = ["description", "content:encoded", "content", "summary"];

const xml = lazy<typeof import("fast-xml-parser")>("fast-xml-parser");
let parser: InstanceType<typeof import("fast-xml-parser").XMLParser> | undefined;
const parserOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  stopNodes: RAW.map((name) => `*.${name}`),
  isArray: (name: string) => name === "item" || name === "entry" || name === "link",
  processEntities: true,
  htmlEntities: true,
  trimValues: true
};

/**
 * Reads a saved RSS 2.0, RSS 1.0 (RDF) or Atom feed. Every item becomes one
 * article, `path#n` (n counts items from 1): the item title as the first line,
 * then the text of `content:encoded` (or Atom `content`), else `description`
 * (Atom `summary`), converted from HTML to one paragraph per line. The item's
 * link, pubDate/updated/dc:date and the feed's title and language are given
 * metadata. Items without text are returned as problems. Throws on a file that
 * is not a feed.
 */
export function parseFeed(source: string, base: string): AdapterItem[] {
  const valid = xml().XMLValidator.validate(source);
  if (valid !== true) throw new Error(`not valid XML: ${valid.err.msg} (line ${valid.err.line})`);
  let doc: any;
  try {
    parser ??= new (xml().XMLParser)(parserOptions);
    doc = parser.parse(source);
  } catch (error) {
    throw new Error(`not valid XML: ${(error as Error).message.split("\n")[0]}`);
  }
  const channel = doc?.rss?.channel ?? doc?.["rdf:RDF"]?.channel ?? doc?.feed;
  const items: any[] = doc?.rss?.channel?.item ?? doc?.["rdf:RDF"]?.item ?? doc?.feed?.entry;
  if (!channel && !items) throw new Error("not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)");
  const outlet = feedOutlet(text(channel?.title), channel, items?.[0]);
  const [language, languageFrom] = feedLanguage(channel, doc?.feed);
  return (items ?? []).map((item, i) => itemToArticle(item, `${base}#${i + 1}`, outlet, language, languageFrom));
}

/** The feed's language (its tag with the region, "de-AT": languageTag) and the element or attribute it came from: RSS <language>, Atom xml:lang, or <dc:language>. */
function feedLanguage(channel: any, atom: any): [string, string] {
  const [value, from] = channel?.language !== undefined ? [channel.language, "<language>"] : atom?.["@_xml:lang"] !== undefined ? [atom["@_xml:lang"], "xml:lang"] : [channel?.["dc:language"], "<dc:language>"];
  return [languageTag(text(value)), from];
}

/**
 * The outlet a feed names in its channel title, with how it was read: the site's name when the title also names the
 * feed's section ("tagesschau.de - Nahost": siteNameFromFeedTitle, the host taken from the channel's or first item's
 * link or id), else the whole title.
 */
function feedOutlet(title: string, channel: any, first: any): {name: string; how: string} {
  const link = (channel ? itemLink(channel) || text(channel.id) : "") || (first ? itemLink(first) || text(first.id) : "");
  let host = "";
  try {
    host = link ? new URL(link).hostname : "";
  } catch {
    // a link that is no URL names no host
  }
  const site = siteNameFromFeedTitle(title, host);
  return site ? {name: site.outlet, how: `channel <title> "${title}" (${site.rule})`} : {name: title, how: "channel <title>"};
}

function itemToArticle(item: any, file: string, outlet: {name: string; how: string}, language: string, languageFrom: string): AdapterItem {
  const title = text(item.title);
  const html = raw(item["content:encoded"]) || raw(item.content) || raw(item.description) || raw(item.summary);
  // HTML content as a reader sees it, scripts and embeds dropped (markup.ts); markup-free text as before
  const reduced = html && hasMarkup(html) ? markupToText(html) : undefined;
  const body = reduced ? reduced.text : html ? htmlFragmentToText(html) : "";
  if (!body.trim() && !title) return {file, problem: "feed item has no title and no text"};
  if (!body.trim()) return {file, problem: "feed item has no text (content:encoded, content, description or summary)"};
  const given: SourceMeta = {};
  const givenSource: Partial<Record<keyof SourceMeta, Provenance>> = {};
  const set = (key: keyof SourceMeta, value: string, how: string) => {
    if (value) [given[key], givenSource[key]] = [value, `given by the feed ${how}`];
  };
  set("title", title, "<title>");
  set("url", itemLink(item), "<link>");
  const date = item.pubDate ?? item.published ?? item.updated ?? item["dc:date"];
  const dateTag = item.pubDate ? "<pubDate>" : item.published ? "<published>" : item.updated ? "<updated>" : "<dc:date>";
  const day = readDate(text(date));
  set("published", day, dateTag);
  const warnings = text(date) && !day ? [`${dateTag}: ${unreadDate(text(date))}`] : [];
  // feed content is HTML by design: only code and embeds dropped with their content are worth a warning
  if (reduced?.dropped.length) warnings.push(`item content: dropped with their content: ${reduced.dropped.map((e) => `<${e}>`).join(", ")}`);
  set("outlet", outlet.name, outlet.how);
  set("language", language, languageFrom);
  const textOut = (title ? `${title}\n\n` : "") + body;
  return {file, raw: {file, text: textOut, given, givenSource}, ...(warnings.length ? {warnings} : {})};
}

/** The item's link: RSS text, or the Atom link with rel="alternate" (or no rel). */
function itemLink(item: any): string {
  const links: any[] = item.link ?? [];
  for (const link of links) {
    if (typeof link === "string") return link.trim();
    if (link?.["@_href"] && (!link["@_rel"] || link["@_rel"] === "alternate")) return String(link["@_href"]).trim();
  }
  return links.length && typeof links[0] === "object" && links[0]?.["#text"] ? String(links[0]["#text"]).trim() : text(item.guid);
}

/** Text of an element that may carry attributes. */
function text(value: unknown): string {
  if (value == null) return "";
  if (typeof value === "object") return text((value as any)["#text"]);
  return String(value).trim();
}

/**
 * HTML of a raw (stop-node) element: CDATA sections are HTML as is; otherwise
 * the content is entity-escaped HTML (RSS, Atom type="html") or XHTML markup.
 */
function raw(value: unknown): string {
  if (value == null) return "";
  const isObject = typeof value === "object";
  const inner = isObject ? String((value as any)["#text"] ?? "") : String(value);
  const type = isObject ? (value as any)["@_type"] : undefined;
  if (inner.includes("<![CDATA[")) return inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
  if (type === "xhtml") return inner;
  return decodeEntities(inner);
}

const NAMED: Record<string, string> = {amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0"};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
