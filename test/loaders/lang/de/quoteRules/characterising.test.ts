import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

type Expected = {text: string; type?: string; speaker?: string; cue?: string; rule?: string};

/** Made-up sentences of coalition talks: each partial quote is the words of its own clause's characterising verb's subject. */
describe("de.quote.direct.characterising-clause", () => {
  test.each<[string, Expected[]]>([
    // the verb of the quotation's own clause, not the cue or quotation of another clause
    ["Die Opposition nannte die Einigung eine „Mogelpackung“, die Regierung sprach von einem „fairen Kompromiss“.",
      [{text: "Mogelpackung", type: "direct", speaker: "Die Opposition", cue: "nannte"},
        {text: "fairen Kompromiss", type: "direct", speaker: "die Regierung", cue: "sprach von", rule: "de.quote.direct.characterising-clause"}]],
    ["Während die Volkspartei von einem „guten Start“ sprach, nannte die Linksliste die Gespräche „zäh“.",
      [{text: "guten Start", type: "direct", speaker: "die Volkspartei", cue: "sprach von", rule: "de.quote.direct.characterising-clause"},
        {text: "zäh", type: "direct", speaker: "die Linksliste", cue: "nannte"}]],
    ["Die Ministerin sprach von „Fake News“, ein Sprecher der Kammer dagegen von einem „Missverständnis“.",
      [{text: "Fake News", speaker: "Die Ministerin", cue: "sprach von"}]],
    // the preposition fronted with the quotation, the verb after it
    ["Von einem „Durchbruch“ sprach der Kanzler am Abend.", [{text: "Durchbruch", type: "direct", speaker: "der Kanzler", cue: "sprach von", rule: "de.quote.direct.characterising-clause"}]],
    ["Von „konstruktiven Gesprächen“ sprach auch die Parteichefin.", [{text: "konstruktiven Gesprächen", type: "direct", speaker: "die Parteichefin", cue: "sprach von"}]],
    // verb before the quotation, adverbials and objects between
    ["Der Klubobmann sprach am Rande der Sitzung mit Journalisten von „spürbarer Bewegung“.", [{text: "spürbarer Bewegung", speaker: "Der Klubobmann", cue: "sprach von"}]],
    ["Den Vorschlag der Volkspartei nannte Maria Lindner einen „Anschlag auf den Sozialstaat“.", [{text: "Anschlag auf den Sozialstaat", speaker: "Maria Lindner", cue: "nannte"}]],
    ["Die Kammer bezeichnete die Pläne in einer Aussendung als „Rückschritt für den Standort“.",
      [{text: "Rückschritt für den Standort", type: "direct", speaker: "Die Kammer", cue: "bezeichnete", rule: "de.quote.direct.characterising-clause"}]],
    ["Kurt Brandl, der die Runde zuvor verlassen hatte, bezeichnete das Papier als „Etikettenschwindel“.", [{text: "Etikettenschwindel", speaker: "Kurt Brandl"}]],
    // after an attributed report of someone else, the new subject speaks
    ["Anna Berger sagte, man sei bereit. Peter Roth nannte das Angebot dagegen eine „Zumutung“.", [{text: "Zumutung", speaker: "Peter Roth", cue: "nannte"}]]
  ])("%s", (text, expected) => {
    const found = quotesIn(text);
    for (const e of expected) {
      const q = found.find((f) => f.text === e.text);
      expect(q, `quote "${e.text}" in ${JSON.stringify(found)}`).toBeDefined();
      expect(q).toMatchObject(e);
    }
  });

  // no characterising verb in the quotation's clause: the rule passes, other rules decide
  test.each<[string, string[]]>([
    ["Die Helfer schmückten die „gute Stube“ der Gemeinde.", []],
    ["Der Sprecher von Greenpeace sprach mit dem „Kurier“ über die Lage.", []]
  ])("no partial quote of a characterising verb: %s", (text, expected) => {
    expect(quotesIn(text).filter((q) => q.rule === "de.quote.direct.characterising-clause").map((q) => q.text)).toEqual(expected);
  });
});
