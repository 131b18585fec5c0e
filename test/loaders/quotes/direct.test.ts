import {describe, expect, test} from "vitest";
import {quotesIn} from "./helpers.js";

type Expected = {text: string; type?: string; speaker?: string; cue?: string; rule?: string};

/** Checks that each expected quote is found with the given fields. */
function expectQuotes(text: string, expected: Expected[]) {
  const found = quotesIn(text);
  for (const e of expected) {
    const q = found.find((f) => f.text === e.text);
    expect(q, `quote "${e.text}" in ${JSON.stringify(found)}`).toBeDefined();
    expect(q).toMatchObject(e);
  }
}

describe("direct quotes: every quotation-mark style", () => {
  test.each<[string, Expected[]]>([
    ["„Wir kommen bald“, sagte Trump.", [{text: "Wir kommen bald", type: "direct", speaker: "Trump", cue: "sagte"}]],
    ["“Wir kommen bald”, sagte Trump.", [{text: "Wir kommen bald", speaker: "Trump"}]],
    ["\"Wir kommen bald\", sagte Trump.", [{text: "Wir kommen bald", speaker: "Trump"}]],
    ["»Wir kommen bald«, sagte Trump.", [{text: "Wir kommen bald", speaker: "Trump"}]],
    ["«Wir kommen bald», sagte Trump.", [{text: "Wir kommen bald", speaker: "Trump"}]],
    ["„Er nannte es ‚absurd‘ und ging“, sagte Peskow.", [{text: "Er nannte es ‚absurd‘ und ging", speaker: "Peskow"}]]
  ])("%s", (text, expected) => expectQuotes(text, expected));
});

describe("direct quote rules", () => {
  test.each<[string, string, Expected[]]>([
    ["de.quote.direct.cue-after", "„Das Treffen war gut“, erklärte der Kreml-Sprecher Dmitri Peskow am Mittwoch.",
      [{text: "Das Treffen war gut", speaker: "der Kreml-Sprecher Dmitri Peskow", cue: "erklärte", rule: "de.quote.direct.cue-after"}]],
    ["de.quote.direct.cue-after (separable verb)", "„Wir beginnen sofort“, teilte Trump mit.",
      [{text: "Wir beginnen sofort", speaker: "Trump", cue: "teilte mit", rule: "de.quote.direct.cue-after"}]],
    ["de.quote.direct.cue-after (so X)", "„Das ist ein großer Erfolg“, so der Sprecher.",
      [{text: "Das ist ein großer Erfolg", speaker: "der Sprecher", cue: "so"}]],
    ["de.quote.direct.cue-after (heißt es)", "„Das werde ich sofort tun“, heißt es in der Erklärung.",
      [{text: "Das werde ich sofort tun", type: "direct", speaker: "der Erklärung", cue: "heißt"}]],
    ["de.quote.direct.cue-in-sentence", "Der Minister sagte: „Wir sind bereit.“",
      [{text: "Wir sind bereit.", speaker: "Der Minister", cue: "sagte", rule: "de.quote.direct.cue-in-sentence"}]],
    ["de.quote.direct.cue-in-sentence (partial quote)", "Trump bezeichnete das Gespräch als „lang und sehr produktiv“.",
      [{text: "lang und sehr produktiv", speaker: "Trump", cue: "bezeichnete"}]],
    ["de.quote.direct.cue-in-sentence (separable verb, particle after a partial quote)", "Am Dienstag wies die Bauleiterin jede Kritik als „reine Stimmungsmache“ zurück.",
      [{text: "reine Stimmungsmache", speaker: "die Bauleiterin", cue: "wies zurück", rule: "de.quote.direct.cue-in-sentence"}]],
    ["de.quote.direct.with-words (sentence opens with 'Mit den Worten')", "Mit den Worten „Wir haben keine Wahl“ beendete die Vorstandschefin ihre Rede.",
      [{text: "Wir haben keine Wahl", speaker: "die Vorstandschefin", cue: "beendete", rule: "de.quote.direct.with-words"}]],
    ["de.quote.direct.with-words (comma after the quotation)", "Mit dem Satz „Jetzt wird alles besser“, richtete er den Blick nach vorn.",
      [{text: "Jetzt wird alles besser", speaker: "er", rule: "de.quote.direct.with-words"}]],
    ["de.quote.direct.with-words (a clause of its own after a colon)", "Die Ministerin blieb ruhig: Mit den Worten „Wir lösen das gemeinsam“ beendete sie die Sitzung.",
      [{text: "Wir lösen das gemeinsam", speaker: "sie", rule: "de.quote.direct.with-words"}]],
    ["de.quote.direct.with-words (subject before the verb)", "Der Trainer verabschiedete sich mit den Worten „Es war eine schöne Zeit“.",
      [{text: "Es war eine schöne Zeit", speaker: "Der Trainer", rule: "de.quote.direct.with-words"}]],
    ["de.quote.direct.resumed", "„Das ist gut“, sagte er, „und das bleibt so.“",
      [{text: "Das ist gut", speaker: "er"}, {text: "und das bleibt so.", speaker: "er", rule: "de.quote.direct.resumed"}]],
    ["de.quote.direct.colon", "Trump beschrieb das Gespräch in den sozialen Medien so:\n»Ich hatte gerade ein langes Telefonat. Wir sprachen über vieles.«",
      [{text: "Ich hatte gerade ein langes Telefonat. Wir sprachen über vieles.", speaker: "Trump", cue: "beschrieb", rule: "de.quote.direct.colon"}]],
    ["de.quote.direct.carried", "„Wir sind bereit“, sagte Jermak. „Die Ukraine wird an dem Tisch sitzen, und zwar bald.“",
      [{text: "Die Ukraine wird an dem Tisch sitzen, und zwar bald.", speaker: "Jermak", rule: "de.quote.direct.carried"}]],
    ["de.quote.direct.partial", "Die Wahl war nach Meinung vieler ein „klarer Bruch mit der Vergangenheit“ für das Land.",
      [{text: "klarer Bruch mit der Vergangenheit", type: "direct"}]]
  ])("%s", (_rule, text, expected) => expectQuotes(text, expected));

  test("a separable verb in another sense names no speaker of a quotation before its particle", () => {
    const found = quotesIn("Trotz der Krise hält die Bank am Plan von „nur 300 neuen Stellen“ fest.");
    expect(found.filter((q) => q.speaker !== ""), JSON.stringify(found)).toEqual([]);
  });

  test("a partial quote before the particle is no reported act of its own", () => {
    const found = quotesIn("Am Dienstag wies die Bauleiterin jede Kritik als „reine Stimmungsmache“ zurück.");
    expect(found.filter((q) => q.type === "reported"), JSON.stringify(found)).toEqual([]);
  });

  test("a quote over two paragraphs stays one quote", () => {
    const text = "Trump schrieb:\n»Wir sprachen lange. Es war gut.\nWir glauben beide daran. Ich danke Präsident Putin!«";
    expectQuotes(text, [{text: "Wir sprachen lange. Es war gut.\nWir glauben beide daran. Ich danke Präsident Putin!", speaker: "Trump"}]);
  });
});

