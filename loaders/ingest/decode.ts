import iconv from "iconv-lite";

/** Largest input accepted, in bytes. Larger files are rejected with a reason. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Why an input could not be read. The message is for people: it names the problem. */
export class InputError extends Error {}

const utf8 = new TextDecoder("utf-8", {fatal: true});

/**
 * Decodes bytes into text: UTF-8 with or without BOM (also UTF-16 with BOM),
 * otherwise Windows-1252/Latin-1. Normalises line endings to "\n".
 * Throws InputError for empty, binary or oversized input.
 */
export function decode(bytes: Uint8Array): {text: string; encoding: string} {
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
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
      encoding = body === bytes ? "utf-8" : "utf-8-bom";
    } catch {
      text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), "windows-1252");
      encoding = "windows-1252";
      if (/[\u0080-\u009f\ufffd]/.test(text)) throw new InputError("text cannot be decoded: neither UTF-8 nor Windows-1252");
    }
  }
  text = text.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError("empty file (only whitespace)");
  return {text, encoding};
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
