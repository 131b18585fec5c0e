import {functionWords} from "../lang/de/functionWords.js";
import {numberWords, quantityWords} from "../lang/de/numberWords.js";
import {stopwords} from "../lang/de/stopwords.js";
import {attributionPostpositions, sourceNouns} from "../lang/de/speechVerbs.js";
import {stemDe} from "../lang/de/stemmer.js";
import {createHash} from "node:crypto";
import type {CorpusStep, StepState} from "../pipeline.js";
import type {QuoteRow, StatementRow, Tables} from "../types.js";

/**
 * Words left out of the stems compared: function words, the common verbs, pronominal adverbs and fillers key terms leave
 * out, and the words that attribute a report inside it ("nach Angaben der …", "den Berichten zufolge").
 */
const LEFT_OUT = new Set([...functionWords, ...stopwords, ...sourceNouns, ...attributionPostpositions]);
/** Stems of the words that go with a number ("Milliarden", "Euro", "rund", "Prozent"): they weigh QUANTITY_WEIGHT of another stem and count for no share. */
const QUANTITY_STEMS = new Set([...numberWords, ...quantityWords].map((w) => stemDe(w)));
/** Weight of a quantity stem, relative to its IDF. */
export const QUANTITY_WEIGHT = 0.25;
/** Weighted share of the shorter quote's content stems that must recur in the other quote. */
export const MIN_OVERLAP = 0.4;
/** Content stems (not quantity stems) two quotes must share at least: the floor for very short quotes. */
export const MIN_SHARED = 3;

/** Content stems of a text: lower-cased words of three letters or more without the words LEFT_OUT, stemmed by stemDe (lang/de/stemmer.ts). */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}-]*/gu)) {
    if (m[0].length < 3 || LEFT_OUT.has(m[0])) continue;
    stems.add(stemDe(m[0]));
  }
  return stems;
}

/**
 * The weight of each stem of the quotes' texts: its inverse document frequency over the distinct texts,
 * ln((N + 1) / (df + 1)) + 1, so that a stem many quotes of the corpus use ("Kommunen" in a story about municipal pay)
 * weighs less than one a statement has of its own ("Traumergebnis"); a quantity stem weighs QUANTITY_WEIGHT of that.
 * Rounded to quarters, so that a small change of the corpus leaves most weights, and the statements memo, as they are.
 */
export function stemWeights(stemSets: Iterable<ReadonlySet<string>>): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const stems of stemSets) {
    n++;
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [s, count] of df) weights.set(s, Math.round((Math.log((n + 1) / (count + 1)) + 1) * (QUANTITY_STEMS.has(s) ? QUANTITY_WEIGHT : 1) * 4) / 4);
  return weights;
}

/**
 * True when two quotes' content stems overlap enough to be one statement: MIN_SHARED stems that are not quantity stems,
 * and MIN_OVERLAP of the weight of the lighter set (its stems weighed by `weights`, see stemWeights). So a short verbatim
 * quote ("Das ist kein Traumergebnis, aber es ist ein gutes Ergebnis") links, and two quotes that share only the story's
 * common words and a number's words ("die Kommunen rund 15 Milliarden Euro" beside "die Kommunen … rund 11 Milliarden
 * Euro") do not. `weightOne` and `weightTwo` are the sets' setWeight, passed by a caller that has them.
 */
export function sameStatement(one: ReadonlySet<string>, two: ReadonlySet<string>, weights: ReadonlyMap<string, number>,
  weightOne = setWeight(one, weights), weightTwo = setWeight(two, weights)): boolean {
  if (Math.min(one.size, two.size) < MIN_SHARED) return false; // cannot share enough
  let shared = 0;
  let sharedWeight = 0;
  for (const s of one) {
    if (!two.has(s)) continue;
    sharedWeight += weights.get(s) ?? 1;
    if (!QUANTITY_STEMS.has(s)) shared++;
  }
  return shared >= MIN_SHARED && sharedWeight >= MIN_OVERLAP * Math.min(weightOne, weightTwo);
}

/** The weight of a set of stems: the sum of their `weights` (1 for a stem without one). A caller comparing many pairs computes it once per set. */
export function setWeight(stems: ReadonlySet<string>, weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const s of stems) sum += weights.get(s) ?? 1;
  return sum;
}

