import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "./helpers.js";

describe("sentence cues for bare surnames", () => {
  const cases: [string, [string, string][]][] = [
    ["Im Juni 1984 verlor Castellani knapp.", [["Castellani", "verb+subject-listed"]]],
    ["Später übernahm Kowalczak selbst die Leitung.", [["Kowalczak", "verb+subject-strong"]]],
    ["2003 wirkte Trenkler dann beim Umbau der Orgel mit.", [["Trenkler", "verb+subject-weak"]]],
    ["Ruhdorfer verbuchte seine größten Erfolge als Trainer.", [["Ruhdorfer", "subject+verb"]]],
    ["Der Vereinswirt Castrello (71) schweigt.", [["Castrello", "name+bracket"]]],
    ["Die Abgeordnete Brehmert (SPD) stimmte dagegen.", [["Brehmert", "role+name"]]],
    // scientists in -loge/-login, experts, analysts and therapists are role nouns too
    ["Das sagte die Glaziologin Mirjam Oberhollenzer von der Universität.", [["Mirjam Oberhollenzer", "role+name"]]],
    ["Nun widerspricht der Soziologe Fallmerayer.", [["Fallmerayer", "role+name"]]],
    ["Die Wahlexpertin Gunda Trapphagen rechnet mit einem knappen Ergebnis.", [["Gunda Trapphagen", "role+name"]]],
    ["Gestern stimmte auch Brandlechner (CDU) dagegen.", [["Brandlechner", "name+bracket"]]],
    ["„Das glaube ich kaum“, so Wendrich.", [["Wendrich", "reporter+name"]]],
    ["Der Umsatz sinkt, laut Wiesmeyer.", [["Wiesmeyer", "reporter+name"]]],
    ["Es war Chauntlers erstes Gedicht.", [["Chauntlers", "genitive+noun"]]],
    // two adjectives between the genitive and its noun
    ["Es war Brandtners drittes großes Projekt.", [["Brandtners", "genitive+noun"]]],
    ["Das war Pellandors jüngster großer Erfolg.", [["Pellandors", "genitive+noun"]]],
    // not a function word and an adjective: a noun's genitive before an article, a name before a conjunction
    ["Er blieb entgegen dem Beschluss des letzten Landestreffs eine rot-blaue Koalition.", []],
    ["Strafbar bleibt der Handel mit Kardamoms sowie jeglicher Konsum.", []],
    // the subject of a "wie" clause closed by a separable verb written as one word or a present form in -iert
    ["Es kam anders, wie Halvorsen es ausdrückt.", [["Halvorsen", "bare-subject"]]],
    ["Es kam anders, wie Halvorsen es formuliert.", [["Halvorsen", "bare-subject"]]],
    // the addressee of "an"
    ["Später erinnerte Jonas Reimling an Hallmann.", [["Jonas Reimling", "given-name+surname"], ["Hallmann", "recipient+name"]]],
    // an adjective in -em or a superlative between the genitive and its noun
    ["Das lag am Einfluss von Ottos älterem Bruder.", [["Ottos", "genitive+noun"]]],
    ["Es war Beltons erfolgreichste Saison.", [["Beltons", "genitive+noun"]]],
    // a family name in -mann in the genitive; a noun in -mann is none ("des Kaufmanns")
    ["Es war Brackmanns erfolgreichste Saison.", [["Brackmanns", "genitive+noun"]]],
    ["Wittmanns neuer Roman erschien im Mai.", [["Wittmanns", "genitive+noun"]]],
    ["Das war Kaufmanns Pflicht.", []],
    // the pronoun "dies" ends like an attribute ("-es") but is none: the genitive after it is a name's
    ["Im Finale war dies Beltons beste Saison.", [["Beltons", "genitive+noun"]]],
    ["Damals war dies Glasers stärkstes Jahr.", [["Glasers", "genitive+noun+family-name-noun"]]],
    // a year between the genitive and the attribute of its noun
    ["Bramows 1921 erschienener Roman war ein Erfolg.", [["Bramows", "genitive+noun"]]],
    ["Im Herbst las die Klasse Tarnows 1932 erschienenes Buch.", [["Tarnows", "genitive+noun"]]],
    // not before a bare year and a noun: no attribute
    ["Im Archiv liegen Brenkows 1921 Briefe.", []],
    // a pronoun in -er or -es before the genitive is no attribute ("war er …s Nachbar")
    ["Seit Jahren war er Mallors Nachbar.", [["Mallors", "genitive+noun"]]],
    ["Damals traf es Brentlers Schwester.", [["Brentlers", "genitive+noun"]]],
    // a word in -s before a plain word no dictionary or ending gives as a noun is a given name before its surname, no genitive
    ["Gestern kam Dimos Terwin nach Linz.", []],
    // also before a surname in -is, -us, -os that the dictionary lacks
    ["Tasos Mekoulis hat viel gesehen.", []],
    ["Apropos Tarvin: Der Vertrag läuft aus.", []],
    // a compound of two nouns with a head of four letters takes no word-order cue
    ["Danach landete Papiermüll im Fluss.", []],
    ["Motorteil fiel gestern ab.", []],
    // an adjective's shape no name has: a nominalised neuter in -es, an adverb in -iell/-uell; "Campbell" and "Morales" stay names
    ["Wichtig sei, dass Seltsames wieder gefragt ist.", []],
    ["Wichtig sei, dass Massives wieder gefragt ist.", []],
    ["Finanziell ist das gut.", []],
    // a word in -s that is a noun or adverb as it stands is no genitive; a name in -s is ("Brentlers Schwester" above)
    ["Ergebnis der Messung waren alte Werte.", []],
    ["Dann kam Brantwell zurück.", [["Brantwell", "verb+subject-listed"]]],
    ["Kendrell ist müde.", [["Kendrell", "subject+aux"]]],
    // after another word in -s the word is a work's name
    ["Dann hörten wir Wessers Parsifal im Radio.", [["Wessers", "genitive+noun"]]],
    // an unlisted given name before the genitive belongs to the name
    ["Im Kino lief Tarvo Wessers neuer Film.", [["Tarvo Wessers", "genitive+noun"]]],
    // a name in -ck takes its genitive in -cks ("Harricks"); nouns in -ck ("Blocks") are the dictionary's
    ["Sie erfuhr von Harricks baldiger Abreise.", [["Harricks", "genitive+noun"]]],
    ["Die Farbe des Blocks Ecke blieb.", []],
    // a name in -e or -a before a dictionary noun
    ["Sie sprach offen über Malvoyes Krankheit.", [["Malvoyes", "genitive+noun"]]],
    ["Nach Orsinellas Rücktritt wurde neu gewählt.", [["Orsinellas", "genitive+noun"]]],
    // a clause ends at a noun after its article: the capitalised word after "und" opens the next clause
    ["Die Gäste stiegen in den Bus und Tarrasch blieb allein zurück.", [["Tarrasch", "subject+verb"]]],
    // a word the noun dictionary lacks may be a name where a noun-shaped word may not
    ["Brannigan ist Chefarzt der Klinik.", [["Brannigan", "subject+aux"]]],
    ["Hollerbeck erzählt von seiner Reise nach Rom.", [["Hollerbeck", "name+speech-verb"]]],
    ["Im Jahr 1880 zog Dorinde nach Wien.", [["Dorinde", "verb+subject-listed"]]],
    ["Dann schrieb Lefarge einen Brief.", [["Lefarge", "speech-verb+name"]]],
    // a name in -cher is no adverb in -her ("daher", "bisher")
    ["Wallbacher erzählt von seiner Arbeit im Wald.", [["Wallbacher", "name+speech-verb"]]],
    ["Gestern klagte Dunbrook.", [["Dunbrook", "speech-verb+name"]]],
    ["Das Denkmal für Gotthold Ephraim Lessing steht in Wolfenbüttel.", [["Gotthold Ephraim Lessing", "given-name+surname"]]],
    ["Im Finale traf Zoltar Williams auf ihn.", [["Zoltar Williams", "given+known-surname"]]],
    ["Brandtner wurde 1907 Vorsitzender des Turnvereins.", [["Brandtner", "subject+aux"]]],
    ["Kellmann ist seit Jahren Bürgermeister.", [["Kellmann", "subject+aux"]]],
    ["Das sei unsinnig, behauptet Hohlmeier darin.", [["Hohlmeier", "speech-verb+name"]]],
    ["Vermietet Herr B. eine Wohnung an Frau M., so haftet er.", [["B.", "particle+surname"], ["M.", "particle+surname"]]],
    ["Das Museum einigte sich mit Frau von Hallberg.", [["von Hallberg", "particle+surname"]]],
    ["Sein erstes Tor schoss de Wilde im April.", [["de Wilde", "particle+surname"]]],
    ["Der Trainer van Gaal blieb ruhig.", [["van Gaal", "particle+surname"]]],
    ["Das Buch schrieb Elizabeth Harlow Penrose.", [["Elizabeth Harlow Penrose", "given-name+surname"]]],
    ["Casey Leopold wurde zu den Halifax Herons transferiert.", [["Casey Leopold", "given-name+surname"]]],
    ["Nach Konrad Adenauers Tod kam es zum Streit.", [["Konrad Adenauers", "given-name+surname"]]],
    ["Der Cellist und Komponist Yorick Lorinser gründete die Stiftung.", [["Yorick Lorinser", "role+name"]]],
    ["Nur Stürmer Yaniel Wendisch spielte durch.", [["Yaniel Wendisch", "role+name"]]],
    ["1958 wurde Kettelhorn neuer Abt.", [["Kettelhorn", "aux+subject"]]],
    ["Morgen berät der Vorstand über Beltons Vertrag.", [["Beltons", "genitive+noun"]]],
    ["Der Umsatz sinkt nach Angaben Wiesmeyers seit Monaten.", [["Wiesmeyers", "source+genitive"]]],
    ["Nachdem Wardle die Band verlassen hatte, zerfiel sie.", [["Wardle", "bare-subject"]]],
    ["Gerhardt war lange krank.", [["Gerhardt", "subject+aux"]]],
    ["Und Tischler versichert.", [["Tischler", "name+speech-verb"]]],
    ["Grant verlegte seine Truppen an die Küste.", [["Grant", "subject+verb"]]],
    ["Im Werk von Plutarch steht das.", [["Plutarch", "known-surname"]]],
    ["Das Album mit Joaquin Phoenix erschien 2008.", [["Joaquin Phoenix", "given-name+surname"]]],
    ["Die Tore fielen spät.", []],
    ["Nun hofft Familie Wendebaum auf Hilfe.", [["Wendebaum", "role+name"]]],
    ["„Das reicht“, so Blechinger abschließend.", [["Blechinger", "reporter+name"]]],
    ["Der Chor ist der älteste Teil (Brüggemeier, S. 88).", [["Brüggemeier", "author+citation"]]],
    ["Carrow (2006), S. 47.", [["Carrow", "author+citation"]]],
    ["Stiftungen gegen Tuberkulose (1954), Lepraxis (1970) und andere.", []],
    ["Den Verlag gründeten Wolf-Heinrich Ostendahl und andere.", [["Wolf-Heinrich Ostendahl", "given-name+surname"]]],
    ["Brockhage, Dave (2011): Modellbau für Einsteiger.", [["Brockhage, Dave", "surname,given"]]],
    ["Das kurze Gastspiel gab Kern im Frühjahr.", []],
    ["Damals gab John Peter Lawson Whitcombe die Briefe neu heraus.", [["John Peter Lawson Whitcombe", "given-name+surname"]]],
    // a clause joined by "und"/"aber" may open with a bare subject
    ["Das Labor brannte ab und Talmonder wurde dabei verletzt.", [["Talmonder", "subject+aux"]]],
    ["Die Truppen zogen sich zurück und Vantrelli gewann die Schlacht.", [["Vantrelli", "subject+verb"]]],
    // a name no list knows, then "von" and the seat
    ["Im Jahr 1120 folgte ihm Ruothard von Weilsheim als Abt.", [["Ruothard von Weilsheim", "name+von+seat"]]],
    ["Damals stritt Hadwigo zu Kernau mit dem Bischof.", [["Hadwigo zu Kernau", "name+von+seat"]]],
    // a lone given name after a noun or role is a person; after another capitalised word it ends a longer name
    ["Ihr Bruder Mike war ein Träumer.", [["Mike", "given-name"]]],
    ["Dort stand die Jungfrau Maria.", [["Maria", "given-name"]]],
    ["Er fuhr einen Aston Martin nach Hause.", []],
    ["Sie sahen Kill Bill im Kino.", []],
    // an apposition with a role names a person; a cue that names a person takes an unlisted given name before the surname
    ["Morvan, ein belgischer Chirurg, erforschte die Wirkung der Kräuter.", [["Morvan", "name+apposition"]]],
    ["Entdeckt wurde sie von Patch Calloway, einem bekannten Regisseur.", [["Patch Calloway", "name+apposition"]]],
    // so does an apposition with a noun of kin, a relation or a nationality after its article; not one a firm has too ("die Tochter des Konzerns")
    ["Dann kam Varnosi, der jüngere Bruder des Grafen, zurück.", [["Varnosi", "name+apposition"]]],
    ["Im Lager traf er Isperani, einen Mitschüler aus Graz.", [["Isperani", "name+apposition"]]],
    ["Im Lager traf er Isperani, einen Portugiesen.", [["Isperani", "name+apposition"]]],
    ["Im Mai kaufte Velmora, die Tochter des Konzerns, ein Werk.", []],
    ["Die Single nahm Vespano Verhoeven (47) in Graz auf.", [["Vespano Verhoeven", "name+bracket"]]],
    // an unlisted given name opening the sentence, before a surname a person cue finds
    ["Amrein Quenzel (45) kam erst am Abend.", [["Amrein Quenzel", "name+bracket"]]],
    // a surname by its shape takes an unlisted given name before it, but no noun
    ["Im Finale traf er auf Velimor Halvakovic aus Serbien.", [["Velimor Halvakovic", "surname-shape"]]],
    ["Im Finale traf er auf Halvakovic aus Serbien.", [["Halvakovic", "surname-shape"]]],
    ["Im Finale traf er auf Zweikampf Halvakovic aus Serbien.", [["Halvakovic", "surname-shape"]]],
    // Russian names as German writes them ("-witsch", "-owa", "-schwili"); not a place in "-ow" ("in Teltow"), which the shape leaves out
    ["Im Finale traf er auf Dolgoruwitsch aus Moskau.", [["Dolgoruwitsch", "surname-shape"]]],
    ["Im Finale traf er auf Stepanowa aus Moskau.", [["Stepanowa", "surname-shape"]]],
    ["Im Finale traf er auf Gelaschwili aus Tiflis.", [["Gelaschwili", "surname-shape"]]],
    ["Im Finale traf er auf Sportler aus Malchow.", []],
    // Italian and Spanish endings, on no dictionary noun and not after a preposition of places
    ["Dort sprach er lange mit Castellini.", [["Castellini", "surname-shape"]]],
    ["Dort sprach er lange mit Dominguez.", [["Dominguez", "surname-shape"]]],
    ["Im Urlaub fuhren sie nach Pescheroni.", []],
    ["Im Garten wuchsen auch Zucchini.", []],
    ["Laut Quenzel (SPD) ist das falsch.", [["Quenzel", "name+bracket"]]],
    // a role alone in brackets sets a person apart, also one with a Greek name in -os; not a title a team wins, nor a place's rank
    ["Später herrschte Lykander (König) allein.", [["Lykander", "name+bracket"]]],
    ["Damals regierte Walbrecht (Bürgermeister) die Stadt.", [["Walbrecht", "name+bracket"]]],
    ["Später herrschte Lyandros (König) allein.", [["Lyandros", "name+bracket"]]],
    ["Damals gewann Union (Meister) knapp.", []],
    ["Die Stadt Lyndau (Kreisstadt) wuchs.", []],
    // a lone given name after "in"/"aus" is a place; after an article a common noun
    ["Das Festival fand in Sienna statt.", []],
    ["Ein Leser aus Hagen schreibt.", []],
    ["Im Chorraum hängt eine Madonna.", []],
    ["Er sehnt sich nach Anja.", [["Anja", "given-name"]]],
    // a year may follow the inverted subject; after the copula only a year or a sentence adverb
    ["Aus gesundheitlichen Gründen verließ Gundelmann 1902 die Stadt.", [["Gundelmann", "verb+subject-strong"]]],
    ["Nach der Wahl wurde Bolleck 1993 Bürgermeister.", [["Bolleck", "aux+subject"]]],
    ["Vor ihrer Gesangskarriere war Clossek bereits Lehrerin.", [["Clossek", "aux+subject"]]],
    ["Damals war Ziel heftiger Kritik der Neubau.", []],
    // the agent of a passive, not "von" after a noun
    ["Diese Ansicht wird von Hickerton geteilt.", [["Hickerton", "von+passive"]]],
    ["Die Grabung wird von Stilmann betreut und geleitet.", [["Stilmann", "von+passive"]]],
    // "wie" opening the sentence is no noun before "von"
    ["Wie von Stilmann angekündigt, kam der Bericht.", [["Stilmann", "von+passive"]]],
    ["Der Bericht kam, wie von Stilmann angekündigt.", [["Stilmann", "von+passive"]]],
    ["Der Unfall ist als Unglück von Dohanek bekannt.", []],
    // a name part in -s before another name part is no genitive; before a noun it is
    ["Das Stadion planten Eduardo Pires Carvalhão Ribeiro und andere.", [["Eduardo Pires Carvalhão Ribeiro", "given-name+surname"]]],
    ["Das ist Peter Müllers Haus.", [["Peter Müllers", "given-name+surname"]]],
    // a surname with an elided particle; a suffix after a comma; an unlisted given name after a common noun
    ["Das Drehbuch schrieb er mit Adolphe d’Arvenne.", [["Adolphe d’Arvenne", "given-name+surname"]]],
    ["Martin Luther King, Jr. starb 1968.", [["Martin Luther King, Jr.", "given-name+surname"]]],
    ["Der Laden des Weinhändlers Vespano Castrelli (58) bleibt zu.", [["Vespano Castrelli", "name+bracket"]]],
    // an unlisted given name before a known surname after a finite verb; two known surnames side by side
    ["Im Januar wurde Ottwin Keitel befördert.", [["Ottwin Keitel", "given+known-surname"]]],
    // but not in an institution's name
    ["Im Januar wurde die Akademie Ottwin Keitel gegründet.", []],
    ["Die Fehler, die Rumsfeld Cheney und andere machten.", [["Cheney", "known-surname"]]],
    // a form that is also a participle is a finite verb before ", dass"
    ["Schlienkner erwartet, dass der Kurs steigt.", [["Schlienkner", "subject+verb"]]],
    // a lone given name in double quotes or guillemets is a title; in single quotes it may be a nickname
    ["Der Preis ging an den Film «Romy».", []],
    ["Er gab die Zeitschrift „Ariel“ heraus.", []],
    // a nickname in quotes inside a name; an initial that ends an abbreviation; a name after an English article
    ["Es jubelte auch Torwart Günther \"Katze\" Brenning mit.", [["Günther \"Katze\" Brenning", "given-name+surname"]]],
    ["Dort sitzen Firmen wie z. B. Baxter Logistics.", []],
    ["Ihr drittes Album hieß The Silver Harbour.", []],
    ["Die Farm ging an Henry and Jane Pellow.", [["Henry", "given-name"], ["Jane Pellow", "given-name+surname"]]],
    // a listed verb form with an inseparable prefix; more subordinators and interrogatives open a clause with a bare subject
    ["Danach verlässt Learmont wütend den Saal.", [["Learmont", "verb+subject-listed"]]],
    ["Die Grabung wird von Stilers betreut.", [["Stilers", "von+passive"]]],
    ["Sie drängten, sodass Lorrisch kaum noch klären konnte.", [["Lorrisch", "bare-subject"]]],
    ["Offen bleibt, woher Manethom sein Wissen hatte.", [["Manethom", "bare-subject"]]],
    // after an auxiliary other than the copula an article may follow the bare subject (a dative subject, then the object)
    ["Bei der Feier wird Lassberg ein Preis verliehen.", [["Lassberg", "aux+subject"]]],
    // a participle used as an adjective is no finite verb before an inverted subject
    ["Nachts beschmierten sogenannte Sprayer die Wände.", []],
    ["Dabei sind derzeit genannte Tablets das Werkzeug der Wahl.", []],
    // places and firms are vetoed only as lone words: after a given name they stay surnames
    ["Das Lied sang Whitney Houston.", [["Whitney Houston", "given-name+surname"]]],
    ["Damals gründete Louis Renault die Firma.", [["Louis Renault", "given-name+surname"]]],
    // a listed given name in the genitive before a noun, whatever its ending
    ["Ottos finanzielle Reserven schwanden rasch.", [["Ottos", "genitive+noun"]]],
    ["Die Familie zog kurz nach Annabelles Taufe um.", [["Annabelles", "genitive+noun"]]],
    ["Nach Angelas Erkrankung sagte sie ab.", [["Angelas", "genitive+noun"]]],
    // any third-person form of the verb dictionary is a finite verb next to a bare subject
    ["Kellerbrink nennt die Wahl knapp.", [["Kellerbrink", "subject+verb"]]],
    ["Auf der Bühne wirkt Ruttmann gelöst.", [["Ruttmann", "verb+subject-dict"]]],
    ["Nach der Trennung setzt Lisèna ihr Talent ein.", [["Lisèna", "verb+subject-dict"]]],
    // a reflexive "sich" after the verb leaves the bare word the subject
    ["Rastow zeigte sich zufrieden.", [["Rastow", "subject+verb"]]],
    // subjunctive auxiliaries take a bare subject too
    ["Bourdin habe damit an eine alte Idee angeknüpft.", [["Bourdin", "subject+aux"]]],
    ["Hahnemeyer hätte das ahnen müssen.", [["Hahnemeyer", "subject+aux"]]],
    // a name in -her that is no adverb
    ["Wenther war im selben Jahr befördert worden.", [["Wenther", "subject+aux"]]],
    // a name in -en or -ei at a sentence's start that is no noun, verb form or participle
    ["Trabzen ist Messe-Architekt.", [["Trabzen", "subject+aux"]]],
    ["Galdei setzte sich für die Schule ein.", [["Galdei", "subject+verb"]]],
    // a genitive opening a sentence before a noun, whatever its consonant ending
    ["Hartigs geologische Karten waren lange maßgeblich.", [["Hartigs", "genitive+noun"]]],
    ["Kobriks Anwalt legte sofort Berufung ein.", [["Kobriks", "genitive+noun"]]],
    ["Daniels Schwester hat einen kleinen Laden.", [["Daniels", "genitive+noun"]]],
    // a bare name before a colon at a sentence's start: an interview turn or a work cited by author
    ["Halvorsen: « Das war ein verdienter Sieg. »", [["Halvorsen", "name+colon"]]],
    ["Lessmann: Von einem Erfolg kann man kaum reden.", [["Lessmann", "name+colon"]]],
    // reported speech after a comma: a bare subject before a Konjunktiv I
    ["Die Behauptung, Schlatterer sei Spion gewesen, hielt sich lange.", [["Schlatterer", "comma+subject+konjunktiv"]]],
    ["Es gab Gerüchte, Pocey habe gelogen.", [["Pocey", "comma+subject+konjunktiv"]]],
    // "als" and "wenn" open a clause with a bare subject
    ["Als Rowenna aber tatsächlich vom Kaiser verlangt, geht er.", [["Rowenna", "bare-subject"]]],
    ["Was wäre, wenn Venz ausfiele?", [["Venz", "bare-subject"]]],
    // two bare names joined by "und" as the subject of a plural verb (the second joins the first as a coordinated name unless a noun follows)
    ["Montaño und Lescano müssen warten.", [["Montaño", "subject-pair"], ["Lescano", "coordinated-name"]]],
    ["Danach nahmen Varenne und Dussault Verhandlungen auf.", [["Varenne", "subject-pair"], ["Dussault", "subject-pair"]]],
    // a genitive after a noun a person has (kin, deeds, words, works), whatever its ending
    ["Sie leitete den Laden bis zur Rückkehr Gramolls allein.", [["Gramolls", "noun+genitive"]]],
    ["Die Worte Warnkes kamen gut an.", [["Warnkes", "noun+genitive"]]],
    ["Später sagte ein Ex-Freund Brückners aus.", [["Brückners", "noun+genitive"]]],
    ["Die Dienstanweisung Lohmeiers war klar.", [["Lohmeiers", "noun+genitive"]]],
    // a role as the predicate after a finite verb makes its subject a person, also a word the dictionary has as a noun
    ["Nach dem Umzug wurde Glaser Betriebsleiter einer Gärtnerei.", [["Glaser", "verb+subject+role"]]],
    ["Mit seinen Sinfonien wurde Tolvasse zum tonangebenden Komponisten der Stadt.", [["Tolvasse", "verb+subject+role"]]],
    // a name in -s before its role predicate with a complement; a noun's genitive is none, a possessor before a bare role is left alone
    ["Damals war Dorris Vorsitzender des Vereins.", [["Dorris", "verb+subject+role"]]],
    ["Damals wurde Landes Vorsitzender des Vereins.", []],
    ["Dazu sagt Terlachs Bürgermeister, es gehe nicht.", []],
    ["1990 wurde Wacker Meister der Liga.", []],
    ["Das junge Paar Haris und Kersti wird gezeigt.", [["Haris", "given-name"], ["Kersti", "given-name"]]],
    ["Danach wurde Kontakt zum Botschafter aufgenommen.", []],
    // with no article the genitive is a name's even when its stem is a noun; with the article it is the noun's
    ["Als bestes Werk Hagels gilt die Oper.", [["Hagels", "noun+genitive"]]],
    ["Nach Angaben Fischers sank der Umsatz.", [["Fischers", "source+genitive"]]],
    ["Als bestes Werk des Hagels gilt der Sturm.", []],
    ["Im Pokal waren Ronaldão und Vukovac, bei der Eintracht, nicht dabei.", [["Ronaldão", "subject-pair"], ["Vukovac", "coordinated-name"]]],
    // after a role a Latin or Greek name in -us, -os, -is, -as, -ys is the name itself, not a genitive; a noun in -us is not
    ["Im Dom segnete Bischof Anastasios die Gläubigen.", [["Anastasios", "role+name"]]],
    ["Damals regierte Kaiser Valerius das Reich.", [["Valerius", "role+name"]]],
    ["Im Gespräch bestätigte der Minister Status und Zukunft der Renten.", []],
    ["Dann widersprach der Berater Kellmanns.", []],
    // council members' titles (Bundesrat, Stadtrat, Regierungsrätin …) are roles before a name
    ["Die Rede hielt Stadtrat Wöllmer.", [["Wöllmer", "role+name"]]],
    ["Im Parlament verteidigte Bundesrätin Kellerbauer den Entscheid.", [["Kellerbauer", "role+name"]]],
    // a list of names before a coordinated name: each item before a comma is a name too, unless a common noun or a place
    ["Den Preis teilten sich (Harlond, Brenneck und Maria Vogt) im Jahr 1982.", [["Harlond", "coordinated-name"], ["Brenneck", "coordinated-name"], ["Maria Vogt", "given-name+surname"]]],
    ["Zur Feier kamen (Touristen, Brenneck und Maria Vogt) ins Rathaus.", [["Brenneck", "coordinated-name"], ["Maria Vogt", "given-name+surname"]]],
    ["Die Reise ging (Bremen, Brenneck und Maria Vogt) voran.", [["Brenneck", "coordinated-name"], ["Maria Vogt", "given-name+surname"]]],
    // a ruler's or pope's name before a regnal numeral with its full stop; not a noun, nor a numeral without the stop
    ["Danach bestieg er als Innozenz III. den Thron.", [["Innozenz III.", "name+numeral"]]],
    ["Die Urkunde unterschrieb Coelestin XIV . im Mai.", [["Coelestin XIV .", "name+numeral"]]],
    ["Die Regeln von Solvency II gelten ab 2012.", []],
    ["Der Aufsatz steht im Band IV. der Reihe.", []],
    // the genitive of a name in -i after a consonant ("Pellonis"), not a noun in -nis or -is
    ["Der Minister nannte Pellonis Vorschlag mutig.", [["Pellonis", "genitive+noun"]]],
    ["Ohne Verständnis Ihrer Lage geht es nicht.", []],
    ["Sie spielten lieber Tennis Turniere im Park.", []],
    // a name in -s, -z or -x takes an apostrophe for its genitive before a noun phrase
    ["Damals las er Wolfritz’ erste Gedichte.", [["Wolfritz", "name+apostrophe"]]],
    ["Die Kritik an Brox' Theorie wuchs.", [["Brox", "name+apostrophe"]]],
    ["Das war des Hauses’ Ende.", []],
    // a pair after a plural verb before an article or determiner is the subject; before a fused preposition it may be the object
    ["Dann präsentierten Korvath und Lindqvist ihr neues Buch.", [["Korvath", "subject-pair"], ["Lindqvist", "coordinated-name"]]],
    ["Am Morgen gewannen Ballwitz und Brendoni das Doppel.", [["Ballwitz", "subject-pair"], ["Brendoni", "coordinated-name"]]],
    // an age in years, months, weeks or days before a word the noun dictionary lacks
    ["Sie haben den vier Jahre alten Marrox aus Laos adoptiert.", [["Marrox", "age+name"]]],
    ["Die 14 Monate alte Zabira schläft.", [["Zabira", "age+name"]]],
    ["Das 100 Jahre alte Haus steht leer.", []],
    // a case or affair named after a person; not a place or a longer name
    ["Die Ermittlungen im Fall Ranzoni dauern an.", [["Ranzoni", "case+name"]]],
    ["Damals begann die Affäre Lessbrück erst.", [["Lessbrück", "case+name"]]],
    ["Der Fall Griechenland beschäftigt die EU.", []],
    // a name in -es is the case's nominative ("Fuentes"); a genitive after the noun is no case's name
    ["Die Akten im Fall Marquentes bleiben geschlossen.", [["Marquentes", "case+name"]]],
    ["Die Affäre Davides zog Kreise.", [["Davides", "case+name"]]],
    ["Der Fall Kredits blieb offen.", []],
    ["Im Fall Nord Stream ermittelt die Polizei.", []],
    // a full stop set apart after a regnal numeral belongs to it inside the sentence, at its end to the sentence
    ["Die Burg stammt aus der Zeit von Kaiser Otto IV .", [["Otto IV", "given-name"]]],
    ["Damals konnte Gregor XVI . viel erreichen.", [["Gregor XVI .", "given-name"]]],
    ["Die Burg stammt aus der Zeit von Kaiser Otto IV.", [["Otto IV.", "given-name"]]],
    // a double-barrelled name whose last part is a noun, when its first part is none ("Gallenstein", "Koller" are nouns)
    ["Im Jahr 1916 starb Wortz-Gallenstein in Graz.", [["Wortz-Gallenstein", "speech-verb+name"]]],
    ["Dazu sagte Rambeck-Koller nichts.", [["Rambeck-Koller", "speech-verb+name"]]],
    // not when the first part is a noun, nor when the last names a group the person leads
    ["Im Jahr 1916 starb Wasser-Gallenstein in Graz.", []],
    ["Danach tagte Wolters-Fraktion erneut.", []],
    // the past of a verb with inseparable "ge-" is finite, though it begins like a participle
    ["In den 1990er Jahren gehörte Strandow zu den Besten.", [["Strandow", "verb+subject-weak"]]],
    ["Im Jahr 1998 gelangte Wettrich an die Spitze.", [["Wettrich", "verb+subject-weak"]]],
    ["Die oft gehörte Klage blieb ohne Antwort.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("the cues leave common nouns, adverbs and attributes alone", () => {
  const cases: string[] = [
    "Danach kam es zu Ausschreitungen.",
    "Dort arbeitete er als Apotheker.",
    "Dies war das erste offiziell bestätigte Gespräch.",
    "Die Firma hatte Extrawünsche.",
    "Laut Zählung 2011 hat das Dorf 1.487 Einwohner.",
    "Den meisten Berichten zufolge kam es zum Streit.",
    "Anfang des 18. Jahrhunderts legte man die Elle fest.",
    "Der Verein gehört zum Rotary Klubs Verband.",
    "Wichtig ist vor allem die Ruhe.",
    "Geplant ist ein Neubau.",
    "Bekannt wurde der Ort durch seine Quellen.",
    "Im 19. Jahrhundert wurde die Kirche erweitert.",
    "Zumindest war die Stimmung gut.",
    "Er gewann die Tour de France zweimal.",
    "Sie flog nach Rio de Janeiro.",
    "Die Arbeiter der Firma Van der Valk streikten.",
    "Erschienen im Konrad Felber Verlag, Linz.",
    "Die Schau in der Galerie Marta Ollinger endet im Juli.",
    "Sie gewann mehrere Birken Awards.",
    "Die Crew ging an Bord. Sie dachte an Weihnachten und an Wien.",
    "Die Studie der Henry Walden Universität erscheint im Herbst.",
    "Sie lag im Robert Koch Krankenhaus.",
    "Ein Lied wie San Angelo rührte ihn.",
    "Er erreichte im Oktober Ponta do Sol Nascente.",
    "Im Mai wurde Entwarnung gegeben.",
    "Die Wirtschaft Irans und Sachsens wächst.",
    "Der Deutsche Alpenverein warnt vor Lawinen.",
    "Sie hatte über die Bewohner von Kandahar geschrieben.",
    "Der Neubau war Ziel heftiger Kritik.",
    "Insgesamt verlief das Fest friedlich.",
    // a genitive in -es or -as before no dictionary noun, or a lake's name: an English plural, a title, a place
    "Sie zitierte die Financial Times Deutschland ausführlich.",
    "Im Sommer lockt Tegernsees Uferpromenade viele Gäste.",
    "Er las Pattomas Deck laut vor.",
    "Optisch sieht das gut aus.",
    "Die Wendeler GmbH wurde 1983 gegründet.",
    "Die Tuchweberei Johann Keppler & Sohn schloss 1931.",
    // common nouns in subject position: the noun dictionary (also compound heads) rules them out
    "Klimaschutz zieht jetzt die Jugend an.",
    "Danach lief Wasser in den Keller.",
    "Dienstbeginn ist um sieben Uhr.",
    "Der Plan sieht vor, dass Händler davor zurückschrecken.",
    "Vorbild war die Schule in Bremen.",
    "Am Freitag wurde Bauantrag gestellt.",
    "Ähnliches gilt auch für die Bahn.",
    "Daher erzählt er von seiner Arbeit.",
    // a noun (also one the dictionary lacks) or an attribute before "von" opens no seat name
    "Der Streit kam vor das berühmte Konzil von Konstanz.",
    "Er zog nach Rodenkirchen, heute Stadtteil von Köln.",
    "Man bewies den hohen Nährwert von Linsen.",
    "Die Stadt wuchs und Handel wurde wichtiger.",
    // a given name that is also a place or ends in -ss keeps out of the genitive cue
    "Europas Wirtschaft wächst.",
    "Das Schloss Regensburgs Herrschaft endete.",
    // an adverb in -seits, a participle or an attribute in -te is no subject or verb
    "Einerseits wächst die Zahl der Kunden.",
    "Die Kirche gehört Verbänden.",
    "Vorbild war die erweiterte Bibliothek in Mainz.",
    "Dort zeigte sich die Stadt von ihrer besten Seite.",
    "Bisher hätte das niemand gedacht.",
    "Vorher war alles ruhig.",
    "Früher sei das anders gewesen.",
    // a noun, adjective, adverb, short or inner-capital word before a colon heads a line
    "Fazit: Das Spiel war gut.",
    "Aktuell: Die Zahlen steigen.",
    "Wundersam: Der Torwart hielt alles.",
    "Neu: Fotos vom Sommerfest.",
    "CityNews: Local team wins.",
    "Darunter: die neue Terrasse.",
    // "als" before a noun, a nominalised adjective or a verb is "as"
    "Als Erster würden wir gegen den Vierten spielen.",
    "Sie unterrichtete, als Externe an der Akademie.",
    "Darin trat er als Gärtner auf.",
    "Die Akte, Ergebnis sei unklar, lag vor.",
    // a pair of nouns, or a pair before a preposition, is no subject pair
    "Armut und Arbeitslosigkeit in Europa wachsen.",
    "Dort liegen Gold und Silber im Boden.",
    "Sie besuchten Worrindi und Kapunda im Tal.",
    // a genitive after a noun places have too, or a place-like stem, is no person's
    "Die Hauptstadt Nigerias wuchs.",
    "Die Wirtschaft Hollywoods boomt.",
    "Nach der Rückkehr Brandenburgs blieb alles.",
    "Die Briefe Kurhessens lagen im Archiv.",
    // place-name endings: word order alone does not make them names
    "1802 wurde Hallersburg durch den Grafen erworben.",
    "Wendelsdorf musste hohe Steuern zahlen.",
    // nominalised infinitives, participles and superlatives in -en open sentences too
    "Rauchen ist schädlich.",
    "Entschieden hat sich inzwischen die Jury.",
    "Obersten hat einen Bahnhof.",
    // nominalised adjectives, words in -us, places in -a or -tal opening a sentence in the genitive
    "Westliches Friesland liegt flach.",
    "Tourismus Eine wichtige Einnahme bleibt der Tourismus.",
    "Kubas Regierung kann sich das erlauben.",
    "Mühltals Vereine werben um Mitglieder.",
    "Außerdem musste Aragonien nachgeben."
  ];
  it("does not run a name into a following place or noun", () => {
    expect(found("Das Café liegt am Harry Lemberg Platz im Zentrum.")).toEqual([["Harry Lemberg", "given-name+surname"]]);
  });
  it.each(cases)("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
