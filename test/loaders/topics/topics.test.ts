import {describe, expect, it} from "vitest";
import {configWith, dataConfig, runTopics} from "./helpers.js";

const TWO_TOPICS = `
- id: war
  label: Krieg
  terms: [Krieg, Waffenstillstand]
  exclude_topics: [ww2]
  exclude: [Kalter Krieg]
- id: ww2
  label: Zweiter Weltkrieg
  terms: [Zweiter Weltkrieg]
`;

describe("topics per article", () => {
  it("counts hits and the share of body sentences touching the topic", () => {
    const text = "Der Krieg dauert an. Ein Waffenstillstand ist nicht in Sicht, der Krieg geht weiter. Das Wetter ist gut. Die Börse schloss fester.";
    const {topics} = runTopics(text, configWith(TWO_TOPICS));
    expect(topics).toHaveLength(1);
    const [row] = topics;
    expect(row).toMatchObject({topic_id: "war", label: "Krieg", hits: 3, share: 0.5, rule: "topic.war"});
    const surfaces = row.evidence.split(" ").map((s) => text.slice(...(s.split("-").map(Number) as [number, number])));
    expect(surfaces).toEqual(["Krieg", "Waffenstillstand", "Krieg"]);
  });

  const shareCases: [text: string, share: number][] = [
    ["Krieg. Krieg. Krieg. Krieg.", 1],
    ["Krieg und Krieg. Frieden. Frieden. Frieden.", 0.25],
    ["Frieden. Frieden. Frieden. Der Krieg.", 0.25]
  ];
  it.each(shareCases)("share of %j is %d", (text, share) => {
    expect(runTopics(text, configWith(TWO_TOPICS)).topics.find((r) => r.topic_id === "war")?.share).toBe(share);
  });

  it("leaves words of excluded topics and exclude patterns to them", () => {
    const {topics} = runTopics("Im Zweiten Weltkrieg kämpften sie zusammen. Der Kalte Krieg folgte.", configWith(TWO_TOPICS.replace("[Krieg,", "[\"*krieg\", Krieg,")));
    expect(topics.map((r) => r.topic_id)).toEqual(["ww2"]);
    expect(topics[0].hits).toBe(1);
  });

  it("reports a topic with context only when the body matches the context", () => {
    const yaml = "- {id: war, label: Krieg, terms: [Krieg], context: [Ukrain*]}";
    expect(runTopics("Der Krieg in Syrien dauert an.", configWith(yaml)).topics).toEqual([]);
    expect(runTopics("Der Krieg dauert an. Die Ukraine leidet.", configWith(yaml)).topics).toHaveLength(1);
  });

  it("analyses the body only, never comments", () => {
    const text = "Der Krieg dauert an.\n\nKommentare zum Artikel\n\nIm Zweiten Weltkrieg war das anders.";
    expect(runTopics(text, configWith(TWO_TOPICS)).topics.map((r) => r.topic_id)).toEqual(["war"]);
  });

  it("keeps evidence spans inside the text", () => {
    const text = "Über künstliche Intelligenz, den Dollar und die NATO-Mitgliedschaft der Ukraine sprachen sie; der Ukraine-Krieg soll enden.";
    const {topics} = runTopics(text, dataConfig);
    expect(topics.map((r) => r.topic_id).sort()).toEqual(["artificial-intelligence", "dollar", "nato-membership", "ukraine-war"]);
    for (const row of topics) for (const span of row.evidence.split(" ")) {
      const [a, b] = span.split("-").map(Number);
      expect(0 <= a && a < b && b <= text.length).toBe(true);
    }
  });

  it("does not count amounts in dollars as the dollar topic", () => {
    expect(runTopics("Die Hilfe kostet 300 Millionen Dollar.", dataConfig).topics.map((r) => r.topic_id)).not.toContain("dollar");
    expect(runTopics("Der Dollar verliert an Wert.", dataConfig).topics.map((r) => r.topic_id)).toContain("dollar");
  });

  it("copes with empty and odd bodies", () => {
    expect(runTopics("", dataConfig).topics).toEqual([]);
    expect(runTopics("-- ... !!! 123 456", dataConfig).topics).toEqual([]);
    const long = "Die Ukraine. " + "Krieg ".repeat(5000);
    expect(runTopics(long, dataConfig).topics[0]?.hits).toBe(5000);
    expect(runTopics("Krieg" + "x".repeat(100_000) + " und " + "-".repeat(1000) + " 😀 Ölpreise", dataConfig).topics.map((r) => r.topic_id)).toEqual(["energy"]);
  });
});

