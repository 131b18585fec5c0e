import {describe, expect, it, test} from "vitest";
import {speakerName} from "../../../loaders/quotes/speakers.js";
import {quotesIn} from "./helpers.js";

/** [rule, sentence, speaker of the first quote found] — sentences written for the test, not taken from a corpus. */
describe("speaker rules", () => {
  test.each<[string, string, string]>([
    ["de.speaker.fronted-phrase (prepositional phrase before a modal)", "Auch auf wiederholte Nachfrage der Reporter wollte sie betonen, dass es keine Pläne gebe.", "sie"],
    ["de.speaker.fronted-phrase (pronominal adverb)", "Dagegen protestierte der Bauernverband, der die Pläne ablehnt.", "der Bauernverband"],
    ["de.speaker.fronted-object (a bare noun fronted, a role noun after the verb)", "Verständnis äußerte hingegen die Landrätin des Kreises Wettau, Eva Roth.", "die Landrätin des Kreises Wettau, Eva Roth"],
    ["de.speaker.fronted-object (a bare noun fronted, a name after the verb)", "Bedauern äußerte Jonas Keller.", "Jonas Keller"],
    ["de.speaker.fronted-object (a noun of people fronted stays the subject)", "Experten kritisierten die Entscheidung.", "Experten"],
    ["de.speaker.fronted-phrase (pronominal adverb, content clause)", "Darüber berichtete die Lokalzeitung, dass der Bürgermeister zurücktreten werde.", "die Lokalzeitung"],
    ["de.speaker.fronted-list (a fronted phrase holding a list)", "In den Antworten zu Tirol, Kärnten und der Steiermark sagte das Ministerium, dass Zahlen fehlen.", "das Ministerium"],
    ["de.speaker.fronted-list (after gesprächen mit)", "Nach Gesprächen mit Polen, Ungarn und Tschechien erklärte der Kanzler, man sei sich einig.", "der Kanzler"],
    ["de.speaker.fronted-list leaves a relative clause", "In Linz, wo die Firma sitzt, sagte der Sprecher, man sei zufrieden.", "der Sprecher"],
    ["de.speaker.fronted-object-attribute (an object with a prepositional attribute)", "Einen Ausbau der Halle für den Sport kündigte der Verein gestern an.", "der Verein"],
    ["de.speaker.fronted-object-attribute (two attributes)", "Einen Tunnel durch den Berg zum Hafen hält die Stadträtin für zu teuer.", "die Stadträtin"],
    ["de.speaker.fronted-phrase (Als + noun, verb second)", "Als Ausgleich fordert die Gewerkschaft höhere Löhne für alle Beschäftigten.", "die Gewerkschaft"],
    ["de.speaker.fronted-phrase does not touch 'als' clauses", "Als der Minister ankam, sagte er, dass die Lage ernst sei.", "er"],
    ["de.speaker.fronted-phrase leaves a fronted subject", "Die Ministerin sagte am Abend, dass die Lage ernst sei.", "Die Ministerin"],
    ["a report with a list before the comma, the subject after the verb", "Die Brücke, die Straße und der Tunnel seien frei, sagte der Landrat.", "der Landrat"],
    ["a report opening with commas, no relative clause", "Nein, ein Umzug komme nicht in Frage, erklärte die Mieterin.", "die Mieterin"],
    ["subject and apposition before the comma, 'und' inside a title", "Die Ministerin für Arbeit und Soziales, Lea Vogt, sagte, die Lage sei ernst.", "Die Ministerin für Arbeit und Soziales, Lea Vogt"],
    ["de.speaker.fronted-phrase (dative object before the verb)", "Der regionalen Zeitung sagte die Bürgermeisterin: „Wir bauen die Brücke neu.“", "die Bürgermeisterin"],
    ["de.speaker.fronted-phrase (Als + phrase with a preposition)", "Als Grund für die Absage gab der Verein an, der Platz sei überflutet.", "der Verein"],
    ["a surname in -ell opening the sentence is the subject, no adverb", "Campbell kritisierte die Entscheidung der Schiedsrichter.", "Campbell"],
    ["a surname in -ell before a content clause", "Maxwell betonte die Bedeutung der Reform für die Schulen.", "Maxwell"],
    ["a capitalised adverb opening the sentence is no subject", "Offiziell bestätigte die Polizei die Festnahme.", "die Polizei"],
    ["an adverb of degree opening the sentence before another word is no subject", "Genau das forderten am Montag die Eltern der Schüler.", "die Eltern der Schüler"],
    ["an adverb of degree before an adjective opening the sentence is no subject", "Völlig überzogen nannte der Verband die Gebühren.", "der Verband"],
    ["a surname that is also an adverb of degree stays the subject before the verb", "Kaum kritisierte die Entscheidung des Gerichts.", "Kaum"],
    ["a phrase of time between the verb and its subject", "Die Brücke bleibe gesperrt, sagte am Dienstag der Leiter des Bauamts.", "der Leiter des Bauamts"],
    ["a date between the verb and a name", "Die Brücke bleibe gesperrt, erklärte am 3. Mai 2021 Karla Brenner.", "Karla Brenner"],
    ["two phrases of time and place before a role noun and name", "Die Brücke bleibe gesperrt, sagte am Abend in Ulm Stadträtin Karla Brenner.", "Stadträtin Karla Brenner"],
    ["a phrase with a genitive before the subject", "Die Brücke bleibe gesperrt, sagte in der Sitzung des Bauausschusses die Bürgermeisterin.", "die Bürgermeisterin"],
    ["'der' with a feminine noun after the phrase is a genitive, no subject", "Der Verband klagt in einem Schreiben an die Leitung der Behörde, dass die Frist zu kurz sei.", "Der Verband"],
    ["an object 'sie' after a masculine subject", "Der Anwalt forderte sie auf, sofort die Polizei zu rufen.", "Der Anwalt"],
    ["an object 'sie' after a person as subject", "Die Richterin forderte sie auf, die Aussage zu wiederholen.", "Die Richterin"],
    ["'sie' after a fronted object is the subject", "Die Zahlen bestätigte sie am Montag.", "sie"],
    ["'sie' after a fronted object with an organisation in the genitive is the subject", "Die Entscheidung des Gerichts nannte sie „einen Fehler“.", "sie"],
    ["'ihrer Ansicht nach' inside a noun phrase attributes no clause of its own", "Sie warnte vor den ihrer Ansicht nach steigenden Mieten im Viertel.", "Sie"],
    ["a quantifier after the verb is the subject without the object after it", "Gestern äußerten beide den Wunsch, dass die Gespräche weitergehen.", "beide"],
    ["de.speaker.pronoun-after-verb", "Die Pläne der Stadtverwaltung, die Bäder zu schließen, nannte er einen „schweren Fehler“.", "er"],
    ["de.speaker.agentless-passive", "Dem Händler wurde vorgeworfen, Waren falsch ausgezeichnet zu haben.", ""],
    ["de.speaker.agentless-passive keeps an agent", "Vom Verband wurde gefordert, die Regeln zu ändern.", "Verband"],
    ["de.speaker.apposition-before (name, role)", "Anna Berger, Sprecherin des Umweltverbands, kritisierte, dass die Grenzwerte zu hoch seien.", "Anna Berger, Sprecherin des Umweltverbands"],
    ["de.speaker.apposition-before (role, name)", "Der Leiter des Zoos, Peter Lang, erklärte, die Tiere seien gesund.", "Der Leiter des Zoos, Peter Lang"],
    ["de.speaker.apposition-before (possessive, role and name)", "Ihr Kollege, Stadtrat Peter Lang, erklärte, die Tiere seien gesund.", "Ihr Kollege, Stadtrat Peter Lang"],
    ["de.speaker.apposition-before (possessive, name)", "Sein Nachfolger, Peter Lang, erklärte, die Tiere seien gesund.", "Sein Nachfolger, Peter Lang"],
    ["de.speaker.parenthesis-before", "Die Vereinigung der Bäcker (kurz: VdB) befürchtet, dass die Preise steigen werden.", "Die Vereinigung der Bäcker (kurz: VdB)"],
    ["de.speaker.parenthesis-before (comma inside)", "Anna Weiß von der Umweltbehörde (Amt für Wasser, AfW) sagte, der See sei belastet.", "Anna Weiß von der Umweltbehörde (Amt für Wasser, AfW)"],
    ["de.speaker.apposition-after", "Am Montag sagte Karl Huber, Kommandant der Feuerwehr, die Brandursache sei unklar.", "Karl Huber, Kommandant der Feuerwehr"],
    ["de.speaker.apposition-after (extended attribute)", "Am Montag sagte Karl Huber, der für die Schulen zuständige Minister, die Lage sei ernst.", "Karl Huber, der für die Schulen zuständige Minister"],
    ["de.speaker.apposition-before (extended attribute, name first)", "Karl Huber, der für die Schulen zuständige Minister, sagte, die Lage sei ernst.", "Karl Huber, der für die Schulen zuständige Minister"],
    ["de.speaker.apposition-before (extended attribute, role first)", "Die seit Jahren amtierende Bürgermeisterin, Anna Berger, kündigte an, die Brücke werde saniert.", "Die seit Jahren amtierende Bürgermeisterin, Anna Berger"],
    ["de.speaker.apposition-after leaves a prepositional phrase without adjective", "Am Montag sagte Karl Huber, nach der Sitzung im Rathaus, die Lage sei ernst.", "Karl Huber"],
    ["de.speaker.apposition-after needs a role between commas", "Am Montag sagte Karl Huber, Deutschland werde helfen.", "Karl Huber"],
    ["de.speaker.inserted-apposition (role, genitive, name after the auxiliary)", "Vor Beginn der Gespräche hat der Generalsekretär der Volkspartei, Malte Ohlsen, vor überzogenen Forderungen gewarnt.", "der Generalsekretär der Volkspartei, Malte Ohlsen"],
    ["de.speaker.inserted-apposition (name, role after the auxiliary)", "Am Montag hat Malte Ohlsen, Generalsekretär der Volkspartei, vor überzogenen Forderungen gewarnt.", "Malte Ohlsen, Generalsekretär der Volkspartei"],
    ["de.speaker.inserted-apposition (before a content clause)", "Am Montag hat der Generalsekretär der Volkspartei, Malte Ohlsen, betont, die Lage sei ernst.", "der Generalsekretär der Volkspartei, Malte Ohlsen"],
    ["de.speaker.surname-particle", "Von der Heide betonte, die Schule bleibe geöffnet.", "Von der Heide"],
    ["de.speaker.surname-particle leaves passive agents", "Von der Polizei wurde mitgeteilt, dass zwei Männer festgenommen worden seien.", "der Polizei"],
    ["de.speaker.verlautet-from", "Aus Regierungskreisen verlautete, dass der Minister zurücktreten wolle.", "Aus Regierungskreisen"],
    ["de.speaker.medium-tail", "Das Wetter bleibe kalt, schreibt der Wetterdienst auf seiner Website.", "der Wetterdienst auf seiner Website"],
    ["de.speaker.quantifier-subject", "Beide riefen gestern zu Spenden für das Tierheim auf.", "Beide"],
    ["de.speaker.quantifier-subject (before an auxiliary)", "Viele haben gesagt, der Winter sei zu mild gewesen.", "Viele"],
    ["de.speaker.quantifier-subject leaves a quantifier with a noun", "Beide Parteien forderten, dass die Wahl wiederholt werde.", "Beide Parteien"],
    ["subject after 'indem'", "Der Verband reagierte, indem er die Mitglieder zum Protest aufforderte: „Kommt alle nach Berlin!“", "er"],
    ["subject after 'obwohl'", "Die Schule bleibt offen, obwohl die Behörde erklärt hatte, der Bau sei marode.", "die Behörde"],
    ["de.speaker.place-tail (place after a speaker behind its verb)", "„Das Dach hat gewackelt“, berichtet eine Reporterin des Senders aus Bielefeld den Hörern.", "eine Reporterin des Senders aus Bielefeld"],
    ["de.speaker.place-tail (adjective before the place)", "Die Brücke werde im Mai fertig, teilte die Firma im nahen Oldenburg mit.", "die Firma im nahen Oldenburg"],
    ["de.speaker.place-tail leaves a source phrase", "Nach Angaben der Behörden Kanadas aus Ottawa sollen zwei Schiffe gesunken sein.", "Angaben der Behörden Kanadas"],
    ["de.speaker.place-tail leaves a pronoun", "Die Brücke werde im Mai fertig, sagte sie in Oldenburg.", "sie"],
    ["de.speaker.place-tail leaves a subject before its verb", "Die Firma in Oldenburg teilte mit, die Brücke werde im Mai fertig.", "Die Firma in Oldenburg"],
    ["de.speaker.medium-tail leaves 'in einem Interview'", "Die Fabrik bleibe offen, sagte der Konzernchef in einem Interview.", "der Konzernchef"],
    ["de.speaker.end-at-quotation (lower-case quotation)", "Die Anlage wird nach Angaben des Betreibers „äußerst sorgfältig“ gewartet.", "Angaben des Betreibers"],
    ["de.speaker.end-at-quotation keeps a quoted name", "Laut „Radio Bremen“ wurden zwei Schulen geschlossen.", "„Radio Bremen“"],
    ["de.speaker.saxon-genitive", "Hamburgs neuer Bürgermeister Jan Berg spricht von einem „großen Tag“.", "Hamburgs neuer Bürgermeister Jan Berg"],
    ["de.speaker.saxon-genitive leaves numbers", "Nach Angaben von Reuters wurden vier Menschen verletzt.", "Angaben von Reuters"],
    ["de.speaker.impersonal-heisst", "Die Zahlen sind unklar, es heißt, dass zwei Dörfer zerstört wurden.", ""],
    ["de.speaker.impersonal-heisst keeps a document", "In einer Erklärung heißt es, dass die Schule geschlossen bleibe.", "einer Erklärung"],
    ["de.speaker.source-date", "Nach Informationen vom frühen Morgen wurden drei Keller überflutet.", "Informationen vom frühen Morgen"],
    ["de.speaker.end-at-quotation keeps a web address", "Laut der Website „wetter-heute.de“ wird es morgen regnen.", "der Website „wetter-heute.de“"],
    ["de.speaker.impersonal-heisst (document spelt like a verb)", "Wörtlich heißt es in dem Schreiben: „Die Frist läuft am Freitag ab.“", "dem Schreiben"],
    ["de.speaker.genitive-coordination", "Laut einer Mitteilung der Feuerwehr und der Polizei wurde niemand verletzt.", "einer Mitteilung der Feuerwehr und der Polizei"],
    ["de.speaker.genitive-coordination only in source phrases", "Am Abend sagte der Sprecher der Feuerwehr und der Bürgermeister nickte, dass alles ruhig sei.", "der Sprecher der Feuerwehr"],
    ["a preposition spelt like an adjective ends a source phrase", "Dennoch war das Feuer nach Polizeiangaben binnen einer Stunde gelöscht.", "Polizeiangaben"],
    ["a preposition spelt like an adjective ends a source phrase (ohne)", "Die Brücke bleibt laut Stadtverwaltung ohne jeden Zweifel bis Mai gesperrt.", "Stadtverwaltung"],
    ["de.speaker.zu-infinitive (a coordinated subject of the governing clause)", "Die Leiterin der Klinik und mehrere Ärzte des Hauses bemühten sich, gegenüber den Eltern zu erklären, das Wasser sei sauber.", "Die Leiterin der Klinik und mehrere Ärzte des Hauses"],
    ["de.speaker.zu-infinitive (no second conjunct before the verb)", "Der Sprecher der Stadt beeilte sich und die Presse wartete, die Lage zu erklären.", "Der Sprecher der Stadt"],
    ["de.speaker.middle-initial", "Am Abend sagte der Senator John F. Miller, dass er kandidiere.", "der Senator John F. Miller"],
    ["de.speaker.truncated-compound", "Das Umwelt- und Verkehrsministerium hat angekündigt, die Straße zu sperren.", "Das Umwelt- und Verkehrsministerium"],
    ["de.quote.direct.source-in-sentence", "Der Bürgermeister sprach lange. Nach Angaben der Stadtverwaltung sei der Bau „dringend nötig“ gewesen.", "Angaben der Stadtverwaltung"],
    ["de.quote.direct.source-in-sentence (so X at the end)", "Die Vorräte der „kleinen Bäckereien“ seien erschöpft, so Müller.", "Müller"],
    ["de.quote.direct.source-in-sentence (laut)", "Das Konzert war laut einem Kritiker ein „großer Erfolg“.", "einem Kritiker"],
    ["de.speaker.verlautet-from in a wie clause", "Wie aus Kreisen der Feuerwehr verlautete, wurde niemand verletzt.", "aus Kreisen der Feuerwehr"],
    ["de.speaker.wie-clause-extent (document and date)", "Wie die Zeitung Der Bote in einem Bericht vom 3. Mai 2020 schreibt, soll die Brücke gesperrt werden.", "die Zeitung Der Bote in einem Bericht vom 3. Mai 2020"],
    ["de.speaker.wie-clause-extent (apposition before the verb)", "Die Brücke wird gesperrt, wie Anna Berg, Leiterin des Bauamts der Stadt mitteilte.", "Anna Berg, Leiterin des Bauamts der Stadt"],
    ["de.speaker.wie-clause-extent (genitive with a possessive, name between commas)", "Wie die Sprecherin seines Büros in Bremen, Eva Roth, mitteilte, ist er wieder gesund.", "die Sprecherin seines Büros in Bremen, Eva Roth"],
    ["de.speaker.wie-clause-extent leaves an adverb of time", "Wie die Polizei am Montag mitteilte, wurde niemand verletzt.", "die Polizei"],
    ["de.speaker.wie-clause-extent leaves a pronoun", "Wie er in einem Brief an den Rat schrieb, bleibe die Schule offen.", "er"],
    ["de.speaker.elided-subject (object pronoun after the verb)", "Der Verein dementierte den Bericht nicht und nannte ihn „völlig überzogen“.", "Der Verein"],
    ["de.speaker.elided-subject (a fronted object before the first verb)", "Den Vorschlag lehnte der Rat ab und nannte ihn „zu teuer“.", "der Rat"],
    ["de.speaker.elided-subject (subject after the first verb, an adverbial in front)", "Schon am Freitagabend zogen Studenten vor das Theater und skandierten „Nie wieder“.", "Studenten"],
    ["de.speaker.elided-subject (an object after the first verb is not taken for the subject)", "Am Sonntagabend dankten dem Team die Fans im Stadion und sprachen von einem „Wunder“.", ""],
    ["de.speaker.prefield-extent (place after the subject)", "Prüfer vor Ort schlossen Brandstiftung als Ursache aus.", "Prüfer vor Ort"],
    ["de.speaker.prefield-extent (institute and city)", "Anna Roth vom Institut für Physik in Bremen erklärte, der Komet sei harmlos.", "Anna Roth vom Institut für Physik in Bremen"],
    ["de.speaker.prefield-extent leaves an adverb", "Die Polizei heute erklärte, der Täter sei gefasst.", "Die Polizei"],
    ["de.speaker.prefield-extent leaves a noun cue", "Der Präsident erteilte der Armee den Befehl, den Dörfern zu helfen.", "Der Präsident"],
    ["de.quote.indirect.noun-clause (noun in a prepositional phrase)", "Die Tagung endete mit dem Aufruf, die Wälder besser zu schützen.", "dem Aufruf"],
    ["de.quote.indirect.noun-clause (prepositional phrase, a person as subject)", "Der Bürgermeister schloss mit dem Aufruf, die Wälder besser zu schützen.", "Der Bürgermeister"],
    ["de.quote.indirect.noun-clause (subject before an auxiliary in -e)", "Die Schulleitung hatte die Anweisung gegeben, dass ausschließlich in der Mensa gegessen wird.", "Die Schulleitung"],
    ["de.quote.indirect.noun-clause (the noun with its capitalised article)", "Die Anordnung sieht vor, dass alle Hunde im Park angeleint werden.", "Die Anordnung"],
    ["de.quote.indirect.noun-clause (adjective before the noun)", "Der Verband hatte die klare Forderung erhoben, dass die Läden sonntags öffnen.", "Der Verband"]
  ])("%s", (_name, text, speaker) => {
    const quotes = quotesIn(text);
    const direct = quotes.find((q) => q.type === "direct");
    expect(quotes.length).toBeGreaterThan(0);
    expect((direct ?? quotes[0]).speaker).toBe(speaker);
  });
});

