import {describe, expect, test} from "vitest";
import {classifyParts} from "../../../loaders/ingest/parts.js";
import {resolveMeta} from "../../../loaders/ingest/metadata.js";
import {partPrefixRules, partRules} from "../../../loaders/lang/de/index.js";

/** Published date and its provenance, inferred from the text alone (the same with the dateline set apart as a part of its own or not). */
function published(text: string): [string, string] {
  const meta = resolveMeta(text, classifyParts(text, partRules, partPrefixRules), {}, []);
  const unsplit = resolveMeta(text, classifyParts(text, partRules), {}, []);
  expect([unsplit.published, unsplit.published_source]).toEqual([meta.published, meta.published_source]);
  return [meta.published, meta.published_source];
}

const BODY = "Der Außenminister traf am Sonntag seinen russischen Amtskollegen zu Gesprächen über die Ukraine.";

describe("publication date from a dateline", () => {
  test.each<[string, [string, string]]>([
    // a date line of its own in the header
    [`Titel der Meldung\n13/02/2025\n${BODY}`, ["2025-02-13", 'inferred from "13/02/2025"']],
    // a press dateline opening the body
    [`Titel der Meldung\nRiad, 16.02.2025 – ${BODY}`, ["2025-02-16", 'inferred from "Riad, 16.02.2025"']],
    [`Titel der Meldung\nBerlin (dpa), 12. Februar 2025 - ${BODY}`, ["2025-02-12", 'inferred from "Berlin (dpa), 12. Februar 2025"']],
    [`Titel der Meldung\nNew York, 2025-02-12 — ${BODY}`, ["2025-02-12", 'inferred from "New York, 2025-02-12"']],
    // the date closing a byline or a short label in the header
    [`Titel der Meldung\nVon Lena Hofer, 14.01.2026\n${BODY}`, ["2026-01-14", 'inferred from "Von Lena Hofer, 14.01.2026"']],
    [`Titel der Meldung\nAlpenbote, 3. Jänner 2026, 07:45 Uhr\n${BODY}`, ["2026-01-03", 'inferred from "Alpenbote, 3. Jänner 2026, 07:45 Uhr"']],
    [`Titel der Meldung\nLena Hofer | 2026-01-14\n${BODY}`, ["2026-01-14", 'inferred from "Lena Hofer | 2026-01-14"']],
    // a teaser between the title and the date line or byline (a news page's header)
    [`Titel der Meldung\nDie Gespräche gehen weiter. Eine Einigung ist nicht in Sicht, heißt es aus Kreisen.\n13/02/2025\n${BODY}`, ["2025-02-13", 'inferred from "13/02/2025"']],
    [`Titel der Meldung\nDie Gespräche gehen weiter. Eine Einigung ist nicht in Sicht, heißt es aus Kreisen.\nVon Lena Hofer, 14.01.2026\n${BODY}`, ["2026-01-14", 'inferred from "Von Lena Hofer, 14.01.2026"']],
    // after two paragraphs of body a date line is body text
    [`Titel der Meldung\nDie Gespräche gehen weiter. Eine Einigung ist nicht in Sicht, heißt es aus Kreisen.\n${BODY}\n13/02/2025`, ["", "unknown"]],
    // no date in the dateline, an impossible date, or a date later in the sentence: nothing is inferred
    [`Titel der Meldung\nKiew (dpa) - ${BODY}`, ["", "unknown"]],
    [`Titel der Meldung\nRiad, 31.02.2025 – ${BODY}`, ["", "unknown"]],
    [`Titel der Meldung\nAm 16.02.2025 – so hieß es – ${BODY}`, ["", "unknown"]],
    [`Titel der Meldung\n${BODY} Riad, 16.02.2025 – das war alles.`, ["", "unknown"]]
  ])("%s", (text, expected) => {
    expect(published(text)).toEqual(expected);
  });
});

describe("a given publication date that is no calendar day", () => {
  test.each<[string, string, [string, string]]>([
    ["2025-02-30", `Titel der Meldung\n${BODY}`, ["", 'given "2025-02-30" is no calendar day']],
    ["2025-13-45", `Titel der Meldung\n${BODY}`, ["", 'given "2025-13-45" is no calendar day']],
    // the text's own dateline takes its place, and the source says both
    ["2025-02-30", `Titel der Meldung\nRiad, 16.02.2025 – ${BODY}`, ["2025-02-16", 'given "2025-02-30" is no calendar day; inferred from "Riad, 16.02.2025"']],
    // a real day is kept
    ["2025-02-28", `Titel der Meldung\n${BODY}`, ["2025-02-28", "given"]]
  ])("%s", (given, text, expected) => {
    const meta = resolveMeta(text, classifyParts(text, partRules), {published: given}, []);
    expect([meta.published, meta.published_source]).toEqual(expected);
  });
});

describe("the page title's site name is the weakest evidence of the outlet", () => {
  const fromTitle = {outlet: "Hanse Kurier", source: 'inferred from the page title "Hafen | Hanse Kurier" (de.outlet.title-site-name)'};
  const outlets = [{outlet: "Nordbote", patterns: [/© Nordbote \d{4}/u]}];
  test.each<[string, string, {url?: string; outlet?: string}, [string, string]]>([
    ["a closing formula of data/outlets.yaml comes first", `Hafen\n${BODY} © Nordbote 2025`, {}, ["Nordbote", 'inferred from "© Nordbote 2025"']],
    ["the URL's host comes first", `Hafen\n${BODY}`, {url: "https://www.nordbote.example/hafen"}, ["nordbote.example", 'inferred from "https://www.nordbote.example/hafen"']],
    ["a given outlet comes first", `Hafen\n${BODY}`, {outlet: "Rundschau"}, ["Rundschau", "given"]],
    ["nothing else: the page title's site name", `Hafen\n${BODY}`, {}, ["Hanse Kurier", fromTitle.source]]
  ])("%s", (_why, text, given, expected) => {
    const meta = resolveMeta(text, classifyParts(text, partRules), given, outlets, {}, fromTitle);
    expect([meta.outlet, meta.outlet_source]).toEqual(expected);
  });
});

/** [text, language, its provenance]: function words decide; a short text decides with fewer if they all agree. */
describe("language from common function words", () => {
  test.each<[string, string, string]>([
    ["Die Gewerkschaft hat den Vertrag gekündigt. Der Vorstand hat zugestimmt.", "de", "inferred from common function words"],
    // three words that all agree: a short feed item or row
    ["Die Gewerkschaft hat den Vertrag gekündigt.", "de", "inferred from common function words"],
    ["The union has ended the contract.", "en", "inferred from common function words"],
    // too few words to tell, or a short text whose words disagree
    ["Die Gewerkschaft streikt.", "", "unknown"],
    ["Die union and the Vorstand.", "", "unknown"]
  ])("%s", (text, language, source) => {
    const meta = resolveMeta(text, classifyParts(text, partRules), {}, []);
    expect([meta.language, meta.language_source]).toEqual([language, source]);
  });
});
