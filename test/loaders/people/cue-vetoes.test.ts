import {describe, expect, it} from "vitest";
import {cueVeto} from "../../../loaders/people/cue-vetoes.js";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {tokenize} from "../../../loaders/people/tokens.js";

describe("cueVeto", () => {
  // text, word, cue, veto
  const cases: [string, string, string, string][] = [
    ["Seit Wochen kritisiert sie das.", "Wochen", "name+speech-verb", "phrase-opener"],
    ["Dann kritisiert Hubertz das.", "Hubertz", "name+speech-verb", ""],
    // a noun of persons after a speech verb is a bare plural or an object; a family name that is a trade noun stays a name
    ["Dazu fragt Leser, ob es stimmt.", "Leser", "speech-verb+name", "person-noun-after-speech-verb"],
    ["Am Ende antwortet Anwohner, dass es laut sei.", "Anwohner", "speech-verb+name", "person-noun-after-speech-verb"],
    ["Dazu sagte Fischer, dass es stimmt.", "Fischer", "speech-verb+name", ""],
    ["Dazu sagte Hubertz, dass es stimmt.", "Hubertz", "speech-verb+name", ""],
    ["Dazu sagte Grauwald, dass es stimmt.", "Grauwald", "speech-verb+name", ""],
    // a dictionary noun or a word with an ending only nouns have before a speech verb is its subject or object, no name
    ["Die Partei will, dass man Reformen fordert.", "Reformen", "name+speech-verb", "noun-before-speech-verb"],
    ["Etwa jeder vierte Teilnehmer erklärte, dass es stimmt.", "Teilnehmer", "name+speech-verb", "noun-before-speech-verb"],
    ["Neben Zelten und Funkausrüstung hofft man auf Spenden.", "Funkausrüstung", "name+speech-verb", "noun-before-speech-verb"],
    ["Am Montag erklärte Koch, dass es stimmt.", "Koch", "name+speech-verb", ""],
    ["Am Montag erklärte Hubertz, dass es stimmt.", "Hubertz", "name+speech-verb", ""],
    ["Super ist, dass es klappt.", "Super", "subject+aux", "predicate-clause"],
    ["Hubertz ist, so heißt es, müde.", "Hubertz", "subject+verb", ""],
    ["Optional kann man wählen.", "Optional", "subject+aux", ""],
    ["Massiv wurde gebaut.", "Massiv", "subject+aux", "adverbial-shape"],
    ["Zögernd antwortete sie.", "Zögernd", "subject+verb", "adverbial-shape"],
    ["Perfekt wurde es nie.", "Perfekt", "subject+aux", "adverbial-shape"],
    ["Ostrowski wurde Chef.", "Ostrowski", "subject+aux", ""],
    ["Seit dem Abstieg findet Achtzig keine Ruhe.", "Achtzig", "verb+subject-listed", "number-word"],
    ["Dort entdeckten die Geologen Spuren eines Vulkans.", "Spuren", "role+name", "noun-after-role"],
    ["Er war der Gründer Feuerwehr Lindenau.", "Feuerwehr", "role+name", "noun-after-role"],
    ["Die Meisterin Schäfer siegte.", "Schäfer", "role+name", ""],
    ["Wenn Ökonomen Deregulierung fordern, droht Streit.", "Deregulierung", "role+name", "abstract-noun-after-role"],
    ["Der Trainer Hartung siegte.", "Hartung", "role+name", ""],
    ["Der Streit mit der Familie Mann dauerte.", "Mann", "role+name", ""],
    // a place in a ranking after a role noun, and a noun after a noun of nationality (the object of a plural), are no names
    ["Am Ende wurde sie als beste Läuferin Vierte.", "Vierte", "role+name", "ordinal-or-noun-after-nationality"],
    ["Er kam als bester Schwimmer Gesamt-Zwölfter ins Ziel.", "Gesamt-Zwölfter", "role+name", "ordinal-or-noun-after-nationality"],
    ["Damals haben viele Kanadier Geld verloren.", "Geld", "role+name", "ordinal-or-noun-after-nationality"],
    ["Der Sieg ging an die Norwegerin Fahrland.", "Fahrland", "role+name", ""],
    // a defining predicate names what the subject is: a place, a language, a firm is no person
    ["Lindenau ist ein kleiner Ort an der Mulde.", "Lindenau", "subject+aux", "thing-predicate"],
    ["Quendi war die älteste Sprache der Elben.", "Quendi", "subject+aux", "thing-predicate"],
    ["Tarimbo ist ein Hersteller von Ventilen.", "Tarimbo", "subject+aux", ""],
    ["Hubertz ist ein bekannter Bildhauer aus Linz.", "Hubertz", "subject+aux", ""],
    ["Hubertz war eine Legende des Radsports.", "Hubertz", "subject+aux", ""],
    ["Hubertz war der erste Sekretär der Partei.", "Hubertz", "subject+aux", ""],
    ["Hubertz ist ein Mensch, der zuhört.", "Hubertz", "subject+aux", ""],
    // a passive of a place's history: a participle no person takes, or "erhoben" to a goal that is no role
    ["1910 wurde Marlowitz nach langem Streit eingemeindet.", "Marlowitz", "aux+subject", "place-history"],
    ["Marlowitz wurde 1275 gegründet.", "Marlowitz", "subject+aux", "place-history"],
    ["1950 wurde Marlowitz zur Stadt erhoben, 1960 zur Kreisstadt.", "Marlowitz", "aux+subject", "place-history"],
    ["1950 wurde Marlow zum Kardinal erhoben.", "Marlow", "aux+subject", ""],
    ["Marlow hat die Firma 1990 gegründet.", "Marlow", "subject+aux", ""],
    ["1950 wurde Marlow Bürgermeister, die Stadt wurde gegründet.", "Marlow", "aux+subject", ""]
  ];
  it.each(cases)("%s (%s, %s) → %s", (text, word, cue, veto) => {
    const tokens = tokenize(text, 0, text.length);
    expect(cueVeto(tokens, tokens.findIndex((t) => t.text === word), cue, personLexicon())).toBe(veto);
  });
});
