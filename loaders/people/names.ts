import {colognePhonetic} from "cologne-phonetic";

/**
 * Transliteration-aware name comparison: one spelling key that folds the
 * usual German/English/Ukrainian transliteration differences (y/j/i, w/v,
 * z/s, -ow/-ov/-off, -ij/-yj/-iy, sch/sh, tsch/ch), Kölner Phonetik codes, and
 * given-name compatibility through variant groups (Mike ~ Michael).
 */

/** Entries kept per memo before it is emptied (bounds memory on large corpora). */
const MEMO_LIMIT = 50_000;
const spellingKeys = new Map<string, string>();
const phoneticCodes = new Map<string, string>();

/** `compute(name)`, remembered per name string in `memo` (emptied when full). */
function memoised(memo: Map<string, string>, name: string, compute: (name: string) => string): string {
  let value = memo.get(name);
  if (value === undefined) {
    value = compute(name);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, value);
  }
  return value;
}

/**
 * The last word of a surname, the part names are matched by: "von der Leyen" → "Leyen", "De Masi" → "Masi";
 * a Hebrew "Ben"/"Bar" written apart stays with it, as in the hyphenated spelling ("Ben Avi" ~ "Ben-Avi").
 */
export function surnameCore(surname: string): string {
  const space = surname.lastIndexOf(" ");
  if (space < 0) return surname;
  const before = surname.lastIndexOf(" ", space - 1);
  const particle = surname.slice(before + 1, space);
  return particle === "Ben" || particle === "Bar" ? surname.slice(before + 1) : surname.slice(space + 1);
}

/** Lower-case, no diacritics, transliteration variants folded: "Selenskyj" → "selenski", "Zelenski" → "selenski". Memoised per name. */
export function spellingKey(name: string): string {
  return memoised(spellingKeys, name, foldSpelling);
}

function foldSpelling(name: string): string {
  let s = name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");
  s = s.replace(/tsch/g, "ch").replace(/sch/g, "sh").replace(/ck/g, "k").replace(/ph/g, "f").replace(/th/g, "t").replace(/kh/g, "ch");
  // "Ben-Avi" ~ "Ben Avi"; "Mansouri" ~ "Mansuri" (French and English write u as ou)
  s = s.replace(/[- ]/g, "").replace(/ou/g, "u");
  s = s.replace(/y/g, "i").replace(/j/g, "i").replace(/w/g, "v").replace(/z/g, "s").replace(/c(?=[aou])/g, "k");
  s = s.replace(/(?:ov|off|ff)$/g, "ov").replace(/i+$/g, "i").replace(/([a-z])\1/g, "$1");
  return s;
}

/** Letters spelt out as two where a keyboard or a language lacks them: "Müller" ~ "Mueller", "Sørensen" ~ "Soerensen", "Ångström" ~ "Aangstroem". */
const DIGRAPHS: Record<string, string> = {ä: "ae", ö: "oe", ü: "ue", ø: "oe", æ: "ae", å: "aa", œ: "oe", ß: "ss"};
const spellingVariantKeys = new Map<string, string>();

/**
 * German spellings of one diphthong, folded after the spelling key has made y an i: ai ~ ei ~ ay ~ ey
 * ("Heidemaier" ~ "Heidemeyer", "Mayer" ~ "Meier") and äu ~ eu ("Bäumer" ~ "Beumer", ä spelt out first).
 */
const DIPHTHONGS: readonly [RegExp, string][] = [[/ai/g, "ei"], [/aeu/g, "eu"]];

/**
 * The spelling key with the spelling variants of one name folded that transliteration does not cover:
 * umlauts and Nordic letters spelt out (ä ~ ae, ö ~ oe ~ ø, å ~ aa, ß ~ ss), the Nordic qv ~ qu ~ kw
 * ("Lindqvist" ~ "Lindquist") and the spellings of one diphthong (ai ~ ei ~ ay ~ ey, äu ~ eu; see DIPHTHONGS).
 * Weaker evidence than the spelling key: merge.ts takes it only with the same given name. Memoised per name.
 */