describe("not speech: names, titles, terms are dropped", () => {
  test.each<[string, string]>([
    ["de.quote.not-speech.name-or-title", "Dabei sprach sich Trump für ein Ende aus [siehe auch Bericht »CNN«]."],
    ["de.quote.not-speech.name-or-title", "Trump berichtete auf der Plattform „Truth Social“ darüber."],
    ["de.quote.not-speech.name-or-title", "Putin nutzte sogar sein Motto „GESUNDER MENSCHENVERSTAND“."],
    ["de.quote.not-speech.named-term", "Die so genannte „Zuckerabgabe“ soll kommen."],
    ["de.quote.not-speech.named-term (naming word before a colon)", "Die Firma (Motto: „Sicherheit ist unser Geschäft“) wurde verkauft."],
    ["de.quote.not-speech.name-or-title (a long title in title case)", "In Lyon fand die „III Grand Prix International de Cuisine Végétale“ statt, sagte er."],
    ["de.quote.not-speech.lone-noun", "In der „Sammelstelle“ lagen Kisten."],
    ["de.quote.not-speech.lone-noun (only a speech-act verb in the sentence)", "Er beanstandet die Förderung der „Sammelstelle“."],
    ["de.quote.not-speech.lone-noun (an opinion verb)", "Fachleute halten das für einen „Rückschritt“ der Stadtplanung."],
    ["de.quote.not-speech.title-after-article", "Die Akademie verlieh ihr den „Preis für mutige Wissenschaft“."],
    ["de.quote.not-speech.named-by-verb (genannt after it)", "Der Wolf GW924, auch „Grauer“ genannt, ist nach Sachsen zurückgekehrt."],
    ["de.quote.not-speech.named-by-verb (so heißt)", "„Lumora“, so heißt eine geplante Plattform der Stiftung."],
    ["de.quote.not-speech.named-by-verb (Name lautet)", "Der lateinische Name lautet „Bombus lindavicus“, sagte die Forscherin."],
    ["de.quote.not-speech.named-term (a company after 'Firma')", "Laut der Mitteilung wird ein Frachter der Firma „Nordlicht AG“ bald auslaufen."],
    ["de.quote.not-speech.gloss-in-parentheses", "Pluots, auch Pflaumenaprikosen genannt, gelten als Kreuzungen („Hybride“) aus Pflaume und Aprikose."],
    ["a quotation inside its own speaker phrase", "Das meldete die „Lausitzer Rundschau“ in ihrer Ausgabe vom 3. Mai."]
  ])("%s: %s", (_rule, text) => {
    expect(quotesIn(text).filter((q) => q.type === "direct")).toEqual([]);
  });

  test.each<string>([
    "In der Lokalpresse war die Fusion als „Hochzeit des Jahrzehnts“ bezeichnet worden.",
    "Sie bezeichnete die Schließung als einen „Schlag gegen die ganze Nachbarschaft“.",
    "Die Imker warnten vor dem „Niedergang unserer Bienenvölker durch das Gift“.",
    "„Das werde ich sofort tun“, heißt es in der Erklärung.",
    "Der Minister hatte die Pläne als „völlig verfehlt“ bezeichnet."
  ])("stays speech (a capitalised partial quote after als or with first person, a cue after it): %s", (text) => {
    expect(quotesIn(text).filter((q) => q.type === "direct")).toHaveLength(1);
  });
});

