import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [sentence, speaker] — sentences written for the test (de.speaker.participial-attribute). */
describe("a speaker with a participial attribute opened by a preposition", () => {
  test.each<[string, string]>([
    ["Die Bahn habe den Auftrag verloren, sagten mit den Gesprächen vertraute Personen am Dienstag.", "mit den Gesprächen vertraute Personen"],
    ["Mit den Plänen vertraute Beobachter sagten, der Umbau stehe bevor.", "Mit den Plänen vertraute Beobachter"],
    ["Wie mit dem Fall befasste Beamte berichteten, steht der Umzug bevor.", "mit dem Fall befasste Beamte"],
    // an adjective that is no participle, or a head that names no one, is no such speaker
    ["Die Zeitung berichtete in der Beilage neue Details, dass der Umzug bevorstehe.", "Die Zeitung"],
    ["Der Bürgermeister sagte mit der Zeitung vertraute Worte.", "Der Bürgermeister"]
  ])("%s", (text, speaker) => {
    expect(quotesIn(text)[0]?.speaker).toBe(speaker);
  });
});
