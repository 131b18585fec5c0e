/**
 * The German Snowball stemmer ("german", with ß → ss and u/y between vowels
 * kept apart) over char codes in one reused buffer: the same stems as
 * @nlpjs/lang-de's generated `StemmerDe` (`setCurrent`, `innerStem`,
 * `getCurrent`), checked against it in test/loaders/lang/de/snowballDe.test.ts,
 * without its string copy per edit, its binary searches over suffix tables and
 * its large generated functions (which the JIT compiles slowly in every process).
 */

const U = 0x55; // "U": a u between vowels, not a vowel itself
const Y = 0x59; // "Y"

/** The vowels of the algorithm: a e i o u y ä ö ü (upper-case U and Y are not). */
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 0xe4 || c === 0xf6 || c === 0xfc;
}

/** Letters after which a final "s" is removed: b d f g h k l m n r t. */
function isSEnding(c: number): boolean {
  return c === 98 || c === 100 || c === 102 || c === 103 || c === 104 || c === 107 || c === 108 || c === 109 || c === 110 || c === 114 || c === 116;
}

/** Letters after which a final "st" is removed: the s-endings without r. */
function isStEnding(c: number): boolean {
  return c !== 114 && isSEnding(c);
}

let buf = new Uint16Array(64);

/** Whether buf[0, end) ends with the char codes of `suffix` (lower-case ASCII). */
function endsWith(end: number, suffix: string): boolean {
  const n = suffix.length;
  if (end < n) return false;
  for (let k = 0; k < n; k++) if (buf[end - n + k] !== suffix.charCodeAt(k)) return false;
  return true;
}

/** Stem of a lower-case German word, as @nlpjs/lang-de's StemmerDe gives it ("krieges" → "krieg"). */
export function snowballDe(word: string): string {
  // prelude: ß → ss
  let n = 0;
  const length = word.length;
  if (buf.length < 2 * length) buf = new Uint16Array(2 * length + 16);
  let changed = false;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xdf) {
      buf[n++] = 115;
      buf[n++] = 115;
      changed = true;
    } else buf[n++] = c;
  }
  // prelude: u and y between vowels become U and Y, left to right
  for (let p = 0; p + 2 < n; p++) {
    const c = buf[p + 1];
    if ((c === 117 || c === 121) && isVowel(buf[p]) && isVowel(buf[p + 2])) {
      buf[p + 1] = c === 117 ? U : Y;
      changed = true;
    }
  }
  // regions: R1 after the first non-vowel following a vowel (at least 3), R2 the same again after R1
  let p1 = n;
  let p2 = n;
  if (n >= 3) {
    let i = 0;
    while (i < n && !isVowel(buf[i])) i++;
    i++;
    while (i < n && isVowel(buf[i])) i++;
    if (i < n) {
      p1 = i + 1 < 3 ? 3 : i + 1;
      i++;
      while (i < n && !isVowel(buf[i])) i++;
      i++;
      while (i < n && isVowel(buf[i])) i++;
      if (i < n) p2 = i + 1;
    }
  }
  let end = n;
  // step 1: em ern er | e en es (and "niss" → "nis") | s after an s-ending, in R1 (dispatched on the last letter)
  let last = end > 0 ? buf[end - 1] : 0;
  if (last === 110) {
    // -ern, -en
    if (end >= 3 && buf[end - 2] === 114 && buf[end - 3] === 101) {
      if (p1 <= end - 3) end -= 3;
    } else if (end >= 2 && buf[end - 2] === 101 && p1 <= end - 2) {
      end -= 2;
      if (endsWith(end, "niss")) end--;
    }
  } else if (last === 109 || last === 114) {
    // -em, -er
    if (end >= 2 && buf[end - 2] === 101 && p1 <= end - 2) end -= 2;
  } else if (last === 101) {
    // -e
    if (p1 <= end - 1) {
      end -= 1;
      if (endsWith(end, "niss")) end--;
    }
  } else if (last === 115) {
    // -es, -s
    if (end >= 2 && buf[end - 2] === 101) {
      if (p1 <= end - 2) {
        end -= 2;
        if (endsWith(end, "niss")) end--;
      }
    } else if (p1 <= end - 1 && end >= 2 && isSEnding(buf[end - 2])) end--;
  }
  // step 2: en er est | st after an st-ending with three letters before it, in R1
  last = end > 0 ? buf[end - 1] : 0;
  if (last === 110 || last === 114) {
    // -en, -er
    if (end >= 2 && buf[end - 2] === 101 && p1 <= end - 2) end -= 2;
  } else if (last === 116 && end >= 2 && buf[end - 2] === 115) {
    // -est, -st
    if (end >= 3 && buf[end - 3] === 101) {
      if (p1 <= end - 3) end -= 3;
    } else if (p1 <= end - 2 && end >= 6 && isStEnding(buf[end - 3])) end -= 2;
  }
  // step 3: derivational suffixes in R2
  last = end > 0 ? buf[end - 1] : 0;
  if (last === 100 || last === 103) {
    if (endsWith(end, "end") || endsWith(end, "ung")) {
      if (p2 <= end - 3) {
        end -= 3;
        if (endsWith(end, "ig") && buf[end - 3] !== 101 && p2 <= end - 2) end -= 2;
      }
    } else if (last === 103 && end >= 2 && buf[end - 2] === 105) {
      // -ig, not after e
      if (p2 <= end - 2 && !(end >= 3 && buf[end - 3] === 101)) end -= 2;
    }
  } else if (last === 107) {
    // -ik, not after e
    if (end >= 2 && buf[end - 2] === 105 && p2 <= end - 2 && !(end >= 3 && buf[end - 3] === 101)) end -= 2;
  } else if (last === 104) {
    if (endsWith(end, "isch")) {
      if (p2 <= end - 4 && !(end >= 5 && buf[end - 5] === 101)) end -= 4;
    } else if (endsWith(end, "lich")) {
      if (p2 <= end - 4) {
        end -= 4;
        if ((endsWith(end, "er") || endsWith(end, "en")) && p1 <= end - 2) end -= 2;
      }
    }
  } else if (last === 116) {
    if (endsWith(end, "heit")) {
      if (p2 <= end - 4) {
        end -= 4;
        if ((endsWith(end, "er") || endsWith(end, "en")) && p1 <= end - 2) end -= 2;
      }
    } else if (endsWith(end, "keit")) {
      if (p2 <= end - 4) {
        end -= 4;
        if (endsWith(end, "lich")) {
          if (p2 <= end - 4) end -= 4;
        } else if (endsWith(end, "ig")) {
          if (p2 <= end - 2) end -= 2;
        }
      }
    }
  }
  // postlude: U Y ä ö ü → u y a o u
  for (let i = 0; i < end; i++) {
    const c = buf[i];
    if (c === U || c === 0xfc) buf[i] = 117;
    else if (c === Y) buf[i] = 121;
    else if (c === 0xe4) buf[i] = 97;
    else if (c === 0xf6) buf[i] = 111;
    else continue;
    changed = true;
  }
  if (!changed) return end === length ? word : word.slice(0, end);
  return String.fromCharCode.apply(null, buf.subarray(0, end) as unknown as number[]);
}
