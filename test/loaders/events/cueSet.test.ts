import {describe, expect, test} from "vitest";
import {cueSetOf, requiredLiteral, triggerFor, triggerSearch} from "../../../loaders/events/cueSet.js";
import {FOLD} from "../../../loaders/dates/stems.js";
import {eventCues} from "../../../loaders/lang/de/index.js";

describe("requiredLiteral", () => {
  test.each<[string, string]>([
    ["an(?:zu)?rufen", "rufen"],
    ["~gipfel(?:treffen)?(?:s|n)?", "gipfel"],
    ["verhandlungs\\p{L}*", "verhandlungs"],
    ["halbe?s", "halb"],
    ["ab+cde", "cde"],
    ["abc+d", "abc"],
    ["[Tt]elefon", "elefon"],
    ["(?:a|b)", ""]
  ])("%s → %s", (alternative, expected) => {
    expect(requiredLiteral(alternative)).toBe(expected);
  });
});

describe("triggerSearch", () => {
  const set = cueSetOf(eventCues);
  /** Every place the trigger pattern finds, searching on after each (the way detect.ts did with the regex). */
  function regexPlaces(sentence: string): number[] {
    const out: number[] = [];
    const trigger = triggerFor(set, sentence);
    for (let t; (t = trigger.exec(sentence)); ) {
      out.push(t.index);
      trigger.lastIndex = t.index + 1;
    }
    return out;
  }
  function searchPlaces(sentence: string): number[] {
    const out: number[] = [];
    const search = triggerSearch(set, sentence);
    for (let at = search(0); at >= 0; at = search(at + 1)) out.push(at);
    return out;
  }

  test.each<string>([
    "Die Verhandlungen wurden am Montag abgebrochen, der STREIK geht weiter.",
    "Die Tarifparteien beschliessen und beschließen, sie verliessen den Saal.",
    "Ein Waffenstillstand, ein Gipfeltreffen und eine Schlichtung.",
    "Mit ſ geschriebene Verhandlungen und der \u212Aelvin-Streik", // folded only with the u flag: the regex searches
    "İstanbul-Gipfel und ẞ-Treffen",
    "kam, Kam, KAM, ka",
    ""
  ])("%s", (sentence) => {
    expect(searchPlaces(sentence)).toEqual(regexPlaces(sentence));
  });

  test("uses the scanner for the built-in cues", () => {
    expect(set.scanner).not.toBeNull();
  });

  test("FOLD matches a letter of a literal where the regex without the u flag does", () => {
    const letters = "abcdefghijklmnopqrstuvwxyzäöüß";
    for (const letter of letters) {
      const re = new RegExp(letter, "i");
      for (let c = 0; c < 65536; c++) {
        const ch = String.fromCharCode(c);
        if (/[\u017F\u1E9E\u212A]/.test(ch)) continue; // sentences holding these are searched by the regex
        if (re.test(ch) !== (FOLD[c] === FOLD[letter.charCodeAt(0)])) expect([letter, c]).toBe("matched alike");
      }
    }
  });
});