describe("a refined source phrase stays out of the quote", () => {
  test("Nach Informationen vom frühen Morgen …", () => {
    const [q] = quotesIn("Nach Informationen vom frühen Morgen wurden drei Keller überflutet.");
    expect(q.text).toBe("wurden drei Keller überflutet");
  });
});

describe("de.quote.indirect.unknown-frame", () => {
  test.each<[string, string, string, string]>([
    ["a frame verb the lexicon does not know", "Der Bürgermeister sagte, die Brücke sei marode. Die Opposition hatte den Standpunkt vertreten, der Kreis müsse die Kosten tragen.",
      "der Kreis müsse die Kosten tragen", "Die Opposition"],
    ["dass after an unknown frame", "Der Bürgermeister sagte, die Brücke sei marode. Der Verkehrsverein ist der Meinung, dass sie bald einstürzen werde.",
      "dass sie bald einstürzen werde", "Der Verkehrsverein"],
    ["a relative clause stays a continuation", "Der Bürgermeister sagte, die Brücke sei marode. Die Stadt plant einen Neubau, der teuer werde.",
      "Die Stadt plant einen Neubau, der teuer werde.", "Der Bürgermeister"]
  ])("%s", (_name, text, quote, speaker) => {
    const found = quotesIn(text);
    expect(found[1]).toMatchObject({text: quote, speaker});
  });
});

