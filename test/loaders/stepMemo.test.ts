import {describe, expect, test} from "vitest";
import {combineTables, type StepMemos} from "../../loaders/combine.js";
import {type Config, parseConfig} from "../../loaders/config.js";
import {corpusStepsWith} from "../../loaders/corpus-steps.js";
import {eventsStep} from "../../loaders/events/step.js";
import {peopleExtractor} from "../../loaders/people/extractor.js";
import {peopleStep} from "../../loaders/people/step.js";
import {extractArticle, prepareArticle} from "../../loaders/pipeline.js";
import {quotesExtractor} from "../../loaders/quotes/extractor.js";
import {assertMemosReadNoSums, contentKeys, memoKey, restoreResult, saveResult, type SavedResult, type StepStore} from "../../loaders/stepMemo.js";
import type {CorpusStep} from "../../loaders/pipeline.js";
import type {ArticleTables, DateRow, EventMentionRow, Tables} from "../../loaders/types.js";

const config: Config = {...parseConfig({}), people: []};
const extract = (file: string, text: string): ArticleTables => extractArticle(prepareArticle({file, text, given: {outlet: file.toUpperCase()}}, config), config, [peopleExtractor, quotesExtractor]);

const withPeople: [string, string][] = [
  ["a.txt", "Der Kreml-Sprecher Dmitri Peskow sagte, das Gespräch sei gut gewesen. „Wir sind bereit“, sagte Peskow."],
  ["b.txt", "Laut dem russischen Präsidentensprecher Dmitry Peskov war das Gespräch lang. Peskov nannte keine Details."],
  ["c.txt", "Die Ministerin Anna Berger sagte am Montag: „Wir prüfen den Antrag.“ Berger nannte keinen Termin."]
];
const quiet = extract("quiet.txt", "Der Regen hält an. Am Dienstag wird es kälter und windig.");

/** A store in memory that counts its reads and writes, kept through JSON as on disk. */
function memoryStore() {
  const memos = new Map<string, string>();
  const store: StepStore & {puts: string[]} = {
    puts: [],
    get: (step) => (memos.has(step) ? (JSON.parse(memos.get(step)!) as {key: string; saved: SavedResult}) : undefined),
    put(step, key, saved) {
      this.puts.push(step);
      memos.set(step, JSON.stringify({key, saved}));
    }
  };
  return store;
}

function run(articles: [ArticleTables, string][], store?: StepStore) {
  const kept: string[] = [];
  const tables = combineTables(articles.map(([t]) => t), [], config, corpusStepsWith(), (name) => void (/\(kept\)$/.test(name) && kept.push(name.split(" ")[2])), store && {keys: articles.map(([, key]) => key), store});
  return {tables, kept};
}

