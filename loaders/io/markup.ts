/**
 * HTML markup in the text of a structured source: a CSV, TSV or JSONL text
 * column into which an article was pasted with an embed ("<blockquote
 * class="twitter-tweet">…</blockquote><script …></script>", an <iframe>), or a
 * feed item's HTML content. The text is reduced to what a reader sees, on a
 * linkedom DOM as HTML pages are (html.ts): every block element (a paragraph,
 * an embedded post's blockquote) becomes a paragraph of its own, so an embedded
 * post's words stay a paragraph that can be quoted; scripts, styles, frames and
 * other embeds are dropped with what they hold. Text outside any element keeps
 * its line breaks. Offsets of every table then point into the reduced text,
 * as they point into the text readability extracts from a page.
 */
import {lazy} from "./lazy.js";

const linkedom = lazy<typeof import("linkedom")>("linkedom");

/** Elements dropped with their content: code, styling and embeds that show no words of the article. */
const DROPPED = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio", "source", "link", "meta", "head", "title", "form", "button", "input", "select", "textarea"]);

/** Elements that stand as paragraphs of their own. */
const BLOCKS = new Set([
  "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "pre", "figure", "figcaption", "table", "tr", "td", "th",
  "dl", "dt", "dd", "section", "article", "aside", "header", "footer", "nav", "main", "hr", "address", "center", "caption"
]);

/** Classes of the blockquote an embedded post comes in ("twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed"). */
const EMBED_CLASS = /(?:^|[\s_-])(?:tweet|twitter|instagram|tiktok|bluesky|mastodon|threads|facebook|embed)(?:$|[\s_-])/i;

/** Names of HTML elements, for telling markup from a "<" in plain text ("bei <5 Grad", "a <b"). */
const ELEMENT_NAMES = [...DROPPED, ...BLOCKS, "a", "abbr", "b", "br", "cite", "code", "em", "font", "i", "img", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "tbody", "thead"];
const MARKUP = new RegExp(`<(?:/?(?:${ELEMENT_NAMES.join("|")})(?=[\\s/>])[^<>]*>|!--)`, "i");

/** Whether a text holds HTML markup: a tag of a known element or an HTML comment. */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** A text reduced from HTML, with the tag names of the elements seen and of those dropped with their content. */
export interface ReducedMarkup {
  text: string;
  /** Lower-case names of the elements in the markup, in order of first appearance. */
  elements: string[];
  /** Lower-case names of the elements dropped with their content (script, iframe, …). */
  dropped: string[];
}

/**
 * The text a reader sees of `source`, HTML or text with markup in it: block elements become paragraphs
 * (blank lines around them, white space inside collapsed), `<br>` a line break, inline elements their text,
 * entities their characters; DROPPED elements vanish with their content. Text outside any block keeps its
 * line breaks, so a pasted article's paragraphs stay as they were.
 */
export function markupToText(source: string): ReducedMarkup {
  const {document} = linkedom().parseHTML(`<!doctype html><html><body>${source}</body></html>`);
  const elements = new Set<string>();
  const dropped = new Set<string>();
  const body = document.body;
  if (!body) return {text: source, elements: [], dropped: []};
  for (const el of [...body.querySelectorAll("*")]) elements.add(el.tagName.toLowerCase());
  for (const el of [...body.querySelectorAll([...DROPPED].join(","))]) {
    if (!el.isConnected) continue;
    dropped.add(el.tagName.toLowerCase());
    el.remove();
  }
  // an embedded post's blockquote: its paragraphs are the post, the line after them ("— Name (@name) date") the embed's
  for (const quote of [...body.querySelectorAll("blockquote[class]")]) {
    if (!EMBED_CLASS.test(quote.getAttribute("class") ?? "") || !quote.querySelector("p")) continue;
    for (const child of [...quote.childNodes]) if (child.nodeType !== 1 || !BLOCKS.has((child as Element).tagName.toLowerCase())) child.remove();
  }
  // the text in pieces, joined once at the end: trimming the end before a paragraph break touches the last pieces only
  const out: string[] = [];
  let pending = false;
  const trimEnd = () => {
    while (out.length) {
      const last = out[out.length - 1].replace(/\s+$/, "");
      if (last) return void (out[out.length - 1] = last);
      out.pop();
    }
  };
  const put = (s: string) => {
    if (pending) {
      s = s.replace(/^\s+/, "");
      if (!s) return;
      trimEnd();
      if (out.length) out.push("\n\n");
      pending = false;
    }
    out.push(s);
  };
  const walk = (node: Node, inBlock: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const data = child.textContent ?? "";
        put(inBlock ? data.replace(/\s+/g, " ") : data);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = (child as Element).tagName.toLowerCase();
      if (name === "br") put("\n");
      else if (BLOCKS.has(name)) {
        pending = true;
        walk(child, true);
        pending = true;
      } else walk(child, inBlock);
    }
  };
  walk(body, false);
  const text = out.join("").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  return {text, elements: [...elements], dropped: [...dropped]};
}

/** The warning for a text reduced from markup: where it was, which elements it held and which were dropped. */
export function markupWarning(where: string, reduced: ReducedMarkup): string {
  const tags = reduced.elements.map((e) => `<${e}>`).join(", ");
  const gone = reduced.dropped.length ? `; dropped with their content: ${reduced.dropped.map((e) => `<${e}>`).join(", ")}` : "";
  return `${where} holds HTML markup (${tags}): read as HTML, its text kept and every block a paragraph${gone}`;
}
