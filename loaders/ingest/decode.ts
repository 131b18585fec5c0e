import iconv from "iconv-lite";

/** Largest input accepted, in bytes. Larger files are rejected with a reason. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Why an input could not be read. The message is for people: it names the problem. */
export class InputError extends Error {}

const utf8 = new TextDecoder("utf-8", {fatal: true});

/** Text read as UTF-8 where it is and Windows-1252 where it is not, and how many bytes were read so (see mixedEncoding). */
export interface MixedReading {
  text: string;
  repaired: number;
}

/** The bytes after a UTF-8 byte order mark, if any: what decode reads as UTF-8 or, failing that, as mixed or Windows-1252. */
export function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * Decodes bytes into text: UTF-8 with or without BOM (also UTF-16 with BOM),
 * otherwise Windows-1252/Latin-1. Text that is UTF-8 with some bytes that are
 * not (a Latin-1 "ü" pasted into UTF-8 text) is mixed: its valid UTF-8
 * sequences are read as UTF-8 and only the other bytes as Windows-1252
 * (mixedEncoding counts them for the warning). Normalises line endings to "\n".
 * Throws InputError for empty, binary or oversized input. `mixed` is
 * mixedEncoding(withoutBom(bytes)) when the caller has it already (null: no
 * mixed reading, plain Windows-1252), so the bytes are not scanned again.
 */
export function decode(bytes: Uint8Array, mixed?: Pick<MixedReading, "text"> | null): {text: string; encoding: string} {
  if (bytes.length > MAX_BYTES) throw new InputError(`file is larger than the ${MAX_BYTES / 1024 / 1024} MB limit (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`);
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    encoding = "utf-16le";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
    encoding = "utf-16be";
  } else {
    if (looksBinary(bytes)) throw new InputError("binary data, not text (contains NUL or control bytes)");
    const body = withoutBom(bytes);
    const asUtf8 = mixed === undefined ? utf8OrUndefined(body) : undefined;
    if (asUtf8 !== undefined) {
      text = asUtf8;
      encoding = body === bytes ? "utf-8" : "utf-8-bom";
    } else {
      const reading = mixed === undefined ? mixedEncoding(body) : mixed;
      if (reading) {
        [text, encoding] = [reading.text, "utf-8+windows-1252"];
      } else {
        text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), "windows-1252");
        encoding = "windows-1252";
      }
      if (/[\u0080-\u009f\ufffd]/.test(text)) throw new InputError("text cannot be decoded: neither UTF-8 nor Windows-1252");
    }
  }
  return finish(text, encoding);
}

/** The bytes read as UTF-8, or undefined when they are not UTF-8. */
function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Line endings normalised; throws for text that is only whitespace. */
function finish(decoded: string, encoding: string): {text: string; encoding: string} {
  const text = decoded.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError("empty file (only whitespace)");
  return {text, encoding};
}

/** Windows-1252 characters of bytes 0x80-0x9F (U+FFFD where the code page has none); the other bytes are Latin-1. */
const CP1252_HIGH = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ";

/** The Windows-1252 character of one byte. */
const cp1252 = (b: number) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b));

/** Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const c = bytes[i + 1];
    // no overlong forms (E0 80-9F) and no surrogates (ED A0-BF)
    if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c >= 0xa0)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const c = bytes[i + 1];
    if ((b === 0xf0 && c < 0x90) || (b === 0xf4 && c >= 0x90)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Bytes that are not UTF-8 but hold UTF-8 sequences (a character of two to
 * four bytes): the text with each valid sequence read as UTF-8 and each other
 * byte as Windows-1252, and how many bytes were read so (`repaired`).
 * Undefined when no multi-byte UTF-8 sequence occurs: the bytes are then plain
 * Windows-1252/Latin-1 and read as a whole as before.
 */
export function mixedEncoding(bytes: Uint8Array): MixedReading | undefined {
  const out: string[] = [];
  const utf8Lenient = new TextDecoder("utf-8");
  let repaired = 0;
  let sequences = 0;
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n) {
      if (n > 1) sequences++;
      i += n;
      continue;
    }
    // a valid run ends here: decode it as UTF-8, then this byte as Windows-1252
    if (i > runStart) out.push(utf8Lenient.decode(bytes.subarray(runStart, i)));
    out.push(cp1252(bytes[i]));
    repaired++;
    runStart = ++i;
  }
  if (!sequences) return undefined;
  if (runStart < bytes.length) out.push(utf8Lenient.decode(bytes.subarray(runStart)));
  return {text: out.join(""), repaired};
}

/**
 * Whether mixedEncoding would read the bytes as mixed (they hold a valid UTF-8
 * sequence of two to four bytes), without building the text: stops at the
 * first such sequence.
 */
export function holdsUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n > 1) return true;
    i += n || 1;
  }
  return false;
}

/** The warning for text read as UTF-8 with `repaired` bytes that are not, read as Windows-1252 (`where` names the row, if any). */
export function mixedEncodingWarning(repaired: number, where = ""): string {
  const one = repaired === 1;
  return `mixed encoding${where}: UTF-8 with ${repaired} ${one ? "byte" : "bytes"} that ${one ? "is" : "are"} not UTF-8, read as Windows-1252 (check ${one ? "that character" : "those characters"}; save the file as UTF-8)`;
}

/** NUL bytes, or many control bytes in the first 8 kB, mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.02;
}
