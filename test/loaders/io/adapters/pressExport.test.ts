import {describe, expect, test} from "vitest";
import {dateLineDay, isProseLine, mayBePressExport, pressExportItems} from "../../../../loaders/io/adapters/pressExport.js";

/** Made-up exports (no real article). */
const GERMAN = [
  "Dokument 1 von 2",
  "",
  "Nordkurier am Abend",
  "",
  "14. Juni 2028 Mittwoch",
  "",
  "Stadtrat beschließt neue Radwege",
  "",
  "Länge: 120 Wörter",
  "Rubrik: Lokales; S. 3",
  "",
  "Der Stadtrat hat am Dienstag drei neue Radwege beschlossen.",
  "",
  "Ende des Dokuments",
  "",
  "Dokument 2 von 2",
  "",
  "Südkurier Heute",
  "",
  "16. Juni 2028 Freitag",
  "",
  "Radwege: Händler sind skeptisch",
  "",
  "Länge: 98 Wörter",
  "",
  "Die Händler der Altstadt fürchten um ihre Parkplätze.",
  "",
  "Ende des Dokuments",
  ""
].join("\n");

const ENGLISH_UNI = [
  "Council approves new cycle lanes",
  "The Harbour Times",
  "June 14, 2028 Wednesday",
  "Copyright 2028 Harbour Media",
  "Section: LOCAL; Pg. 3",
  "Length: 120 words",
  "Byline: Jane Roe",
  "Body",
  "",
  "Der Stadtrat hat am Dienstag drei neue Radwege beschlossen.",
  "",
  "Load-Date: June 15, 2028",
  "",
  "End of Document",
  "",
  "Traders fear for parking",
  "The Harbour Times",
  "June 16, 2028 Friday",
  "Length: 98 words",
  "Body",
  "",
  "Die Händler der Altstadt fürchten um ihre Parkplätze.",
  "",
  "End of Document",
  ""
].join("\n");

type Row = {file: string; outlet?: string; published?: string; title?: string; text?: string; problem?: string; warnings?: string[]};

function rows(text: string): Row[] | undefined {
  return pressExportItems(text, "x.txt")?.map((item) =>
    "raw" in item
      ? {file: item.file, ...item.raw.given, text: item.raw.text, ...(item.warnings ? {warnings: item.warnings} : {})}
      : {file: item.file, problem: item.problem}
  );
}

describe("pressExportItems", () => {
  test("German Nexis markers: one article per document, header read and kept out of the text", () => {
    expect(rows(GERMAN)).toEqual([
      {file: "x.txt#1", outlet: "Nordkurier am Abend", published: "2028-06-14", title: "Stadtrat beschließt neue Radwege", text: "Der Stadtrat hat am Dienstag drei neue Radwege beschlossen."},
      {file: "x.txt#2", outlet: "Südkurier Heute", published: "2028-06-16", title: "Radwege: Händler sind skeptisch", text: "Die Händler der Altstadt fürchten um ihre Parkplätze."}
    ]);
  });

  test("CRLF line ends read the same", () => {
    expect(rows(GERMAN.replace(/\n/g, "\r\n"))).toEqual(rows(GERMAN));
  });

  test("English Nexis Uni layout (no start marker): title, outlet, date; load date left out", () => {
    expect(rows(ENGLISH_UNI)).toEqual([
      {file: "x.txt#1", outlet: "The Harbour Times", published: "2028-06-14", title: "Council approves new cycle lanes", text: "Der Stadtrat hat am Dienstag drei neue Radwege beschlossen."},
      {file: "x.txt#2", outlet: "The Harbour Times", published: "2028-06-16", title: "Traders fear for parking", text: "Die Händler der Altstadt fürchten um ihre Parkplätze."}
    ]);
  });

  test("a document without its end marker is read with a warning naming it", () => {
    const broken = GERMAN.replace("Der Stadtrat hat am Dienstag drei neue Radwege beschlossen.\n\nEnde des Dokuments", "Der Stadtrat hat am Dienstag drei neue Radwege beschlossen.");
    const out = rows(broken)!;
    expect(out.map((r) => r.file)).toEqual(["x.txt#1", "x.txt#2"]);
    expect(out[0].text).toBe("Der Stadtrat hat am Dienstag drei neue Radwege beschlossen.");
    expect(out[0].warnings?.[0]).toMatch(/no end marker/);
    expect(out[1].warnings).toBeUndefined();
  });

  test("fewer documents than the markers announce: a warning", () => {
    const cut = GERMAN.slice(0, GERMAN.indexOf("Dokument 2 von 2"));
    expect(rows(cut)![0].warnings).toEqual(["the export's markers announce 2 documents, 1 were found"]);
  });

  test("a document with a header and no body is a problem", () => {
    const empty = "Dokument 1 von 1\n\nNordkurier am Abend\n\n14. Juni 2028\n\nTitel\n\nLänge: 0 Wörter\n\nEnde des Dokuments\n";
    expect(rows(empty)).toEqual([{file: "x.txt#1", problem: "a document of the press-database export with no body text"}]);
  });

  test.each<[string, string]>([
    ["an ordinary article", "Radwege für die Altstadt\n\nDer Stadtrat hat am Dienstag drei neue Radwege beschlossen.\n"],
    ["a text that mentions a document", "Das Dokument 1 von 3 Seiten lag dem Rat vor.\n"]
  ])("%s is not an export", (_, text) => expect(rows(text)).toBeUndefined());
});