describe("de.quote.indirect.previous-subject", () => {
  test.each<[string, string, string]>([
    ["an organisation acting in the sentence before", "Der Innenminister sagte, die Bundeswehr solle helfen. Den Vorschlag hat der Verband der Feuerwehren abgelehnt. Die Soldaten seien dafür nicht ausgebildet.",
      "der Verband der Feuerwehren"],
    ["a person with a role in the sentence before", "Der Innenminister sagte, die Bundeswehr solle helfen. Gewerkschaftschef Karl Brand begründete dies mit der Lage. Die Soldaten seien dafür nicht ausgebildet.",
      "Gewerkschaftschef Karl Brand"],
    ["a subject that is no speaker keeps the carried one", "Der Innenminister sagte, die Bundeswehr solle helfen. Die Lage im Land ist schwierig. Es gebe kaum Wasser.",
      "Der Innenminister"]
  ])("%s", (_name, text, speaker) => {
    const found = quotesIn(text);
    expect(found[found.length - 1].speaker).toBe(speaker);
  });
});

describe("a Konjunktiv continuation takes the attribution of its own sentence's direct quotation", () => {
  test.each<[string, string, string]>([
    ["speech verb used by a quotation in the sentence", "Der Minister sagte, die Brücke sei marode. Er nannte es einen Fehler. Jonas Weil, der Sprecher des Bündnisses, sagte, den Grundsatz „gleiche Arbeit, gleicher Lohn“ gebe es auch hier, aber dort gelte er nicht.",
      "Jonas Weil, der Sprecher des Bündnisses"],
    ["so X after quotations", "Der Minister sagte, die Brücke sei marode. Die „alten Pfeiler“ hätten „nie gehalten“, so Müller.",
      "Müller"],
    ["no quotation: the carried attribution", "Der Minister sagte, die Brücke sei marode. Die alten Pfeiler hätten nie gehalten.",
      "Der Minister"]
  ])("%s", (_name, text, speaker) => {
    const indirect = quotesIn(text).filter((q) => q.type === "indirect");
    expect(indirect[indirect.length - 1].speaker).toBe(speaker);
  });
});

