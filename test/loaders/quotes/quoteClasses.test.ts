import {describe, expect, test} from "vitest";
import {quotesIn} from "./helpers.js";

type Expected = {text: string; type: string; speaker: string; rule?: string};

/**
 * [case, text, quotes expected (all of them, in order)] — sentences written for the test, not taken from a corpus:
 * a colon frame after an earlier report, hearsay about the person named before, plans on the calendar, speaker
 * phrases bounded to their noun phrase, the anonymity formula "der nicht genannt werden wollte".
 */
describe("quote classes: own speakers, hearsay, plans, speaker bounds", () => {
  test.each<[string, string, Expected[]]>([
    ["de.quote.indirect.colon-frame: a colon frame after another speaker's quote names its own speaker",
      "„Wir sind zufrieden“, sagte die Ministerin Eva Roth. Der Bürgermeister Karl Brandt wiederholte in Linz die Zusage vom Montag: Man habe genug Geld für die Schulen gesammelt. Die Stadt werde die Schulen bald sanieren.",
      [{text: "Wir sind zufrieden", type: "direct", speaker: "die Ministerin Eva Roth"},
        {text: "Man habe genug Geld für die Schulen gesammelt.", type: "indirect", speaker: "Der Bürgermeister Karl Brandt", rule: "de.quote.indirect.colon-frame"},
        {text: "Die Stadt werde die Schulen bald sanieren.", type: "indirect", speaker: "Der Bürgermeister Karl Brandt", rule: "de.quote.indirect.konjunktiv-continuation"}]],
    ["de.quote.veto.hearsay-about-previous: hearsay about the person named before is no one's report",
      "„Er ist sehr fleißig“, sagt ein Kollege, der ihn kennt.\n\nDie Vorsitzende Anna Roth ist das Gegenstück: wortkarg, aber mit Humor. Sie soll es gewesen sein, die den Plan für den neuen Hafen entwarf.",
      [{text: "Er ist sehr fleißig", type: "direct", speaker: "ein Kollege"}]],
    ["de.quote.not-speech.scheduled-plan: 'wollen' with 'nächste Woche' is a plan on the calendar",
      "Österreich und Ungarn wollen nächste Woche in Wien weiterverhandeln.", []],
    ["de.quote.not-speech.scheduled-plan: 'Ende des Monats'",
      "Die Mitglieder wollen Ende des Monats über den Vertrag abstimmen.", []],
    ["de.quote.not-speech.scheduled-plan: a part of the day after a lead word ('bis zum Abend')",
      "Die beiden Vorsitzenden wollen bis zum Abend eine Lösung finden.", []],
    ["de.quote.not-speech.scheduled-plan: 'in der Nacht'",
      "Die Unterhändler wollen in der Nacht weiter beraten.", []],
    ["de.quote.reported.speech-act: a passive speech verb with a Konjunktiv 'werde' and no agent names no speaker",
      "Das Ergebnis werde am Montag verkündet.", []],
    ["a particle of descent inside an apposition: no clause before the verb",
      "Der Kanzler begrüßte den Plan. Auch der König von Jordanien, Faisal bin Hussein Al-Haschimi, meldete sich zu Wort.", []],
    ["a particle of descent inside the speaker's apposition",
      "Das sei ein Fehler, sagte der Minister, Faisal bin Hussein.",
      [{text: "Das sei ein Fehler", type: "indirect", speaker: "der Minister, Faisal bin Hussein"}]],
    ["de.quote.indirect.according-to: an object after an adjective and a source noun is no part of the source",
      "Die Streiks endeten, nachdem die Gewerkschaft nach offizieller Darstellung einen neuen Vorschlag vorgelegt hatte.",
      [{text: "nachdem die Gewerkschaft nach offizieller Darstellung einen neuen Vorschlag vorgelegt hatte", type: "indirect", speaker: "offizieller Darstellung"}]],
    ["de.quote.indirect.according-to: a genitive after the source noun stays the source",
      "Die Gewerkschaft hatte nach Angaben der Polizei einen neuen Vorschlag vorgelegt.",
      [{text: "Die Gewerkschaft hatte nach Angaben der Polizei einen neuen Vorschlag vorgelegt", type: "indirect", speaker: "Angaben der Polizei"}]],
    ["de.quote.veto.passive-wish: 'der nicht genannt werden wollte' frames no clause",
      "Eine Beamtin, die nicht genannt werden wollte, sagte dem Lokalblatt, beide Seiten seien «sehr müde».",
      [{text: "sehr müde", type: "direct", speaker: "Eine Beamtin"},
        {text: "beide Seiten seien «sehr müde»", type: "indirect", speaker: "Eine Beamtin", rule: "de.quote.indirect.cue-clause"}]],
    ["de.quote.indirect.free-konjunktiv: a direct quotation's own attribution names the speaker",
      "Die Vorsitzende ist müde. Brandt habe „mehr Geduld gehabt, als man glaubt“, sagte ein Mitglied der Kommission.",
      [{text: "mehr Geduld gehabt, als man glaubt", type: "direct", speaker: "ein Mitglied der Kommission"},
        {text: "Brandt habe „mehr Geduld gehabt, als man glaubt“, sagte ein Mitglied der Kommission.", type: "indirect", speaker: "ein Mitglied der Kommission", rule: "de.quote.indirect.free-konjunktiv"}]]
  ])("%s", (_, text, expected) => {
    const found = quotesIn(text).map((q) => ({text: q.text, type: q.type, speaker: q.speaker, rule: q.rule}));
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });
});
