/** Highlight kinds of the reader and their colours (translucent, so text reads in light and dark themes). */
export const HIGHLIGHT_COLORS = {
  domain: ["quote", "speaker", "cue", "person", "date", "event", "topic"],
  range: ["rgba(78,121,167,0.22)", "rgba(242,142,44,0.45)", "rgba(176,122,161,0.4)", "rgba(89,161,79,0.4)", "rgba(225,87,89,0.4)", "rgba(118,183,178,0.5)", "rgba(237,201,72,0.45)"]
};

/** CSS for the reader's <mark class="hl hl-KIND"> elements, from HIGHLIGHT_COLORS. */
export function highlightCss(): string {
  const rules = HIGHLIGHT_COLORS.domain.map((kind, i) => `.hl-${kind} { background: ${HIGHLIGHT_COLORS.range[i]}; }`);
  return [
    ".reader-text mark.hl { color: inherit; border-radius: 3px; padding: 0 1px; }",
    ".reader-text mark.hl-quote { box-shadow: inset 0 -2px 0 rgba(78,121,167,0.8); }",
    ".reader-text mark.target { outline: 2px solid currentColor; }",
    ".reader-text section { white-space: pre-wrap; margin: 0 0 1rem; max-width: 70ch; }",
    ".reader-text .part-title { font-weight: bold; font-size: 120%; }",
    ".reader-text .part-comments, .reader-text .part-boilerplate, .reader-text .part-faq { opacity: 0.55; border-left: 3px solid currentColor; padding-left: 0.6rem; }",
    ".reader-text .part-note { font: 12px var(--sans-serif); text-transform: uppercase; letter-spacing: 0.05em; }",
    ...rules
  ].join("\n");
}

/** A legend of the highlight kinds shown, with the reader's CSS attached. */
export function highlightLegend(kinds: readonly string[], {document: doc = document}: {document?: Document} = {}): HTMLElement {
  const out = doc.createElement("div");
  out.className = "highlight-legend";
  const style = doc.createElement("style");
  style.textContent = highlightCss();
  out.appendChild(style);
  out.setAttribute("aria-label", "Highlight colours");
  for (const kind of kinds) {
    const mark = doc.createElement("mark");
    mark.className = `hl hl-${kind}`;
    mark.style.marginRight = "0.5rem";
    mark.appendChild(doc.createTextNode(kind));
    out.appendChild(mark);
  }
  return out;
}
