import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";

function surfaces(text: string): string[] {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon([])).map((m) => m.surface);
}

describe("closed-class words and predicates are not names", () => {
  const cases: [string, string[]][] = [
    // sentence adverbs and pronouns before an auxiliary (subject+aux)
    // adverbs of time by form: "irgendwann", "jeweils", "-lang", a weekday with "früh"
    ["Der Regen hielt an. Irgendwann gab der Gärtner auf.", []],
    ["Die Mauer steht noch. Jahrzehntelang hat die Gemeinde davon profitiert.", []],
    ["Der Zug fiel aus. Dienstagfrüh begann die Bahn mit der Reparatur.", []],
    // more sentence adverbs and pronouns ("Mitunter", "Letzterer", "Irgendwer"); a participle with a separable prefix ("Festgelegt wird …")
    ["Die Tiere sind scheu. Mitunter zeigt sich eines am Ufer.", []],
    ["Er traf den Bischof und den Abt. Letzterer schwieg.", []],
    ["Der Plan ist fertig. Festgelegt wird auch der Termin.", []],
    ["Der Hof ist sauber. Weggeräumt wurde der Schnee am Abend.", []],
    // a capital inside the word: a firm's or product's name; names with a prefix stay ("McCartney", "DiCaprio")
    ["Das Handy ist neu. Dann sagte TelBox, der Preis sinke.", []],
    ["Später hat FlowCart die Preise gesenkt.", []],
    ["Dann sagte McDermott, der Preis sinke.", ["McDermott"]],
    ["Dann sagte DiMarco, der Preis sinke.", ["DiMarco"]],
    // an English noun of a building, room or landform ends a place's or thing's name, not a person's; a surname that is such a noun too stays
    ["Im Hotel gibt es eine Hunter Lounge mit Bar.", []],
    // adverbs of place and time at a sentence's start ("Oben lockt …", "Draußen wartet …")
    ["Oben lockt die Terrasse mit Blick auf den See.", []],
    ["Draußen wartet schon der Bus.", []],
    // sentence adverbs with no adverb's ending ("Allgemein sollte …", "Sowieso kann …")
    ["Die Preise sind gefallen. Allgemein sollte damit auch die Teuerung sinken.", []],
    ["Der Termin steht. Sowieso kann daran niemand mehr etwas ändern.", []],
    ["Die Firma zog ins Sunset Valley um.", []],
    ["Es siegte Marta Plaza vor Jan Hall.", ["Marta Plaza", "Jan Hall"]],
    // a sentence adverb before a colon is no interview turn
    ["Das Geld fehlt. Zweitens: Die Zeit drängt.", []],
    ["Es wurde laut. Kurzum: Der Abend war vorbei.", []],
    // a pronoun or conjunction the given-name lists hold too ("Mir", "Solange") is the closed-class word when alone
    ["Das Fest war laut. Mir gefiel die Musik.", []],
    ["Der Trainer wartet. Solange bleibt die Elf zusammen.", []],
    ["Die Halle ist neu. Davor war hier ein Acker.", []],
    ["Davor Kovač sagte das.", ["Davor Kovač"]],
    // before a common noun such a word is the closed-class word too ("Allen Gästen", "Solange Kunden")
    ["Der Saal war voll. Allen Gästen wurde gedankt.", []],
    ["Solange Kunden warten, bleibt der Laden offen.", []],
    ["Will Smith kam zur Premiere.", ["Will Smith"]],
    ["Die Firma wächst. Derzeit ist die Halle zu klein.", []],
    ["Der Bau stockt. Zurzeit wird die Straße gesperrt.", []],
    ["Das Dorf war arm. Einst war der Hafen voller Schiffe.", []],
    ["Die Lage ist ernst. Keiner kann sagen, wie es weitergeht.", []],
    // a predicate before the auxiliary and a comma: "Toll ist, dass …"
    ["Das Team ist jung. Fakt ist, dass alle mitmachen.", []],
    ["Die Zahlen sind gut. Prima war, dass die Kosten sanken.", []],
    // adjectives in -iv, -ekt, -nd before an auxiliary
    ["Die Kamera ist klein. Optional kann ein Blitz montiert werden. Exklusiv wird das Modell verkauft.", []],
    ["Der Vertrag ist neu. Direkt wird damit der Preis gesenkt.", []],
    // a noun after a preposition or quantifier before a speech verb (name+speech-verb)
    ["Seit Monaten kritisiert die Opposition den Plan.", []],
    ["Bei einem Treffen für Rentner betonte der Minister die Reform.", []],
    ["Die Nutzer wollen mehr Rechte fordert der Verband.", []],
    // a common noun after "laut" is a source, not a speaker
    ["Die Koalition wackelt. Am ehesten wäre – laut Umfrage – eine neue Mehrheit.", []],
    // a list of groups after a plural role noun
    ["Allein ging es nicht. Politiker, Börsenaufsicht, Polizei und Gutachter schauten weg.", []],
    // sentence adverbs before a verb
    ["Der Plan scheiterte. Vielmehr gehe es um Geld. Zuerst kam die Polizei.", []],
    // the part of a compound after a hyphen, a compound on an acronym, a participle in -nd
    ["Ein 45-Jähriger starb am Sonntag.", []],
    ["Der Streit ist alt. UN-Recht sieht vor, dass alle gehört werden.", []],
    ["Die Strafe war mild. Mildernd wirkte auch das Geständnis.", []],
    // an adverb or a predicative adjective in -är before an auxiliary
    ["Die Messe schrumpft. Heuer wird nur eine Halle gebraucht.", []],
    ["Der Wagen ist teuer. Regulär wird das Modell nur in Rot geliefert.", []],
    // a firm or messenger service as the subject
    ["Die Chats sind verschlüsselt, also kann WhatsApp sie nicht lesen.", []],
    // a common noun after coordinated roles is no name, here or later in the text
    ["Dort bringen Politiker und Professoren Musik in die Schulen. Über Musik wird viel gesprochen.", []],
    // names in the same places stay names
    ["Seit Montag ist Kowalczyk im Amt. Kowalczyk ist, so heißt es, müde.", ["Kowalczyk", "Kowalczyk"]],
    ["Die Lage ist ernst. Hubertz ist ab heute Chef.", ["Hubertz"]],
    ["Die Reform ist beschlossen, betonte Lindqvist.", ["Lindqvist"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe("a preposition or finite verb is not a given name before a known surname", () => {
  const cases: [string, string[]][] = [
    ["Neben Merkel sprach auch der Minister.", ["Merkel"]],
    ["Gegen Putin wird ermittelt.", ["Putin"]],
    ["Verliert Merkel die Wahl, tritt sie zurück.", ["Merkel"]],
    ["Gewinnt Trump die Abstimmung, ändert sich viel.", ["Trump"]],
    // an unlisted given name still joins the surname
    ["Der Sänger Valentino Rossi kam.", ["Valentino Rossi"]],
    // a sentence adverb, a common noun or adjective, or a firm is no given name before a known surname
    ["Lieber Merkel als gar keine Regierung, hieß es.", ["Merkel"]],
    ["Mutige Merkel: Die Kanzlerin wagt den Schritt.", ["Merkel"]],
    ["Dauerthema Merkel: Die Kanzlerin bleibt im Gespräch.", ["Merkel"]],
    ["Der Index Dow Jones stieg am Abend leicht an.", []],
    // a short word the dictionary has as a noun may still be a given name
    ["Die Studie leitete Kat Williams.", ["Kat Williams"]],
    ["Die Studie leitete Iris Williams.", ["Iris Williams"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe("feminine role nouns with umlaut are roles, not given names", () => {
  const cases: [string, string[], string[]][] = [
    ["Die Zeugin sprach mit Anwältin Berger.", ["Berger"], ["Anwältin"]],
    ["Die Patientin lobte Ärztin Novak.", ["Novak"], ["Ärztin"]]
  ];
  it.each(cases)("%s", (text, expected, roles) => {
    const found = findMentions(text, [{start: 0, end: text.length}], personLexicon([]));
    expect(found.map((m) => m.surface)).toEqual(expected);
    expect(found.flatMap((m) => m.roles)).toEqual(roles);
  });
});

describe("a given name that is also a noun is the noun after an article, and a noun ends a name after a known surname", () => {
  const cases: [string, string[]][] = [
    // "Roman", "Tor" after an article: the noun, not a name with a particle or a surname after it
    ["Der Roman von Ilse Wendrich erschien im Herbst.", ["Ilse Wendrich"]],
    ["Das Tor von Marko Velten fiel spät.", ["Marko Velten"]],
    // after a known surname a dictionary noun is an object, not a further name part
    ["Zuvor hatte Peter Ramsauer Bedenken geäußert.", ["Peter Ramsauer"]],
    // a lone given name that is also a noun still counts with no article before it
    ["Gestern kam Roman Tessler aus dem Urlaub zurück.", ["Roman Tessler"]],
    // after an article, a given name that is also a noun still opens a name when a surname follows it
    ["Die Bücher des Ernst Jünger werden neu aufgelegt.", ["Ernst Jünger"]],
    ["Eine Ansprache des Roman Herzog blieb in Erinnerung.", ["Roman Herzog"]],
    ["Der Roman Polanski hat wieder einen Film gedreht.", ["Roman Polanski"]],
    // with a lower-case word or punctuation after it the given name stays the noun
    ["Der Roman wurde verfilmt.", []],
    ["Sie las den Roman, den Ilse Wendrich schrieb.", ["Ilse Wendrich"]],
    // a common noun or a genitive after it is no surname: the given name stays the noun
    ["Das Tor Mitte der zweiten Halbzeit fiel spät.", []],
    ["Die Rose Blüte war kurz.", []],
    ["Das Tor Müllers fiel spät.", ["Müllers"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});
