import {describe, expect, test} from "vitest";
import {DsvParser, parseDsv} from "../../../../loaders/io/adapters/dsv.js";

// 10kGNAD's dialect: `;` separator, `'` quotes (doubled inside), CRLF, no header.
const GNAD = {delimiter: ";", quote: "'"};

describe("parseDsv", () => {
  const cases: [string, string, object, string[][]][] = [
    ["plain 10kGNAD rows", "Sport;Wien – Rapid gewann.\r\nKultur;Ein Film.\r\n", GNAD, [["Sport", "Wien – Rapid gewann."], ["Kultur", "Ein Film."]]],
    ["quoted field holding the separator", "Web;'Apple; Google und Co.'\r\n", GNAD, [["Web", "Apple; Google und Co."]]],
    ["doubled quote inside a quoted field", "Inland;'Er sagte: ''Nein''; dann ging er.'\r\n", GNAD, [["Inland", "Er sagte: 'Nein'; dann ging er."]]],
    ["double quotes are literal text in the ' dialect", 'Etat;Der "All-in-Rechner" startet.\r\n', GNAD, [["Etat", 'Der "All-in-Rechner" startet.']]],
    ["no final line break", "a;b\r\nc;d", GNAD, [["a", "b"], ["c", "d"]]],
    ["blank lines are skipped", "a;b\r\n\r\nc;d\r\n", GNAD, [["a", "b"], ["c", "d"]]],
    ["RFC 4180 with a newline inside quotes", 'id,text\n1,"Zeile eins\r\nZeile zwei"\n', {}, [["id", "text"], ["1", "Zeile eins\nZeile zwei"]]],
    ["empty fields", "a,,c\n", {}, [["a", "", "c"]]],
    ["tab separated", "x\ty\n", {delimiter: "\t"}, [["x", "y"]]],
    ["literal text after a closing quote is kept", "'ab'c;d\n", GNAD, [["abc", "d"]]]
  ];
  test.each(cases)("%s", (_name, input, options, expected) => {
    expect(parseDsv(input, options).map((r) => r.fields)).toEqual(expected);
  });

  test("an unterminated quote is reported, not swallowed silently", () => {
    const records = parseDsv("a;'offen\r\nb;c\r\n", GNAD);
    expect(records).toHaveLength(1);
    expect(records[0].problem).toMatch(/unterminated/);
  });

  test("records report their starting line", () => {
    expect(parseDsv("a;'x\r\ny'\r\nb;c\r\n", GNAD).map((r) => r.line)).toEqual([1, 3]);
  });

  test("chunk boundaries anywhere give the same records", () => {
    const input = "Inland;'Er sagte: ''Nein''; dann.'\r\nWeb;Apple\r\n'q;1';'2'\r\n";
    const whole = parseDsv(input, GNAD).map((r) => r.fields);
    for (let size = 1; size <= 7; size++) {
      const parser = new DsvParser(GNAD);
      const out = [];
      for (let i = 0; i < input.length; i += size) out.push(...parser.push(input.slice(i, i + size)));
      out.push(...parser.end());
      expect(out.map((r) => r.fields), `chunks of ${size}`).toEqual(whole);
    }
  });

  test("bad settings are refused with a message", () => {
    expect(() => new DsvParser({delimiter: ";;"})).toThrow(/one character/);
    expect(() => new DsvParser({delimiter: "'", quote: "'"})).toThrow(/differ/);
  });
});
