/**
 * Konjunktiv detection for the quote rules: where a sentence has Konjunktiv I
 * (strong evidence of reported speech) or Konjunktiv II and dictionary
 * Konjunktiv I forms (weak evidence). Lexicons: loaders/lang/de/konjunktiv.ts
 * and konjunktiv-dict.ts.
 */
import {isDictionaryKonjunktiv, isDictionaryKonjunktivII} from "../lang/de/konjunktiv-dict.js";
import {attributiveBefore, firstPersonPronouns, konjunktivI, konjunktivII, konjunktivStems, modalKonjunktivII, participleShape, participleShapedAdjectives, reportiveModals} from "../lang/de/konjunktiv.js";
import {commaArticles, reportSubordinators} from "../lang/de/clauseWords.js";
import {relativePronouns} from "../lang/de/speakerRules/words.js";
import {CLAUSE_END_TOKEN, type Token, UPPER_START} from "./tokens.js";

/** A word that starts with an upper-case letter (a module constant: under tsx, esbuild turns a `\p{…}` literal into `new RegExp` at each use). */

const KONJ_I = new Set(konjunktivI.concat(konjunktivStems.map((s) => `${s}e`)));
const REPORTIVE = new Set(reportiveModals);
const KONJ_II = new Set(konjunktivII);
const FIRST_PERSON = new Set(firstPersonPronouns);

/** Konjunktiv forms outside quotations, not after "ich"/"wir". */
export function findKonjunktiv(tokens: Token[], weak = true): number[] {
  const found = konjunktivForms(tokens);
  return weak ? found.konjunktiv : found.strong;
}

/**
 * Both readings of `findKonjunktiv` in one pass: `konjunktiv` with the Konjunktiv II
 * forms (weak), `strong` without them.
 */
export function konjunktivForms(tokens: Token[]): {konjunktiv: number[]; strong: number[]} {
  const konjunktiv: number[] = [];
  const strong: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quote >= 0) continue;
    const isStrong = isStrongKonjunktiv(tokens, i);
    if (!isStrong && !KONJ_II.has(t.lower) && !isDictionaryForm(tokens, i) && !isDictionaryFormII(tokens, i)) continue;
    if (i > 0 && FIRST_PERSON.has(tokens[i - 1].lower)) continue;
    if (i + 1 < tokens.length && FIRST_PERSON.has(tokens[i + 1].lower)) continue;
    konjunktiv.push(i);
    if (isStrong) strong.push(i);
  }
  return {konjunktiv, strong};
}

const THIRD_PERSON = new Set(["er", "sie", "es", "man"]);
/** Quotation marks and the colon, after which a capitalised word opens a sentence (`/^[„“"»«:]$/` without a regex). */
const OPENING_MARKS = "„“\"»«:";
const isOpeningMark = (text: string) => text.length === 1 && OPENING_MARKS.includes(text);
/** Indicative past forms that end like a Konjunktiv I in -e ("wurde er", "hatte sie"). */
const INDICATIVE_PAST = new Set(["wurde", "hatte", "hätte", "würde", "wollte", "sollte", "konnte", "musste", "durfte", "mochte", "wusste", "dachte", "brachte", "kannte", "nannte", "wandte", "sandte", "stand", "fand"]);
const NOT_VERBS_IN_E = new Set(["eine", "keine", "seine", "ihre", "meine", "deine", "unsere", "diese", "jede", "alle", "beide", "viele", "einige", "andere", "welche", "solche", "heute", "gerne", "ohne", "bitte", "ende", "gegenüber", "selbe", "gleiche", "ganze", "große", "neue", "erste", "zweite", "letzte", "dritte", "nächste"]);

/**
 * Konjunktiv I (or the reportive "soll … haben"), without the Konjunktiv II
 * forms that also make conditionals: a listed form ("sei", "habe", "nehme"),
 * a verb in -iere, a form in -e next to a third-person pronoun ("nehme er",
 * "er entbehre"), or "soll" with a perfect or passive infinitive.
 */
export function isStrongKonjunktiv(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const capitalised = t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
  // a capitalised form inside the sentence is a noun ("an zweiter Stelle", "die Lage")
  if (capitalised && i > 0 && !isOpeningMark(tokens[i - 1].text)) return false;
  if (KONJ_I.has(t.lower)) return !isFixedPhrase(tokens, i);
  if (capitalised) return false;
  if (INDICATIVE_PAST.has(t.lower)) return false; // "wurde es", "hatte er"
  if (t.lower.endsWith("iere")) return true;
  if (REPORTIVE.has(t.lower)) return perfectInfinitiveFollows(tokens, i);
  if (t.lower.length >= 4 && t.lower.endsWith("e") && !NOT_VERBS_IN_E.has(t.lower) && !/(?:ische|liche|ige|ete|ene|[^aeiouäöüt]te)$/.test(t.lower)) {
    // "nehme er …" (verb first), or "… dass er nichts wisse." (verb at the clause end)
    if (THIRD_PERSON.has(tokens[i + 1]?.lower ?? "")) return true;
    return THIRD_PERSON.has(tokens[i - 1]?.lower ?? "") && /^[.,;:!?]$/.test(tokens[i + 1]?.text ?? ".");
  }
  return false;
}

