/** One outlet's rendering of a statement. */
export interface Rendering {
  source: string;
  text: string;
  type?: string;
  speaker?: string;
  quote_id?: string;
}

const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const key = (word: string) => word.toLowerCase();

/**
 * What each rendering leaves out: the words the other renderings of the same
 * statement carry and this one does not, in the order they first appear
 * (compared case-insensitively, each word once).
 */
export function leftOut(renderings: readonly Rendering[]): string[][] {
  const sets = renderings.map((r) => new Set(words(r.text).map(key)));
  return renderings.map((_, i) => {
    const missing = new Map<string, string>();
    renderings.forEach((other, j) => {
      if (j === i) return;
      for (const w of words(other.text)) if (!sets[i].has(key(w)) && !missing.has(key(w))) missing.set(key(w), w);
    });
    return [...missing.values()];
  });
}

/**
 * One statement's renderings side by side: a column per outlet with its text
 * and the words it left out that others carried. Text goes in as text nodes.
 */
export function quoteCompare(renderings: readonly Rendering[], {document: doc = document}: {document?: Document} = {}): HTMLElement {
  const out = doc.createElement("div");
  out.className = "quote-compare";
  out.setAttribute("role", "group");
  out.setAttribute("aria-label", "One statement as rendered by each outlet");
  const missing = leftOut(renderings);
  renderings.forEach((r, i) => {
    const card = doc.createElement("figure");
    card.className = "card";
    const head = doc.createElement("figcaption");
    const strong = doc.createElement("strong");
    strong.appendChild(doc.createTextNode(r.source));
    head.appendChild(strong);
    if (r.type) head.appendChild(doc.createTextNode(` · ${r.type}`));
    const quote = doc.createElement("blockquote");
    quote.appendChild(doc.createTextNode(r.text));
    const gap = doc.createElement("p");
    gap.className = "left-out";
    gap.appendChild(doc.createTextNode(missing[i].length ? `Left out: ${missing[i].join(", ")}` : "Left out: nothing the others carry"));
    card.append(head, quote, gap);
    out.appendChild(card);
  });
  return out;
}
