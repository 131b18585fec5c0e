import {describe, expect, test} from "vitest";
import {contentStems, KeptStatements, linkStatements, sameStatement, stemWeights} from "../../../loaders/quotes/statements.js";
import type {QuoteRow} from "../../../loaders/types.js";

let n = 0;
function quote(article: string, text: string, speaker_id = "person:merkel", type: QuoteRow["type"] = "direct", speaker = "Angela Merkel"): QuoteRow {
  n++;
  return {quote_id: `q${String(n).padStart(4, "0")}`, article_id: article, start: n, end: n + text.length, text, type, speaker_id, speaker, speaker_start: null, speaker_end: null, cue: "sagte", cue_start: null, cue_end: null, rule: "test", sentence: text};
}
const outlet = (id: string) => `outlet-${id}`;
const LONG = "Die Regierung wird die Steuern im kommenden Jahr deutlich senken";
const OTHER = "Unsere Schulen brauchen mehr Lehrer und bessere Gebäude";
const SHORT = "Das ist kein Wunschergebnis, aber ein tragbares Ergebnis";
const COST_DEMAND = "Die Forderung würde die Gemeinden rund 15 Milliarden Euro im Jahr kosten";
const COST_DEAL = "Die Gemeinden müssten nun sehen, wie sie die Mehrkosten von rund 11 Milliarden Euro aufbringen";
const COMMON_ONE = "Die Gemeinden und Städte haben keine Reserven mehr für die Kitas, für die Bäder und für die Straßen";
const COMMON_TWO = "Die Gemeinden und Städte warten seit Jahren auf Geld vom Bund für die Kitas";
/** Quotes of other speakers that make "Gemeinden", "Städte" and "Kitas" common words of the corpus. */
const TOPICAL = () => ["Die Gemeinden und Städte zahlen für die Kitas", "Kitas in Städten und Gemeinden schließen", "Gemeinden, Städte, Kitas: alle betroffen", "Wir sprechen für Städte und Gemeinden und ihre Kitas", "Die Kitas der Gemeinden und Städte streiken"]
  .map((t, i) => quote(`t${i}`, t, `person:other${i}`));

describe("linkStatements", () => {
  // [case, quotes, expected quote_ids of each statement]
  const cases: [string, () => QuoteRow[], number[][]][] = [
    ["same text in two articles is one statement", () => [quote("a", LONG), quote("b", LONG)], [[0, 1]]],
    ["same text twice in one article is none", () => [quote("a", LONG), quote("a", LONG)], []],
    ["too few content stems", () => [quote("a", "Das ist gut so"), quote("b", "Das ist gut so")], []],
    ["different speakers", () => [quote("a", LONG), quote("b", LONG, "person:scholz")], []],
    ["reported quotes left out", () => [quote("a", LONG, undefined, "reported"), quote("b", LONG)], []],
    ["an excerpt links to the full text", () => [quote("a", LONG), quote("b", "Die Steuern im kommenden Jahr deutlich senken")], [[0, 1]]],
    ["unresolved speakers by last name", () => [quote("a", LONG, "", "direct", "Frau Merkel"), quote("b", LONG, "", "direct", "Angela Merkel")], [[0, 1]]],
    ["one article's copy reaches the other through a third article", () => [quote("a", LONG), quote("a", LONG), quote("b", LONG), quote("b", OTHER), quote("c", OTHER)], [[0, 1, 2], [3, 4]]],
    ["unrelated texts stay apart", () => [quote("a", LONG), quote("b", OTHER)], []],
    // a short verbatim quote: three content stems, all shared
    ["a short verbatim quote is one statement", () => [quote("a", SHORT), quote("b", SHORT + ".")], [[0, 1]]],
    // two content stems cannot be enough, however the quotes overlap
    ["two content stems are too few", () => [quote("a", "Ein ehrlicher Kompromiss"), quote("b", "Ein ehrlicher Kompromiss")], []],
    // two quotes of one speaker about the same costs: one content stem and a number's words shared
    ["shared number words do not make one statement", () => [...TOPICAL(), quote("a", COST_DEMAND), quote("b", COST_DEAL)], []],
    // the story's common stems weigh little: a speaker's two quotes that share them and little else stay apart
    ["common stems of the corpus weigh little", () => [...TOPICAL(), quote("a", COMMON_ONE), quote("b", COMMON_TWO)], []],
    // the words that name the speaker or attribute the report are no evidence
    ["the speaker's name and the attribution in both texts", () => [
      quote("a", "Nach Angaben der Wetterwarte fielen in Oberhain Hagelkörner", "", "indirect", "Wetterwarte"),
      quote("b", "Nach Angaben der Wetterwarte blieb Unterhain trocken, die Hagelkörner fielen woanders", "", "indirect", "Wetterwarte")], []],
    ["an excerpt with the common stems still links", () => [...TOPICAL(), quote("a", COMMON_ONE), quote("b", "die Städte haben keine Reserven mehr für die Kitas, für die Bäder")], [[5, 6]]]
  ];
  test.each(cases)("%s", (_, make, expected) => {
    const quotes = make();
    const got = linkStatements(quotes, outlet).map((s) => s.quote_ids.split(" | "));
    expect(got).toEqual(expected.map((ids) => ids.map((i) => quotes[i].quote_id)));
  });

  test("same statements as comparing every pair of quotes", () => {
    const texts = [LONG, OTHER, "Die Steuern im kommenden Jahr deutlich senken", "Mehr Lehrer und bessere Gebäude für unsere Schulen", "Das ist gut so", "Wir werden die Steuern nicht erhöhen, sondern senken"];
    const quotes: QuoteRow[] = [];
    for (let k = 0; k < 120; k++) quotes.push(quote(`a${k % 9}`, texts[(k * 7) % texts.length], k % 3 ? "person:merkel" : "", k % 11 ? "direct" : "indirect", k % 2 ? "Angela Merkel" : "Frau Merkel"));
    const expected = everyPair(quotes);
    expect(expected.length).toBeGreaterThan(2);
    expect(linkStatements(quotes, outlet)).toEqual(expected);
  });
});