describe("the shipped taxonomy on sentences written for the test", () => {
  const cases: [text: string, topic: string][] = [
    ["Russland und die Ukraine verhandeln über die Bedingungen eines Waffenstillstandes.", "ukraine-war"],
    ["Kiew meldet neue Kämpfe an der Frontlinie im Osten.", "ukraine-war"],
    ["Die Außenminister bereiten ein Gipfeltreffen vor.", "peace-talks"],
    ["Die Friedensgespräche in Genf wurden vertagt.", "peace-talks"],
    ["Israel und die Hamas einigten sich auf eine Feuerpause im Gazastreifen.", "middle-east"],
    ["Die Lage im Nahen und Mittleren Osten bleibt angespannt, sagte er über den Nahen Osten.", "middle-east"],
    ["Die Inspektoren prüfen das Atomprogramm des Iran.", "iran-nuclear"],
    ["Teheran will die Urananreicherung ausweiten.", "iran-nuclear"],
    ["Die Energiepreise sind gestiegen, Erdgas wird knapp.", "energy"],
    ["KI-Systeme schreiben inzwischen Nachrichtentexte.", "artificial-intelligence"],
    ["Der Dollarkurs fiel auf ein Jahrestief.", "dollar"],
    ["Der Gefangenenaustausches wegen reiste die Delegation nach Abu Dhabi.", "prisoner-exchange"],
    ["Zwei Häftlinge kamen frei.", "prisoner-exchange"],
    ["Finnland hat den Nato-Beitritt beantragt.", "nato-membership"],
    ["Gebietsabtretungen lehnt die Regierung ab.", "borders-territory"],
    ["Der Staatsbesuch des Kanzlers in Paris dauert zwei Tage.", "bilateral-relations"],
    ["Die Wehrmacht marschierte 1939 in Polen ein.", "ww2"]
  ];
  it.each(cases)("%s → %s", (text, topic) => {
    expect(runTopics(text, dataConfig).topics.map((r) => r.topic_id)).toContain(topic);
  });

  const negatives: [text: string, topic: string][] = [
    ["Im Ersten Weltkrieg fielen Millionen.", "ww2"],
    ["Der Wahlkampf in Russland ist eröffnet.", "ukraine-war"],
    ["Die Hilfe kostet 300 Millionen Dollar.", "dollar"],
    ["Wilfried und Siegfried sind unzufrieden.", "peace-talks"],
    ["Die Zahl der Museumsbesucher stieg.", "bilateral-relations"],
    ["Das Atomprogramm Nordkoreas wächst.", "iran-nuclear"],
    ["Die Ausgrenzung von Minderheiten nimmt zu.", "borders-territory"],
    ["Der Siebenkampf in Moskau war spannend, die ÖFB-Truppe siegte.", "ukraine-war"]
  ];
  it.each(negatives)("%s is not %s", (text, topic) => {
    expect(runTopics(text, dataConfig).topics.map((r) => r.topic_id)).not.toContain(topic);
  });
});

describe("topics.yaml errors name the file, the topic and the problem", () => {
  const cases: [yaml: string, message: RegExp][] = [
    ["{}", /data\/topics\.yaml: expected a list/],
    ["- {label: X, terms: [a]}", /data\/topics\.yaml: topic 1 needs an id/],
    ["- {id: war, terms: [Krieg]}", /data\/topics\.yaml: topic war: needs a label/],
    ["- {id: war, label: Krieg, terms: []}", /topic war: needs at least one entry in terms/],
    ["- {id: war, label: Krieg, terms: [Kr*ieg]}", /topic war: terms: pattern "Kr\*ieg"/],
    ["- {id: war, label: Krieg, terms: [Krieg], exclude_topics: [peace]}", /topic war: exclude_topics: unknown topic id: peace/],
    ["- {id: war, label: Krieg, terms: [Krieg]}\n- {id: war, label: K, terms: [K]}", /topic war: duplicate id/],
    ["- {id: war, label: Krieg, terms: [Krieg], term: [x]}", /topic war: unknown key term/],
    ["- {id: war, label: Krieg, terms: [Krieg]", /data\/topics\.yaml: /]
  ];
  it.each(cases)("%s", (yaml, message) => {
    expect(() => configWith(yaml)).toThrow(message);
  });

  it("framing.yaml names unknown topic ids", () => {
    expect(() => configWith("[]", "- {id: war, label: Krieg, topic: nope, variants: [Krieg]}")).toThrow("data/framing.yaml: concept war: unknown topic id: nope");
  });

  it("the shipped data files parse", () => {
    expect(dataConfig.topics.topics.length).toBeGreaterThanOrEqual(12);
    expect(dataConfig.framing.concepts.length).toBeGreaterThan(0);
  });
});
