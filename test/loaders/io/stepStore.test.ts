import {existsSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ArticleCache} from "../../../loaders/io/cache.js";
import {JsonStepStore} from "../../../loaders/io/stepStore.js";
import type {SavedResult} from "../../../loaders/stepMemo.js";

const saved: SavedResult = {rewritten: {mentions: [{columns: ["person_id"], at: [0, 2], cells: [[0, 0]]}]}, made: {people: [{person_id: "a", mentions: 2, negotiator: false}]}, values: ["a"]};

describe("the corpus steps' memo store", () => {
  test("gives back what was put, the last one per step", () => {
    const store = new JsonStepStore(mkdtempSync(join(tmpdir(), "pressespiegel-steps-")));
    expect(store.get("people")).toBeUndefined();
    store.put("people", "k1", saved);
    expect(store.get("people")).toEqual({key: "k1", saved});
    store.put("people", "k2", {...saved, made: {}});
    expect(store.get("people")).toEqual({key: "k2", saved: {...saved, made: {}}});
    expect(store.get("events")).toBeUndefined();
  });

  test("a damaged or foreign file counts as no memo", () => {
    const dir = mkdtempSync(join(tmpdir(), "pressespiegel-steps-"));
    const store = new JsonStepStore(dir);
    store.put("people", "k1", saved);
    writeFileSync(join(dir, "steps", "people.json"), `{"key": "k1", "saved": {"made": {}}}`);
    expect(store.get("people")).toBeUndefined();
    writeFileSync(join(dir, "steps", "people.json"), `{"key": "k1", "sav`);
    expect(store.get("people")).toBeUndefined();
  });

  test("lives under the run key: another data/ or loaders/ (an extractor's version) has none, and pruning removes the old", () => {
    const root = mkdtempSync(join(tmpdir(), "pressespiegel-steps-"));
    const before = new ArticleCache(root, "a".repeat(40));
    const after = new ArticleCache(root, "b".repeat(40));
    new JsonStepStore(before.dir).put("people", "k1", saved);
    expect(new JsonStepStore(after.dir).get("people")).toBeUndefined();
    expect(new JsonStepStore(before.dir).get("people")).toEqual({key: "k1", saved});
    after.prune();
    expect(existsSync(join(before.dir, "steps"))).toBe(false);
  });
});
