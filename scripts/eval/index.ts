/**
 * `npm run eval`: measures accuracy on the dev corpora in ../shared/corpora and
 * on the hand-written seed gold, prints the scores and writes eval/scores.json,
 * which the report's method page reads. Corpora that are absent are skipped.
 */
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {datesEvaluation} from "./dates.js";
import {people} from "./people.js";
import {quotesEvaluation} from "./quotes.js";
import {topicsEvaluation} from "./topics.js";
import {topicsSeedsEvaluation} from "./topicsSeeds.js";
import type {EvalSection, Evaluation} from "./types.js";
import {useDictionaries} from "../../loaders/io/dictionaries.js";

// loaders/ reads no files: the noun dictionary and the package given-name list come from their cache files
useDictionaries();

/** Evaluations in the order they run. */
const evaluations: Evaluation[] = [quotesEvaluation, people, datesEvaluation, topicsSeedsEvaluation, topicsEvaluation];

const only = process.argv.slice(2);
const sections: (EvalSection | {name: string; skipped: string})[] = [];
for (const evaluation of evaluations) {
  if (only.length && !only.includes(evaluation.name)) continue;
  const started = performance.now();
  const section = await evaluation.run();
  sections.push(section);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if ("skipped" in section) {
    console.log(`${section.name}: skipped (${section.skipped})`);
    continue;
  }
  console.log(`\n${section.name} on ${section.corpus} (${section.metric}, ${seconds} s)`);
  for (const [key, value] of Object.entries(section.scores)) {
    const goal = section.goals?.[key];
    const shown = typeof value === "number" ? value.toFixed(3) : `P ${value.precision.toFixed(3)}  R ${value.recall.toFixed(3)}  F1 ${value.f1.toFixed(3)}`;
    console.log(`  ${key.padEnd(28)} ${shown}${goal !== undefined ? `   (goal ${goal})` : ""}`);
  }
}

if (!only.length) {
  const out = join(import.meta.dirname, "..", "..", "eval", "scores.json");
  mkdirSync(join(out, ".."), {recursive: true});
  writeFileSync(out, JSON.stringify({run: new Date().toISOString(), sections}, null, 2) + "\n");
  console.log(`\nwrote ${out}`);
}
