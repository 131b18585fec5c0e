/**
 * Growth check on adversarial one-line articles (run by hand, no corpus needed):
 *   npx tsx scripts/bench/adversarial.ts [case …] [--sizes 125,250,500,1000] [--steps]
 * Each case repeats a short unit into one line of about 125 kB, 250 kB, 500 kB and 1 MB (sizes in kB),
 * prepares it as an article and runs every per-article extractor on it, twice: as one quotation the
 * splitter keeps one sentence, and "(whole)" as a plain line handed over as one sentence (with `--steps` the corpus steps
 * too), timing each stage by CPU time. It prints, per case, the seconds at each size, the ratio to the
 * size before and the ratio per doubling over the whole range (less noisy): about 2 means linear time,
 * about 4 quadratic. The slowest stage is named.
 */
import {join} from "node:path";
import {articleExtractors, corpusSteps} from "../../loaders/extractors.js";
import {loadConfig} from "../../loaders/io/config.js";
import {combineTables, extractArticle, prepareArticle} from "../../loaders/pipeline.js";
import {ADVERSARIAL_CASES, adversarialLine, wholeBodySentence} from "./adversarialLines.js";

const config = loadConfig(join(import.meta.dirname, "..", "..", "data"));

/** CPU seconds of `fn`. */
function cpu<T>(fn: () => T): [T, number] {
  const started = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(started);
  return [value, (used.user + used.system) / 1e6];
}

/** Seconds per stage for one text. */
function run(text: string, steps: boolean, whole = false): Map<string, number> {
  const times = new Map<string, number>();
  const [prepared, prepare] = cpu(() => prepareArticle({file: "adversarial.txt", text, given: {}}, config));
  const article = whole ? wholeBodySentence(prepared) : prepared;
  times.set("prepare", prepare);
  const tables = extractArticle(article, config, []);
  for (const extractor of articleExtractors) {
    const [out, seconds] = cpu(() => extractor.run(article, config, tables));
    times.set(extractor.name, seconds);
    Object.assign(tables, out);
  }
  if (steps) times.set("corpus steps", cpu(() => combineTables([tables], [], config, corpusSteps))[1]);
  return times;
}

const args = process.argv.slice(2);
const sizesAt = args.indexOf("--sizes");
const sizes = sizesAt >= 0 ? args[sizesAt + 1].split(",").map(Number) : [125, 250, 500, 1000];
const steps = args.includes("--steps");
const names = args.filter((a, i) => !a.startsWith("--") && (sizesAt < 0 || i !== sizesAt + 1));
const cases = Object.entries(ADVERSARIAL_CASES).filter(([name]) => !names.length || names.some((n) => name.includes(n)));

run(adversarialLine({unit: "Er sagte: „Das ist gut.“ Am 3. Mai wählte der Rat. "}, 20_000), steps); // warm-up
const worst: number[] = [];
for (const [name, unitCase, whole] of cases.flatMap(([name, c]) => [[name, c, false], [`${name} (whole)`, c, true]] as const)) {
  let last: number | undefined;
  let first: number | undefined;
  const cells: string[] = [];
  let slowest = "";
  for (const kb of sizes) {
    const times = run(adversarialLine(unitCase, kb * 1000, !whole), steps, whole);
    const total = [...times.values()].reduce((a, b) => a + b, 0);
    const [stage, seconds] = [...times].sort((a, b) => b[1] - a[1])[0];
    slowest = `${stage} ${seconds.toFixed(2)} s`;
    const ratio = last ? total / last : undefined;
    first ??= total;
    cells.push(`${kb} kB ${total.toFixed(2)} s${ratio === undefined ? "" : ` (×${ratio.toFixed(1)})`}`);
    last = total;
  }
  // over the whole range (less noisy than one step): the ratio per doubling of size
  const doublings = Math.log2(sizes[sizes.length - 1] / sizes[0]);
  const overall = doublings > 0 && first! > 0 ? (last! / first!) ** (1 / doublings) : NaN;
  worst.push(overall);
  console.log(`${name.padEnd(36)} ${cells.join("  ")}  per doubling ×${overall.toFixed(1)}; slowest at the largest: ${slowest}`);
}
const finite = worst.filter(Number.isFinite);
if (finite.length) console.log(`largest ratio per doubling over the range: ${Math.max(...finite).toFixed(1)} (≈2 linear, ≈4 quadratic)`);