const ATTRIBUTIVE_BEFORE = new Set(attributiveBefore);
const PARTICIPLE_ADJECTIVES = new Set(participleShapedAdjectives);
/** Words that open another clause after a comma: conjunctions and relative pronouns. */
const CLAUSE_OPENERS = new Set([...reportSubordinators, ...commaArticles, "dass", "daß", "welche", "welcher", "welches", "dessen", "deren", "und", "aber", "doch", "sondern", "denn"]);

/** Whether a token is a past participle by its shape, in lower case (not a noun or an adjective such as "bereit"). */
export function isParticiple(token: Token | undefined): boolean {
  return !!token && token.text === token.lower && participleShape.test(token.lower) && !PARTICIPLE_ADJECTIVES.has(token.lower);
}

/**
 * A Konjunktiv I form of the verb dictionary that no list above holds ("Daran ändere auch die Panne
 * nichts", "Die Behörde übertreibe das Risiko"), where it stands as a finite verb: in lower case, not after an
 * article or degree word ("die lange Pipeline"), not before a capitalised word (an adjective before its
 * noun: "lange Staus") and not ending its clause (a verb-final clause, "was seine Partei … unterscheide,",
 * is often a question or a time clause, not a report). Weak evidence, like Konjunktiv II: it continues an
 * attribution but makes no free indirect speech alone.
 */
function isDictionaryForm(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // every third-person singular Konjunktiv I ends in -e: the cheapest test first
  if (t.lower.charCodeAt(t.lower.length - 1) !== 101 || t.text[0] !== t.lower[0] || NOT_VERBS_IN_E.has(t.lower) || ATTRIBUTIVE_BEFORE.has(tokens[i - 1]?.lower ?? "")) return false;
  const next = tokens[i + 1]?.text ?? ".";
  if (UPPER_START.test(next) || (CLAUSE_END_TOKEN.test(next) && !endsRelativeClause(tokens, i))) return false;
  return isDictionaryKonjunktiv(t.lower);
}

const RELATIVES = new Set(relativePronouns);
const MODAL_II = new Set(modalKonjunktivII);

/**
 * Whether token i ends a relative clause opened by a comma and a relative pronoun ("…, die der Bund ihnen
 * auferlege."): no question or time clause, so a Konjunktiv I there is the report's, as in a main clause.
 */
function endsRelativeClause(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - 12; j--) {
    if (tokens[j].quote >= 0) return false;
    if (tokens[j].text === ",") return RELATIVES.has(tokens[j + 1]?.lower ?? "") && j + 1 < i - 1;
  }
  return false;
}

/**
 * A third-person Konjunktiv II form of the verb dictionary that no indicative shares ("Die Kommunen kämen für die Lasten auf",
 * "Das hielte kein Haushalt aus"), in the position of a finite verb as for {@link isDictionaryForm}: the stand-in
 * for a Konjunktiv I that looks like the indicative ("tragen"). Weak evidence: it continues an attribution only.
 */
function isDictionaryFormII(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!endsInEOrEn(t.lower) || t.text[0] !== t.lower[0] || MODAL_II.has(t.lower) || ATTRIBUTIVE_BEFORE.has(tokens[i - 1]?.lower ?? "")) return false;
  const next = tokens[i + 1]?.text ?? ".";
  if (UPPER_START.test(next) || CLAUSE_END_TOKEN.test(next)) return false;
  return isDictionaryKonjunktivII(t.lower);
}

/** Whether a word ends in "e" or "en" (`/e[n]?$/` without a regex: asked of most words of a sentence). */
function endsInEOrEn(lower: string): boolean {
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  return last === 101 || (last === 110 && lower.charCodeAt(n - 2) === 101);
}

/** "es sei denn" (unless), "wie dem auch sei": fixed phrases with a Konjunktiv I form that report nothing. */
function isFixedPhrase(tokens: Token[], i: number): boolean {
  if (tokens[i].lower !== "sei") return false;
  const before = tokens[i - 1]?.lower;
  return (before === "es" && tokens[i + 1]?.lower === "denn") || (before === "auch" && tokens[i - 2]?.lower === "dem" && tokens[i - 3]?.lower === "wie");
}

/**
 * "soll … gesagt haben", "soll … getötet worden sein": a perfect or passive infinitive follows before the
 * clause ends, a participle before its "sein" or "haben" ("soll 2026 fertig sein" states a plan).
 */
function perfectInfinitiveFollows(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j < i + 30; j++) {
    const w = tokens[j].lower;
    if (w === "worden") return true;
    if (w === "sein" || w === "haben") return isParticiple(tokens[j - 1]);
    if (tokens[j].text === "." || tokens[j].text === ";") return false;
    // "soll … gepackt, ihr … geschaut und … geschossen haben": a list of participles goes on; ", dass …", ", der …" open another clause
    if (tokens[j].text === "," && CLAUSE_OPENERS.has(tokens[j + 1]?.lower ?? "")) return false;
  }
  return false;
}
