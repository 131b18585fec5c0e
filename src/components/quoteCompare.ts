/** One outlet's rendering of a statement (one quote). */
export interface Rendering {
  source: string;
  text: string;
  type?: string;
}

/** Words of a text (letters and digits, with inner hyphens and apostrophes). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/**
 * What a set of renderings leaves out of a statement: the statement's words that
 * none of them carries, in the statement's order, each once (case-insensitive).
 */
export function leftOut(statement: string, renderings: readonly string[]): string[] {
  const carried = new Set(renderings.flatMap(words).map((w) => w.toLowerCase()));
  const missing = new Map<string, string>();
  for (const w of words(statement)) if (!carried.has(w.toLowerCase()) && !missing.has(w.toLowerCase())) missing.set(w.toLowerCase(), w);
  return [...missing.values()];
}

/** Share of the statement's distinct words that the renderings carry (1 when the statement has no words). */
export function coverageOf(statement: string, renderings: readonly string[]): number {
  const all = new Set(words(statement).map((w) => w.toLowerCase()));
  return all.size ? 1 - leftOut(statement, renderings).length / all.size : 1;
}

/** Left-out words shown before "… and N more". */
const SHOWN = 30;

/**
 * One statement across outlets, side by side: a column per outlet with the
 * quotes it carried, the share of the statement's words they carry and the
 * words they left out. Text goes in as text nodes, never as HTML.
 */
export function quoteCompare(statement: string, renderings: readonly Rendering[], {document: doc = document}: {document?: Document} = {}): HTMLElement {
  const out = doc.createElement("div");
  out.className = "quote-compare";
  out.setAttribute("role", "group");
  out.setAttribute("aria-label", "One statement as rendered by each outlet");
  const bySource = new Map<string, Rendering[]>();
  for (const r of renderings) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  const el = (tag: string, text?: string, className?: string) => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.appendChild(doc.createTextNode(text));
    if (className) e.className = className;
    return e;
  };
  for (const [source, quotes] of bySource) {
    const texts = quotes.map((q) => q.text);
    const missing = leftOut(statement, texts);
    const card = el("figure", undefined, "card");
    const head = el("figcaption");
    head.append(el("strong", source), doc.createTextNode(` · ${quotes.length} quote(s), ${Math.round(coverageOf(statement, texts) * 100)} % of the statement's words`));
    card.appendChild(head);
    for (const q of quotes) {
      const block = el("blockquote", q.text);
      if (q.type) block.setAttribute("title", `${q.type} quote`);
      card.appendChild(block);
    }
    card.appendChild(el("p", missing.length ? `Left out: ${missing.slice(0, SHOWN).join(", ")}${missing.length > SHOWN ? ` … and ${missing.length - SHOWN} more` : ""}` : "Left out: nothing", "left-out"));
    out.appendChild(card);
  }
  return out;
}
