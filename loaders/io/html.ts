import {Readability} from "@mozilla/readability";
import type {Provenance, RawArticle, SourceMeta} from "../types.js";
import {InputError} from "../ingest/decode.js";
import {lazy} from "./lazy.js";
import {parseYmd} from "../dates/timex.js";
import {siteNameFromTitle} from "../ingest/siteName.js";
import {languageTag} from "../ingest/language.js";

const linkedom = lazy<typeof import("linkedom")>("linkedom");

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,dt,dd";

/**
 * Extracts the main text of an HTML page with @mozilla/readability on a
 * linkedom DOM. Paragraphs become lines separated by blank lines, and the
 * page's own metadata (og:site_name, article:published_time, title, canonical
 * URL, lang) is returned as given by the page; without og:site_name or a
 * JSON-LD publisher, the site's name ending the page title ("Schlagzeile |
 * Rundschau", siteNameFromTitle in ingest/siteName.ts) is returned apart as
 * `titleOutlet`: a candidate that resolveMeta takes only when neither
 * data/outlets.yaml nor the URL's host names the outlet.
 */
export function htmlToArticle(html: string): {text: string; given: SourceMeta; givenSource: Partial<Record<keyof SourceMeta, Provenance>>; titleOutlet?: RawArticle["titleOutlet"]; captions?: RawArticle["captions"]} {
  const {document} = linkedom().parseHTML(html);
  const given: SourceMeta = {};
  const givenSource: Partial<Record<keyof SourceMeta, Provenance>> = {};
  const meta = (selector: string, key: keyof SourceMeta, label: string, attr = "content", transform = (v: string) => v) => {
    const value = document.querySelector(selector)?.getAttribute(attr)?.trim();
    if (value && !given[key] && transform(value)) [given[key], givenSource[key]] = [transform(value), `given by ${label}`];
  };
  meta('meta[property="og:site_name"]', "outlet", "<meta og:site_name>");
  meta('meta[property="article:published_time"]', "published", "<meta article:published_time>", "content", isoDay);
  meta('meta[name="date"]', "published", "<meta name=date>", "content", isoDay);
  meta('link[rel="canonical"]', "url", "<link rel=canonical>", "href");
  meta('meta[property="og:url"]', "url", "<meta og:url>");
  meta("html", "language", "<html lang>", "lang", languageTag);
  const linked = linkedData(document);
  const fill = (key: keyof SourceMeta, value: string | undefined) => {
    if (value && !given[key]) [given[key], givenSource[key]] = [value, "given by the page's JSON-LD"];
  };
  fill("published", isoDay(linked?.datePublished ?? ""));
  fill("outlet", linked?.publisher);
  fill("url", linked?.url);
  // no metadata names the outlet: the site's name at the end of the page title, when it reads as one
  const pageTitle = (document.querySelector("title")?.textContent ?? "").replace(/\s+/g, " ").trim();
  const site = given.outlet ? undefined : siteNameFromTitle(pageTitle, hostOf(given.url));
  const titleOutlet = site ? {outlet: site.outlet, source: `inferred from the page title "${pageTitle}" (${site.rule})`} : undefined;
  // consent banners sit outside the article, but readability keeps them when they hold paragraphs
  for (const el of document.querySelectorAll(BANNERS)) if (isBanner(el)) el.remove();
  const comments = readerComments(document);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new InputError("HTML has no readable article text");
  const title = withoutSiteName(article.title?.trim() || linked?.headline || "", given.outlet ?? site?.outlet);
  if (title) [given.title, givenSource.title] = [title, "given by the page title"];
  const figures: number[][] = [];
  const fragment = htmlFragmentToText(article.content, figures);
  const text = fragment || (article.textContent ?? "").trim();
  if (!text) throw new InputError("HTML has no readable article text");
  const tail = comments ? `\n\n${COMMENTS_HEADING}\n\n${comments}` : "";
  const head = given.title ? `${given.title}\n\n` : "";
  // a <figcaption>'s paragraphs describe a picture: caption spans (ingest/parts.ts labels them boilerplate)
  const captions = fragment ? figures.map(([start, end]) => ({start: head.length + start, end: head.length + end})) : [];
  return {text: head + text + tail, given, givenSource, ...(titleOutlet ? {titleOutlet} : {}), ...(captions.length ? {captions} : {})};
}

/** The line put before a page's reader comments: the comments heading part rule (lang/de/parts.ts) labels it and all after it `comments`. */
const COMMENTS_HEADING = "Leserkommentare";

/** Elements whose id or class names reader comments ("comments", "comment-list", "kommentare", "leserkommentare"; not the singular "kommentar", an opinion piece). */
const COMMENT_SECTIONS = '[id*="comment" i],[class*="comment" i],[id*="kommentare" i],[class*="kommentare" i]';

/**
 * The text of a page's reader comments, taken out of the DOM before readability reads it (it drops them, or keeps
 * some as article text): the outermost comment sections that hold no article or main element and less text than
 * the rest of the page, one paragraph per block. "" when the page has none.
 */
