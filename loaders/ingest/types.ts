/**
 * The input side of the contract: what the I/O layer and the adapters hand
 * the analysis, before any row is made. The rows themselves are in
 * ../types.ts (which re-exports these types).
 */
import type {Provenance} from "../types.js";

/** Metadata a user gives for a source (sources.yaml or front matter). */
export interface SourceMeta {
  outlet?: string;
  title?: string;
  /** YYYY-MM-DD */
  published?: string;
  url?: string;
  language?: string;
}

/** One input after decoding, before analysis. Produced by the I/O layer or an adapter. */
export interface RawArticle {
  /** Path (or path#row for adapters) as given on the command line. */
  file: string;
  /** Text as read: decoded, line endings normalised, front matter removed. */
  text: string;
  /** Metadata given by the user (sources.yaml, front matter, adapter columns, HTML meta tags). */
  given: SourceMeta;
  /** Where each given value came from, when not plainly "given" (e.g. "given by <meta property=og:site_name>"). */
  givenSource?: Partial<Record<keyof SourceMeta, Provenance>>;
  /**
   * An outlet read from an HTML page's title ("Schlagzeile | Rundschau"), not given: weaker
   * evidence than data/outlets.yaml or the URL's host, so metadata.ts takes it only after them.
   */
  titleOutlet?: {outlet: string; source: Provenance};
  /**
   * Spans of `text` that the format marks as an image's caption or alt text (a Markdown image alone on its line, the
   * paragraphs of an HTML page's <figcaption>),
   * sorted and not overlapping: their lines are boilerplate (ingest/parts.ts, rule `parts.image-caption`).
   */
  captions?: {start: number; end: number}[];
}
