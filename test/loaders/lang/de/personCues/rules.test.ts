import {describe, expect, it} from "vitest";
import {personCueRules} from "../../../../../loaders/lang/de/index.js";
import {mentionsWithRules as found} from "../../../people/helpers.js";

describe("person cue rules (personCueRules in lang/de/index.ts)", () => {
  it("has one rule per id", () => {
    const ids = personCueRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // rule id, made-up sentence, mention and cue it gives
  const cases: [string, string, [string, string][]][] = [
    ["role+name", "Nun widerspricht der Soziologe Fallmerayer.", [["Fallmerayer", "role+name"]]],
    // a nickname or stage name in quotation marks after a role; a title after a noun that is no role is none
    ["role+quoted-name", "Ab heute tritt der Sänger „Hovelmann“ wieder auf.", [["Hovelmann", "role+quoted-name"]]],
    ["role+quoted-name", "Die Kellnerin »Emmerlind« kehrt zurück.", [["Emmerlind", "role+quoted-name"]]],
    // a name these cues find is taken up again elsewhere in the text
    ["role+quoted-name", "Die Kellnerin »Emmerlind« kehrt zurück. Der Streit um Emmerlind ist vorbei.", [["Emmerlind", "role+quoted-name"], ["Emmerlind", "known-surname"]]],
    ["name+als-role", "Sie holten Tarrasch als neuen Trainer. Der Streit um Tarrasch ist vorbei.", [["Tarrasch", "name+als-role"], ["Tarrasch", "known-surname"]]],
    ["role+quoted-name", "Der Film „Hovelmann“ lief gut.", []],
    // a word before the name that names a property of plain objects is no quotation mark (it was looked up in an object and threw)
    ["role+quoted-name", "Der Minister constructor Brellbach sagte, er komme.", [["Brellbach", "name+speech-verb"]]],
    ["case+name", "Im Fall Ranzoni ermittelt die Polizei.", [["Ranzoni", "case+name"]]],
    ["name+bracket", "Der Vereinswirt Castrello (71) schweigt.", [["Castrello", "name+bracket"]]],
    // life dates in brackets: a mark of birth or death, or a span of years; after "in", "aus", "bei" a span of years dates a place or battle
    ["name+bracket", "Er traf Quenzel ( * 12. März 1780 in Ulm ) in Wien.", [["Quenzel", "name+bracket"]]],
    ["name+bracket", "Er traf Quenzel († 1850) in Wien.", [["Quenzel", "name+bracket"]]],
    ["name+bracket", "Er traf Quenzel (geb. 1950) in Wien.", [["Quenzel", "name+bracket"]]],
    ["name+bracket", "Das Bild malte Quenzel (1780–1850) im Alter.", [["Quenzel", "name+bracket"]]],
    ["name+bracket", "Das Bild malte Amrein Quenzel (1780 - 1850) im Alter.", [["Amrein Quenzel", "name+bracket"]]],
    ["name+bracket", "Er lebte in Quenzel (1780–1785) und Ulm.", []],
    ["name+bracket", "Die Schlacht bei Quenzel (1780–1785) endete.", []],
    ["reporter+name", "„Das glaube ich kaum“, so Wendrich.", [["Wendrich", "reporter+name"]]],
    // "wie" opens a clause after a comma when the clause ends on its finite verb; elsewhere it is "as"
    ["bare-subject", "Sie erzählten, wie Oberwinkl heimlich Geld verschoben hatte.", [["Oberwinkl", "bare-subject"]]],
    ["bare-subject", "Sie kauften Uhren, wie Oberwinkl einst zum Beispiel.", []],
    ["subject+verb", "Ruhdorfer verbuchte seine größten Erfolge als Trainer.", [["Ruhdorfer", "subject+verb"]]],
    // after a full verb "sie" and "es" may be objects; "er" shows the word before was no subject
    ["subject+verb", "Kowalczak traf sie am Bahnhof.", [["Kowalczak", "subject+verb"]]],
    ["subject+verb", "Kowalczak fand es gut.", [["Kowalczak", "subject+verb"]]],
    ["subject+verb", "Wendelstein traf er am Bahnhof.", []],
    ["subject+aux", "Brannigan ist Chefarzt der Klinik.", [["Brannigan", "subject+aux"]]],
    ["verb+subject", "Später übernahm Kowalczak selbst die Leitung.", [["Kowalczak", "verb+subject-strong"]]],
    // up to two particles between the verb (and "sich") and the subject
    ["verb+subject", "Am Ende meldete sich dann auch Lindqvist zu Wort.", [["Lindqvist", "verb+subject-weak"]]],
    ["aux+subject", "Im Herbst wurde sogar Kowalczak befördert.", [["Kowalczak", "aux+subject"]]],
    ["genitive+noun", "Es war Chauntlers erstes Gedicht.", [["Chauntlers", "genitive+noun"]]],
    // an adjective in -isch or -lich capitalised in a title looks like a genitive but is none
    ["genitive+noun", "Es spielt Quarkografisches Theater.", []],
    ["genitive+noun", "Karten gibt es ( Zwiebelstädtliches Museum Halle ).", []],
    ["recipient+name", "Später erinnerte er an Hallmann.", [["Hallmann", "recipient+name"]]],
    // the object after a full verb and its subject pronoun; after "sie" subject or object, a name either way; not after a linking verb,
    // nor a noun, a place's shape, or a word before a capitalised one
    ["verb+pronoun+object", "Vorher empfängt er Ostrander in seinem Zelt.", [["Ostrander", "verb+pronoun+object"]]],
    ["verb+pronoun+object", "Dort traf sie Ostrander, einen alten Bekannten.", [["Ostrander", "verb+pronoun+object"]]],
    ["verb+pronoun+object", "Damals hatte er Ostrander schon getroffen.", [["Ostrander", "verb+pronoun+object"]]],
    ["verb+pronoun+object", "Später wurde er Ostrander.", []],
    ["verb+pronoun+object", "Dort fand er Arbeit.", []],
    ["verb+pronoun+object", "Dann besuchte er Grünhausen.", []],
    ["verb+pronoun+object", "Dann besuchte er Ostrander Park.", []],
    // an organisation of the lexicon (organisation-names.ts) or in capitals is no person
    ["verb+pronoun+object", "Dort traf er Greenpeace.", []],
    ["verb+pronoun+object", "Später beauftragte sie Kantar.", []],
    ["verb+pronoun+object", "Dort traf er ADAC.", []],
    ["verb+pronoun+object", "Später beauftragte sie Ostrander.", [["Ostrander", "verb+pronoun+object"]]]
  ];
  it.each(cases)("%s: %s", (id, text, want) => {
    expect(personCueRules.some((r) => r.id === id)).toBe(true);
    expect(found(text)).toEqual(want);
  });
});
