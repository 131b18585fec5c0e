import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "./helpers.js";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import type {RegisterPerson} from "../../../loaders/people/register.js";

describe("a name after a role runs on over a particle, an Arabic article or an initial (nameTailAfter)", () => {
  const cases: [string, [string, string][]][] = [
    ["Es siegte der Kanadier Tevon de Vrahl vor allen anderen.", [["Tevon de Vrahl", "role+name"]]],
    ["Als Nachfolger gilt der Minister Sarun bin Tavel, der lange regiert hat.", [["Sarun bin Tavel", "role+name"]]],
    ["Getroffen wurde der Kommandeur Abu al-Tirwa am Abend.", [["Abu al-Tirwa", "role+name"]]],
    ["Dort lebte zuletzt der Attentäter Karem T. mit seiner Frau.", [["Karem T.", "role+name"]]],
    // a German article after the name is no particle ("das" is left out of the Portuguese ones)
    ["Im Jahr 400 erklärte der König Tarvan das Fest zum Feiertag.", [["Tarvan", "role+name"]]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a surname with the Arabic article after an unlisted first name (unlistedGivenArabicSurname)", () => {
  const cases: [string, [string, string][]][] = [
    ["Baschrun al-Tahrani und seine Familie leben im Exil.", [["Baschrun al-Tahrani", "unlisted-given+arabic-surname"]]],
    ["Das Treffen mit Baschrun al-Tahrani fiel aus.", [["Baschrun al-Tahrani", "unlisted-given+arabic-surname"]]],
    // a cue's name runs on over the surname and keeps the cue's id
    ["Gestern sagte Baschrun al-Tahrani, er bleibe im Amt.", [["Baschrun al-Tahrani", "speech-verb+name"]]],
    ["Der Prediger Muqtaran el-Wardi rief zum Protest auf.", [["Muqtaran el-Wardi", "unlisted-given+arabic-surname"]]],
    // a group's or place's Arabic noun, a German noun, a place or a capitalised word after the surname make no person
    ["Die Miliz Dschabhat al-Tahrani kämpft im Norden.", []],
    ["Die Flüchtlinge kamen aus Ain al-Wardi im Norden.", []],
    ["Der Zug fuhr über Brücke al-Wardi hinaus.", []],
    ["Er fuhr nach Kairo al-Wardi am Abend.", []],
    ["Sie besuchte das Tarun al-Wardi Museum.", []],
    // a place noun in apposition before the name names a place
    ["Die Stadt Marun al-Tahrani wurde im Mai eingenommen.", []],
    ["In der Ortschaft Kefrun al-Wardi leben 200 Familien.", []],
    ["Das Dorf Tallun al-Hamri liegt am Fluss.", []],
    ["Im Flüchtlingslager Barun al-Kasimi fehlt Wasser.", []],
    ["Das Viertel Sahrun al-Tahrani wurde geräumt.", []],
    // a place noun elsewhere in the sentence keeps the person
    ["Das Treffen der Stadt mit Marun al-Tahrani fiel aus.", [["Marun al-Tahrani", "unlisted-given+arabic-surname"]]],
    ["Kefrun al-Wardi und seine Familie wohnen im Dorf.", [["Kefrun al-Wardi", "unlisted-given+arabic-surname"]]],
    // a compound headed by a place or organisation noun names a place or an organisation too (placeNounHeads)
    ["Die Kämpfe in der Grenzstadt Marun al-Tahrani dauern an.", []],
    ["Die Hafenstadt Tallun al-Hamri wurde beschossen.", []],
    ["Der Ölkonzern Barun al-Kasimi meldete Gewinne.", []],
    ["Die Terrormiliz Sahrun al-Tahrani griff an.", []],
    // a compound head elsewhere, a role noun before the name: still a person
    ["Der Grenzstadt gab Marun al-Tahrani viel Geld.", [["Marun al-Tahrani", "verb+subject-listed"]]],
    ["Der Konzernsprecher Marun al-Tahrani schwieg.", [["Marun al-Tahrani", "role+name"]]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a surname with the Arabic article ends a name of listed given names (arabicSurnameAfter)", () => {
  const cases: [string, [string, string][]][] = [
    ["In der Nacht sprach Omar al-Tahrani zu seinen Anhängern.", [["Omar al-Tahrani", "given-name+arabic-surname"]]],
    ["Das Interview gab Ahmed Karim el-Wardi der Zeitung.", [["Ahmed Karim el-Wardi", "given-name+arabic-surname"]]],
    // the article must follow with one space: a dash of a range is no part of the name
    ["Das Amt hatte Omar von 1990 - 1995 inne.", [["Omar", "given-name"]]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a surname a particle named is taken up again where the particle is capitalised", () => {
  const cases: [string, [string, string][]][] = [
    ["Kommissar van Hoeven kam am Montag. Van Hoeven sprach von Fortschritten.", [["van Hoeven", "particle+surname"], ["Van Hoeven", "particle+known-surname"]]],
    ["Am Abend sagte de Vrahl nichts. De Vrahl reiste ab.", [["de Vrahl", "particle+surname"], ["De Vrahl", "particle+known-surname"]]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a noun after a particle is not taken up as a surname elsewhere", () => {
  it("keeps the noun alone a noun", () => {
    expect(found("Das war für du Erfolg genug. Erfolg hatte die Firma nie.").map(([s]) => s)).not.toContain("Erfolg");
  });
});

describe("a lone surname with a lower-case Arabic article names the person the register or a full name of the text gives it to (loneArabicSurname)", () => {
  const register: RegisterPerson[] = [{id: "tarek-al-wazzani", name: "Tarek al-Wazzani", aliases: ["al-Wazzani"], roles: [], affiliation: "", wikidata: ""}];
  const cases: [string, [string, string, string][]][] = [
    ["„Wir bleiben dran“, sagte al-Wazzani am Abend.", [["al-Wazzani", "arabic-surname", "tarek-al-wazzani"]]],
    ["Die Sprecherin Lina al-Qasri kam spät. Das sei falsch, sagte al-Qasri.", [["Lina al-Qasri", "given-name+arabic-surname", ""], ["al-Qasri", "arabic-surname", ""]]],
    // neither the register nor a full name gives it: a group or a name of unknown kind stays no person
    ["Die Gruppe al-Tamra bekannte sich dazu. Das sagte al-Tamra nicht.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(findMentions(text, [{start: 0, end: text.length}], personLexicon(register)).map((m) => [m.surface, m.rule, m.registerId])).toEqual(expected);
  });
});

describe("an Arabic name with a nasab is one name, whatever the lists know of its first word (nasabNameAt)", () => {
  const register: RegisterPerson[] = [{id: "kasim-al-farouqi", name: "Kasim bin Rashid al-Farouqi", aliases: ["al-Farouqi", "Scheich Kasim"], roles: [], affiliation: "", wikidata: ""}];
  const cases: [string, [string, string, string][]][] = [
    ["Dann empfing Qasim bin Rashid Al-Faruqi die Leiter.", [["Qasim bin Rashid Al-Faruqi", "given+nasab+arabic-surname", ""]]],
    ["Der Vermittler Tawfiq bin Omar bin Said al-Kindi reiste ab.", [["Tawfiq bin Omar bin Said al-Kindi", "given+nasab+arabic-surname", ""]]],
    // a short register form does not cut a longer name apart; the register's full form is taken where it stands
    ["Am Abend sprach Scheich Kasim bin Rashid al-Farouqi vor Journalisten.", [["Kasim bin Rashid al-Farouqi", "register", "kasim-al-farouqi"]]],
    // a register form with a lower-case word wins over a shorter match after a role
    ["Der katarische Vermittler Kasim bin Rashid al-Farouqi sprach am Montag.", [["Kasim bin Rashid al-Farouqi", "register", "kasim-al-farouqi"]]],
    ["Zuvor hatte Scheich Kasim das Treffen eröffnet.", [["Scheich Kasim", "register", "kasim-al-farouqi"]]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(findMentions(text, [{start: 0, end: text.length}], personLexicon(register)).map((m) => [m.surface, m.rule, m.registerId])).toEqual(expected);
  });
});

describe("a capitalised Hebrew or Arabic particle after a given name opens the surname (finish)", () => {
  const cases: [string, [string, string]][] = [
    ["Delegationsleiter Daniel Ben Avi sagte nichts.", ["Daniel", "Ben Avi"]],
    ["Der Unterhändler Machmud Abu Tarab reiste ab.", ["Machmud", "Abu Tarab"]],
    ["Dann kam Mahmoud Abu Tarab zu spät.", ["Mahmoud", "Abu Tarab"]]
  ];
  it.each(cases)("%s", (text, [given, surname]) => {
    const [m] = findMentions(text, [{start: 0, end: text.length}], personLexicon());
    expect([m.given.join(" "), m.surname]).toEqual([given, surname]);
  });
});

describe("a lower-case surname with the Arabic article after a role noun names a person (roleArabicSurname)", () => {
  const cases: [string, [string, string][]][] = [
    ["Auch Delegationsleiter al-Harbi meldete sich.", [["al-Harbi", "role+arabic-surname"]]],
    ["Am Abend sprach Sprecherin el-Masri vor der Presse.", [["el-Masri", "role+arabic-surname"]]],
    // a group's name after a role is none
    ["Der Anführer al-Kaidas ist tot.", []],
    // without a role before it, the surname needs a full name of the text
    ["Am Abend sprach al-Harbi vor der Presse.", []]
  ];
  it.each(cases)("%s", (text, expected) => expect(found(text)).toEqual(expected));
});
