/**
 * A sentence whose main clause is in Konjunktiv I ("Die Ursache sei nie
 * gefunden worden.") reports someone's words even when no attribution is in
 * reach: free indirect speech, with no speaker. The reportive "soll … haben"
 * alone is not enough (hearsay without a source, which the corpus leaves out). A direct quotation of the sentence
 * with its own speech verb gives its speaker ("Berg habe „…“, sagte ein Mitglied der Kommission."), else a colon
 * frame (colonFrame.ts) does.
 */
import {clauseStart} from "../../../quotes/context.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import {span} from "./clauses.js";
import {reportiveModals} from "../konjunktiv.js";
import {colonFrame} from "./colonFrame.js";
import {sentenceAttribution} from "../speakerRules/carried.js";

const REPORTIVE = new Set(reportiveModals);

/** Openers of subordinate and relative clauses: a Konjunktiv there does not make the sentence a report. */
const OWN_CLAUSE = new Set(["damit", "ob", "als", "wie", "wenn", "falls", "sofern", "dass", "daß", "um", "da", "weil", "obwohl", "nachdem"]);
/** Relative pronouns, which open a relative clause only after a comma. */
const RELATIVE = new Set(["der", "die", "das", "den", "dem", "deren", "dessen", "welche", "welcher", "welches"]);

export const freeKonjunktiv: ClauseRule = {
  id: "de.quote.indirect.free-konjunktiv",
  apply(s) {
    if (s.last || s.cues.some((c) => !s.used.has(c.index))) return null;
    const {tokens} = s;
    const main = s.strongKonjunktiv.find((k) => {
      if (REPORTIVE.has(tokens[k].lower)) return false; // "3.000 Menschen sollen gestorben sein": hearsay the corpus leaves out without a source
      const from = clauseStart(tokens, k);
      const opener = tokens[from]?.lower ?? "";
      return !OWN_CLAUSE.has(opener) && !(from > 0 && RELATIVE.has(opener));
    });
    if (main === undefined || tokens.length < 4) return null;
    // "Berg habe „…“, sagte ein Mitglied der Kommission.": the direct quotation's own attribution names the speaker
    const own = sentenceAttribution(s);
    if (own) return {...span(tokens, 0, tokens.length, true), type: "indirect", ...own};
    const speaker = colonFrame(tokens, main);
    return {...span(tokens, 0, tokens.length, true), type: "indirect", speakerStart: speaker?.[0] ?? null, speakerEnd: speaker?.[1] ?? null, cue: "", cueStart: null, cueEnd: null};
  }
};
