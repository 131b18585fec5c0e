import {describe, expect, test} from "vitest";
import {quotesIn} from "./helpers.js";

type Expected = {text: string; type?: string; speaker?: string; cue?: string; rule?: string};

describe("indirect and reported speech rules", () => {
  test.each<[string, string, Expected]>([
    ["de.quote.indirect.cue-clause (dass)", "Trump betonte, dass das Treffen bald stattfinden solle.",
      {text: "dass das Treffen bald stattfinden solle", type: "indirect", speaker: "Trump", cue: "betonte", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (Konjunktiv I)", "Der russische Präsidentensprecher Dmitri Peskow sagte, bei dem Gespräch sei es um den Frieden gegangen.",
      {text: "bei dem Gespräch sei es um den Frieden gegangen", speaker: "Der russische Präsidentensprecher Dmitri Peskow", cue: "sagte"}],
    ["de.quote.indirect.cue-clause (adverbs left after an apposition)", "Dabei sagte Li Fei, der stellvertretende Vorsitzende, aber auch, dass die Demonstranten Standards forderten.",
      {text: "dass die Demonstranten Standards forderten", type: "indirect", speaker: "Li Fei, der stellvertretende Vorsitzende", cue: "sagte", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (an infinitive clause without comma)", "Der Präsident hatte am Donnerstag angekündigt bei der Wahl im September erneut anzutreten.",
      {text: "bei der Wahl im September erneut anzutreten", type: "indirect", speaker: "Der Präsident", cue: "angekündigt", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.clause-cue (a perfect frame: ', hatte X gesagt')", "Es drohe ein Wettrüsten, hatte Obama bei seinem Treffen in Moskau gesagt.",
      {text: "Es drohe ein Wettrüsten", type: "indirect", speaker: "Obama", cue: "gesagt", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.cue-clause (a main clause in the indicative after sagen)", "Bei ihrem Auftritt in Brüssel sagte Rice, die USA hielten sich an die Konvention gegen Folter.",
      {text: "die USA hielten sich an die Konvention gegen Folter", type: "indirect", speaker: "Rice", cue: "sagte", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (subject after verb)", "Unterdessen bestätigte der ukrainische Präsidialamtschef Andrij Jermak, dass sich Kiew vorbereite.",
      {text: "dass sich Kiew vorbereite", speaker: "der ukrainische Präsidialamtschef Andrij Jermak", cue: "bestätigte"}],
    ["de.quote.indirect.cue-clause (gab … bekannt)", "In einer Nachricht gab Trump bekannt, dass er eine Vereinbarung getroffen habe.",
      {text: "dass er eine Vereinbarung getroffen habe", speaker: "Trump", cue: "gab bekannt"}],
    ["de.quote.indirect.clause-cue", "Gesprächsthemen seien die Ukraine und Energie gewesen, sagte er.",
      {text: "Gesprächsthemen seien die Ukraine und Energie gewesen", type: "indirect", speaker: "er", cue: "sagte", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.clause-cue (so X)", "Der Krieg müsse enden, so der Sprecher.",
      {text: "Der Krieg müsse enden", speaker: "der Sprecher", cue: "so"}],
    ["de.quote.indirect.cue-clause (geht davon aus)", "Der Minister geht nach dem Treffen davon aus, dass die Verhandlungen bald beginnen.",
      {text: "dass die Verhandlungen bald beginnen", speaker: "Der Minister", cue: "geht aus"}],
    ["de.quote.indirect.cue-clause (an apposition between verb and particle)", "Unterdessen ruft der Verband, eine Gruppe aus der Hauptstadt, alle Mitglieder dazu auf, keine Spenden anzunehmen.",
      {text: "keine Spenden anzunehmen", cue: "ruft auf", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (zu-infinitive with a separable prefix)", "Die Umweltschützer forderten, das Kraftwerk endgültig stillzulegen.",
      {text: "das Kraftwerk endgültig stillzulegen", speaker: "Die Umweltschützer", cue: "forderten"}],
    ["de.quote.indirect.cue-clause (a plural subject: the cue form is the infinitive)", "Fachleute schätzen, dass im nächsten Jahr mehr Dosen verkauft werden.",
      {text: "dass im nächsten Jahr mehr Dosen verkauft werden", speaker: "Fachleute", cue: "schätzen", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (plural present of a strong verb, zu-infinitive)", "Nach dem Unfall fordern die Anwohner, das Werk sofort zu schließen.",
      {text: "das Werk sofort zu schließen", speaker: "die Anwohner", cue: "fordern", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (plural present of a separable verb)", "Die Verbände weisen darauf hin, dass die Frist im Mai endet.",
      {text: "dass die Frist im Mai endet", speaker: "Die Verbände", cue: "weisen hin", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (festhalten: to state)", "Der Bericht hält fest, dass die Daten ohne Begrenzung abgefragt werden dürfen.",
      {text: "dass die Daten ohne Begrenzung abgefragt werden dürfen", cue: "hält fest", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (schließen daraus: an inference stated)", "Beobachter schließen daraus, dass die Regierung den Rückhalt der Armee verloren hat.",
      {text: "dass die Regierung den Rückhalt der Armee verloren hat", speaker: "Beobachter", cue: "schließen daraus", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (folgern)", "Die Forscher folgerten, dass das Eis schneller schmilzt als erwartet.",
      {text: "dass das Eis schneller schmilzt als erwartet", speaker: "Die Forscher", cue: "folgerten", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (participle of a separable verb: festgehalten)", "In dem Dokument wird festgehalten, dass es keine Begrenzung bei der Abfrage gibt.",
      {text: "dass es keine Begrenzung bei der Abfrage gibt", cue: "festgehalten", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (participle of a separable verb: dazu aufgerufen)", "Die Bürger wurden im Rundfunk dazu aufgerufen, ihre Häuser zu verlassen.",
      {text: "ihre Häuser zu verlassen", cue: "aufgerufen", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.clause-cue (what one must assume is content, not the frame)", "Man müsse davon ausgehen, dass viele Kinder verletzt seien, sagte die Therapeutin.",
      {text: "Man müsse davon ausgehen, dass viele Kinder verletzt seien", speaker: "die Therapeutin", cue: "sagte", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.cue-clause (a past modal: a speech act performed)", "Er musste betonen, dass es kaum Informationen gebe.",
      {text: "dass es kaum Informationen gebe", speaker: "Er", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (passive: es wird angenommen)", "Es wird angenommen, dass der Täter aus der Gegend stammt.",
      {text: "dass der Täter aus der Gegend stammt", cue: "angenommen"}],
    ["de.quote.indirect.noun-clause (die Ansicht, dass)", "Der Präsident vertritt die Ansicht, dass die Preise weiter steigen werden.",
      {text: "dass die Preise weiter steigen werden", type: "indirect", speaker: "Der Präsident", cue: "Ansicht", rule: "de.quote.indirect.noun-clause"}],
    ["de.quote.indirect.noun-clause (a Konjunktiv I main clause after the noun)", "Die Kommission hatte den Standpunkt vertreten, das Gericht sei dafür nicht zuständig.",
      {text: "das Gericht sei dafür nicht zuständig", type: "indirect", speaker: "Die Kommission", cue: "Standpunkt", rule: "de.quote.indirect.noun-clause"}],
    ["de.quote.indirect.noun-clause (den Befehl, … zu)", "Der Präsident erteilte der Armee den Befehl, bei der Räumung der Dörfer zu helfen.",
      {text: "bei der Räumung der Dörfer zu helfen", speaker: "Der Präsident", cue: "Befehl"}],
    ["de.quote.indirect.noun-clause (zuversichtlich, … zu)", "Der Trainer ist zuversichtlich, das Spiel gewinnen zu können.",
      {text: "das Spiel gewinnen zu können", speaker: "Der Trainer", cue: "zuversichtlich"}],
    ["de.quote.indirect.noun-clause (the noun phrase as source)", "Seit Jahren gab es Hinweise, dass Gelder verschwunden waren.",
      {text: "dass Gelder verschwunden waren", speaker: "Hinweise", cue: "Hinweise"}],
    ["de.quote.indirect.clause-cue (wie X, apposition, mitteilte, …)", "Wie die Sprecherin des Büros, Anna Thomas, mitteilte, wurde er in seinem Hotelzimmer gefunden.",
      {text: "wurde er in seinem Hotelzimmer gefunden", cue: "mitteilte"}],
    ["de.quote.indirect.clause-cue (wie X bekannt gab: a joined verb written apart)", "Wie das Ministerium heute bekannt gab, wird die Fangquote im nächsten Jahr erhöht.",
      {text: "wird die Fangquote im nächsten Jahr erhöht", speaker: "das Ministerium", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.clause-cue (so X inside the sentence)", "Oft habe der Mann vor der Tür gewartet, so die Anwältin, die auch von Drohungen berichtete.",
      {text: "Oft habe der Mann vor der Tür gewartet", speaker: "die Anwältin", cue: "so"}],
    ["de.quote.indirect.clause-cue (wie frame before a consecutive clause)", "Wie aus Firmenkreisen verlautete, will die Bahn ihr Werk so umbauen, dass dort auch Loks gebaut werden.",
      {text: "will die Bahn ihr Werk so umbauen, dass dort auch Loks gebaut werden", speaker: "aus Firmenkreisen", cue: "verlautete", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.clause-cue (so X with a phrase to the sentence end)", "Die Ministerin sagte, die Schule werde geschlossen. Eine Sanierung sei zu teuer, so Peter Lang gegenüber dem Lokalradio.",
      {text: "Eine Sanierung sei zu teuer", speaker: "Peter Lang", cue: "so", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.reported.speech-act (a stated intention, present tense)", "Die Partei will hohe Einkommen stärker belasten.",
      {text: "Die Partei will hohe Einkommen stärker belasten.", type: "reported", speaker: "Die Partei", cue: "will"}],
    ["de.quote.indirect.according-to (laut)", "Laut Trump umfasste das Gespräch viele Themen.",
      {text: "umfasste das Gespräch viele Themen", type: "indirect", speaker: "Trump", cue: "Laut", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (zufolge)", "Russischen Medien zufolge dauerte das Gespräch anderthalb Stunden.",
      {text: "dauerte das Gespräch anderthalb Stunden", speaker: "Russischen Medien", cue: "zufolge"}],
    ["de.quote.indirect.according-to ('ihrer Meinung nach', nach after its noun)", "Die Brücke sei ihrer Meinung nach nicht mehr sicher.",
      {text: "Die Brücke sei ihrer Meinung nach nicht mehr sicher", type: "indirect", speaker: "ihrer Meinung", cue: "nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to ('nach' after its noun in a relative clause)", "Der Rat beschloss einen Plan, der ihrer Ansicht nach scheitern werde.",
      {text: "der ihrer Ansicht nach scheitern werde", type: "indirect", speaker: "ihrer Ansicht", cue: "nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (nach Angaben)", "Nach Angaben der Polizei wurden drei Menschen verletzt.",
      {text: "wurden drei Menschen verletzt", speaker: "Angaben der Polizei", cue: "Nach"}],
    ["de.quote.indirect.according-to (nach einer Hochrechnung)", "Nach einer Hochrechnung des Senders entfallen auf den Amtsinhaber 61 Prozent der Stimmen.",
      {text: "entfallen auf den Amtsinhaber 61 Prozent der Stimmen", speaker: "einer Hochrechnung des Senders", cue: "Nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (nach jetzigem Ermittlungsstand)", "Nach jetzigem Ermittlungsstand ist der Täter früher an der Schule gemobbt worden.",
      {text: "ist der Täter früher an der Schule gemobbt worden", speaker: "jetzigem Ermittlungsstand", cue: "Nach"}],
    ["de.quote.indirect.according-to (nach dem Willen: a plan reported)", "Nach dem Willen der Kommission soll der Streit auf dem Verhandlungsweg gelöst werden.",
      {text: "soll der Streit auf dem Verhandlungsweg gelöst werden", cue: "Nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (compound source noun)", "Nach Unternehmensangaben sind in dem Werk rund 8000 Menschen beschäftigt.",
      {text: "sind in dem Werk rund 8000 Menschen beschäftigt", speaker: "Unternehmensangaben", cue: "Nach"}],
    ["de.quote.indirect.according-to (noun spelt like a verb form)", "Offiziellen Angaben zufolge gibt es kaum noch Trinkwasser.",
      {text: "gibt es kaum noch Trinkwasser", speaker: "Offiziellen Angaben", cue: "zufolge"}],
    ["de.quote.indirect.according-to (quoted name)", "Laut „BBC News“ zogen hunderte Mönche durch die Stadt.",
      {text: "zogen hunderte Mönche durch die Stadt", speaker: "„BBC News“", cue: "Laut"}],
    ["de.quote.indirect.according-to (frame inside the clause)", "Unter den Passagieren waren Berichten zufolge etwa 75 Schulkinder.",
      {text: "Unter den Passagieren waren Berichten zufolge etwa 75 Schulkinder", speaker: "Berichten", cue: "zufolge"}],
    ["de.quote.indirect.cue-clause (relative pronoun as subject)", "Neuer Minister wird ein General, der vor dem Parlament betonte, er gehöre keiner Partei an.",
      {text: "er gehöre keiner Partei an", speaker: "der", cue: "betonte"}],
    ["de.quote.indirect.cue-clause (subject inside a relative clause)", "Gesucht wird ein Mann, von dem die Polizei glaubt, er sei angeworben worden.",
      {text: "er sei angeworben worden", speaker: "die Polizei", cue: "glaubt"}],
    ["de.quote.indirect.cue-clause (impersonal: no speaker)", "Vorerst hieß es, der Hergang sei unklar.",
      {text: "der Hergang sei unklar", speaker: "", cue: "hieß"}],
    ["de.quote.indirect.cue-clause (apposition with adjectives)", "Der Nachfolger des am Montag zurückgetretenen Chefs, Louis Gallois, hat angekündigt, die Sanierung werde Stellen kosten.",
      {text: "die Sanierung werde Stellen kosten", speaker: "Der Nachfolger des am Montag zurückgetretenen Chefs, Louis Gallois"}],
    ["de.quote.indirect.cue-clause (apposition with an article, subject first)", "Marcelo Ebrard, der Bürgermeister von Mexiko-Stadt, teilte mit, die Lage sei ruhig.",
      {text: "die Lage sei ruhig", speaker: "Marcelo Ebrard, der Bürgermeister von Mexiko-Stadt"}],
    ["de.quote.indirect.cue-clause (apposition with an article, subject after the verb)", "Am Montag sagte Andres Granier, der Gouverneur von Tabasco, die Lage sei ernst.",
      {text: "die Lage sei ernst", speaker: "Andres Granier, der Gouverneur von Tabasco"}],
    ["de.quote.indirect.cue-clause (relative clause is not an apposition)", "Frank Sichau, der als Sprecher fungiert, erklärte, die Lage sei ruhig.",
      {text: "die Lage sei ruhig", speaker: "Frank Sichau"}],
    ["de.quote.reported.speech-act (passive with its agent)", "Von der Bewegung wurden weitere Proteste angekündigt.",
      {text: "Von der Bewegung wurden weitere Proteste angekündigt.", type: "reported", speaker: "der Bewegung"}],
    ["de.quote.reported.speech-act (a main clause after 'Als …' keeps its speech act)", "Als Ersatz wollen die Staaten sich nun in Brüssel treffen.",
      {text: "Als Ersatz wollen die Staaten sich nun in Brüssel treffen.", type: "reported", speaker: "die Staaten", cue: "wollen"}],
    ["de.quote.reported.speech-act (a relative clause keeps its speech act: the clause is the quote)", "Der Brief, in dem er Unzufriedenheit als Motiv angab, wurde gefunden.",
      {text: "in dem er Unzufriedenheit als Motiv angab", type: "reported", speaker: "er", cue: "angab"}],
    ["de.quote.indirect.konjunktiv-continuation (a speech verb's participle after a Konjunktiv auxiliary is reported too)", "Der Minister sagte, die Lage sei ernst. Allerdings habe die Stadt den Antrag abgelehnt.",
      {text: "Allerdings habe die Stadt den Antrag abgelehnt.", speaker: "Der Minister", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (after a nested frame: the frame's speaker speaks on)", "Wie der Sprecher mitteilte, ist die Energie nach Auffassung der Kanzlerin unverzichtbar. Daran sei nichts zu ändern.",
      {text: "Daran sei nichts zu ändern.", type: "indirect", speaker: "der Sprecher", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (after 'X hatte nach Aussage Y erklärt': X speaks on)", "Der Richter hatte nach Aussage des Anwalts erklärt, das Verfahren sei eingestellt. Es gebe keine Beweise.",
      {text: "Es gebe keine Beweise.", type: "indirect", speaker: "Der Richter", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (a Konjunktiv form of the verb dictionary)", "Der Sprecher sagte, die Anlage sei sicher. Daran ändere auch der Zwischenfall vom Wochenende nichts.",
      {text: "Daran ändere auch der Zwischenfall vom Wochenende nichts.", type: "indirect", speaker: "Der Sprecher", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.reported.speech-act (a relative pronoun opening the clause)", "Der Präsident, dessen Rücktritt von den Demonstranten gefordert wird, blieb im Amt.",
      {text: "dessen Rücktritt von den Demonstranten gefordert wird", type: "reported", speaker: "den Demonstranten"}],
    ["de.quote.reported.speech-act (a relative clause ending the sentence)", "Sie fanden einen Brief, in dem er die Tat ankündigte.",
      {text: "in dem er die Tat ankündigte", type: "reported", speaker: "er", cue: "ankündigte"}],
    ["de.quote.reported.speech-act (an article after a comma opens no relative clause when the verb is not final)", "Die Regierung, die Opposition und die Gewerkschaften kündigten Proteste gegen das Gesetz an.",
      {text: "Die Regierung, die Opposition und die Gewerkschaften kündigten Proteste gegen das Gesetz an.", type: "reported"}],
    ["de.quote.reported.speech-act (drohen mit: a threat made)", "China hatte der EU mit Konsequenzen gedroht.",
      {text: "China hatte der EU mit Konsequenzen gedroht.", type: "reported", speaker: "China", cue: "gedroht"}],
    ["de.quote.reported.speech-act (begründen mit)", "Die Staatsanwaltschaft begründete ihren Antrag mit der Fluchtgefahr.",
      {text: "Die Staatsanwaltschaft begründete ihren Antrag mit der Fluchtgefahr.", type: "reported", speaker: "Die Staatsanwaltschaft", cue: "begründete"}],
    ["de.quote.reported.speech-act (bitten um)", "Die Polizei bittet um Hinweise aus der Bevölkerung.",
      {text: "Die Polizei bittet um Hinweise aus der Bevölkerung.", type: "reported", speaker: "Die Polizei", cue: "bittet"}],
    ["de.quote.reported.speech-act (sehen … als: an opinion)", "Die Regierung sieht die Entscheidung als Beweis ihrer Stärke.",
      {text: "Die Regierung sieht die Entscheidung als Beweis ihrer Stärke.", type: "reported", speaker: "Die Regierung", cue: "sieht als"}],
    ["de.quote.reported.speech-act (sehen darin)", "Der Atomexperte sieht darin Parallelen zu dem Brand im Jahr 2007.",
      {text: "Der Atomexperte sieht darin Parallelen zu dem Brand im Jahr 2007.", type: "reported", speaker: "Der Atomexperte", cue: "sieht darin"}],
    ["de.quote.reported.speech-act (halten … für)", "Beobachter halten die Auswechslung für einen Befreiungsschlag.",
      {text: "Beobachter halten die Auswechslung für einen Befreiungsschlag.", type: "reported", speaker: "Beobachter", cue: "halten für"}],
    ["de.quote.reported.speech-act (vorwerfen with its particle)", "Er wirft dem Künstler Betriebsblindheit vor.",
      {text: "Er wirft dem Künstler Betriebsblindheit vor.", type: "reported", speaker: "Er", cue: "wirft vor"}],
    ["de.quote.reported.speech-act (ausschließen)", "Experten schlossen einen Anschlag als Ursache jedoch aus.",
      {text: "Experten schlossen einen Anschlag als Ursache jedoch aus.", type: "reported", speaker: "Experten", cue: "schlossen aus"}],
    ["de.quote.indirect.cue-clause (a place after the speaker noun)", "Der Sprecher des Weißen Hauses in Washington sagte, die Lage sei ruhig.",
      {text: "die Lage sei ruhig", speaker: "Der Sprecher des Weißen Hauses in Washington"}],
    ["de.quote.reported.speech-act", "US-Verteidigungsminister Pete Hegseth äußerte sich skeptisch zu einer NATO-Mitgliedschaft der Ukraine.",
      {text: "US-Verteidigungsminister Pete Hegseth äußerte sich skeptisch zu einer NATO-Mitgliedschaft der Ukraine.", type: "reported", speaker: "US-Verteidigungsminister Pete Hegseth", cue: "äußerte", rule: "de.quote.reported.speech-act"}]
  ])("%s", (_rule, text, expected) => {
    const found = quotesIn(text);
    expect(found, JSON.stringify(found)).toContainEqual(expect.objectContaining(expected));
  });

  test("de.quote.indirect.konjunktiv-continuation carries the speaker", () => {
    const found = quotesIn("Der Staatsanwalt sagte, der Sohn habe sich selbst getötet. Dies sei eindeutig nachzuweisen gewesen.");
    expect(found).toContainEqual(expect.objectContaining({text: "Dies sei eindeutig nachzuweisen gewesen.", type: "indirect", speaker: "Der Staatsanwalt", rule: "de.quote.indirect.konjunktiv-continuation"}));
  });

  test("de.quote.indirect.konjunktiv-continuation: a run of continuations in one paragraph is one quote", () => {
    const found = quotesIn("Der Sprecher sagte, es gebe drei Verletzte. Die Lage sei ernst. Man habe Hilfe angefordert.\n\nDie Feuerwehr sei vor Ort.");
    expect(found.filter((q) => q.rule === "de.quote.indirect.konjunktiv-continuation").map((q) => q.text)).toEqual(["Die Lage sei ernst. Man habe Hilfe angefordert.", "Die Feuerwehr sei vor Ort."]);
  });

  test("de.quote.indirect.konjunktiv-continuation: a stated intention (will) is not continued", () => {
    const found = quotesIn("Der Präsident will einen Gipfel einberufen. Die Konferenz soll im März stattfinden.");
    expect(found.filter((q) => q.rule === "de.quote.indirect.konjunktiv-continuation")).toEqual([]);
  });

  test("de.quote.indirect.konjunktiv-continuation: a reportive modal after an attribution", () => {
    const found = quotesIn("Der Sprecher sagte, es gebe drei Verletzte. Die Zeugen sollen noch befragt werden.");
    expect(found).toContainEqual(expect.objectContaining({text: "Die Zeugen sollen noch befragt werden.", type: "indirect", speaker: "Der Sprecher"}));
  });

  test("de.quote.indirect.konjunktiv-continuation: a modal ending a relative clause states a purpose, not hearsay", () => {
    const found = quotesIn("Der Sprecher sagte, es gebe drei Verletzte. Das Land möchte einen Rat gründen, der die Preise regulieren soll.");
    expect(found.filter((q) => q.rule === "de.quote.indirect.konjunktiv-continuation")).toEqual([]);
  });

  test.each<[string, string, {text: string; speaker: string; rule: string}[]]>([
    ["a speech verb after 'Nach Angaben X'", "Nach Angaben des Senders sagte der Minister, dass zehn Millionen Dollar investiert werden sollen.", [
      {text: "sagte der Minister, dass zehn Millionen Dollar investiert werden sollen", speaker: "Angaben des Senders", rule: "de.quote.indirect.according-to"},
      {text: "dass zehn Millionen Dollar investiert werden sollen", speaker: "der Minister", rule: "de.quote.indirect.cue-clause"}
    ]],
    ["'nach Aussage X' inside the frame", "Der Geschäftsführer hatte nach Aussage des Angestellten stets erklärt, das Verfahren sei mit dem Ministerium abgesprochen gewesen.", [
      {text: "Der Geschäftsführer hatte nach Aussage des Angestellten stets erklärt, das Verfahren sei mit dem Ministerium abgesprochen gewesen", speaker: "Aussage des Angestellten", rule: "de.quote.indirect.according-to"},
      {text: "das Verfahren sei mit dem Ministerium abgesprochen gewesen", speaker: "Der Geschäftsführer", rule: "de.quote.indirect.cue-clause"}
    ]],
    ["a wie frame around 'nach Auffassung X'", "Wie der Sprecher mitteilte, ist die Kernenergie nach Auffassung der Kanzlerin vorerst unverzichtbar.", [
      {text: "ist die Kernenergie nach Auffassung der Kanzlerin vorerst unverzichtbar", speaker: "Auffassung der Kanzlerin", rule: "de.quote.indirect.according-to"},
      {text: "ist die Kernenergie nach Auffassung der Kanzlerin vorerst unverzichtbar", speaker: "der Sprecher", rule: "de.quote.indirect.clause-cue"}
    ]]
  ])("a speech frame inside an attribution-word quote gives a nested quote (%s)", (_name, text, expected) => {
    expect(quotesIn(text).map(({text, speaker, rule}) => ({text, speaker, rule}))).toEqual(expected);
  });

  test.each<[string, string]>([
    ["the frame names no speaker", "Das stellt nach Angaben des Ministeriums ein Risiko dar, und keiner könne sagen, was dann passiere."],
    ["the frame's clause is the first quote's", "Die Kommission forderte das Verbot nach einer Erklärung, in der es heißt, die Partei habe manipuliert."]
  ])("no nested quote when %s", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.type === "indirect")).toHaveLength(1);
  });

  test("an indirect clause that embeds a direct quote is found next to it", () => {
    const found = quotesIn("Ein Sprecher meinte, der Mann habe sich „mit der Trennung nie abfinden können“.");
    expect(found).toContainEqual(expect.objectContaining({text: "mit der Trennung nie abfinden können", type: "direct", speaker: "Ein Sprecher"}));
    expect(found).toContainEqual(expect.objectContaining({text: "der Mann habe sich „mit der Trennung nie abfinden können“", type: "indirect", speaker: "Ein Sprecher", cue: "meinte"}));
  });

  test("de.quote.indirect.cue-clause: a zu-infinitive content keeps its purpose clause", () => {
    expect(quotesIn("Sie warf der Regierung vor, die Euphorie auszunutzen, um ohne Widerstand Gesetze zu verschärfen.")).toEqual([
      expect.objectContaining({text: "die Euphorie auszunutzen, um ohne Widerstand Gesetze zu verschärfen", type: "indirect", speaker: "Sie", rule: "de.quote.indirect.cue-clause"})
    ]);
  });

  test("de.quote.indirect.cue-clause: an infinitive of purpose without comma is no content", () => {
    expect(quotesIn("Sie kündigten Untersuchungen an um weitere Fossilien zu finden.").filter((q) => q.type === "indirect")).toEqual([]);
  });

  test.each<[string, string]>([
    ["a relative clause (verb last)", "Er sagte es dem Bürgermeister Hans Berg, der seit vielen Jahren im Amt ist."],
    ["an apposition", "Das sagte Rice, die Außenministerin der Vereinigten Staaten, am Montag in Brüssel."],
    ["a wie frame", "Wie die Polizei sagte, wurde der Mann am Freitag in seinem Hotel gefunden."]
  ])("de.quote.indirect.cue-clause: no indicative report after sagen for %s", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.rule === "de.quote.indirect.cue-clause")).toEqual([]);
  });

  test.each<[string, string]>([
    ["so … dass", "Die Stadt will die Halle so umbauen, dass dort bald auch Konzerte stattfinden können."],
    ["derart … dass", "Der Minister betonte die Risiken derart deutlich, dass die Sitzung abgebrochen wurde."]
  ])("de.quote.indirect.cue-clause: a consecutive clause (%s) is no content of the cue", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.rule === "de.quote.indirect.cue-clause")).toEqual([]);
  });

  test("de.quote.indirect.clause-cue: a sentence opening with a purpose clause (Um … zu) is no report", () => {
    expect(quotesIn("Um den Umfang einschätzen zu können, zitiert die Zeitung einen Experten.").filter((q) => q.rule === "de.quote.indirect.clause-cue")).toEqual([]);
  });

  test.each<[string, string]>([
    ["a name with its apposition", "Wolfgang Hürter, Aufsichtsvorsitzender der Stadtwerke, nennt den Vorgang ein Musterbeispiel."],
    ["a noun phrase with its apposition", "Der drittgrößten Volkswirtschaft der Erde, Japan, droht eine Rezession."]
  ])("de.quote.indirect.clause-cue: the subject before ', cue' is no clause (%s)", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.rule === "de.quote.indirect.clause-cue")).toEqual([]);
  });

  test.each<[string, string, string]>([
    ["verteidigen", "Die Vorsitzende des Kreisverbandes, Anna Berg, verteidigte sein Vorgehen. So seien hunderte Menschen auf die Straße gegangen.", "Die Vorsitzende des Kreisverbandes, Anna Berg"],
    ["begründen", "Die Staatsanwaltschaft begründete ihren Antrag ausführlich. Mit Frankreich gebe es kein Abkommen.", "Die Staatsanwaltschaft"],
    ["ausgehen (a fronted pronominal adverb)", "Davon geht der Minister Jan Roth aus. Die Wahl werde schon am Sonntag stattfinden.", "der Minister Jan Roth"]
  ])("a speech verb that makes no quote (%s) still opens the attribution a Konjunktiv continuation carries", (_lemma, text, speaker) => {
    expect(quotesIn(text)).toEqual([expect.objectContaining({type: "indirect", speaker, rule: "de.quote.indirect.konjunktiv-continuation"})]);
  });

  test.each<[string, string, string]>([
    ["a possessive source ('Nach ihren Erkenntnissen') points back: the speaker named before speaks on", "Die Forscherin sagte, das Eis schmelze schneller. Nach ihren Erkenntnissen sei der Gletscher geschrumpft. Er werde bald verschwinden.", "Die Forscherin"],
    ["another source ('Nach Angaben des Instituts') speaks on itself", "Die Forscherin sagte, das Eis schmelze schneller. Nach Angaben des Instituts sei der Gletscher geschrumpft. Er werde bald verschwinden.", "Angaben des Instituts"]
  ])("the speaker a continuation carries after an according-to source (%s)", (_name, text, speaker) => {
    expect(quotesIn(text).at(-1)).toEqual(expect.objectContaining({speaker, rule: "de.quote.indirect.konjunktiv-continuation"}));
  });

  test.each<[string, string]>([
    ["writing history", "Vor 125 Jahren schrieb Carl Benz Automobilgeschichte. Niemand ahnte, wie sehr das die Welt verändern würde."],
    ["a naming verb", "Der Titel heißt wie die Konzertreihe. Die Platte solle im Oktober erscheinen."]
  ])("no speaker carried from a verb that is not speech (%s)", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.speaker !== "")).toEqual([]);
  });

  test("a quotation alone after the cue gets no indirect reading", () => {
    const found = quotesIn("Der Sprecher sagte: „Wir werden das Werk in diesem Jahr nicht schließen.“");
    expect(found.map((q) => q.type)).toEqual(["direct"]);
  });

  test("de.quote.indirect.free-konjunktiv: a main clause in Konjunktiv I with no attribution in reach is free indirect speech", () => {
    const found = quotesIn("Das Werk wurde 1990 gebaut.\n\nDie Ursache für den Brand sei nie gefunden worden.");
    expect(found).toEqual([expect.objectContaining({text: "Die Ursache für den Brand sei nie gefunden worden.", type: "indirect", speaker: "", rule: "de.quote.indirect.free-konjunktiv"})]);
  });

  test("de.quote.indirect.pointer-back: 'Das teilte X mit.' attributes the sentence before", () => {
    const found = quotesIn("Ein Autofahrer ist in eine Menschenmenge gefahren. Das teilte Feuerwehrsprecher Axel Stüken mit.");
    expect(found).toEqual([expect.objectContaining({text: "Ein Autofahrer ist in eine Menschenmenge gefahren", type: "indirect", speaker: "Feuerwehrsprecher Axel Stüken", cue: "teilte mit", rule: "de.quote.indirect.pointer-back"})]);
  });

  test("de.quote.indirect.pointer-back: a term in quotation marks that no rule takes does not stop it", () => {
    const found = quotesIn("Wer noch keine „leistungsaushelfende Versicherung“ hat, muss sie bis Juli abschließen. Dies gibt der Apothekerverband bekannt.");
    expect(found).toEqual([expect.objectContaining({type: "indirect", speaker: "der Apothekerverband", rule: "de.quote.indirect.pointer-back"})]);
  });

  test("de.quote.indirect.pointer-back: not when the sentence before already holds a quote", () => {
    const found = quotesIn("Laut Polizei wurde niemand verletzt. Dies gab Airbus bekannt.");
    expect(found.filter((q) => q.rule === "de.quote.indirect.pointer-back")).toEqual([]);
  });
});
