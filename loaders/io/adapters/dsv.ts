/**
 * A streaming parser for delimiter-separated values (CSV, TSV, 10kGNAD's
 * `label;text` with `'` quotes). Pure: feed it text chunks, get records back.
 *
 * Quoting follows RFC 4180 with a configurable quote character: a field that
 * starts with the quote runs to the next lone quote, and a doubled quote inside
 * it stands for one quote. Records end at "\n", "\r\n" or "\r" outside quotes;
 * line endings inside quoted fields are normalised to "\n". Characters after a
 * closing quote and before the next delimiter are kept as literal text (the
 * way Python's csv module reads them). Linear: every character is looked at a
 * bounded number of times per chunk.
 */
export interface DsvOptions {
  /** Field separator, one character (default ","). */
  delimiter?: string;
  /** Quote character, one character (default '"'); "" turns quoting off. */
  quote?: string;
}

/** One parsed record and the 1-based line on which it starts. */
export interface DsvRecord {
  fields: string[];
  line: number;
  /** Set when the record is malformed (an unterminated quote at the end of input). */
  problem?: string;
}

export class DsvParser {
  private readonly delimiter: string;
  private readonly quote: string;
  private buffer = "";
  private line = 1;

  constructor({delimiter = ",", quote = '"'}: DsvOptions = {}) {
    if (delimiter.length !== 1) throw new Error(`delimiter must be one character, got ${JSON.stringify(delimiter)}`);
    if (quote.length > 1) throw new Error(`quote must be one character or empty, got ${JSON.stringify(quote)}`);
    if (quote === delimiter) throw new Error("delimiter and quote must differ");
    this.delimiter = delimiter;
    this.quote = quote;
  }

  /** Adds a chunk of text; returns the records completed by it. */
  push(chunk: string): DsvRecord[] {
    this.buffer += chunk;
    return this.drain(false);
  }

  /** Ends the input; returns the last record, if any. */
  end(): DsvRecord[] {
    const out = this.drain(true);
    this.buffer = "";
    return out;
  }

  private drain(final: boolean): DsvRecord[] {
    const out: DsvRecord[] = [];
    const text = this.buffer;
    let pos = 0;
    while (pos < text.length) {
      const parsed = this.record(text, pos, final);
      if (!parsed) break;
      if (!(parsed.fields.length === 1 && parsed.fields[0] === "" && !parsed.quoted)) out.push({fields: parsed.fields, line: this.line, ...(parsed.problem ? {problem: parsed.problem} : {})});
      this.line += parsed.lines;
      pos = parsed.next;
    }
    this.buffer = text.slice(pos);
    return out;
  }

  /** Parses one record from `pos`; undefined when it is not complete yet. */
  private record(text: string, pos: number, final: boolean): {fields: string[]; next: number; lines: number; quoted: boolean; problem?: string} | undefined {
    const {delimiter, quote} = this;
    const fields: string[] = [];
    let lines = 1;
    let quoted = false;
    let i = pos;
    for (;;) {
      let value = "";
      if (quote && text[i] === quote) {
        quoted = true;
        let from = i + 1;
        for (;;) {
          const close = text.indexOf(quote, from);
          if (close < 0) {
            if (!final) return undefined;
            value += text.slice(from);
            fields.push(normalise(value));
            return {fields, next: text.length, lines: lines + countLines(text, from, text.length), quoted, problem: `unterminated ${quote} quote`};
          }
          value += text.slice(from, close);
          lines += countLines(text, from, close);
          if (text[close + 1] === quote) {
            value += quote;
            from = close + 2;
            continue;
          }
          if (close + 1 >= text.length && !final) return undefined; // a doubled quote may follow in the next chunk
          i = close + 1;
          break;
        }
      }
      // unquoted text (or literal text after a closing quote) up to the delimiter or line end
      let j = i;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === 10 || c === 13 || text[j] === delimiter) break;
        j++;
      }
      if (j >= text.length && !final) return undefined;
      value += text.slice(i, j);
      fields.push(quoted ? normalise(value) : value);
      if (j >= text.length) return {fields, next: j, lines, quoted};
      if (text[j] === delimiter) {
        i = j + 1;
        continue;
      }
      // line end: \r\n counts once; a lone \r at the chunk end may be followed by \n
      if (text.charCodeAt(j) === 13) {
        if (j + 1 >= text.length && !final) return undefined;
        return {fields, next: text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1, lines, quoted};
      }
      return {fields, next: j + 1, lines, quoted};
    }
  }
}

function normalise(value: string): string {
  return value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Parses a whole text at once (for tests and small files). */
export function parseDsv(text: string, options: DsvOptions = {}): DsvRecord[] {
  const parser = new DsvParser(options);
  return [...parser.push(text), ...parser.end()];
}
