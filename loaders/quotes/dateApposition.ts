import {monthWords, weekdayWords} from "../lang/de/dates/lexicon.js";
import {CLAUSE_END_TOKEN, LOWER_START, type Token} from "./tokens.js";

const DAY = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;
const DASH = /^[–—-]$/;

/**
 * Whether tokens[i] is the dot of an ordinal day before a month name ("am 2. März"): it ends no
 * sentence or clause ("teilte am 2. März mit, dass …").
 */
export function isOrdinalDot(tokens: readonly Token[], i: number): boolean {
  const day = tokens[i - 1];
  return tokens[i]?.text === "." && !!day && DAY.test(day.text) && day.end === tokens[i].start && monthWords.has(tokens[i + 1]?.lower ?? "");
}

/** The index of the comma closing a date that explains the weekday before the comma at `i` (", 3. März 2026,", ", dem 3. März,"); -1 when there is none. */
function dateAppositionEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== "," || !weekdayWords.has(tokens[i - 1]?.lower ?? "")) return -1;
  let j = i + 1;
  if (tokens[j]?.lower === "dem" || tokens[j]?.lower === "den") j++;
  if (!DAY.test(tokens[j]?.text ?? "") || !isOrdinalDot(tokens, j + 1)) return -1;
  j += 3;
  if (YEAR.test(tokens[j]?.text ?? "")) j++;
  return tokens[j]?.text === "," ? j : -1;
}

/** Whether tokens[i] is a dash that a second, equal dash later in the sentence closes: the two set off an aside. */
function opensAside(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i].text;
  if (!DASH.test(dash)) return false;
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k].text === dash) return true;
  return false;
}

/**
 * Rule de.quote.date-apposition: a date set off by commas after a weekday ("am Dienstag, 3. März
 * 2026, …") opens no clause, so its opening comma is left out of the tokens the quote rules read;
 * its closing comma too when only the clause's last word follows ("…, mitgeteilt.", "…, mit, dass …",
 * "…, mitgeteilt – zu spät.", "(…, mitgeteilt)"), else it stays as the start of what follows ("sagte am
 * Montag, 2. März, die Lage sei …"). A dash after the word ends the clause only when no second one
 * follows: a pair of dashes sets off an aside inside the clause ("sagte am Montag, 2. März, man – so
 * hieß es – wolle …": "man" opens the reported clause). Every
 * token keeps its offsets, so spans stay exact; returns `tokens` itself when nothing changes.
 */
export function withoutDateAppositionCommas(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const end = tokens[i].text === "," ? dateAppositionEnd(tokens, i) : -1;
    if (end < 0) {
      out?.push(tokens[i]);
      continue;
    }
    out ??= tokens.slice(0, i);
    for (let k = i + 1; k < end; k++) out.push(tokens[k]);
    const last = tokens[end + 1];
    const lastWordOnly = last && LOWER_START.test(last.text) && (end + 2 >= tokens.length || (CLAUSE_END_TOKEN.test(tokens[end + 2].text) && !opensAside(tokens, end + 2)));
    if (!lastWordOnly) out.push(tokens[end]);
    i = end;
  }
  return out ?? tokens;
}
