/**
 * Gain of each speaker rule on the quotes evaluation (local tool, not part of
 * `npm run eval`): the speaker score with all rules, then with each rule left
 * out in turn (the difference is that rule's gain given the others).
 * Usage: npx tsx scripts/eval/quotes/speaker-ablation.ts
 */
import {directQuoteRules, speakerRefinements, speakerRules} from "../../../loaders/lang/de/index.js";
import {quotesEvaluation} from "../quotes.js";
import {useDictionaries} from "../../../loaders/io/dictionaries.js";

// loaders/ reads no files: the noun dictionary and the Konjunktiv forms come from their cache files
useDictionaries();

async function speakerF1(): Promise<string> {
  const result = await quotesEvaluation.run();
  if ("skipped" in result) throw new Error(`quotes evaluation skipped: ${result.skipped}`);
  const s = result.scores.speaker;
  if (typeof s === "number") throw new Error("quotes evaluation: speaker score is not P/R/F1");
  return `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
}

console.log(`all rules: ${await speakerF1()}`);
for (const list of [speakerRules, speakerRefinements] as unknown as {id: string}[][]) {
  for (let i = 0; i < list.length; i++) {
    const [rule] = list.splice(i, 1);
    console.log(`without ${rule.id.padEnd(36)} ${await speakerF1()}`);
    list.splice(i, 0, rule);
  }
}
// the direct-quote rule that takes its speaker from a source phrase in the sentence
const direct = directQuoteRules as unknown as {id: string}[];
const at = direct.findIndex((r) => r.id === "de.quote.direct.source-in-sentence");
if (at >= 0) {
  const [rule] = direct.splice(at, 1);
  console.log(`without ${rule.id.padEnd(36)} ${await speakerF1()}`);
  direct.splice(at, 0, rule);
}