function readerComments(document: Document): string {
  const total = (document.body?.textContent ?? "").length;
  const sections = [...document.querySelectorAll(COMMENT_SECTIONS)].filter((el) =>
    !el.parentElement?.closest(COMMENT_SECTIONS) && !/^(?:HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName.toUpperCase()) && !el.querySelector("main,article"));
  const texts: string[] = [];
  for (const el of sections) {
    const text = blocksToText(el);
    if (!text || text.length * 2 > total) continue;
    texts.push(text);
    el.remove();
  }
  return texts.join("\n\n");
}

/** The host of a URL ("www.kurier.de"); "" when there is none or it does not parse. */
function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : "";
  } catch {
    return "";
  }
}

/**
 * Text of an HTML fragment (readability output, a feed item's content): one
 * paragraph per innermost block element, separated by blank lines; the whole
 * text content when there are no blocks. Whitespace inside a paragraph is collapsed.
 * With `figures`, the spans of the paragraphs of <figcaption> elements are added to it (see blocksToText).
 */
export function htmlFragmentToText(html: string, figures?: number[][]): string {
  const {document} = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? blocksToText(document.body, figures) : "";
}

/**
 * The text of an element as htmlFragmentToText gives it, read from the DOM it is part of (no second parse):
 * each innermost block a paragraph, and so is text that stands between blocks outside any of them (a comment's
 * author in a <span> before its <p>, a line of a <div> before its first <p>), in the order of the page.
 * With `figures`, the [start, end) of every paragraph of a <figcaption> in the text returned is added to it.
 */
function blocksToText(root: Element, figures?: number[][]): string {
  if (!root.querySelector(BLOCKS)) return textOf(root).replace(/[ \t\r\f\v\u00a0]+/g, " ").replace(/\s*\n\s*/g, "\n").trim();
  const paragraphs: string[] = [];
  let run = "";
  let length = 0;
  const flush = (caption = false) => {
    const line = run.replace(/\s+/g, " ").trim();
    if (line) {
      const start = length + (paragraphs.length ? 2 : 0);
      if (caption) figures?.push([start, start + line.length]);
      paragraphs.push(line);
      length = start + line.length;
    }
    run = "";
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType !== 1) run += child.nodeType === 3 ? (child.textContent ?? "") : "";
      else if (!(child as Element).querySelector(BLOCKS) && !(child as Element).matches(BLOCKS)) run += textOf(child);
      else if ((child as Element).matches(BLOCKS) && !(child as Element).querySelector(BLOCKS)) {
        flush();
        run = textOf(child);
        flush((child as Element).matches("figcaption, figcaption *"));
      } else {
        flush();
        walk(child);
        flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/** A node's text, with a line break for each <br> (textContent drops it and glues the words on either side). */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? "";
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  if (el.tagName.toUpperCase() === "BR") return "\n";
  return el.querySelector("br") ? [...el.childNodes].map(textOf).join("") : (el.textContent ?? "");
}

/** The day of an ISO date or timestamp ("2025-02-12T09:00:00Z" → "2025-02-12"); "" when it is no calendar day ("2025-02-30"). */
function isoDay(value: string): string {
  return parseYmd(value) ? value.slice(0, 10) : "";
}

/** Elements whose id or class names a cookie or consent banner. */
const BANNERS = '[id*="cookie" i],[class*="cookie" i],[id*="consent" i],[class*="consent" i],[id*="gdpr" i],[class*="gdpr" i]';

/** A banner is small and holds no page structure: a page that marks its <body> "cookie-consent-open" keeps its article. */
function isBanner(el: Element): boolean {
  return !/^(?:HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName.toUpperCase()) && !el.querySelector("main,article") && (el.textContent ?? "").length < 3000;
}

/** "Schlagzeile | Rheinische Rundschau" → "Schlagzeile" when the part after the separator is the outlet. */
export function withoutSiteName(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const m = /^(.+?)\s+[|–—-]\s+([^|–—]+)$/u.exec(title);
  return m && m[2].trim().toLowerCase() === outlet.trim().toLowerCase() ? m[1].trim() : title;
}

/** What a page's JSON-LD says about its article (NewsArticle, Article, …; also inside @graph or an array). */
interface LinkedArticle {
  datePublished?: string;
  publisher?: string;
  headline?: string;
  url?: string;
}

const ARTICLE_TYPES = /Article$|^BlogPosting$|^Report$/;

function linkedData(document: ParentNode): LinkedArticle | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block is skipped like a missing one
    }
    const nodes: any[] = [data].flat();
    for (const node of [...nodes, ...nodes.flatMap((n) => (Array.isArray(n?.["@graph"]) ? n["@graph"] : []))]) {
      const types = [node?.["@type"]].flat();
      if (!types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) continue;
      const text = (v: unknown) => (typeof v === "string" ? v.trim() : undefined);
      const entity = node.mainEntityOfPage;
      return {
        datePublished: text(node.datePublished),
        publisher: text(node.publisher?.name) ?? text(node.publisher),
        headline: text(node.headline),
        url: text(node.url) ?? text(entity?.["@id"]) ?? text(entity)
      };
    }
  }
  return undefined;
}