describe("the header ends at the first sentence of the body", () => {
  const doc = (body: string[]) => ["Dokument 1 von 1", "", "Musterblatt", "3. Mai 2028 Mittwoch", "Neue Brücke eröffnet", "Länge: 80 Wörter", "", ...body, "", "Ende des Dokuments", ""].join("\n");
  test.each<[string, string[], string]>([
    ["a body line \"Person: …\" after a sentence stays body", ["Die Brücke wurde am Dienstag eröffnet.", "Person: Die Bürgermeisterin hielt eine kurze Rede."], "Die Brücke wurde am Dienstag eröffnet.\nPerson: Die Bürgermeisterin hielt eine kurze Rede."],
    ["a body line \"Update: …\" after a sentence stays body", ["Der Verkehr rollt seit dem Morgen.", "Update: Am Abend kam es zu einem Stau.", "Die Polizei regelte den Verkehr."], "Der Verkehr rollt seit dem Morgen.\nUpdate: Am Abend kam es zu einem Stau.\nDie Polizei regelte den Verkehr."],
    ["a first body line \"Quelle: sentence\" is body", ["Quelle: Die Stadt bestätigte den Termin am Abend."], "Quelle: Die Stadt bestätigte den Termin am Abend."],
    ["a label line before the body is still header", ["Seite: 4", "Die Brücke wurde am Dienstag eröffnet."], "Die Brücke wurde am Dienstag eröffnet."],
    ["a trailing metadata label is left out", ["Die Brücke wurde am Dienstag eröffnet.", "Update: 4. Mai 2028"], "Die Brücke wurde am Dienstag eröffnet."]
  ])("%s", (_, body, text) => {
    const out = rows(doc(body))!;
    expect(out[0]).toMatchObject({title: "Neue Brücke eröffnet", text});
  });

  test.each<[string, boolean]>([
    ["Die Brücke wurde am Dienstag eröffnet.", true],
    ["Kommt die Brücke noch in diesem Jahr oder erst im nächsten Frühjahr wirklich?", true],
    ["Kommt die Brücke?", false],
    ["Neue Brücke eröffnet", false],
    ["Zwei Wörter.", false],
    ["x".repeat(201), true]
  ])("isProseLine(%j) → %s", (line, expected) => expect(isProseLine(line)).toBe(expected));
});

describe("a single end marker without a start marker", () => {
  test.each<[string, string, number | undefined]>([
    ["a letter that holds the words", "Ein Brief an die Redaktion\n\nSehr geehrte Damen und Herren,\nder Text ist kurz.\nEnd of Document\nNoch ein Satz folgt hier.\n", undefined],
    ["a note with a date but no length line", "Notiz\n3. Mai 2028\nDer Rat tagt am Montag.\nEnde des Dokuments\n", undefined],
    ["one Nexis Uni document (date and length line)", "Neue Brücke eröffnet\nMusterblatt\n3. Mai 2028 Mittwoch\nLength: 80 words\nBody\n\nDie Brücke wurde am Dienstag eröffnet.\n\nEnd of Document\n", 1],
    ["one document with a copyright line", "Neue Brücke eröffnet\nMusterblatt\n3. Mai 2028\nCopyright 2028 Musterverlag\n\nDie Brücke wurde am Dienstag eröffnet.\n\nDokumentende\n", 1],
    ["two end markers", "Titel eins\n\nDer Rat tagt am Montag.\n\nEnd of Document\n\nTitel zwei\n\nDer Rat tagt am Dienstag.\n\nEnd of Document\n", 2]
  ])("%s", (_, text, count) => expect(rows(text)?.length).toBe(count));
});

describe("mayBePressExport (byte test)", () => {
  test.each<[string, boolean]>([
    ["Titel\n\nText\n\nDokumentende\n", true],
    ["Titel\n\nText\n\nDocument end\n", true],
    ["Titel\n\nText\n\nENDE DES DOKUMENTS\n", true],
    ["Titel\n\nDas Ende der Debatte\n", false],
    ["Titel\n\nText\n\nDocument FRAB000020280614ej3500001\n", true],
    ["Titel\nDocument ist hier ein Wort\n", false],
    ["Dokument 1 von 2\n\nText", true],
    ["\n1 of 20 DOCUMENTS\n", true],
    ["Titel\n\nText\n\nEnd of Document\n", true],
    ["Titel\n\nText über Dokumente\n", false]
  ])("%j → %s", (text, expected) => expect(mayBePressExport(Buffer.from(text))).toBe(expected));
});

describe("dateLineDay", () => {
  test.each<[string, string]>([
    ["5. März 2027 Freitag", "2027-03-05"],
    ["05.03.2027", "2027-03-05"],
    ["March 5, 2027 Friday", "2027-03-05"],
    ["5 March 2027", "2027-03-05"],
    ["Freitag, 5. März 2027", "2027-03-05"],
    ["Stadtrat beschließt", ""],
    ["Februar 30, 2027", ""]
  ])("%s → %s", (line, day) => expect(dateLineDay(line)).toBe(day));
});