/** Who a quote is by, for grouping: the person id, else the speaker's last word (unresolved names). */
function speakerKey(q: QuoteRow): string {
  if (q.speaker_id) return q.speaker_id;
  const words = q.speaker.trim().split(/\s+/);
  return words.length && words[words.length - 1] ? `name:${words[words.length - 1].toLowerCase()}` : "";
}

/**
 * A speaker's statements found before, by a key of the speaker's quotes
 * (groupKey): each statement row with the place, among the speaker's quotes,
 * of its first quote. `get` gives what `set` kept under the same key.
 */
interface StatementMemo {
  get(key: string): [number, StatementRow][] | undefined;
  set(key: string, rows: [number, StatementRow][]): void;
}

/**
 * Links the same statement carried by several outlets, in different
 * translations or excerpts, into one: quotes of the same speaker in different
 * articles are linked when they share enough content stems (sameStatement: at
 * least MIN_SHARED, and MIN_OVERLAP of the lighter one's weight, stems weighed
 * by their IDF over the corpus's quotes), and linked quotes form a
 * statement (single linkage). Only statements carried by two or more articles
 * become rows. `outletOf` gives the display name of an article. Quotes are
 * linked only within a speaker's quotes, so a speaker's statements are a
 * function of them (and their outlets): with `memo`, a speaker whose quotes
 * are those of an earlier run takes that run's rows.
 */
export function linkStatements(quotes: readonly QuoteRow[], outletOf: (articleId: string) => string, memo?: StatementMemo): StatementRow[] {
  const candidates = quotes.filter((q) => q.type !== "reported" && speakerKey(q));
  const bySpeaker = new Map<string, number[]>();
  candidates.forEach((q, i) => push(bySpeaker, speakerKey(q), i));
  const stemsOf = new Map<string, Set<string>>(); // the same statement recurs across outlets: stem each text once
  for (const q of candidates) if (!stemsOf.has(q.text)) stemsOf.set(q.text, contentStems(q.text));
  const weights = stemWeights(stemsOf.values());
  const found: {first: number; row: StatementRow}[] = [];
  for (const [speaker, group] of bySpeaker) {
    if (group.length < 2) continue; // a statement needs quotes in two articles
    const quotesOf = group.map((i) => candidates[i]);
    const key = memo && groupKey(speaker, quotesOf, outletOf, stemsOf, weights);
    let rows = key ? memo!.get(key) : undefined;
    if (!rows) {
      rows = linkSpeaker(quotesOf, outletOf, stemsOf, weights);
      if (key) memo!.set(key, rows);
    }
    for (const [first, row] of rows) found.push({first: group[first], row});
  }
  // in the order of their first quotes, as one pass over all quotes makes them, then by id
  found.sort((a, b) => a.first - b.first);
  return found.map((f) => f.row).sort((a, b) => a.statement_id.localeCompare(b.statement_id));
}

/** A key of one speaker's quotes: all that linkSpeaker reads of them and their outlets, and the weights of their stems. */
function groupKey(speaker: string, quotes: readonly QuoteRow[], outletOf: (articleId: string) => string, stemsOf: ReadonlyMap<string, Set<string>>, weights: ReadonlyMap<string, number>): string {
  const read = quotes.map((q) => [q.quote_id, q.article_id, q.start, q.text, q.speaker_id, q.speaker, outletOf(q.article_id)]);
  const stems = [...new Set(quotes.flatMap((q) => [...stemsOf.get(q.text)!]))].sort();
  return createHash("sha1").update(JSON.stringify([speaker, read, stems.map((s) => weights.get(s))])).digest("hex");
}

