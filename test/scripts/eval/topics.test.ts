import {describe, expect, it} from "vitest";
import {parseGnadCsv} from "../../../scripts/eval/topics.js";

describe("10kGNAD CSV rows (label;text, quote char ')", () => {
  const cases: [csv: string, rows: {label: string; text: string}[]][] = [
    ["Sport;Ein Tor.\r\n", [{label: "Sport", text: "Ein Tor."}]],
    ["Web;'Apple; Google'\r\nKultur;Film\r\n", [{label: "Web", text: "Apple; Google"}, {label: "Kultur", text: "Film"}]],
    ["Inland;'Er sagte: ''nein''; dann ging er.'\r\n", [{label: "Inland", text: "Er sagte: 'nein'; dann ging er."}]],
    ["Etat;Mit \"Anführung\" und ; nicht am Anfang\r\n", [{label: "Etat", text: "Mit \"Anführung\" und ; nicht am Anfang"}]]
  ];
  it.each(cases)("%j", (csv, rows) => expect(parseGnadCsv(csv)).toEqual(rows));

  it("names the row of a broken quote", () => {
    expect(() => parseGnadCsv("Web;'offen\r\n")).toThrow(/unterminated quote in row 1/);
  });
});
