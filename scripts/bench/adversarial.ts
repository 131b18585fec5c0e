/**
 * Growth check on adversarial one-line articles (run by hand, no corpus needed):
 *   npx tsx scripts/bench/adversarial.ts [case …] [--sizes 125,250,500,1000] [--steps]
 * Each case repeats a short unit into one line of about 125 kB, 250 kB, 500 kB and 1 MB (sizes in kB),
 * prepares it as an article and runs every per-article extractor on it (with `--steps` the corpus steps
 * too), timing each stage by CPU time. It prints, per case, the seconds at each size and the ratio to the
 * size before: about 2 per doubling means linear time, about 4 quadratic. The slowest stage is named.
 */
import {join} from "node:path";
import {articleExtractors, corpusSteps} from "../../loaders/extractors.js";
import {loadConfig} from "../../loaders/io/config.js";
import {combineTables, extractArticle, prepareArticle} from "../../loaders/pipeline.js";

/** Units repeated into one line: quotation marks, speech verbs, event triggers, clause chains, dates, names. */
export const ADVERSARIAL_UNITS: Readonly<Record<string, string>> = {
  "quote marks": "„a“ „b »c ‚d \" ",
  "open quotes with cues": "„Er sagte, dass es sei, laut Müller zufolge, so der Sprecher ",
  "closed quotes with cues": "„Das ist gut“, sagte er, „sehr gut“. ",
  "speech verbs, negated": "er sagte nicht und sie erklärte keine und man betonte nie ",
  "speech verbs in one clause": "sagte erklärte betonte sagte meinte berichtete ",
  "indirect report chain": "sagte er sei gekommen habe gesehen werde gehen und ",
  "bare infinitive cues": "er kündigte an zu kommen und forderte auf zu gehen und ",
  "triggers, context fails": "wählte ",
  "triggers, negated": "der Rat wählte nicht und stimmte keinem zu und beschloss nie ",
  "um … zu chain": "sagte er, um es zu tun, ",
  "dated words": "Am 3. Mai 2020 wählte der Rat. ",
  "dated sentences": "Am 3. Mai 2020 wählte der Rat in Berlin.“ „",
  "names and roles": "Kanzlerin Angela Merkel und Minister Olaf Scholz sagten ",
  "long words": "Bundestagswahlwahlwahl"
};

/**
 * An article whose body is `unit` repeated into one line of at least `chars` characters. The line is one
 * quotation ("„… die Nummer.“ Er ging."), so the sentence splitter keeps it one sentence (it cuts long lines into
 * chunks of 2,000 characters, but never inside an open quotation); its tail makes context rules fail.
 */
export function adversarialLine(unit: string, chars: number): string {
  return `Titel\n\n„${unit.repeat(Math.ceil(chars / unit.length))} die Nummer.“ Er ging.`;
}

const config = loadConfig(join(import.meta.dirname, "..", "..", "data"));

/** CPU seconds of `fn`. */
function cpu<T>(fn: () => T): [T, number] {
  const started = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(started);
  return [value, (used.user + used.system) / 1e6];
}

/** Seconds per stage for one text. */
function run(text: string, steps: boolean): Map<string, number> {
  const times = new Map<string, number>();
  const [article, prepare] = cpu(() => prepareArticle({file: "adversarial.txt", text, given: {}}, config));
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
const cases = Object.entries(ADVERSARIAL_UNITS).filter(([name]) => !names.length || names.some((n) => name.includes(n)));

run(adversarialLine("Er sagte: „Das ist gut.“ Am 3. Mai wählte der Rat. ", 20_000), steps); // warm-up
const worst: number[] = [];
for (const [name, unit] of cases) {
  let last: number | undefined;
  const cells: string[] = [];
  let slowest = "";
  for (const kb of sizes) {
    const times = run(adversarialLine(unit, kb * 1000), steps);
    const total = [...times.values()].reduce((a, b) => a + b, 0);
    const [stage, seconds] = [...times].sort((a, b) => b[1] - a[1])[0];
    slowest = `${stage} ${seconds.toFixed(2)} s`;
    const ratio = last ? total / last : undefined;
    if (ratio !== undefined && last! > 0.05) worst.push(ratio);
    cells.push(`${kb} kB ${total.toFixed(2)} s${ratio === undefined ? "" : ` (×${ratio.toFixed(1)})`}`);
    last = total;
  }
  console.log(`${name.padEnd(28)} ${cells.join("  ")}  slowest at the largest: ${slowest}`);
}
if (worst.length) console.log(`largest ratio per doubling: ${Math.max(...worst).toFixed(1)} (≈2 linear, ≈4 quadratic)`);
