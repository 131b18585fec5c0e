import type {SpeakerCount} from "../../loaders/report/speakers.js";
import {valueBars} from "./valueBars.js";

/** What the charts read of a row of speakers.csv (SpeakerCount, loaders/report/speakers.ts): its kind, name and number of quotes. */
export type SpeakerCountRow = Pick<SpeakerCount, "kind" | "speaker" | "quotes">;

/** How the "most quoted" charts are drawn. */
export interface MostQuotedOptions {
  /** Width of the whole figure in pixels: the two charts sit side by side from 900 px, else one above the other. */
  width: number;
  /** Bars per chart (the most quoted first). */
  top?: number;
  /** The document to draw in (a jsdom one in tests). */
  document?: Document;
}

/** The two rankings and what each is called. */
const RANKINGS = [
  {kind: "person", title: "Most quoted people", none: "No quote was attributed to a named person."},
  {kind: "organisation", title: "Most quoted organisations", none: "No quote was attributed to a named organisation."}
] as const;

/**
 * The "most quoted" charts: people (quotes whose speaker was resolved to a
 * person) and organisations, side by side, each its own ranking; speakers of
 * kind "unranked" (groups, pronouns and unnamed roles without a person) are
 * left out. A kind with no rows gets a sentence instead of a chart.
 */
export function mostQuoted(rows: readonly SpeakerCountRow[], {width, top = 15, document = globalThis.document}: MostQuotedOptions): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "most-quoted";
  const each = width >= 900 ? Math.floor((width - 16) / 2) : width;
  for (const {kind, title, none} of RANKINGS) {
    const data = rows.filter((d) => d.kind === kind).sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker)).slice(0, top);
    if (!data.length) {
      const note = document.createElement("p");
      note.textContent = `${title}: ${none}`;
      wrapper.append(note);
      continue;
    }
    wrapper.append(valueBars(data.map((d) => ({label: d.speaker, value: d.quotes})), {width: each, title, xLabel: "quotes", count: true, document}));
  }
  return wrapper;
}
