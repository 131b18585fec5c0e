import {describe, expect, test} from "vitest";
import {quotesIn} from "./helpers.js";

type Expected = {text: string; type?: string; speaker?: string; cue?: string; rule?: string};

describe("indirect and reported speech rules", () => {
  test.each<[string, string, Expected]>([
    ["de.quote.indirect.cue-clause (dass)", "Trump betonte, dass das Treffen bald stattfinden solle.",
      {text: "dass das Treffen bald stattfinden solle", type: "indirect", speaker: "Trump", cue: "betonte", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (Konjunktiv I)", "Der russische Präsidentensprecher Dmitri Peskow sagte, bei dem Gespräch sei es um den Frieden gegangen.",
      {text: "bei dem Gespräch sei es um den Frieden gegangen", speaker: "Der russische Präsidentensprecher Dmitri Peskow", cue: "sagte"}],
    ["de.quote.indirect.cue-clause (adverbs left after an apposition)", "Dabei sagte Ole Brandt, der zweite Kassenwart, aber auch, dass die Mitglieder Belege verlangten.",
      {text: "dass die Mitglieder Belege verlangten", type: "indirect", speaker: "Ole Brandt, der zweite Kassenwart", cue: "sagte", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (an infinitive clause without comma)", "Die Bürgermeisterin hatte im Frühjahr angekündigt beim Stadtlauf im Juni selbst mitzulaufen.",
      {text: "beim Stadtlauf im Juni selbst mitzulaufen", type: "indirect", speaker: "Die Bürgermeisterin", cue: "angekündigt", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.clause-cue (a perfect frame: ', hatte X gesagt')", "Es drohe ein Preiskampf, hatte Wendt bei seinem Besuch in Graz gesagt.",
      {text: "Es drohe ein Preiskampf", type: "indirect", speaker: "Wendt", cue: "gesagt", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.cue-clause (a main clause in the indicative after sagen)", "Auf der Messe in Ulm sagte Okafor, die Zulieferer lieferten inzwischen wieder pünktlich.",
      {text: "die Zulieferer lieferten inzwischen wieder pünktlich", type: "indirect", speaker: "Okafor", cue: "sagte", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (subject after verb)", "Unterdessen bestätigte der ukrainische Präsidialamtschef Andrij Jermak, dass sich Kiew vorbereite.",
      {text: "dass sich Kiew vorbereite", speaker: "der ukrainische Präsidialamtschef Andrij Jermak", cue: "bestätigte"}],
    ["de.quote.indirect.cue-clause (a colon opening a quotation ends the clause)", "Die Opposition äußerte den Verdacht, die Wahl habe politische Gründe: „Man muss nur hinsehen. Dann ist alles klar.“",
      {text: "die Wahl habe politische Gründe", type: "indirect", speaker: "Die Opposition", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (a title after a colon stays in the clause)", "Der Minister sagte, der Titel des Buches laute: „Neue Wege“ und es erscheine im Mai.",
      {text: "der Titel des Buches laute: „Neue Wege“ und es erscheine im Mai", type: "indirect", rule: "de.quote.indirect.cue-clause"}],
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
    ["de.quote.indirect.cue-clause (festhalten: to state)", "Das Protokoll hält fest, dass die Halle ohne Auflagen vermietet werden darf.",
      {text: "dass die Halle ohne Auflagen vermietet werden darf", cue: "hält fest", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (schließen daraus: an inference stated)", "Analysten schließen daraus, dass der Konzern das Vertrauen der Anleger verspielt hat.",
      {text: "dass der Konzern das Vertrauen der Anleger verspielt hat", speaker: "Analysten", cue: "schließen daraus", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.clause-cue (ausrichten lassen)", "Man sei für Gespräche offen, ließ die Bürgermeisterin ausrichten.",
      {text: "Man sei für Gespräche offen", speaker: "die Bürgermeisterin", cue: "ließ ausrichten", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.clause-cue (Swiss spelling: ss for ß)", "Man sei für Gespräche offen, liess die Gemeinderätin ausrichten.",
      {text: "Man sei für Gespräche offen", speaker: "die Gemeinderätin", cue: "liess ausrichten", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.cue-clause (Swiss spelling of a strong verb)", "Der Verein beschliesst, die Halle im Winter zu schliessen.",
      {text: "die Halle im Winter zu schliessen", speaker: "Der Verein", cue: "beschliesst", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.free-konjunktiv (a colon after a person's clause frames the Konjunktiv)", "Die Abgeordnete Eva Roth stellte Bedingungen: Ohne eine Reform werde ihre Fraktion nicht zustimmen.",
      {text: "Die Abgeordnete Eva Roth stellte Bedingungen: Ohne eine Reform werde ihre Fraktion nicht zustimmen.", speaker: "Die Abgeordnete Eva Roth", rule: "de.quote.indirect.free-konjunktiv"}],
    ["de.quote.indirect.free-konjunktiv (a thing before the colon names no speaker)", "Die Lage blieb angespannt: Ohne eine Reform werde die Fraktion nicht zustimmen.",
      {text: "Die Lage blieb angespannt: Ohne eine Reform werde die Fraktion nicht zustimmen.", speaker: "", rule: "de.quote.indirect.free-konjunktiv"}],
    ["de.quote.indirect.cue-clause (folgern)", "Die Forscher folgerten, dass das Eis schneller schmilzt als erwartet.",
      {text: "dass das Eis schneller schmilzt als erwartet", speaker: "Die Forscher", cue: "folgerten", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (participle of a separable verb: festgehalten)", "Im Protokoll wird festgehalten, dass es keine Obergrenze für die Zahl der Gäste gibt.",
      {text: "dass es keine Obergrenze für die Zahl der Gäste gibt", cue: "festgehalten", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (participle of a separable verb: dazu aufgerufen)", "Die Bürger wurden im Rundfunk dazu aufgerufen, ihre Häuser zu verlassen.",
      {text: "ihre Häuser zu verlassen", cue: "aufgerufen", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.clause-cue (what one must assume is content, not the frame)", "Man müsse davon ausgehen, dass viele Kinder verletzt seien, sagte die Therapeutin.",
      {text: "Man müsse davon ausgehen, dass viele Kinder verletzt seien", speaker: "die Therapeutin", cue: "sagte", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.cue-clause (a past modal: a speech act performed)", "Sie musste betonen, dass es noch keine Entscheidung gebe.",
      {text: "dass es noch keine Entscheidung gebe", speaker: "Sie", rule: "de.quote.indirect.cue-clause"}],
    ["de.quote.indirect.cue-clause (passive: es wird angenommen)", "Es wird angenommen, dass das Feuer in der Küche ausbrach.",
      {text: "dass das Feuer in der Küche ausbrach", cue: "angenommen"}],
    ["de.quote.indirect.noun-clause (die Ansicht, dass)", "Der Präsident vertritt die Ansicht, dass die Preise weiter steigen werden.",
      {text: "dass die Preise weiter steigen werden", type: "indirect", speaker: "Der Präsident", cue: "Ansicht", rule: "de.quote.indirect.noun-clause"}],
    ["de.quote.indirect.noun-clause (a Konjunktiv I main clause after the noun)", "Der Mieterbund hatte den Standpunkt vertreten, das Amt sei für Mieten nicht zuständig.",
      {text: "das Amt sei für Mieten nicht zuständig", type: "indirect", speaker: "Der Mieterbund", cue: "Standpunkt", rule: "de.quote.indirect.noun-clause"}],
    ["de.quote.indirect.noun-clause (den Befehl, … zu)", "Der Präsident erteilte der Armee den Befehl, bei der Räumung der Dörfer zu helfen.",
      {text: "bei der Räumung der Dörfer zu helfen", speaker: "Der Präsident", cue: "Befehl"}],
    ["de.quote.indirect.noun-clause (zuversichtlich, … zu)", "Der Trainer ist zuversichtlich, das Spiel gewinnen zu können.",
      {text: "das Spiel gewinnen zu können", speaker: "Der Trainer", cue: "zuversichtlich"}],
    ["de.quote.indirect.noun-clause (the noun phrase as source)", "Seit Jahren gab es Hinweise, dass Gelder verschwunden waren.",
      {text: "dass Gelder verschwunden waren", speaker: "Hinweise", cue: "Hinweise"}],
    ["de.quote.indirect.clause-cue (wie X, apposition, mitteilte, …)", "Wie der Sprecher der Reederei, Nils Haug, mitteilte, wurde das Boot in einer Bucht entdeckt.",
      {text: "wurde das Boot in einer Bucht entdeckt", cue: "mitteilte"}],
    ["de.quote.indirect.clause-cue (wie X bekannt gab: a joined verb written apart)", "Wie das Ministerium gestern bekannt gab, wird die Fangquote im nächsten Jahr erhöht.",
      {text: "wird die Fangquote im nächsten Jahr erhöht", speaker: "das Ministerium", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.clause-cue (so X inside the sentence)", "Meist habe die Katze vor dem Fenster gesessen, so die Nachbarin, die auch von nächtlichem Lärm berichtete.",
      {text: "Meist habe die Katze vor dem Fenster gesessen", speaker: "die Nachbarin", cue: "so"}],
    ["de.quote.indirect.clause-cue (wie frame before a consecutive clause)", "Wie aus Firmenkreisen verlautete, will die Bahn ihr Werk so umbauen, dass dort auch Loks gebaut werden.",
      {text: "will die Bahn ihr Werk so umbauen, dass dort auch Loks gebaut werden", speaker: "aus Firmenkreisen", cue: "verlautete", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.clause-cue (wie verlautete: a report with no speaker at all)", "Die Fähre bleibe bis Freitag im Hafen, wie verlautete.",
      {text: "Die Fähre bleibe bis Freitag im Hafen", speaker: "", cue: "verlautete", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.indirect.clause-cue (so X with a phrase to the sentence end)", "Die Ministerin sagte, die Schule werde geschlossen. Eine Sanierung sei zu teuer, so Peter Lang gegenüber dem Lokalradio.",
      {text: "Eine Sanierung sei zu teuer", speaker: "Peter Lang", cue: "so", rule: "de.quote.indirect.clause-cue"}],
    ["de.quote.reported.speech-act (a stated intention, present tense)", "Die Partei will hohe Einkommen stärker belasten.",
      {text: "Die Partei will hohe Einkommen stärker belasten.", type: "reported", speaker: "Die Partei", cue: "will"}],
    ["de.quote.indirect.according-to (laut)", "Laut Trump umfasste das Gespräch viele Themen.",
      {text: "umfasste das Gespräch viele Themen", type: "indirect", speaker: "Trump", cue: "Laut", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (after a colon the phrase opens its clause)", "Für die Stadt ist das eine Pause: Nach Angaben der Polizei waren am Montag drei Straßen gesperrt.",
      {text: "waren am Montag drei Straßen gesperrt", type: "indirect", speaker: "Angaben der Polizei", cue: "Nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (zufolge)", "Russischen Medien zufolge dauerte das Gespräch anderthalb Stunden.",
      {text: "dauerte das Gespräch anderthalb Stunden", speaker: "Russischen Medien", cue: "zufolge"}],
    ["de.quote.indirect.according-to ('ihrer Meinung nach', nach after its noun)", "Die Brücke sei ihrer Meinung nach nicht mehr sicher.",
      {text: "Die Brücke sei ihrer Meinung nach nicht mehr sicher", type: "indirect", speaker: "ihrer Meinung", cue: "nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to ('nach' after its noun in a relative clause)", "Der Rat beschloss einen Plan, der ihrer Ansicht nach scheitern werde.",
      {text: "der ihrer Ansicht nach scheitern werde", type: "indirect", speaker: "ihrer Ansicht", cue: "nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (nach Angaben)", "Nach Angaben der Polizei wurden drei Menschen verletzt.",
      {text: "wurden drei Menschen verletzt", speaker: "Angaben der Polizei", cue: "Nach"}],
    ["de.quote.indirect.according-to (nach einer Hochrechnung)", "Nach einer Hochrechnung des Senders liegt die Herausforderin bei 47 Prozent.",
      {text: "liegt die Herausforderin bei 47 Prozent", speaker: "einer Hochrechnung des Senders", cue: "Nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (nach jetzigem Ermittlungsstand)", "Nach jetzigem Ermittlungsstand ist der Brand in einem Heizungskeller ausgebrochen.",
      {text: "ist der Brand in einem Heizungskeller ausgebrochen", speaker: "jetzigem Ermittlungsstand", cue: "Nach"}],
    ["de.quote.indirect.according-to (nach dem Willen: a plan reported)", "Nach dem Willen des Vorstands soll der Zwist im Verein gütlich beigelegt werden.",
      {text: "soll der Zwist im Verein gütlich beigelegt werden", cue: "Nach", rule: "de.quote.indirect.according-to"}],
    ["de.quote.indirect.according-to (compound source noun)", "Nach Unternehmensangaben arbeiten in der Brauerei rund 340 Menschen.",
      {text: "arbeiten in der Brauerei rund 340 Menschen", speaker: "Unternehmensangaben", cue: "Nach"}],
    ["de.quote.indirect.according-to (noun spelt like a verb form)", "Offiziellen Angaben zufolge gibt es kaum noch Trinkwasser.",
      {text: "gibt es kaum noch Trinkwasser", speaker: "Offiziellen Angaben", cue: "zufolge"}],
    ["de.quote.indirect.according-to (quoted name)", "Laut „Radio Nordsee“ zogen hunderte Radfahrer durch die Altstadt.",
      {text: "zogen hunderte Radfahrer durch die Altstadt", speaker: "„Radio Nordsee“", cue: "Laut"}],
    ["de.quote.indirect.according-to (frame inside the clause)", "Unter den Gästen waren Berichten zufolge etwa 40 Rentner.",
      {text: "Unter den Gästen waren Berichten zufolge etwa 40 Rentner", speaker: "Berichten", cue: "zufolge"}],
    ["de.quote.indirect.cue-clause (relative pronoun as subject)", "Neue Intendantin wird eine Regisseurin, die vor dem Stadtrat betonte, sie gehöre keinem Lager an.",
      {text: "sie gehöre keinem Lager an", speaker: "die", cue: "betonte"}],
    ["de.quote.indirect.cue-clause (subject inside a relative clause)", "Vermisst wird ein Hund, von dem die Besitzerin glaubt, er sei entlaufen.",
      {text: "er sei entlaufen", speaker: "die Besitzerin", cue: "glaubt"}],
    ["de.quote.indirect.cue-clause (impersonal: no speaker)", "Vorerst hieß es, der Hergang sei unklar.",
      {text: "der Hergang sei unklar", speaker: "", cue: "hieß"}],
    ["de.quote.indirect.cue-clause (apposition with adjectives)", "Die Nachfolgerin des im Mai verstorbenen Gründers, Greta Hollmann, hat angekündigt, der Umzug werde Geld kosten.",
      {text: "der Umzug werde Geld kosten", speaker: "Die Nachfolgerin des im Mai verstorbenen Gründers, Greta Hollmann"}],
    ["de.quote.indirect.cue-clause (apposition with an article, subject first)", "Lena Vogt, die Landrätin von Ostholstein, teilte mit, die Lage sei ruhig.",
      {text: "die Lage sei ruhig", speaker: "Lena Vogt, die Landrätin von Ostholstein"}],
    ["de.quote.indirect.cue-clause (apposition with an article, subject after the verb)", "Am Montag sagte Pia Kessler, die Bürgermeisterin von Waldau, die Lage sei ernst.",
      {text: "die Lage sei ernst", speaker: "Pia Kessler, die Bürgermeisterin von Waldau"}],
    ["de.quote.indirect.cue-clause (relative clause is not an apposition)", "Jörg Wendtland, der als Sprecher auftritt, erklärte, die Lage sei ruhig.",
      {text: "die Lage sei ruhig", speaker: "Jörg Wendtland"}],
    ["de.quote.reported.speech-act (passive with its agent)", "Von der Initiative wurden weitere Treffen angekündigt.",
      {text: "Von der Initiative wurden weitere Treffen angekündigt.", type: "reported", speaker: "der Initiative"}],
    ["de.quote.reported.speech-act (a main clause after 'Als …' keeps its speech act)", "Als Ersatz wollen die Nachbarn nun im Gemeindehaus feiern.",
      {text: "Als Ersatz wollen die Nachbarn nun im Gemeindehaus feiern.", type: "reported", speaker: "die Nachbarn", cue: "wollen"}],
    ["de.quote.reported.speech-act (a relative clause keeps its speech act: the clause is the quote)", "Der Zettel, in dem sie Heimweh als Grund angab, lag auf dem Tisch.",
      {text: "in dem sie Heimweh als Grund angab", type: "reported", speaker: "sie", cue: "angab"}],
    ["de.quote.indirect.konjunktiv-continuation (a speech verb's participle after a Konjunktiv auxiliary is reported too)", "Der Minister sagte, die Lage sei ernst. Allerdings habe die Stadt den Antrag abgelehnt.",
      {text: "Allerdings habe die Stadt den Antrag abgelehnt.", speaker: "Der Minister", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (a passive speech verb after a Konjunktiv 'werde': its subject is no speaker)", "Die Vorsitzende Ilka Marten sagte, die Mitglieder könnten bis Freitag wählen. Das Resultat werde am Montag mitgeteilt.",
      {text: "Das Resultat werde am Montag mitgeteilt.", speaker: "Die Vorsitzende Ilka Marten", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (a strong participle: 'werde … bekanntgegeben')", "Der Wahlleiter erklärte, die Urnen seien versiegelt. Die Zahl der Stimmen werde am Abend bekanntgegeben.",
      {text: "Die Zahl der Stimmen werde am Abend bekanntgegeben.", speaker: "Der Wahlleiter", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["'werde' with an infinitive is the future of a report, the verb a cue with its subject", "Die Ministerin werde am Montag verkünden, dass die Bäder öffnen.",
      {text: "dass die Bäder öffnen", speaker: "Die Ministerin", cue: "verkünden"}],
    ["de.quote.indirect.konjunktiv-continuation (a Konjunktiv II of the dictionary stands in for the Konjunktiv I)", "Der Kämmerer sagte, die Stadt könne nicht mehr zahlen. Das hielte kein Haushalt lange aus.",
      {text: "Das hielte kein Haushalt lange aus.", speaker: "Der Kämmerer", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (a Konjunktiv I ending a relative clause)", "Der Kämmerer sagte, die Stadt könne nicht mehr zahlen. Die Gemeinden tragen die Kosten, die das Land ihnen aufbürde.",
      {text: "Die Gemeinden tragen die Kosten, die das Land ihnen aufbürde.", speaker: "Der Kämmerer", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (a plural 'sollen' without a date continues)", "„Wir bleiben hart“, sagte die Sprecherin. Die Kosten sollen sinken.",
      {text: "Die Kosten sollen sinken.", speaker: "die Sprecherin", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (a plural 'sollen' with a perfect infinitive is hearsay, a date or not)", "„Wir bleiben hart“, sagte die Sprecherin. Die Täter sollen am Montag geflohen sein.",
      {text: "Die Täter sollen am Montag geflohen sein.", speaker: "die Sprecherin", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (a Konjunktiv II plural opens the sentence: no frame of its own)", "Der Minister sagte, dass die Pläne viel Geld kosten würden. Die Werke stünden unter Druck, die Preise seien gestiegen.",
      {text: "Die Werke stünden unter Druck, die Preise seien gestiegen.", speaker: "Der Minister", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (after a nested frame: the frame's speaker speaks on)", "Wie der Sprecher mitteilte, ist die Fähre nach Auffassung der Landrätin unverzichtbar. Daran sei nichts zu ändern.",
      {text: "Daran sei nichts zu ändern.", type: "indirect", speaker: "der Sprecher", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (after 'X hatte nach Aussage Y erklärt': X speaks on)", "Die Trainerin hatte nach Aussage des Kapitäns erklärt, das Training falle aus. Es gebe keinen freien Platz.",
      {text: "Es gebe keinen freien Platz.", type: "indirect", speaker: "Die Trainerin", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.indirect.konjunktiv-continuation (a Konjunktiv form of the verb dictionary)", "Der Sprecher sagte, die Anlage sei sicher. Daran ändere auch das Hochwasser im Keller nichts.",
      {text: "Daran ändere auch das Hochwasser im Keller nichts.", type: "indirect", speaker: "Der Sprecher", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["de.quote.reported.speech-act (a relative pronoun opening the clause)", "Der Vereinschef, dessen Abwahl von den Mitgliedern gefordert wird, blieb im Amt.",
      {text: "dessen Abwahl von den Mitgliedern gefordert wird", type: "reported", speaker: "den Mitgliedern"}],
    ["de.quote.reported.speech-act (a relative clause ending the sentence)", "Sie fanden eine Notiz, in der er die Reise ankündigte.",
      {text: "in der er die Reise ankündigte", type: "reported", speaker: "er", cue: "ankündigte"}],
    ["de.quote.reported.speech-act (an article after a comma opens no relative clause when the verb is not final)", "Die Regierung, die Opposition und die Gewerkschaften kündigten Proteste gegen das Gesetz an.",
      {text: "Die Regierung, die Opposition und die Gewerkschaften kündigten Proteste gegen das Gesetz an.", type: "reported"}],
    ["de.quote.reported.speech-act (drohen mit: a threat made)", "Der Vermieter hatte den Mietern mit Kündigung gedroht.",
      {text: "Der Vermieter hatte den Mietern mit Kündigung gedroht.", type: "reported", speaker: "Der Vermieter", cue: "gedroht"}],
    ["de.quote.reported.speech-act (begründen mit)", "Die Schulleitung begründete ihren Beschluss mit der Raumnot.",
      {text: "Die Schulleitung begründete ihren Beschluss mit der Raumnot.", type: "reported", speaker: "Die Schulleitung", cue: "begründete"}],
    ["de.quote.reported.speech-act (bitten um)", "Der Tierschutzverein bittet um Spenden aus der Nachbarschaft.",
      {text: "Der Tierschutzverein bittet um Spenden aus der Nachbarschaft.", type: "reported", speaker: "Der Tierschutzverein", cue: "bittet"}],
    ["de.quote.reported.speech-act (sehen … als: an opinion)", "Der Verein sieht den Aufstieg als Lohn harter Arbeit.",
      {text: "Der Verein sieht den Aufstieg als Lohn harter Arbeit.", type: "reported", speaker: "Der Verein", cue: "sieht als"}],
    ["de.quote.reported.speech-act (sehen darin)", "Die Historikerin sieht darin Parallelen zu der Flut im Jahr 1962.",
      {text: "Die Historikerin sieht darin Parallelen zu der Flut im Jahr 1962.", type: "reported", speaker: "Die Historikerin", cue: "sieht darin"}],
    ["de.quote.reported.speech-act (halten … für)", "Fachleute halten den Umbau für einen Fehlgriff.",
      {text: "Fachleute halten den Umbau für einen Fehlgriff.", type: "reported", speaker: "Fachleute", cue: "halten für"}],
    ["de.quote.reported.speech-act (vorwerfen with its particle)", "Sie wirft dem Vorstand Schönfärberei vor.",
      {text: "Sie wirft dem Vorstand Schönfärberei vor.", type: "reported", speaker: "Sie", cue: "wirft vor"}],
    ["de.quote.reported.speech-act (ausschließen)", "Die Prüfer schlossen einen Kurzschluss als Ursache jedoch aus.",
      {text: "Die Prüfer schlossen einen Kurzschluss als Ursache jedoch aus.", type: "reported", speaker: "Die Prüfer", cue: "schlossen aus"}],
    ["de.quote.indirect.cue-clause (a place after the speaker noun)", "Die Sprecherin des Landratsamts in Kempten sagte, die Lage sei ruhig.",
      {text: "die Lage sei ruhig", speaker: "Die Sprecherin des Landratsamts in Kempten"}],
    ["de.quote.reported.speech-act", "US-Verteidigungsminister Pete Hegseth äußerte sich skeptisch zu einer NATO-Mitgliedschaft der Ukraine.",
      {text: "US-Verteidigungsminister Pete Hegseth äußerte sich skeptisch zu einer NATO-Mitgliedschaft der Ukraine.", type: "reported", speaker: "US-Verteidigungsminister Pete Hegseth", cue: "äußerte", rule: "de.quote.reported.speech-act"}]
  ])("%s", (_rule, text, expected) => {
    const found = quotesIn(text);
    expect(found, JSON.stringify(found)).toContainEqual(expect.objectContaining(expected));
  });

  test("de.quote.indirect.konjunktiv-continuation carries the speaker", () => {
    const found = quotesIn("Die Gutachterin sagte, das Dach habe dem Sturm nicht standgehalten. Dies sei eindeutig zu belegen gewesen.");
    expect(found).toContainEqual(expect.objectContaining({text: "Dies sei eindeutig zu belegen gewesen.", type: "indirect", speaker: "Die Gutachterin", rule: "de.quote.indirect.konjunktiv-continuation"}));
  });

  test("de.quote.indirect.konjunktiv-continuation: a run of continuations in one paragraph is one quote", () => {
    const found = quotesIn("Der Sprecher sagte, es gebe drei Verletzte. Die Lage sei ernst. Man habe Hilfe angefordert.\n\nDie Feuerwehr sei vor Ort.");
    expect(found.filter((q) => q.rule === "de.quote.indirect.konjunktiv-continuation").map((q) => q.text)).toEqual(["Die Lage sei ernst. Man habe Hilfe angefordert.", "Die Feuerwehr sei vor Ort."]);
  });

  test("de.quote.indirect.konjunktiv-continuation: a stated intention (will) is not continued", () => {
    const found = quotesIn("Die Rektorin will eine Versammlung einberufen. Das Treffen soll im Oktober stattfinden.");
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

  test.each<[string, string, string]>([
    ["a person after a possessive is a new speaker", "„Wer drängt, verliert“, sagte Hans Ebert. Ihre Sprecherin Lena Kamp erklärte, die Partei bestehe auf mehr Geld. Man sei nicht bereit, bei Kitas zu sparen.", "Ihre Sprecherin Lena Kamp"],
    ["a possessive source noun keeps the speaker named before", "Hans Ebert sagte, die Lage sei ernst. Seinen Angaben zufolge fehlt Geld. Man sei nicht bereit, bei Kitas zu sparen.", "Hans Ebert"]
  ])("de.quote.indirect.konjunktiv-continuation continues the latest speaker (%s)", (_name, text, speaker) => {
    expect(quotesIn(text).filter((q) => q.rule === "de.quote.indirect.konjunktiv-continuation").map((q) => q.speaker)).toEqual([speaker]);
  });

  test.each<[string, string, {text: string; speaker: string; rule: string}]>([
    ["a named organisation as subject with no attribution before: its own position", "Die Neue Mitte sehe das anders.",
      {text: "Die Neue Mitte sehe das anders.", speaker: "Die Neue Mitte", rule: "de.quote.indirect.actor-position"}],
    ["an acronym as subject with no attribution before", "Die Lage ist ernst. Die VPD lehne den Plan ab.",
      {text: "Die VPD lehne den Plan ab.", speaker: "Die VPD", rule: "de.quote.indirect.actor-position"}],
    ["the sentences after it continue the organisation", "Die Neue Mitte sehe das anders. Man wolle nicht sparen.",
      {text: "Man wolle nicht sparen.", speaker: "Die Neue Mitte", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["a named organisation after a report: what the report is about", "Hans Ebert sagte, die Lage sei ernst. Die Neue Mitte sehe das anders.",
      {text: "Die Neue Mitte sehe das anders.", speaker: "Hans Ebert", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["an acronym after a direct quotation", "„Wir bleiben“, sagte Hans Ebert. Die VPD habe den Plan nie gewollt.",
      {text: "Die VPD habe den Plan nie gewollt.", speaker: "Hans Ebert", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["an organisation with a speech cue of its own speaks", "Hans Ebert sagte, die Lage sei ernst. Die VPD erklärte, sie lehne den Plan ab.",
      {text: "sie lehne den Plan ab", speaker: "Die VPD", rule: "de.quote.indirect.cue-clause"}],
    ["an unnamed body as subject is carried on", "Hans Ebert sagte, die Lage sei ernst. Die Partei sehe das anders.",
      {text: "Die Partei sehe das anders.", speaker: "Hans Ebert", rule: "de.quote.indirect.konjunktiv-continuation"}],
    ["a thing as subject is carried on", "Hans Ebert sagte, die Lage sei ernst. Die Kosten seien gestiegen.",
      {text: "Die Kosten seien gestiegen.", speaker: "Hans Ebert", rule: "de.quote.indirect.konjunktiv-continuation"}]
  ])("Konjunktiv sentence after a report (%s)", (_name, text, expected) => {
    expect(quotesIn(text).map(({text, speaker, rule}) => ({text, speaker, rule})).at(-1)).toEqual(expected);
  });

  test.each<[string, string, {text: string; speaker: string; rule: string}[]]>([
    ["a speech verb after 'Nach Angaben X'", "Nach Angaben der Zeitung sagte die Ministerin, dass drei Millionen Euro in Radwege fließen sollen.", [
      {text: "sagte die Ministerin, dass drei Millionen Euro in Radwege fließen sollen", speaker: "Angaben der Zeitung", rule: "de.quote.indirect.according-to"},
      {text: "dass drei Millionen Euro in Radwege fließen sollen", speaker: "die Ministerin", rule: "de.quote.indirect.cue-clause"}
    ]],
    ["'nach Aussage X' inside the frame", "Die Vermieterin hatte nach Aussage der Mieter stets erklärt, die Reparatur sei mit der Hausverwaltung abgesprochen gewesen.", [
      {text: "Die Vermieterin hatte nach Aussage der Mieter stets erklärt, die Reparatur sei mit der Hausverwaltung abgesprochen gewesen", speaker: "Aussage der Mieter", rule: "de.quote.indirect.according-to"},
      {text: "die Reparatur sei mit der Hausverwaltung abgesprochen gewesen", speaker: "Die Vermieterin", rule: "de.quote.indirect.cue-clause"}
    ]],
    ["a wie frame around 'nach Auffassung X'", "Wie der Sprecher mitteilte, ist die Fähre nach Auffassung der Landrätin vorerst unverzichtbar.", [
      {text: "ist die Fähre nach Auffassung der Landrätin vorerst unverzichtbar", speaker: "Auffassung der Landrätin", rule: "de.quote.indirect.according-to"},
      {text: "ist die Fähre nach Auffassung der Landrätin vorerst unverzichtbar", speaker: "der Sprecher", rule: "de.quote.indirect.clause-cue"}
    ]]
  ])("a speech frame inside an attribution-word quote gives a nested quote (%s)", (_name, text, expected) => {
    expect(quotesIn(text).map(({text, speaker, rule}) => ({text, speaker, rule}))).toEqual(expected);
  });

  test.each<[string, string]>([
    ["the frame names no speaker", "Das stellt nach Angaben des Verbands eine Gefahr dar, und niemand könne sagen, wie es weitergehe."],
    ["the frame's clause is the first quote's", "Der Rat verlangte den Rücktritt nach einem Bericht, in dem es heißt, der Vorstand habe getäuscht."]
  ])("no nested quote when %s", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.type === "indirect")).toHaveLength(1);
  });

  test("an indirect clause that embeds a direct quote is found next to it", () => {
    const found = quotesIn("Ein Sprecher meinte, die Spielerin habe sich „mit der Ersatzbank nie anfreunden können“.");
    expect(found).toContainEqual(expect.objectContaining({text: "mit der Ersatzbank nie anfreunden können", type: "direct", speaker: "Ein Sprecher"}));
    expect(found).toContainEqual(expect.objectContaining({text: "die Spielerin habe sich „mit der Ersatzbank nie anfreunden können“", type: "indirect", speaker: "Ein Sprecher", cue: "meinte"}));
  });

  test("de.quote.indirect.cue-clause: a zu-infinitive content keeps its purpose clause", () => {
    expect(quotesIn("Er warf dem Vorstand vor, die Feierlaune auszunutzen, um ohne Debatte die Beiträge zu erhöhen.")).toEqual([
      expect.objectContaining({text: "die Feierlaune auszunutzen, um ohne Debatte die Beiträge zu erhöhen", type: "indirect", speaker: "Er", rule: "de.quote.indirect.cue-clause"})
    ]);
  });

  test("de.quote.indirect.cue-clause: an infinitive of purpose without comma is no content", () => {
    expect(quotesIn("Sie kündigten Grabungen an um weitere Scherben zu finden.").filter((q) => q.type === "indirect")).toEqual([]);
  });

  test.each<[string, string]>([
    ["a relative clause (verb last)", "Er sagte es dem Bürgermeister Hans Berg, der seit vielen Jahren im Amt ist."],
    ["an apposition", "Das sagte Okafor, die Chefin der Einkaufsabteilung, am Montag in Ulm."],
    ["a wie frame", "Wie die Reederei sagte, wurde das Boot am Freitag in einer Bucht entdeckt."]
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
    expect(quotesIn("Um die Kosten abschätzen zu können, zitiert das Magazin eine Gutachterin.").filter((q) => q.rule === "de.quote.indirect.clause-cue")).toEqual([]);
  });

  test.each<[string, string]>([
    ["a name with its apposition", "Britta Lanz, Beiratsvorsitzende der Hafenbetriebe, nennt den Fall ein Lehrstück."],
    ["a noun phrase with its apposition", "Der größten Werft des Landes, Nordwerk, droht eine Pleite."]
  ])("de.quote.indirect.clause-cue: the subject before ', cue' is no clause (%s)", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.rule === "de.quote.indirect.clause-cue")).toEqual([]);
  });

  test.each<[string, string, string]>([
    ["verteidigen", "Die Vorsitzende des Kreisverbandes, Anna Berg, verteidigte die Entscheidung. So seien viele Eltern zur Versammlung gekommen.", "Die Vorsitzende des Kreisverbandes, Anna Berg"],
    ["begründen", "Die Schulleitung begründete ihren Beschluss ausführlich. Mit dem Nachbarort gebe es keinen Vertrag.", "Die Schulleitung"],
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
    ["writing history", "Vor 90 Jahren schrieb die Fliegerin Elly Sand Luftfahrtgeschichte. Niemand ahnte, wie sehr das ihr Dorf verändern würde."],
    ["a naming verb", "Das Album heißt wie die Tournee. Die Platte solle im Frühjahr erscheinen."]
  ])("no speaker carried from a verb that is not speech (%s)", (_name, text) => {
    expect(quotesIn(text).filter((q) => q.speaker !== "")).toEqual([]);
  });

  test("a quotation alone after the cue gets no indirect reading", () => {
    const found = quotesIn("Der Sprecher sagte: „Wir werden das Werk in diesem Jahr nicht schließen.“");
    expect(found.map((q) => q.type)).toEqual(["direct"]);
  });

  test("de.quote.indirect.free-konjunktiv: a main clause in Konjunktiv I with no attribution in reach is free indirect speech", () => {
    const found = quotesIn("Die Halle wurde 1975 errichtet.\n\nDer Grund für den Einsturz sei nie geklärt worden.");
    expect(found).toEqual([expect.objectContaining({text: "Der Grund für den Einsturz sei nie geklärt worden.", type: "indirect", speaker: "", rule: "de.quote.indirect.free-konjunktiv"})]);
  });

  test("de.quote.indirect.pointer-back: 'Das teilte X mit.' attributes the sentence before", () => {
    const found = quotesIn("Ein Lastwagen ist in ein Schaufenster gerollt. Das teilte Polizeisprecherin Jana Wilp mit.");
    expect(found).toEqual([expect.objectContaining({text: "Ein Lastwagen ist in ein Schaufenster gerollt", type: "indirect", speaker: "Polizeisprecherin Jana Wilp", cue: "teilte mit", rule: "de.quote.indirect.pointer-back"})]);
  });

  test("de.quote.indirect.pointer-back: a term in quotation marks that no rule takes does not stop it", () => {
    const found = quotesIn("Wer noch keine „wetterfeste Bootsplane“ hat, muss sie bis Mai bestellen. Dies gibt der Seglerverband bekannt.");
    expect(found).toEqual([expect.objectContaining({type: "indirect", speaker: "der Seglerverband", rule: "de.quote.indirect.pointer-back"})]);
  });

  test("de.quote.indirect.pointer-back: not when the sentence before already holds a quote", () => {
    const found = quotesIn("Laut Polizei wurde niemand verletzt. Dies gab die Reederei bekannt.");
    expect(found.filter((q) => q.rule === "de.quote.indirect.pointer-back")).toEqual([]);
  });
});
