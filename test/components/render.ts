import {JSDOM} from "jsdom";

/**
 * A jsdom document for rendering components outside the browser. jsdom has no
 * canvas, which Plot's colour ramp legends draw on: a stub canvas paints
 * nothing and yields a fixed data URL, so snapshots stay deterministic.
 */
export function testDocument(): Document {
  const {window} = new JSDOM("<!DOCTYPE html><body></body>");
  const canvas = window.HTMLCanvasElement.prototype as any;
  canvas.getContext = () => ({fillStyle: "", fillRect() {}});
  canvas.toDataURL = () => "data:image/png;base64,stub";
  return window.document;
}

/** Serialises a node with every number rounded to one decimal, so snapshots do not churn on float noise. */
export function serialise(node: Element): string {
  return node.outerHTML.replace(/-?\d+\.\d+/g, (n) => String(Math.round(+n * 10) / 10)).replace(/></g, ">\n<");
}
