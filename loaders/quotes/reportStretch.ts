/**
 * Whether a stretch of tokens before a speech verb holds a report (a Konjunktiv I outside a clause a
 * subordinator opens), from per-token prefix counts made once per sentence.
 */
import {reportSubordinators} from "../lang/de/clauseWords.js";
import {konjunktivI} from "../lang/de/konjunktiv.js";
import {perTokens, type Token, TokensCache} from "./tokens.js";

const KONJUNKTIV_I = new Set(konjunktivI);
const CLAUSE_OPENERS = new Set([...reportSubordinators, "dass", "daß"]);

/**
 * Whether tokens [from, to) hold a report: a Konjunktiv I in a stretch between commas that no
 * subordinator opens ("…, die Straße und der Tunnel seien frei", "…, um … zu verleihen, habe sie
 * …"); not one only inside a content clause of a noun ("Die Behauptung, dass der Verein … habe, wies
 * der Kassenwart zurück").
 */
export function reportBefore(tokens: Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  const {comma, forms, reports} = reportTable(tokens);
  // up to the first comma, the stretch is opened by its first token; after it, by the word after its own comma
  const first = Math.min(comma[from], to);
  if (!CLAUSE_OPENERS.has(tokens[from]?.lower ?? "") && forms[first] > forms[from]) return true;
  return first < to && reports[to] > reports[first];
}

/**
 * Per token array, made once (a speaker search per cue asks for the stretches before it): the first comma
 * at or after each token, prefix counts of Konjunktiv I forms, and of those after a comma whose stretch no
 * subordinator opens.
 */
const reportTables = new TokensCache<Token[], {comma: Int32Array; forms: Int32Array; reports: Int32Array}>();

const reportTable = (tokens: Token[]) => perTokens(reportTables, tokens, reportTableOf);

function reportTableOf(tokens: Token[]): {comma: Int32Array; forms: Int32Array; reports: Int32Array} {
  const n = tokens.length;
  const table = {comma: new Int32Array(n + 1), forms: new Int32Array(n + 1), reports: new Int32Array(n + 1)};
  table.comma[n] = n;
  for (let j = n - 1; j >= 0; j--) table.comma[j] = tokens[j].text === "," ? j : table.comma[j + 1];
  let opened = true; // before any comma: not counted in `reports` (the caller reads `forms` there)
  for (let j = 0; j < n; j++) {
    const comma = tokens[j].text === ",";
    if (comma) opened = CLAUSE_OPENERS.has(tokens[j + 1]?.lower ?? "");
    const form = !comma && KONJUNKTIV_I.has(tokens[j].lower);
    table.forms[j + 1] = table.forms[j] + (form ? 1 : 0);
    table.reports[j + 1] = table.reports[j] + (form && !opened ? 1 : 0);
  }
  return table;
}