/** The statements of one speaker's quotes (in order), each with the place of its first quote among them. */
function linkSpeaker(quotes: readonly QuoteRow[], outletOf: (articleId: string) => string, stemsOf: ReadonlyMap<string, Set<string>>, weights: ReadonlyMap<string, number>): [number, StatementRow][] {
  // the words naming the speaker, shared by construction, are no evidence ("nach Angaben der Beobachtungsstelle" in two of its reports)
  const own = contentStems(quotes.map((q) => q.speaker).join(" "));
  const withoutOwn = new Map<string, Set<string>>();
  const stems = quotes.map((q) => {
    let set = withoutOwn.get(q.text);
    if (!set) withoutOwn.set(q.text, (set = own.size ? new Set([...stemsOf.get(q.text)!].filter((s) => !own.has(s))) : stemsOf.get(q.text)!));
    return set;
  });
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // quotes of the same text (one stem set) form a class: compare each pair of classes once, then link their quotes
  const classes = new Map<Set<string>, number[]>();
  quotes.forEach((_, i) => push(classes, stems[i], i));
  const list = [...classes];
  const weightOf = list.map(([set]) => setWeight(set, weights)); // once per class, not per pair
  for (let a = 0; a < list.length; a++) {
    for (let b = a; b < list.length; b++) {
      if (!sameStatement(list[a][0], list[b][0], weights, weightOf[a], weightOf[b])) continue;
      const [as, bs] = [list[a][1], list[b][1]];
      for (let x = 0; x < as.length; x++) {
        for (let y = a === b ? x + 1 : 0; y < bs.length; y++) {
          const i = as[x];
          const j = bs[y];
          if (quotes[i].article_id !== quotes[j].article_id && find(i) !== find(j)) parent[find(i)] = find(j);
        }
      }
    }
  }
  const clusters = new Map<number, number[]>();
  quotes.forEach((_, i) => push(clusters, find(i), i));
  const rows: [number, StatementRow][] = [];
  for (const members of clusters.values()) {
    const articles = new Set(members.map((i) => quotes[i].article_id));
    if (articles.size < 2) continue;
    const qs = members.map((i) => quotes[i]).sort((x, y) => x.article_id.localeCompare(y.article_id) || x.start - y.start);
    const longest = qs.reduce((best, q) => (q.text.length > best.text.length ? q : best), qs[0]);
    rows.push([members[0], {
      statement_id: `statement:${qs[0].quote_id}`,
      speaker_id: qs.find((q) => q.speaker_id)?.speaker_id ?? "",
      quote_ids: qs.map((q) => q.quote_id).join(" | "),
      outlets: [...new Set(qs.map((q) => outletOf(q.article_id)))].join(" | "),
      text: longest.text
    }]);
  }
  return rows;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Corpus step: statements.csv, after the people step has settled speaker ids. */
export const statementsStep: CorpusStep = {
  name: "statements",
  // the quotes' speaker ids come from the people step, which reads mentions too
  memo: {reads: ["mentions", "quotes"]},
  run(tables: Tables, _config, state) {
    const source = new Map(tables.articles.map((a) => [a.article_id, a.source]));
    const memo = state && new KeptStatements(state);
    const statements = linkStatements(tables.quotes, (id) => source.get(id) ?? id, memo);
    memo?.save();
    return {statements};
  }
};

/**
 * The statements step's StatementMemo in its StepState: the rows of each
 * speaker's quotes of the last run (a speaker with two or more quotes), by
 * groupKey. What a run used is kept for the next; a state of another form counts as none.
 */
export class KeptStatements implements StatementMemo {
  private readonly before: Record<string, [number, StatementRow][]>;
  private readonly used: Record<string, [number, StatementRow][]> = {};
  private made = 0;

  constructor(private readonly state: StepState) {
    const kept = state.get() as {form?: unknown; groups?: unknown} | undefined;
    this.before = kept?.form === FORM && kept.groups && typeof kept.groups === "object" ? (kept.groups as Record<string, [number, StatementRow][]>) : {};
  }

  get(key: string): [number, StatementRow][] | undefined {
    const rows = Object.hasOwn(this.before, key) ? this.before[key] : undefined;
    if (rows) this.used[key] = rows;
    return rows;
  }

  set(key: string, rows: [number, StatementRow][]): void {
    this.used[key] = rows;
    this.made++;
  }

  /** Keeps what this run used, unless it is what was kept. */
  save(): void {
    if (this.made || Object.keys(this.used).length !== Object.keys(this.before).length) this.state.put({form: FORM, groups: this.used});
  }
}

/** The form of the kept state (changed with groupKey or the rows' shape). */
const FORM = "statements@2";