export function spellingVariantKey(name: string): string {
  return memoised(spellingVariantKeys, name, (n) => DIPHTHONGS.reduce((key, [from, to]) => key.replace(from, to), foldSpelling(n.toLowerCase().replace(/[äöüøæåœß]/g, (c) => DIGRAPHS[c]).replace(/q[uvw]|kw/g, "kv"))));
}

/**
 * Why two surnames are spelling variants of one name (see spellingVariantKey), or "": "Holmqvist ~ Holmquist: spelling
 * variant holmkvist". `given`, the given name both forms share, is named in the evidence, since only it makes the variant count.
 */
export function spellingVariantEvidence(a: string, b: string, given = ""): string {
  const key = spellingVariantKey(a);
  return key === spellingVariantKey(b) ? `${a} ~ ${b}: spelling variant ${key}${given ? `, same given name ${given}` : ""}` : "";
}

/** Kölner Phonetik code of a name (the installed cologne-phonetic package). Memoised per name. */
export function phoneticCode(name: string): string {
  return memoised(phoneticCodes, name, colognePhonetic);
}

/** Vowel sequence with e/i/y folded: names that differ in a full vowel (Biden, Baden) are different names. */
function vowels(key: string): string {
  return key.replace(/[^aeiouy]/g, "").replace(/[eiy]/g, "i").replace(/(.)\1+/g, "$1");
}

/** Levenshtein distance, bounded: stops early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Why two surnames are the same name, or "" when they are not:
 * identical, same spelling key, or same Kölner Phonetik code with spellings
 * close enough (at most one edit per four letters) to rule out chance collisions.
 */
export function surnameEvidence(a: string, b: string): string {
  if (a.toLowerCase() === b.toLowerCase()) return "same";
  const ka = spellingKey(a);
  const kb = spellingKey(b);
  if (ka === kb) return `${a} ~ ${b}: transliteration ${ka}`;
  const pa = phoneticCode(a);
  if (pa && pa === phoneticCode(b)) {
    const allowed = Math.max(1, Math.floor(Math.min(ka.length, kb.length) / 4));
    if (editDistance(ka, kb, allowed) <= allowed && vowels(ka) === vowels(kb)) return `${a} ~ ${b}: cologne-phonetic ${pa}`;
  }
  return "";
}

/**
 * Why two given names are compatible, "" when they are not, "none" when one is missing.
 * Compatible: same variant group (Mike ~ Michael), same spelling key (Dmitri ~ Dmitry),
 * same phonetic code, or an initial that fits ("J." ~ "John").
 */
export function givenEvidence(a: string, b: string, groups: ReadonlyMap<string, string>): string {
  if (!a || !b) return "none";
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return "same";
  if (/^(?:\p{L}\.)+$/u.test(a) || /^(?:\p{L}\.)+$/u.test(b)) return la[0] === lb[0] ? `given name ${a} ~ ${b}: initial` : "";
  const ga = groups.get(la);
  const gb = groups.get(lb);
  if (ga && ga === gb) return `given name ${a} ~ ${b}: variants of ${ga}`;
  if (ga && gb) return "";
  if (spellingKey(a) === spellingKey(b)) return `given name ${a} ~ ${b}: transliteration`;
  // Arabic names: German writes ch where English writes h or kh ("Machmud" ~ "Mahmoud", "Chalid" ~ "Halid")
  if (spellingKey(a).replace(/ch/g, "h") === spellingKey(b).replace(/ch/g, "h")) return `given name ${a} ~ ${b}: transliteration ch ~ h`;
  const pa = phoneticCode(a);
  if (pa && pa === phoneticCode(b) && editDistance(spellingKey(a), spellingKey(b), 2) <= 2) return `given name ${a} ~ ${b}: cologne-phonetic ${pa}`;
  return "";
}
