import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {prepareArticle} from "../../../loaders/article.js";
import {loadConfig} from "../../../loaders/io/config.js";

const config = loadConfig("data");
const seeds = Object.fromEntries(readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => [f.slice(0, 3), prepareArticle({file: f, text: readFileSync(`seeds/${f}`, "utf8"), given: {}}, config)]));
const partText = (id: string, label: string) => seeds[id].parts.filter((p) => p.label === label).map((p) => seeds[id].text.slice(p.start, p.end)).join("\n");

describe("the five seeds", () => {
  test("become five articles with distinct ids", () => {
    expect(new Set(Object.values(seeds).map((a) => a.id)).size).toBe(5);
  });

  test.each<[string, string, string]>([
    ["000", "faq", "Warum hat Putin Trump nach Moskau eingeladen?"],
    ["000", "boilerplate", "Foto © Flickr"],
    ["000", "boilerplate", "Verwandte Videos:"],
    ["000", "boilerplate", "Captura von Truth Social"],
    ["000", "boilerplate", "CiberCuba-Redaktionsteam"],
    ["001", "boilerplate", "Photo: Drop of Light"],
    ["001", "boilerplate", "JETZT LESEN AUCH ANDERE"],
    ["001", "boilerplate", "13/02/2025"],
    ["002", "boilerplate", "Weitere Nachrichten"],
    ["002", "comments", "Leave a Reply"],
    ["003", "boilerplate", "Mehr zum Thema"],
    ["004", "comments", "Bundestagsabgeordneter Roderich Kiesewetter"],
    ["004", "comments", "Bald dürfen Ukrainer also Heim ?"]
  ])("seed %s sets aside %s: %s", (id, label, snippet) => {
    expect(partText(id, label)).toContain(snippet);
    expect(partText(id, "body")).not.toContain(snippet);
  });

  test.each<[string, string]>([
    ["000", "Der Präsident Russlands, Wladimir Putin, überraschte"],
    ["001", "US-Präsident Donald Trump hat seine Bereitschaft bekundet"],
    ["002", "Am Mittwoch, dem 12. Februar, führte US-Präsident Donald Trump"],
    ["003", "Der letzte Besuch eines US-Präsidenten in Moskau fand 2013 statt"],
    ["004", "Ich glaube, dass diese Bemühungen zu einem erfolgreichen Abschluss führen werden, hoffentlich bald!«"]
  ])("seed %s keeps its body: %s", (id, snippet) => {
    expect(partText(id, "body")).toContain(snippet);
  });

  test.each<[string, string, string, string]>([
    ["000", "outlet", "CiberCuba", 'inferred from "CiberCuba-Redaktionsteam"'],
    ["001", "published", "2025-02-13", 'inferred from "13/02/2025"'],
    ["002", "published", "", "unknown"],
    ["003", "outlet", "RT DE", 'inferred from "Mehr zum Thema –"'],
    ["004", "outlet", "", "unknown"]
  ])("seed %s %s is %j (%s)", (id, key, value, source) => {
    const a = seeds[id] as any;
    expect(a[key]).toBe(value);
    expect(a[`${key}_source`]).toBe(source);
  });
});
