import {describe, expect, test} from "vitest";
import {parseConfig} from "../../../loaders/config.js";
import {parseEventCues} from "../../../loaders/events/userCues.js";
import {articleExtractors} from "../../../loaders/extractors.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {dataConfig} from "./helpers.js";

/** A story's data folder: the shipped one with these event cues (data/events.yaml). */
function withCues(yaml: string) {
  return {...dataConfig, events: parseConfig({"events.yaml": yaml}, undefined, "story/data").events};
}

const LOCKOUT = `
- type: lockout
  words: [Aussperrung, "*aussperrung", ausgesperr*]
- type: appointment
  words: [bestellt]
  with: [wurde, wurden]
`;

/** Event mentions of a made-up sentence published on Thursday 12 March 2026, as [type, cue, date, rule]. */
function events(sentence: string, yaml = LOCKOUT): string[][] {
  const config = withCues(yaml);
  const article = prepareArticle({file: "own.txt", text: sentence, given: {published: "2026-03-12"}}, config);
  return extractArticle(article, config, articleExtractors).event_mentions.map((m) => [m.type, m.cue, m.date, m.rule]);
}

describe("event cues of the data folder (data/events.yaml)", () => {
  test.each<[string, string[][]]>([
    ["Am Montag haben die Betriebe 3000 Beschäftigte ausgesperrt.", [["lockout", "ausgesperrt", "2026-03-09", "data.event.lockout.1"]]],
    ["Die Warnaussperrung am Dienstag traf vor allem die Werften.", [["lockout", "Warnaussperrung", "2026-03-10", "data.event.lockout.1"]]],
    // factual by default: a plan, a negation, an announcement give none
    ["Die Betriebe wollen am Montag alle Beschäftigten aussperren.", []],
    ["Die Betriebe haben am Montag doch nicht ausgesperrt.", []],
    ["Der Verband kündigte am Montag eine Aussperrung an.", [["announcement", "kündigte", "2026-03-09", "de.event.announcement"]]],
    // `with`: "bestellt" is an appointment only beside "wurde"
    ["Am Montag wurde eine Notarin als Schlichterin bestellt.", [["appointment", "bestellt", "2026-03-09", "data.event.appointment.2"]]],
    ["Am Montag hat der Wirt zwei Fässer bestellt.", []],
    // a built-in cue still wins its words
    ["Am Montag streikten die Fahrer.", [["strike", "streikten", "2026-03-09", "de.event.strike"]]]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });

  test("without the file, only the built-in cues", () => {
    expect(parseConfig({}).events).toEqual([]);
    expect(events("Am Montag haben die Betriebe 3000 Beschäftigte ausgesperrt.", "[]")).toEqual([]);
  });

  test.each<[string, string]>([
    ["- type: Lockout\n  words: [Aussperrung]", "story/data/events.yaml: entry 1 (Lockout): type must be lower-case letters and hyphens"],
    ["- type: lockout", "story/data/events.yaml: entry 1 (lockout): needs at least one word in words"],
    ["- type: lockout\n  words: [Aus*sperrung]", "story/data/events.yaml: entry 1 (lockout): word \"Aus*sperrung\": only letters"],
    ["- type: lockout\n  words: [x]\n  wörter: [y]", "story/data/events.yaml: entry 1 (lockout): unknown key wörter"],
    ["- type: lockout\n  words: [x]\n  with: [\"legten vor!\"]", "story/data/events.yaml: entry 1 (lockout): with: \"legten vor!\""],
    ["- type: lockout\n  words: [x]\n  factual: ja", "story/data/events.yaml: entry 1 (lockout): factual must be true or false"],
    ["- type: signing\n  words: [x]\n  override: yes please", "story/data/events.yaml: entry 1 (signing): override must be true or false"],
    ["- type: lockout\n  words: [2er-Streik]", "story/data/events.yaml: entry 1 (lockout): word \"2er-Streik\": only letters, digits and hyphens, starting with a letter"],
    ["- type: lockout\n  words: [x]\n- type: blockade\n  words: [\"*9-Tage\"]", "story/data/events.yaml: entry 2 (blockade): word \"*9-Tage\""],
    ["type: lockout", "story/data/events.yaml: expected a list of event cues"]
  ])("rejects %j", (yaml, message) => {
    expect(() => parseConfig({"events.yaml": yaml}, undefined, "story/data")).toThrow(message);
  });

  test.each<[string, string[][]]>([
    ["Am Montag begann die Lkw-Blockade vor dem Werk.", [["blockade", "Lkw-Blockade", "2026-03-09", "data.event.blockade.1"]]],
    ["Am Montag begann die Blockade vor dem Werk.", []]
  ])("a word with a hyphen: %s", (sentence, expected) => {
    expect(events(sentence, "- type: blockade\n  words: [Lkw-Blockade]")).toEqual(expected);
  });

  test.each<[string, string, string[][]]>([
    // without `override` the built-in cue keeps its word; with it the entry's type wins, other words stay built-in
    ["Am Montag haben beide Seiten den Vertrag unterzeichnet.", "- type: signing\n  words: [unterzeichnet]", [["agreement", "unterzeichnet", "2026-03-09", "de.event.agreement"]]],
    ["Am Montag haben beide Seiten den Vertrag unterzeichnet.", "- type: signing\n  words: [unterzeichnet]\n  override: true", [["signing", "unterzeichnet", "2026-03-09", "data.event.signing.1"]]],
    ["Am Montag einigten sich beide Seiten.", "- type: signing\n  words: [unterzeichnet]\n  override: true", [["agreement", "einigten", "2026-03-09", "de.event.agreement"]]],
    // an override whose `with:` fails leaves the word to the built-in cue; where it holds, the entry wins
    ["Am Montag haben beide Seiten den Tarifvertrag unterzeichnet.", "- type: signing\n  words: [unterzeichnet]\n  with: [feierlich]\n  override: true", [["agreement", "unterzeichnet", "2026-03-09", "de.event.agreement"]]],
    ["Am Montag haben beide Seiten den Tarifvertrag feierlich unterzeichnet.", "- type: signing\n  words: [unterzeichnet]\n  with: [feierlich]\n  override: true", [["signing", "unterzeichnet", "2026-03-09", "data.event.signing.1"]]]
  ])("override: %s (%j)", (sentence, yaml, expected) => {
    expect(events(sentence, yaml)).toEqual(expected);
  });

  test("rule ids name the entry", () => {
    expect(parseEventCues([{type: "lockout", words: ["Aussperrung"]}, {type: "lockout", words: ["ausgesperrt"]}]).map((c) => c.id)).toEqual(["data.event.lockout.1", "data.event.lockout.2"]);
  });
});
