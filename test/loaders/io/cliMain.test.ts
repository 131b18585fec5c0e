import {describe, expect, test} from "vitest";
import {inputsLine} from "../../../loaders/io/cliMain.js";
import type {IngestRow} from "../../../loaders/types.js";

const row = (status: "ok" | "rejected", reason = ""): IngestRow => ({file: "x", status, reason, article_id: ""});

/** The summary counts the inputs apart from the sources.yaml rows of ingest.csv, so read + duplicate + rejected is every input. */
describe("inputsLine", () => {
  test.each<[string, IngestRow[], {inputs: number; rejected: number; duplicates: number; brokenSources: number; warnedSources: number}, string]>([
    ["inputs only", [row("ok"), row("ok")], {inputs: 2, rejected: 0, duplicates: 0, brokenSources: 0, warnedSources: 0}, "2 inputs: 2 read, 0 duplicate, 0 rejected"],
    ["an input with warnings", [row("ok", "mixed encoding"), row("ok"), row("rejected", "empty")], {inputs: 3, rejected: 1, duplicates: 0, brokenSources: 0, warnedSources: 0}, "3 inputs: 2 read (1 with warnings, see ingest.csv), 0 duplicate, 1 rejected"],
    ["a sources.yaml with warnings is no input", [row("ok", "entry matches no file"), row("ok")], {inputs: 1, rejected: 0, duplicates: 0, brokenSources: 0, warnedSources: 1}, "1 inputs: 1 read, 0 duplicate, 0 rejected; 1 sources.yaml with warnings"],
    ["a mapping file that is not read is no input and no sources.yaml", [{file: "sub/mapping.yaml", status: "ok", reason: "a mapping file that is not read: …", article_id: ""}, row("ok")], {inputs: 1, rejected: 0, duplicates: 0, brokenSources: 0, warnedSources: 1}, "1 inputs: 1 read, 0 duplicate, 0 rejected; 1 mapping file not read (see ingest.csv)"],
    ["both, and a broken sources.yaml", [row("ok", "entry matches no file"), row("rejected", "not valid YAML"), row("ok", "metadata not used"), row("ok")], {inputs: 2, rejected: 0, duplicates: 0, brokenSources: 1, warnedSources: 1}, "2 inputs: 2 read (1 with warnings, see ingest.csv), 0 duplicate, 0 rejected; 1 sources.yaml with warnings, 1 broken sources.yaml (its metadata not used)"]
  ])("%s", (_, ingest, counts, expected) => {
    expect(inputsLine({tables: {ingest} as never, ...counts})).toBe(expected);
  });
});
