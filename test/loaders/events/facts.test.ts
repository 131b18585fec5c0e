import {describe, expect, test} from "vitest";
import {durationFacts} from "../../../loaders/events/facts.js";

const values = (s: string) => durationFacts(s, 0, s.length).map((f) => f.value);

describe("durationFacts", () => {
  test.each<[string, string[]]>([
    ["Sie sprachen über eine Stunde miteinander.", ["über 60 min"]],
    ["Das Gespräch dauerte etwa anderthalb Stunden.", ["90 min"]],
    ["Das Telefonat dauerte eineinhalb Stunden.", ["90 min"]],
    ["Fast anderthalb Stunden sprachen sie.", ["fast 90 min"]],
    ["Es dauerte 45 Minuten und dann noch 2 Stunden.", ["45 min", "120 min"]],
    ["Er wartete mehr als zwei Stunden.", ["über 120 min"]],
    ["Stundenlang sprach niemand.", []],
    ["Die Sitzung mit 3000 Soldaten.", []]
  ])("%s", (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  test("spans point at the stated duration", () => {
    const s = "Beide führten etwa anderthalb Stunden lang ein Gespräch.";
    const [f] = durationFacts(s, 0, s.length);
    expect(s.slice(f.start, f.end)).toBe("etwa anderthalb Stunden");
  });
});
