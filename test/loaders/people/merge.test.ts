import {describe, expect, it} from "vitest";
import {givenNameGroup} from "../../../loaders/lang/de/given-name-variants.js";
import {familyFirst} from "../../../loaders/people/family-first.js";
import {mergeNames, type NameForm, slug} from "../../../loaders/people/merge.js";
import {givenEvidence, spellingKey, surnameEvidence} from "../../../loaders/people/names.js";
import type {RegisterPerson} from "../../../loaders/people/register.js";

function form(given: string, surname: string, count = 1): NameForm {
  return {key: `~${given}|${surname}`, given, surname, registerId: "", count};
}

/** Groups of keys that end up with the same identity. */
function groups(forms: NameForm[], register: RegisterPerson[] = []): string[][] {
  const merged = mergeNames(forms, register, givenNameGroup);
  const byId = new Map<string, string[]>();
  for (const f of forms) {
    const id = merged.get(f.key)!.id;
    byId.set(id, [...(byId.get(id) ?? []), `${f.given} ${f.surname}`.trim()]);
  }
  return [...byId.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

describe("spelling keys and evidence", () => {
  const same: [string, string][] = [["Selenskyj", "Zelenski"], ["Selenskij", "Selenskyj"], ["Peskow", "Peskov"], ["Jermak", "Yermak"], ["Witkoff", "Witkow"]];
  it.each(same)("%s ~ %s", (a, b) => {
    expect(spellingKey(a)).toBe(spellingKey(b));
    expect(surnameEvidence(a, b)).toMatch(/transliteration/);
  });
  const different: [string, string][] = [["Putin", "Patton"], ["Rubio", "Rabe"], ["Trump", "Tusk"], ["Biden", "Baden"]];
  it.each(different)("%s ≁ %s", (a, b) => expect(surnameEvidence(a, b)).toBe(""));
  const given: [string, string, boolean][] = [
    ["Mike", "Michael", true], ["Bill", "William", true], ["Mark", "Marco", true], ["Dmitri", "Dmitry", true],
    ["Wolodymyr", "Volodímir", true], ["Volodymyr", "Wladimir", true], ["Andrij", "Andriy", true], ["J.", "John", true],
    ["John", "James", false], ["Michael", "Mark", false], ["Joe", "Hunter", false]
  ];
  it.each(given)("given %s ~ %s: %s", (a, b, ok) => expect(givenEvidence(a, b, givenNameGroup) !== "").toBe(ok));
});

describe("identity merge with an empty register", () => {
  const cases: [string, NameForm[], string[][]][] = [
    ["Zelensky spellings", [form("Volodímir", "Zelenski"), form("Wolodymyr", "Selenskyj", 3), form("", "Selenskyj", 2), form("", "Selenskij", 2)],
      [["Selenskij", "Selenskyj", "Volodímir Zelenski", "Wolodymyr Selenskyj"]]],
    ["Peskov spellings", [form("Dmitry", "Peskov"), form("", "Peskov"), form("Dmitri", "Peskow")], [["Dmitri Peskow", "Dmitry Peskov", "Peskov"]]],
    ["diminutives", [form("Marco", "Rubio", 3), form("Mark", "Rubio"), form("Michael", "Waltz"), form("Mike", "Waltz")],
      [["Marco Rubio", "Mark Rubio"], ["Michael Waltz", "Mike Waltz"]]],
    ["different given names stay apart", [form("Joe", "Biden"), form("Hunter", "Biden")], [["Hunter Biden"], ["Joe Biden"]]],
    ["a bare surname with two candidates stays apart", [form("Joe", "Biden"), form("Hunter", "Biden"), form("", "Biden")], [["Biden"], ["Hunter Biden"], ["Joe Biden"]]],
    ["similar-sounding different surnames stay apart", [form("Wladimir", "Putin"), form("George", "Patton")], [["George Patton"], ["Wladimir Putin"]]],
    ["given names alone are not merged", [form("Sybille", ""), form("Sybille", "Berg")], [["Sybille"], ["Sybille Berg"]]]
  ];
  it.each(cases)("%s", (_, forms, expected) => expect(groups(forms)).toEqual(expected));

  it("keeps the evidence of each merge", () => {
    const merged = mergeNames([form("Dmitri", "Peskow", 2), form("Dmitry", "Peskov")], [], givenNameGroup);
    const identity = merged.get("~Dmitry|Peskov")!;
    expect(identity.name).toBe("Dmitri Peskow");
    expect(identity.evidence.join("; ")).toBe("Peskow ~ Peskov: transliteration peskov; given name Dmitri ~ Dmitry: variants of dmitri");
  });
});

describe("identity merge with a register", () => {
  const register: RegisterPerson[] = [{id: "mike-waltz", name: "Mike Waltz", aliases: ["Waltz"], roles: [], affiliation: "USA", wikidata: ""}];
  it("joins unregistered spellings to the registered person", () => {
    const merged = mergeNames([form("Michael", "Waltz")], register, givenNameGroup);
    expect(merged.get("~Michael|Waltz")!.id).toBe("mike-waltz");
    expect(merged.get("~Michael|Waltz")!.evidence).toEqual(["given name Mike ~ Michael: variants of michael"]);
  });
  it("does not join an incompatible given name", () => {
    const merged = mergeNames([form("Tim", "Waltz")], register, givenNameGroup);
    expect(merged.get("~Tim|Waltz")!.id).toBe("tim-waltz");
  });
});

describe("genitive forms join the person the corpus names", () => {
  // forms, expected groups, [key, name, evidence] of the identity a genitive joined
  const cases: [string, NameForm[], string[][], [string, string, string] | null][] = [
    ["full genitive joins the full name", [form("Ernst", "Kaltenbrunner", 8), form("Ernst", "Kaltenbrunners")],
      [["Ernst Kaltenbrunner", "Ernst Kaltenbrunners"]], ["~Ernst|Kaltenbrunners", "Ernst Kaltenbrunner", "Kaltenbrunners → Kaltenbrunner: genitive"]],
    ["as often as the stem", [form("Rudolf", "Kemler", 2), form("Rudolf", "Kemlers", 2)],
      [["Rudolf Kemler", "Rudolf Kemlers"]], ["~Rudolf|Kemlers", "Rudolf Kemler", "Kemlers → Kemler: genitive"]],
    // "Vija Celmins" six times, "Celmin" read from "Celmins Werk" twice: Celmins is the name
    ["an -s surname more frequent than its stem is no genitive", [form("Vija", "Celmins", 6), form("", "Celmin", 2)], [["Celmin"], ["Vija Celmins"]], null],
    ["a full genitive names a person known by surname only", [form("", "Strache", 8), form("Heinz-Christian", "Straches")],
      [["Heinz-Christian Straches", "Strache"]], ["~|Strache", "Heinz-Christian Strache", "Straches → Strache: genitive"]],
    ["a bare genitive joins the full name", [form("Hanna", "Berger"), form("", "Bergers")],
      [["Bergers", "Hanna Berger"]], ["~|Bergers", "Hanna Berger", "Bergers → Berger: genitive; Berger alone"]],
    ["a genitive with another given name stays apart", [form("Hanna", "Berger"), form("Paul", "Bergers")], [["Hanna Berger"], ["Paul Bergers"]], null],
    ["an -s surname without its base stays as it is", [form("Venus", "Williams"), form("", "Williams")], [["Venus Williams", "Williams"]], null]
  ];
  it.each(cases)("%s", (_, forms, expected, joined) => {
    expect(groups(forms)).toEqual(expected);
    if (!joined) return;
    const identity = mergeNames(forms, [], givenNameGroup).get(joined[0])!;
    expect([identity.name, identity.evidence.join("; ")]).toEqual([joined[1], joined[2]]);
  });
});

describe("spelling variants join only with the same given name", () => {
  const cases: [string, NameForm[], string[][]][] = [
    ["Nordic qv ~ qu", [form("Sigrid", "Holmqvist", 2), form("Sigrid", "Holmquist")], [["Sigrid Holmquist", "Sigrid Holmqvist"]]],
    ["ø ~ oe", [form("Maren", "Sørhus"), form("Maren", "Soerhus")], [["Maren Soerhus", "Maren Sørhus"]]],
    ["å ~ aa", [form("Leif", "Åsberg"), form("Leif", "Aasberg")], [["Leif Aasberg", "Leif Åsberg"]]],
    ["ä ~ ae", [form("Jonas", "Bäckström"), form("Jonas", "Baeckstroem")], [["Jonas Baeckstroem", "Jonas Bäckström"]]],
    ["another given name stays apart", [form("Sigrid", "Holmqvist"), form("Ingrid", "Holmquist")], [["Ingrid Holmquist"], ["Sigrid Holmqvist"]]],
    ["a bare variant stays apart", [form("Sigrid", "Holmqvist"), form("", "Holmquist")], [["Holmquist"], ["Sigrid Holmqvist"]]],
    ["a variant given name is not enough", [form("Michael", "Holmqvist"), form("Mike", "Holmquist")], [["Michael Holmqvist"], ["Mike Holmquist"]]],
    ["ey ~ ai", [form("Frank", "Heidemeyer", 3), form("Frank", "Heidemaier")], [["Frank Heidemaier", "Frank Heidemeyer"]]],
    ["ay ~ ei", [form("Ralf", "Steinmayer"), form("Ralf", "Steinmeier")], [["Ralf Steinmayer", "Ralf Steinmeier"]]],
    ["ai ~ ey", [form("Uwe", "Kaiser"), form("Uwe", "Keyser")], [["Uwe Kaiser", "Uwe Keyser"]]],
    ["äu ~ eu", [form("Lena", "Bäumer"), form("Lena", "Beumer")], [["Lena Beumer", "Lena Bäumer"]]],
    ["a bare surname joins after its full name", [form("Frank", "Heidemeyer", 3), form("Frank", "Heidemaier"), form("", "Heidemaier")],
      [["Frank Heidemaier", "Frank Heidemeyer", "Heidemaier"]]],
    ["a diphthong variant with another given name stays apart", [form("Frank", "Heidemeyer"), form("Jörg", "Heidemaier")], [["Frank Heidemeyer"], ["Jörg Heidemaier"]]],
    ["a bare diphthong variant stays apart", [form("Frank", "Heidemeyer"), form("", "Heidemaier")], [["Frank Heidemeyer"], ["Heidemaier"]]],
    ["another vowel is no variant", [form("Thomas", "Müller"), form("Thomas", "Miller")], [["Thomas Miller"], ["Thomas Müller"]]],
    ["another diphthong is no variant", [form("Anna", "Kreuzer"), form("Anna", "Kreiser")], [["Anna Kreiser"], ["Anna Kreuzer"]]]
  ];
  it.each(cases)("%s", (_, forms, expected) => expect(groups(forms)).toEqual(expected));

  it("names the variant", () => {
    const merged = mergeNames([form("Sigrid", "Holmqvist", 2), form("Sigrid", "Holmquist")], [], givenNameGroup);
    expect(merged.get("~Sigrid|Holmquist")!.evidence).toEqual(["Holmqvist ~ Holmquist: spelling variant holmkvist, same given name Sigrid"]);
  });

  it("joins a registered person under another spelling, with the evidence", () => {
    const register: RegisterPerson[] = [{id: "frank-heidemeyer", name: "Frank Heidemeyer", aliases: ["Heidemeyer"], roles: [], affiliation: "", wikidata: ""}];
    const merged = mergeNames([form("Frank", "Heidemaier"), form("", "Heidemaier")], register, givenNameGroup);
    expect([merged.get("~Frank|Heidemaier")!.id, merged.get("~|Heidemaier")!.id]).toEqual(["frank-heidemeyer", "frank-heidemeyer"]);
    expect(merged.get("~Frank|Heidemaier")!.evidence).toEqual(["Heidemeyer ~ Heidemaier: spelling variant heidemeier, same given name Frank", "Heidemaier alone"]);
  });

  it("leaves a registered person's namesake with another given name apart", () => {
    const register: RegisterPerson[] = [{id: "frank-heidemeyer", name: "Frank Heidemeyer", aliases: ["Heidemeyer"], roles: [], affiliation: "", wikidata: ""}];
    expect(mergeNames([form("Petra", "Heidemaier")], register, givenNameGroup).get("~Petra|Heidemaier")!.id).toBe("petra-heidemaier");
  });
});

describe("East-Asian names put the family name first", () => {
  // forms, expected groups
  const cases: [string, NameForm[], string[][]][] = [
    ["hyphenated Chinese given name", [form("Chen", "Wei-ming", 2), form("", "Chen", 3)], [["Chen", "Chen Wei-ming"]]],
    ["pinyin given name in one word", [form("Gao", "Xiaolin"), form("Gao", "Xiao-lin"), form("", "Gao")], [["Gao", "Gao Xiao-lin", "Gao Xiaolin"]]],
    ["Korean name", [form("Park", "Ji-hoon"), form("", "Park", 2)], [["Park", "Park Ji-hoon"]]],
    ["Wade–Giles spelling", [form("Hsu", "Kuo-ping"), form("", "Hsu")], [["Hsu", "Hsu Kuo-ping"]]],
    ["two family-first names with the same family name stay apart", [form("Chen", "Wei-ming"), form("Chen", "Xiaohua"), form("", "Chen")],
      [["Chen"], ["Chen Wei-ming"], ["Chen Xiaohua"]]],
    ["a Western surname match makes it ambiguous", [form("Chen", "Wei-ming"), form("Laura", "Chen"), form("", "Chen")], [["Chen"], ["Chen Wei-ming"], ["Laura Chen"]]],
    ["a Western name whose given name is a family name is not family-first", [form("Kim", "Sandberg"), form("", "Kim")], [["Kim"], ["Kim Sandberg"]]],
    ["a given name that is no East-Asian family name", [form("Marta", "Xiaolin"), form("", "Marta")], [["Marta"], ["Marta Xiaolin"]]]
  ];
  it.each(cases)("%s", (_, forms, expected) => expect(groups(forms)).toEqual(expected));

  it("names why the family name joined", () => {
    const merged = mergeNames([form("Chen", "Wei-ming"), form("", "Chen")], [], givenNameGroup);
    expect(merged.get("~|Chen")!.evidence).toEqual(["Chen alone: family name first in Chen Wei-ming"]);
  });

  it("joins the registered person", () => {
    const register: RegisterPerson[] = [{id: "chen-wei-ming", name: "Chen Wei-ming", aliases: [], roles: [], affiliation: "", wikidata: ""}];
    expect(mergeNames([form("", "Chen")], register, givenNameGroup).get("~|Chen")!.id).toBe("chen-wei-ming");
  });

  it.each<[string, string, boolean]>([
    ["Chen", "Wei-ming", true], ["Gao", "Xiaolin", true], ["Park", "Ji-hoon", true], ["Li", "Qiang", true], ["Zhou", "Lan", true],
    ["Kim", "Sandberg", false], ["Lee", "Hamilton", false], ["Chen", "Wei ming", false], ["Anna", "Xiaolin", false], ["Wang", "Schröder", false],
    ["Xu", "Jianguo", true], ["Liu", "Lüe", true], ["Zhang", "Erlang", true], ["Yang", "Xiuying", true], ["Wu", "Chunhua", true],
    // Western surnames of syllables that pinyin does not have: "er" after an initial, "v" (ü) after other initials than l and n, j/q/x before other vowels than i and u
    ["Kim", "Fisher", false], ["Lee", "Marvin", false], ["Kim", "Basinger", false], ["Kim", "Jensen", false], ["Lee", "Jackson", false]
  ])("familyFirst(%s, %s) = %s", (given, surname, expected) => expect(familyFirst(given, surname)).toBe(expected));
});

describe("person ids", () => {
  it.each<[string, string]>([
    ["Dmitri Peskow", "dmitri-peskow"],
    ["Jörg Straßer", "jorg-strasser"],
    ["Volodímir Zelenski", "volodimir-zelenski"],
    ["Lech Wałęsa", "lech-walesa"],
    ["Søren Kierkegaard", "soren-kierkegaard"],
    ["Jean-Luc Mélenchon", "jean-luc-melenchon"],
    ["", "unknown"]
  ])("%s → %s", (name, id) => {
    expect(slug(name)).toBe(id);
  });
});

describe("Arabic and Hebrew transliterations join (ou ~ u, ch ~ h ~ kh, sch ~ sh, Ben apart ~ Ben-)", () => {
  const cases: [string, NameForm[], string[][]][] = [
    ["ou ~ u in the surname, kh ~ ch in the given name", [form("Kasim", "al-Farouqi", 2), form("Qasim", "Al-Faruqi")], [["Kasim al-Farouqi", "Qasim Al-Faruqi"]]],
    ["ch ~ h in the given name, sch ~ sh in the surname", [form("Mahmoud", "Abu Tarash", 2), form("Machmud", "Abu Tarasch")], [["Machmud Abu Tarasch", "Mahmoud Abu Tarash"]]],
    ["Ben written apart ~ hyphenated", [form("Daniel", "Ben-Avi", 2), form("Daniel", "Ben Avi")], [["Daniel Ben Avi", "Daniel Ben-Avi"]]],
    ["Ben-Avi and Ben-Amos stay apart", [form("Daniel", "Ben-Avi"), form("Daniel", "Ben-Amos")], [["Daniel Ben-Amos"], ["Daniel Ben-Avi"]]],
    ["Chalid ~ Halid but not Walid", [form("Chalid", "al-Tamimi", 2), form("Walid", "al-Tamimi")], [["Chalid al-Tamimi"], ["Walid al-Tamimi"]]]
  ];
  it.each(cases)("%s", (_why, forms, expected) => {
    expect(groups(forms)).toEqual(expected);
  });
});