describe("partial quotes: speech in reported speech, scare quotes dropped", () => {
  test.each<[string, string]>([
    ["Konjunktiv in the sentence", "Die Zukunft der Werft stehe „auf der Kippe“."],
    ["als before it", "Die Bauleiterin wies jede Kritik als „unbegründet“ zurück."],
    ["first person inside", "Die Imker stellten sich gegen den „Niedergang unserer Völker“."],
    ["inside a dass clause", "Trump ist zuversichtlich, dass dieses Team „ein erfolgreiches Ergebnis“ erzielen wird."]
  ])("kept (%s): %s", (_why, text) => {
    expect(quotesIn(text).filter((q) => q.type === "direct")).toHaveLength(1);
  });

  test.each<[string, string]>([
    ["a verb in scare quotes", "Neue Lagerhallen „ducken“ sich hinter den Deich."],
    ["a term of the writer", "Er wurde einbestellt, um seine „künftige Rolle“ zu besprechen."],
    ["a term in an indicative main clause", "Bis jetzt geht das nur, wenn der Antrag eine „besondere Härte“ belegt."]
  ])("dropped (%s): %s", (_why, text) => {
    expect(quotesIn(text).filter((q) => q.type === "direct")).toEqual([]);
  });
});

describe("relayed quotations: a row for each source", () => {
  test.each<[string, string, string, string[]]>([
    ["de.quote.relayed.cited-object", "Der Tagesspiegel zitiert eine Anwohnerin mit den Worten: „Das Wasser stand plötzlich im Keller.“",
      "Das Wasser stand plötzlich im Keller.", ["Der Tagesspiegel", "eine Anwohnerin"]],
    ["de.quote.relayed.cited-object (adverb before the object)", "Die Nachrichtenagentur Reuters zitiert dazu Ingrid Halvorsen mit folgenden Worten: „Die Novelle kommt viel zu spät.“",
      "Die Novelle kommt viel zu spät.", ["Die Nachrichtenagentur Reuters", "Ingrid Halvorsen"]],
    ["de.quote.relayed.cited-in", "Die Vorsitzende Jana Roth wird in einer Mitteilung des Verbands mit den Worten zitiert: „Wir fordern faire Löhne.“",
      "Wir fordern faire Löhne.", ["Die Vorsitzende Jana Roth", "einer Mitteilung des Verbands"]],
    ["de.quote.relayed.according-to", "Der Fischer Olaf Brandt kommentierte den Beschluss laut „tagesschau.de“ mit folgenden Worten: „Davon lebt hier bald niemand mehr.“",
      "Davon lebt hier bald niemand mehr.", ["Der Fischer Olaf Brandt", "„tagesschau.de“"]]
  ])("%s: %s", (rule, text, quote, speakers) => {
    const rows = quotesIn(text).filter((q) => q.type === "direct" && q.text === quote);
    expect(rows.map((q) => q.speaker)).toEqual(speakers);
    expect(rows[1].rule).toBe(rule.split(" ")[0]);
  });

  test.each<string>([
    "Der Kapitän wird mit den Worten zitiert: „Wir geben nicht auf.“",
    "Der Minister sagte: „Wir sind bereit.“",
    "Laut Polizei wurden drei Menschen verletzt, „das ist schlimm“, sagte der Bürgermeister."
  ])("one source only, one row: %s", (text) => {
    expect(quotesIn(text).filter((q) => q.type === "direct")).toHaveLength(1);
  });
});

describe("a quotation carried on over two sentences", () => {
  test("is one quote, and its attribution carries on from where it ends", () => {
    const text = "Die Sprecherin nennt das ein Versäumnis. „Der Schaden hätte vermieden werden können.“ „Wäre die Warnung weitergeleitet worden, stünde die Halle noch“, so die Sprecherin. Die Warnung war nicht weitergeleitet worden. Zudem sei das Protokoll verschwunden.";
    const found = quotesIn(text);
    expect(found.filter((q) => q.type === "direct").map((q) => q.text)).toEqual(["Der Schaden hätte vermieden werden können.“ „Wäre die Warnung weitergeleitet worden, stünde die Halle noch"]);
    expect(found.find((q) => q.text.startsWith("Zudem"))).toMatchObject({type: "indirect", speaker: "die Sprecherin"});
  });

  test.each<[string, string]>([
    ["a role noun without article", "Stadtbaurat Jörg Straßer sagte am Freitag: „Wir bauen weiter.“"],
    ["a name alone", "Olsen erklärte am Montag: „Die Lage ist ernst.“"],
    ["the cue before its subject", "Am Montag sagte die Sprecherin Ina Krämer: „Wir werden das prüfen.“"]
  ])("a cue whose clause ends in a colon before the quotation makes one direct quote, no reported speech act (%s)", (_name, text) => {
    expect(quotesIn(text).map((q) => q.type)).toEqual(["direct"]);
  });
});
