import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, text, continued quote, its speaker] — texts written for the test (de.speaker.renamed-speaker). */
describe("a carried speaker named again opening a sentence is the nearer speaker span", () => {
  test.each<[string, string, string, string]>([
    ["a surname after a pronoun attribution",
      "Der Geologe Karl Meier berichtete am Abend im Rathaus über den Vulkan. Zuerst sagte er, die Messreihen seien lückenhaft. Meier leitet seit Jahren eine Station am Vulkan. Manche Ämter würden das Risiko kleinreden.",
      "Manche Ämter würden das Risiko kleinreden.", "Meier"],
    ["a surname after the full name",
      "Die Ärztin Anna Brandt sagte, die Klinik sei überlastet. Brandt arbeitet seit zehn Jahren dort. Es fehle vor allem an Pflegekräften.",
      "Es fehle vor allem an Pflegekräften.", "Brandt"],
    // another person opening the sentence leaves the carried speaker as it was
    ["another name", "Die Ärztin Anna Brandt sagte, die Klinik sei überlastet. Kurz arbeitet seit zehn Jahren dort. Es fehle vor allem an Pflegekräften.",
      "Es fehle vor allem an Pflegekräften.", "Die Ärztin Anna Brandt"],
    // a common noun is no surname ("Feuerwehr"), even when the speaker phrase ends on it
    ["a common noun", "Die Sprecherin der Feuerwehr sagte, die Halle sei gesperrt. Feuerwehr ist hier ein Ehrenamt. Es fehle vor allem an Helfern.",
      "Es fehle vor allem an Helfern.", "Die Sprecherin der Feuerwehr"]
  ])("%s", (_why, text, quote, speaker) => {
    const found = quotesIn(text).find((q) => q.text === quote);
    expect(found?.speaker).toBe(speaker);
  });
});
