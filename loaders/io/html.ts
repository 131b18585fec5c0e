import {Readability} from "@mozilla/readability";
import type {Provenance, SourceMeta} from "../types.js";
import {InputError} from "../ingest/decode.js";
import {lazy} from "./lazy.js";

const linkedom = lazy<typeof import("linkedom")>("linkedom");

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,dt,dd";

/**
 * Extracts the main text of an HTML page with @mozilla/readability on a
 * linkedom DOM. Paragraphs become lines separated by blank lines, and the
 * page's own metadata (og:site_name, article:published_time, title, canonical
 * URL, lang) is returned as given by the page.
 */
export function htmlToArticle(html: string): {text: string; given: SourceMeta; givenSource: Partial<Record<keyof SourceMeta, Provenance>>} {
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
  meta("html", "language", "<html lang>", "lang", (v) => v.slice(0, 2).toLowerCase());
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new InputError("HTML has no readable article text");
  if (article.title) [given.title, givenSource.title] = [article.title.trim(), "given by the page title"];
  const text = htmlFragmentToText(article.content) || (article.textContent ?? "").trim();
  if (!text) throw new InputError("HTML has no readable article text");
  return {text: (given.title ? `${given.title}\n\n` : "") + text, given, givenSource};
}

/**
 * Text of an HTML fragment (readability output, a feed item's content): one
 * paragraph per innermost block element, separated by blank lines; the whole
 * text content when there are no blocks. Whitespace inside a paragraph is collapsed.
 */
export function htmlFragmentToText(html: string): string {
  const {document} = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // keep the innermost block only
    const line = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (line) paragraphs.push(line);
  }
  if (paragraphs.length) return paragraphs.join("\n\n");
  return (document.body?.textContent ?? "").replace(/[ \t\r\f\v\u00a0]+/g, " ").replace(/\s*\n\s*/g, "\n").trim();
}

function isoDay(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return m ? m[1] : "";
}
