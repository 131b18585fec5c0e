/** A highlighted span (see loaders/report/reader.ts). */
export interface TextHighlight {
  kind: string;
  start: number;
  end: number;
  label: string;
  rule: string;
}

/** A part of the article (title, body, comments, …). */
export interface TextPart {
  label: string;
  start: number;
  end: number;
}

/** A highlight with the highlights nested inside it. */
export interface HighlightNode extends TextHighlight {
  children: HighlightNode[];
}

/**
 * Nests highlights into a tree: a span inside another becomes its child; a span
 * crossing the end of an open one is cut at that end and continues as a second
 * piece, so every piece nests and no text is lost or repeated.
 */
export function nestHighlights(spans: readonly TextHighlight[], length: number): HighlightNode[] {
  const queue = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= length).map((s) => ({...s}))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root: HighlightNode = {kind: "root", start: 0, end: length, label: "", rule: "", children: []};
  const stack: HighlightNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i];
    while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (s.end > parent.end) {
      // crossing: keep the part inside the parent, re-queue the rest in order
      const rest = {...s, start: parent.end};
      s.end = parent.end;
      let j = i + 1;
      while (j < queue.length && (queue[j].start < rest.start || (queue[j].start === rest.start && queue[j].end >= rest.end))) j++;
      queue.splice(j, 0, rest);
    }
    const node: HighlightNode = {...s, children: []};
    parent.children.push(node);
    stack.push(node);
  }
  return root.children;
}

function render(doc: Document, text: string, start: number, end: number, nodes: HighlightNode[], into: Node): void {
  let at = start;
  for (const n of nodes) {
    if (n.start > at) into.appendChild(doc.createTextNode(text.slice(at, n.start)));
    const mark = doc.createElement("mark");
    mark.className = `hl hl-${n.kind.replace(/[^a-z0-9-]/gi, "")}`;
    mark.title = `${n.label} · rule ${n.rule}`;
    mark.dataset.rule = n.rule;
    mark.dataset.start = String(n.start);
    render(doc, text, n.start, n.end, n.children, mark);
    into.appendChild(mark);
    at = n.end;
  }
  if (end > at) into.appendChild(doc.createTextNode(text.slice(at, end)));
}

/**
 * The article text with highlights as nested <mark> elements (title = label and
 * rule id), one block per part; parts other than title and body are marked as
 * set aside. Text is only ever inserted as text nodes, never parsed as HTML.
 */
export function highlightText(text: string, highlights: readonly TextHighlight[], {parts = [], document: doc = document}: {parts?: readonly TextPart[]; document?: Document} = {}): HTMLElement {
  const out = doc.createElement("div");
  out.className = "reader-text";
  const blocks = parts.length ? [...parts].sort((a, b) => a.start - b.start) : [{label: "body", start: 0, end: text.length}];
  const tree = nestHighlights(highlights, text.length);
  for (const part of blocks) {
    const block = doc.createElement("section");
    block.className = `part part-${part.label.replace(/[^a-z0-9-]/gi, "")}`;
    if (part.label !== "body" && part.label !== "title") {
      const note = doc.createElement("div");
      note.className = "part-note";
      note.appendChild(doc.createTextNode(`set aside: ${part.label}`));
      block.appendChild(note);
    }
    const inside = part.label === "body" || part.label === "title" ? cut(tree, part.start, part.end) : [];
    render(doc, text, part.start, part.end, inside, block);
    out.appendChild(block);
  }
  return out;
}

/** The nodes clipped to [start, end). */
function cut(nodes: HighlightNode[], start: number, end: number): HighlightNode[] {
  return nodes.filter((n) => n.end > start && n.start < end)
    .map((n) => ({...n, start: Math.max(n.start, start), end: Math.min(n.end, end), children: cut(n.children, start, end)}));
}