/** The plain algorithm: every pair of the same speaker's quotes compared, single linkage. */
function everyPair(quotes: QuoteRow[]) {
  const key = (q: QuoteRow) => q.speaker_id || `name:${q.speaker.trim().split(/\s+/).pop()!.toLowerCase()}`;
  const c = quotes.filter((q) => q.type !== "reported");
  const weights = stemWeights(new Map(c.map((q) => [q.text, contentStems(q.text)])).values());
  const parent = c.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]));
  for (let i = 0; i < c.length; i++) {
    for (let j = i + 1; j < c.length; j++) {
      if (key(c[i]) !== key(c[j]) || c[i].article_id === c[j].article_id) continue;
      if (sameStatement(contentStems(c[i].text), contentStems(c[j].text), weights)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, QuoteRow[]>();
  c.forEach((q, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), q]));
  return [...groups.values()]
    .filter((qs) => new Set(qs.map((q) => q.article_id)).size > 1)
    .map((qs) => qs.sort((x, y) => x.article_id.localeCompare(y.article_id) || x.start - y.start))
    .map((qs) => ({
      statement_id: `statement:${qs[0].quote_id}`,
      speaker_id: qs.find((q) => q.speaker_id)?.speaker_id ?? "",
      quote_ids: qs.map((q) => q.quote_id).join(" | "),
      outlets: [...new Set(qs.map((q) => outlet(q.article_id)))].join(" | "),
      text: qs.reduce((best, q) => (q.text.length > best.text.length ? q : best), qs[0]).text
    }))
    .sort((a, b) => a.statement_id.localeCompare(b.statement_id));
}

describe("statements kept per speaker between runs (KeptStatements)", () => {
  const memory = () => {
    let kept: unknown;
    let puts = 0;
    return {state: {get: () => (kept === undefined ? undefined : JSON.parse(JSON.stringify(kept))), put: (v: unknown) => void ((kept = v), puts++)}, puts: () => puts};
  };
  const run = (quotes: QuoteRow[], state: ReturnType<typeof memory>["state"], outletOf = outlet) => {
    const memo = new KeptStatements(state);
    const rows = linkStatements(quotes, outletOf, memo);
    memo.save();
    return rows;
  };
  const base = () => {
    const quotes: QuoteRow[] = [];
    const texts = [LONG, OTHER, "Die Steuern im kommenden Jahr deutlich senken", "Mehr Lehrer und bessere Gebäude für unsere Schulen"];
    for (let k = 0; k < 40; k++) quotes.push(quote(`a${k % 7}`, texts[(k * 3) % texts.length], ["person:merkel", "person:scholz", ""][k % 3], "direct", k % 2 ? "Angela Merkel" : "Olaf Scholz"));
    return quotes;
  };
  // [case, change of the corpus after the first run]
  const cases: [string, (q: QuoteRow[]) => QuoteRow[]][] = [
    ["nothing changed", (q) => q],
    ["an article with a quote by a known speaker", (q) => [quote("z", LONG, "person:scholz"), ...q]],
    ["an article with a quote by a new speaker", (q) => [...q, quote("z", LONG, "person:neu"), quote("y", LONG, "person:neu")]],
    ["a speaker id the people step now gives otherwise", (q) => q.map((x, i) => (i === 4 ? {...x, speaker_id: "person:scholz-2"} : x))],
    ["an article removed", (q) => q.filter((x) => x.article_id !== "a3")]
  ];
  test.each(cases)("%s: the rows of a run without the memo", (_, change) => {
    const {state} = memory();
    const quotes = base();
    expect(run(quotes, state)).toEqual(linkStatements(quotes, outlet));
    const changed = change(quotes);
    expect(run(changed, state)).toEqual(linkStatements(changed, outlet));
  });

  test("an outlet renamed is read again; an unchanged corpus keeps the state as it is", () => {
    const {state, puts} = memory();
    const quotes = base();
    run(quotes, state);
    run(quotes, state);
    expect(puts()).toBe(1);
    const renamed = (id: string) => (id === "a2" ? "anderes" : outlet(id));
    expect(run(quotes, state, renamed)).toEqual(linkStatements(quotes, renamed));
  });

  test("a state of another form counts as none", () => {
    const quotes = base();
    const state = {get: () => ({form: "statements@0", groups: {x: [[0, {}]]}}), put: () => undefined};
    expect(run(quotes, state)).toEqual(linkStatements(quotes, outlet));
  });
});