describe("a quoted name after an article opens the speaker phrase", () => {
  test.each<[string, string]>([
    ["Am Montag berichtete die „Abendpost“ in ihrer Onlineausgabe, dass die Brücke gesperrt bleibe.", "die „Abendpost“ in ihrer Onlineausgabe"],
    ["Laut der „Abendpost“ bleibt die Brücke gesperrt.", "der „Abendpost“"]
  ])("%s", (text, speaker) => {
    const indirect = quotesIn(text).find((q) => q.type === "indirect");
    expect(indirect?.speaker).toBe(speaker);
  });
});

describe("de.speaker.elided-subject: the speaker of the first conjunct's speech verb", () => {
  test.each<[string, string]>([
    ["Die Abgeordneten der Grünen, Anna Berg und Karl Roth, sprachen von einem „schweren Fehler“ und forderten die Stadt auf, die Brücke zu sperren.", "Die Abgeordneten der Grünen, Anna Berg und Karl Roth"],
    ["Der Verband sprach von einem „schweren Fehler“ und forderte die Stadt auf, die Brücke zu sperren.", "Der Verband"]
  ])("%s", (text, speaker) => {
    const indirect = quotesIn(text).find((q) => q.type === "indirect");
    expect(indirect?.speaker).toBe(speaker);
  });
});

