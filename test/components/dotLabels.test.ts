import {describe, expect, test} from "vitest";
import {entryBrief, shortLabel} from "../../src/components/dotLabels.js";
import {timeline, type TimelineDatum} from "../../src/components/timeline.js";
import {testDocument} from "./render.js";

describe("dot labels: the event type and first person beside the largest dots that have room", () => {
  test.each<[{label: string; type?: string; people?: string[]}, string]>([
    [{label: "negotiation: Karin Weißhaupt, Jörg Brandtner — Die Verhandlungen beginnen.", type: "negotiation", people: ["Karin Weißhaupt", "Jörg Brandtner"]}, "negotiation · Weißhaupt"],
    [{label: "breakoff: Die Gespräche wurden abgebrochen.", type: "breakoff", people: []}, "breakoff"],
    [{label: "am Donnerstag, dem 13. Dezember des Jahres", type: "DATE"}, "am Donnerstag, dem 13. Dezember des Jahres"]
  ])("entryBrief(%j) → %s", (entry, expected) => expect(entryBrief(entry)).toBe(expected));

  test.each<[string[], string]>([
    [["statement · Berg", "meeting · Roth"], "statement · Berg +1"],
    [["am Donnerstag, dem 13. Dezember des Jahres"], "am Donnerstag, dem 13.…"]
  ])("shortLabel(%j) → %s", (briefs, expected) => expect(shortLabel(briefs)).toBe(expected));

  const day = (id: string, date: string, outlets: string[], type: string, people: string[]): TimelineDatum =>
    ({id, date, granularity: "day", start: date, end: date.slice(0, 8) + String(+date.slice(8) + 1).padStart(2, "0"), label: `${type}: ${people.join(", ")} — …`, type, people, outlets, topics: [], conflicts: []});
  const crowded = [
    day("a", "2025-02-10", ["Alpha", "Beta"], "negotiation", ["Karin Weißhaupt"]),
    day("b", "2025-02-11", ["Alpha"], "statement", ["Jörg Brandtner"]),
    day("c", "2025-02-10", ["Alpha"], "meeting", ["Sabine Grothe"]),
    day("d", "2025-02-20", ["Beta"], "breakoff", [])
  ];
  const placed = (width: number) => {
    const svg = timeline(crowded, {width, document: testDocument()}) as HTMLElement;
    return [...svg.querySelectorAll("g[aria-label='text'] text")].map((t) => t.textContent);
  };

  test("only dots with room get a label, the larger first, right of the dot or else left of it", () => {
    // 10 Feb in Alpha holds two entries (a larger dot); 11 Feb next to it has no room for its label at 640 px
    // Alpha's 10 Feb (two entries) has no room before its 11 Feb dot; Beta's 20 Feb label reads left of its dot at the plot's end
    expect(placed(640)).toEqual(["negotiation · Weißhaupt", "statement · Brandtner", "breakoff"]);
    // an entry two outlets report is labelled once
    const twice = [day("a", "2025-02-10", ["Alpha", "Beta"], "negotiation", ["Karin Weißhaupt"])];
    expect([...(timeline(twice, {width: 640, document: testDocument()}) as HTMLElement).querySelectorAll("g[aria-label='text'] text")]).toHaveLength(1);
    expect(placed(300)).toEqual(["breakoff"]);
  });

  test("labels of one row keep a gap between them at any width", () => {
    for (const width of [320, 480, 640, 900, 1200, 1600]) {
      const rows = new Map<string, [number, number][]>();
      for (const d of crowded) for (const outlet of d.outlets) rows.set(outlet, []);
      const svg = timeline(crowded, {width, document: testDocument()}) as HTMLElement;
      const texts = [...svg.querySelectorAll("g[aria-label='text'] text")];
      const boxes = texts.map((t) => {
        const [x, y] = (/translate\(([\d.]+),([\d.]+)\)/.exec(t.getAttribute("transform") ?? "") ?? ["", "0", "0"]).slice(1).map(Number);
        const length = (t.textContent ?? "").length * 6.5;
        const end = t.parentElement?.getAttribute("text-anchor") === "end";
        return {y, from: end ? x - length : x, to: end ? x : x + length};
      });
      expect(texts.length).toBeGreaterThan(0);
      for (const a of boxes) for (const b of boxes) if (a !== b && a.y === b.y) expect(a.to <= b.from || b.to <= a.from).toBe(true);
      for (const b of boxes) expect(b.to).toBeLessThanOrEqual(width);
    }
  });
});

describe("a dot's label reads the entry's type and people, not its summary", () => {
  const placed = (label: string, type: string, people: string[]) => {
    const d: TimelineDatum = {id: "e", date: "2025-02-10", granularity: "day", start: "2025-02-10", end: "2025-02-11", label, type, people, outlets: ["Alpha"], topics: [], conflicts: []};
    return [...(timeline([d], {width: 900, document: testDocument()}) as HTMLElement).querySelectorAll("g[aria-label='text'] text")].map((t) => t.textContent);
  };
  test.each<[string, string, string[], string]>([
    // no one named: the sentence's own dash is no end of a list of people
    ["breakoff: Die Gespräche wurden abgebrochen — die Gewerkschaft ruft zum Streik auf.", "breakoff", [], "breakoff"],
    ["negotiation: Karin Weißhaupt, Jörg Brandtner — Die Verhandlungen beginnen.", "negotiation", ["Karin Weißhaupt", "Jörg Brandtner"], "negotiation · Weißhaupt"],
    // a family name with particles keeps them
    ["meeting: Pieter van der Wiel — Das Treffen fand statt.", "meeting", ["Pieter van der Wiel"], "meeting · van der Wiel"],
    // a date of dates.csv (no people): its words as written
    ["am Donnerstag, dem 13. Dezember des Jahres", "DATE", undefined as unknown as string[], "am Donnerstag, dem 13.…"]
  ])("%s", (label, type, people, expected) => expect(placed(label, type, people)).toEqual([expected]));
});
