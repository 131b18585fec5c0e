/** A word of the text: letters and digits, hyphenated parts kept together ("NATO-Mitgliedschaft"). */
export interface Token {
  start: number;
  end: number;
  surface: string;
}

/** Letters and digits, with inner hyphens and apostrophes ("US-Präsident", "Trump's"). Linear: no overlapping classes. */
const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;

/** Tokens of `text` between `start` and `end`, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const stop = Math.min(m.index + m[0].length, end);
    tokens.push({start: m.index, end: stop, surface: text.slice(m.index, stop)});
  }
  return tokens;
}

/** Hyphen (or apostrophe) separated parts of a token: "NATO-Mitgliedschaft" → ["NATO", "Mitgliedschaft"]. */
export function tokenParts(surface: string): string[] {
  return surface.split(/[-‐'’]/).filter(Boolean);
}
