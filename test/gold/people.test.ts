import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {loadConfig} from "../../loaders/io/config.js";
import {runExtract} from "../../loaders/io/runSync.js";
import type {Tables} from "../../loaders/types.js";
import {goldIdentities, goldMentions, goldNegotiators, goldRoles} from "./people.js";

const root = join(import.meta.dirname, "..", "..");

function extract(register: boolean): Tables {
  const config = loadConfig(join(root, "data"));
  if (!register) config.people = [];
  return runExtract({paths: [join(root, "seeds")], config}).tables;
}

/** Mention P/R/F1 over (file, surface, person) multisets; the person must be the merged identity. */
function mentionScore(tables: Tables) {
  const fileOf = new Map(tables.articles.map((a) => [a.article_id, a.file.split("/").pop()!]));
  // system person → gold person: the gold id whose spelling the system identity carries most often
  let tp = 0, system = 0, gold = 0;
  for (const [file, wanted] of Object.entries(goldMentions)) {
    const got = tables.mentions.filter((m) => fileOf.get(m.article_id) === file);
    system += got.length;
    gold += wanted.length;
    const pool = new Map<string, number>();
    for (const [surface, person] of wanted) pool.set(`${surface}\t${person}`, (pool.get(`${surface}\t${person}`) ?? 0) + 1);
    for (const m of got) {
      const key = `${m.surface}\t${m.person_id}`;
      const n = pool.get(key) ?? 0;
      if (n > 0) {
        tp++;
        pool.set(key, n - 1);
      }
    }
  }
  const p = tp / system, r = tp / gold;
  return {p, r, f1: (2 * p * r) / (p + r)};
}

describe("people on the seed gold", () => {
  const tables = extract(true);

  it("finds the hand-annotated mentions with the right person (F1 kept at its level)", () => {
    const {f1, p, r} = mentionScore(tables);
    console.log(`seed gold mentions: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
    expect(p).toBeGreaterThanOrEqual(1);
    expect(r).toBeGreaterThanOrEqual(1);
    expect(f1).toBeGreaterThanOrEqual(1);
  });

  it("merges every spelling into one person", () => {
    for (const spellings of goldIdentities) {
      const ids = new Set(tables.mentions.filter((m) => spellings.includes(m.surface)).map((m) => m.person_id));
      expect([...ids], spellings.join(" / ")).toHaveLength(1);
    }
  });

  it("merges the spellings without the register too", () => {
    const bare = extract(false);
    for (const spellings of goldIdentities) {
      const ids = new Set(bare.mentions.filter((m) => spellings.includes(m.surface)).map((m) => m.person_id));
      expect([...ids], spellings.join(" / ")).toHaveLength(1);
    }
    const negotiators = bare.people.filter((p) => p.negotiator).map((p) => p.name).sort();
    expect(negotiators).toEqual(["J.D. Vance", "John Ratcliffe", "Marco Rubio", "Michael Waltz", "Steve Witkoff"]);
    const selenskyj = bare.people.find((p) => p.aliases.includes("Selenskij"))!;
    expect(selenskyj.evidence).toMatch(/Zelenski|Selenskyj/);
  });

  it("gives the roles the text gives", () => {
    for (const [person, roles] of Object.entries(goldRoles)) {
      const row = tables.people.find((p) => p.person_id === person)!;
      for (const role of roles) expect(row.roles.split(" | "), person).toContain(role);
    }
  });

  it("marks exactly the negotiators the seeds name", () => {
    const negotiators = tables.people.filter((p) => p.negotiator).map((p) => p.person_id).sort();
    expect(negotiators).toEqual([...goldNegotiators].sort());
  });
});
