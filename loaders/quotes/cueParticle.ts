/**
 * The particle or preposition of a separable speech verb ("teilte … mit", "sprach … von"): after the
 * verb in its clause, or a preposition phrase before a short quotation right before the verb.
 */
import {isOrdinalDot} from "./dateApposition.js";
import {CLAUSE_END} from "./context.js";
import {type Token, UPPER_START} from "./tokens.js";

/** "Particles" that are prepositions ("sprach … von", "rechnet damit"): anywhere in the clause, not only at its end. */
const PREPOSITION_PARTICLES = new Set(["von", "über", "damit", "davon", "darauf", "als", "darin", "für"]);

/** Tokens a fronted or verb-final preposition phrase may hold before its quotation ("von einem ersten „…“"). */
const PREPOSITION_BEFORE_QUOTATION = 4;

/**
 * "Von einem „Durchbruch“ sprach der Kanzler", "Während die Partei von einem „guten Start“ sprach, …": the
 * preposition a verb takes ("sprach … von") stands before it in its clause, a few words before a short quotation
 * that ends right before the verb. Only with a quotation between: "Der Sprecher von Greenpeace sprach
 * mit …" has no such phrase. Returns the preposition's index, or -1.
 */
export function prepositionBeforeQuotation(tokens: Token[], i: number, particle: string): number {
  if (!PREPOSITION_PARTICLES.has(particle)) return -1;
  // the verb right after the quotation: it follows the fronted phrase (V2) or ends its clause
  const j = i - 1;
  if (j < 0 || tokens[j].quote < 0) return -1;
  const q = tokens[j].quote;
  let k = j;
  while (k >= 0 && tokens[k].quote === q) k--;
  if (j - k > SHORT_QUOTATION) return -1;
  for (let m = k; m >= 0 && m >= k - PREPOSITION_BEFORE_QUOTATION; m--) {
    const t = tokens[m];
    if (t.quote >= 0 || CLAUSE_END.has(t.text) || /^[.!?]$/.test(t.text)) return -1;
    if (t.lower === particle) return m;
  }
  return -1;
}

/** Tokens of a quotation (marks included) a separable verb may hold between itself and its particle. */
const SHORT_QUOTATION = 8;

/**
 * The index of a separable verb's particle after the verb at i in its clause ("teilte … mit."), past a short
 * quotation or an apposition; a preposition particle anywhere in the clause ("sprach von …"). -1 when none.
 */
export function particleAfter(tokens: Token[], i: number, particle: string): number {
  for (let j = i + 1; j < tokens.length && j < i + 25; j++) {
    const t = tokens[j];
    if (t.quote >= 0) {
      // "wies die Vorwürfe als „haltlos“ zurück": a short quotation inside the clause, the particle after it
      let k = j;
      while (k < tokens.length && tokens[k].quote === t.quote) k++;
      if (k - j > SHORT_QUOTATION) return -1;
      j = k - 1;
      continue;
    }
    if (t.lower === particle && PREPOSITION_PARTICLES.has(particle)) return j; // "sprach von 300 Booten"
    if (t.lower === particle) {
      // a separable particle ends its clause: "teilte … mit." / "gab … bekannt, dass" (not "gab es … an Bord")
      const next = tokens[j + 1];
      return !next || /^[,.;:!?()[\]–—-]$|^[„“”"»«]$/.test(next.text) || next.lower === "dass" || next.lower === "und" ? j : -1;
    }
    if (t.text === "," && appositionEnd(tokens, j) > j) {
      j = appositionEnd(tokens, j); // "ging Yilmaz, der Anwalt des Vereins, noch davon aus": an apposition between verb and particle
      continue;
    }
    if (CLAUSE_END.has(t.text) || (t.text === "." && !isOrdinalDot(tokens, j))) return -1; // "teilte am 2. März mit"
  }
  return -1;
}

/** Longest apposition set off by commas ("…, die Anwältin der Frau, …"), in tokens. */
const APPOSITION_MAX = 10;

/**
 * For a comma at `comma` that opens an apposition (a few words ending in a capitalised noun or
 * name, then a comma), the index of the closing comma; else -1. A relative clause ends in its
 * verb ("…, die gestern sprach, …") and is no apposition.
 */
function appositionEnd(tokens: Token[], comma: number): number {
  for (let j = comma + 1; j < tokens.length && j <= comma + APPOSITION_MAX + 1; j++) {
    const t = tokens[j];
    // an ordinal's dot ("am Montag, dem 3. Mai, bekannt") does not end the apposition
    if (t.quote >= 0 || (CLAUSE_END.has(t.text) && t.text !== ",") || (t.text === "." && !isOrdinalDot(tokens, j))) return -1;
    if (t.text !== ",") continue;
    return j > comma + 1 && UPPER_START.test(tokens[j - 1].text) ? j : -1;
  }
  return -1;
}