describe("corpus steps kept between runs (stepMemo)", () => {
  const base = withPeople.map(([file, text]): [ArticleTables, string] => [extract(file, text), `key-${file}`]);

  test("the memo key counts only the ordered articles with rows the step reads", () => {
    const perArticle = base.map(([t]) => t);
    const keys = base.map(([, k]) => k);
    const key = memoKey(peopleStep, perArticle, keys);
    expect(key).toMatch(/^[0-9a-f]{40}$/);
    expect(memoKey(peopleStep, [quiet, ...perArticle], ["key-quiet", ...keys])).toBe(key); // first or last, a quiet article changes nothing
    expect(memoKey(peopleStep, [...perArticle, quiet], [...keys, "key-quiet"])).toBe(key);
    expect(memoKey(peopleStep, perArticle.slice(0, 2), keys.slice(0, 2))).not.toBe(key);
    expect(memoKey(peopleStep, [perArticle[1], perArticle[0], perArticle[2]], [keys[1], keys[0], keys[2]])).not.toBe(key); // order matters
    expect(memoKey(peopleStep, perArticle, [keys[0], undefined, keys[2]])).toBeUndefined();
    expect(memoKey(corpusStepsWith()[2], perArticle, keys)).toBeUndefined(); // key terms keep no memo
    const events = corpusStepsWith()[4];
    expect(memoKey(events, [...perArticle, quiet], [...keys, "key-quiet"])).toBe(memoKey(events, perArticle, keys));
  });

  test("the events memo key tells a step with reresolve from one without (their results differ)", () => {
    const perArticle = base.map(([t]) => t);
    const keys = base.map(([, k]) => k);
    expect(corpusStepsWith(() => undefined as never)[4].memo?.variant).toBe("1");
    expect(memoKey(eventsStep(), perArticle, keys)).not.toBe(memoKey(eventsStep(() => undefined as never), perArticle, keys));
    expect(memoKey(eventsStep(), perArticle, keys)).toBe(memoKey(eventsStep(), perArticle, keys));
  });

  test("no memo of the corpus steps reads a summable table; one that did is refused, naming step and table", () => {
    expect(() => assertMemosReadNoSums(corpusStepsWith())).not.toThrow();
    const summed = corpusStepsWith().find((step) => step.summable)!;
    const reader: CorpusStep = {name: "reader", run: () => ({}), memo: {reads: [summed.summable!.table]}};
    expect(() => assertMemosReadNoSums([...corpusStepsWith(), reader])).toThrow(`corpus step "reader" keeps a memo that reads table "${summed.summable!.table}"`);
    expect(() => combineTables([], [], config, [summed, reader], undefined, {keys: [], store: memoryStore()})).toThrow(/"reader"/);
  });

  test("a saved result, through JSON, restores the step's result: same rows passed on, rewritten rows copied", () => {
    const input = combineTables(base.map(([t]) => t), [], config, []);
    const output = peopleStep.run(input, config);
    const saved = saveResult(input, output, {reads: ["mentions", "quotes"], perArticle: base.map(([t]) => t)})!;
    expect(saved.rewritten.mentions.length).toBeGreaterThan(0);
    const restored = restoreResult(input, JSON.parse(JSON.stringify(saved)) as SavedResult, {reads: ["mentions", "quotes"], perArticle: base.map(([t]) => t)});
    expect(restored).toEqual(output);
    for (const name of ["mentions", "quotes"] as const) {
      output[name]!.forEach((row, i) => expect(restored[name]![i] === input[name][i], `${name} ${i}`).toBe(row === input[name][i]));
    }
  });

  test("values JSON would change are not kept", () => {
    const input = {...combineTables([], [], config, []), mentions: [{person_id: "~a", count: 1}]} as unknown as Tables;
    const reads = {reads: ["mentions"], perArticle: []};
    expect(saveResult(input, {mentions: [{person_id: "a", count: Number.NaN}]} as unknown as Partial<Tables>, reads)).toBeUndefined();
    expect(saveResult(input, {people: [{person_id: "a", roles: undefined}]} as unknown as Partial<Tables>, reads)).toBeUndefined();
    expect(saveResult(input, {mentions: []}, reads)).toBeUndefined(); // a passed-on table of another length
    expect(saveResult(input, {mentions: [{person_id: "a", count: 2}]} as unknown as Partial<Tables>, {reads: [], perArticle: []})).toBeUndefined(); // a rewritten row outside `reads`
    expect(saveResult(input, {mentions: input.mentions}, {reads: [], perArticle: []})).toEqual({rewritten: {mentions: []}, made: {}, values: []}); // passed on as it was
    expect(saveResult(input, {mentions: [{person_id: "a", count: 1}]} as unknown as Partial<Tables>, reads)).toEqual({rewritten: {mentions: [{columns: ["person_id"], at: [0], cells: [[0]]}]}, made: {}, values: ["a"]});
  });

  test("a run takes people, statements and events from the memo only while the articles they read are the same", () => {
    const store = memoryStore();
    const reference = run(base).tables;
    const first = run(base, store);
    expect(first.kept).toEqual([]);
    expect(first.tables).toEqual(reference);
    expect(store.puts).toEqual(["people", "statements", "events"]);

    // a quiet article added (before the others): both steps kept, the same tables as without memo
    const added: [ArticleTables, string][] = [[quiet, "key-quiet"], ...base];
    const again = run(added, store);
    expect(again.kept).toEqual(["people", "statements", "events"]);
    expect(again.tables).toEqual(run(added).tables);

    // an article with a person: both run again (and keep their new result)
    const more: [ArticleTables, string][] = [...added, [extract("d.txt", "Der Sprecher Dmitri Peskow sagte, man warte ab."), "key-d"]];
    const changed = run(more, store);
    expect(changed.kept).toEqual([]);
    expect(changed.tables).toEqual(run(more).tables);
    expect(changed.tables.people).not.toEqual(again.tables.people);
    expect(run(more, store).kept).toEqual(["people", "statements", "events"]);
  });

  test("rows rewritten in a table the step does not read keep their place within their article", () => {
    // reads event mentions, marks the dates of the articles that have one (as the events step anchors quoted dates)
    const marking = (all: boolean): CorpusStep => ({
      name: "marking",
      memo: {reads: ["event_mentions"]},
      run(tables) {
        const reported = new Set(tables.event_mentions.map((m) => m.article_id));
        return {dates: tables.dates.map((d) => (all || reported.has(d.article_id) ? {...d, value: `${d.value}!`} : d))};
      }
    });
    const article = (id: string, dates: number, events: number): [ArticleTables, string] => [
      {
        ...combineTables([], [], config, []),
        dates: Array.from({length: dates}, (_, i) => ({article_id: id, value: `${id}${i}`}) as unknown as DateRow),
        event_mentions: Array.from({length: events}, () => ({article_id: id}) as unknown as EventMentionRow)
      } as unknown as ArticleTables,
      `key-${id}`
    ];
    const go = (articles: [ArticleTables, string][], step: CorpusStep, store?: StepStore) => {
      const kept: string[] = [];
      const tables = combineTables(articles.map(([t]) => t), [], config, [step], (name) => void (/\(kept\)$/.test(name) && kept.push(name)), store && {keys: articles.map(([, k]) => k), store});
      return {dates: tables.dates.map((d) => d.value), kept};
    };
    const store = memoryStore();
    const before = [article("a", 2, 1), article("b", 3, 0), article("c", 1, 2)];
    expect(go(before, marking(false), store).dates).toEqual(["a0!", "a1!", "b0", "b1", "b2", "c0!"]);
    const after = [article("q", 2, 0), ...before.slice(0, 2), article("r", 1, 0), before[2]];
    const again = go(after, marking(false), store);
    expect(again.kept).toHaveLength(1);
    expect(again.dates).toEqual(go(after, marking(false)).dates);
    expect(again.dates).toEqual(["q0", "q1", "a0!", "a1!", "b0", "b1", "b2", "r0", "c0!"]);
    // a step that rewrites rows of articles its key does not count keeps no memo
    const stores = memoryStore();
    go(before, {...marking(true), name: "all"}, stores);
    expect(stores.puts).toEqual([]);
  });

  test("content keys: only for tables the memo keys fix", () => {
    const keys = contentKeys(new Map([
      ["quotes", [{key: "p", reads: ["mentions", "quotes"]}]],
      ["people", [{key: "p", reads: ["mentions", "quotes"]}]],
      ["dates", [{key: "e", reads: ["event_mentions"]}]], // rows of articles the key does not count
      ["keyterms", [{key: undefined, reads: []}]],
      ["events", [{key: "e", reads: []}, {key: "f", reads: []}]], // a corpus table two steps returned
      ["mentions", [{key: "p", reads: ["mentions"]}, {key: undefined, reads: ["mentions"]}]]
    ]));
    expect(Object.keys(keys).sort()).toEqual(["people", "quotes"]);
    expect(keys.quotes).not.toBe(keys.people);
    expect(contentKeys(new Map([["quotes", [{key: "p2", reads: ["quotes"]}]]])).quotes).not.toBe(keys.quotes);
    // in a run: the tables of the steps that keep memos, the same keys when the memos are kept
    const store = memoryStore();
    const memos: StepMemos = {keys: base.map(([, k]) => k), store};
    combineTables(base.map(([t]) => t), [], config, corpusStepsWith(), undefined, memos);
    const first = memos.contentKeys!;
    expect(Object.keys(first).sort()).toEqual(["conflicts", "event_mentions", "events", "mentions", "people", "quotes", "statements"]);
    const again: StepMemos = {keys: ["key-quiet", ...base.map(([, k]) => k)], store};
    combineTables([quiet, ...base.map(([t]) => t)], [], config, corpusStepsWith(), undefined, again);
    expect(again.contentKeys).toEqual(first);
  });
});
