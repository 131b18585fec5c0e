/**
 * The file layout of the derived word caches (noun forms, package given names): the words in
 * {@link SortedWords}' layout, written so that reading them back makes no object per word.
 */
import type {SortedWords} from "../text/sorted-forms.js";

/** The file's bytes: the wide words as UTF-8 lines, a NUL, then the sorted Latin-1 words as Latin-1 bytes (read back as a one-byte string). */
export function encodeSortedWords(words: SortedWords): Buffer {
  return Buffer.concat([Buffer.from(words.wide.join("\n"), "utf8"), Buffer.from([0]), Buffer.from(words.narrow, "latin1")]);
}

/** Reads encodeSortedWords' bytes back; undefined when they are not in that layout. */
export function decodeSortedWords(bytes: Buffer): SortedWords | undefined {
  const nul = bytes.indexOf(0);
  if (nul < 0) return undefined;
  const wide = bytes.toString("utf8", 0, nul);
  return {wide: wide ? wide.split("\n") : [], narrow: bytes.toString("latin1", nul + 1)};
}