describe("an unresolved speaker is one name wherever it stands (speakerName)", () => {
  const cases: [string, string][] = [
    ["Die Gewerkschaft", "die Gewerkschaft"],
    ["die Gewerkschaft", "die Gewerkschaft"],
    ["Der Kreis Wettau", "der Kreis Wettau"],
    ["Ein Sprecher der Stadtwerke", "ein Sprecher der Stadtwerke"],
    // no determiner: as written
    ["Gewerkschaft Nord", "Gewerkschaft Nord"],
    ["Stadtwerke", "Stadtwerke"]
  ];
  it.each(cases)("%s → %s", (surface, name) => expect(speakerName(surface)).toBe(name));
});

describe("a surname with a lower-case particle is a speaker, as the people finder reads it", () => {
  test.each<[string, string]>([
    ["„Wir warten ab“, sagte van Hoeven nach der Sitzung.", "van Hoeven"],
    ["„Wir warten ab“, sagte ter Meulen.", "ter Meulen"],
    ["„Wir warten ab“, sagte Stadträtin della Rocca.", "Stadträtin della Rocca"],
    ["Kommissarin van der Wiel erklärte dagegen, man sei bereit.", "Kommissarin van der Wiel"],
    ["Ratsherr de la Fuente wies das zurück: Die Pläne seien falsch.", "Ratsherr de la Fuente"],
    ["„Wir warten ab“, sagte Marijke van Hoeven.", "Marijke van Hoeven"],
    ["„Wir warten ab“, sagte al-Naimi nach dem Treffen.", "al-Naimi"],
    // "zu" after a name is a preposition ("sagte Berg zu Journalisten")
    ["„Wir warten ab“, sagte Karl Roth zu Journalisten.", "Karl Roth"],
    // a particle before a lower-case word is no name
    ["„Wir warten ab“, sagte Karl Roth de facto.", "Karl Roth"]
  ])("%s", (text, speaker) => expect(quotesIn(text)[0]?.speaker).toBe(speaker));
});
