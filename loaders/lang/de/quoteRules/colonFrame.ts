/**
 * A main clause before a colon whose subject is a person or organisation frames the Konjunktiv after it, as a colon
 * frames a quotation ("Die Abgeordnete Eva Roth stellte Bedingungen: Ohne Reform werde ihre Fraktion nicht zustimmen.",
 * "Der Minister bekräftigte die Zusage vom Montag: Man werde die Mittel verdoppeln.").
 */
import type {ClauseRule} from "../../../quotes/rule.js";
import type {Token} from "../../../quotes/tokens.js";
import {speakerLike, subjectOf} from "../speakerRules/previous.js";
import {span, unusedCues} from "./clauses.js";
import {cueForms} from "../../../quotes/lexicon.js";
import {speechObjectNouns} from "../speech-objects.js";

/**
 * Nouns of a stance or demand that a frame before a colon states ("stellte Bedingungen:", "wiederholte seine
 * Forderung:", "blieb bei seiner Position:"), besides `speechObjectNouns` (Erklärung, Zusage, Kritik …); lower case,
 * a compound ending in one counts ("Kernforderung").
 */
export const colonFrameNouns: readonly string[] = ["forderung", "forderungen", "bedingung", "bedingungen", "position", "haltung", "standpunkt", "appell", "botschaft", "warnung", "mahnung", "ansage", "angebot", "vorschlag", "linie", "meinung", "ansicht", "einschätzung", "bilanz", "urteil", "fazit", "prognose"];
const STANCE_NOUNS = new Set([...speechObjectNouns, ...colonFrameNouns]);
const STANCE_ENDINGS = new RegExp(`\\p{L}{3}(?:${colonFrameNouns.join("|")})$`, "u");

/**
 * Whether the frame before a colon says something: a speech verb form of the cue lexicon (`cueForms`: "bekräftigte",
 * "forderte") or a stance noun ("stellte Bedingungen"); "erhielt einen Brief:", "hat ein Problem:" do not.
 */
function framesSpeech(frame: readonly Token[]): boolean {
  return frame.some((t) => cueForms.has(t.lower) || STANCE_NOUNS.has(t.lower) || STANCE_ENDINGS.test(t.lower));
}

/**
 * The subject of the main clause before a colon outside quotations, before token `main` (the Konjunktiv the colon
 * introduces), when it opens the sentence, names a person or organisation and the frame says something
 * (`framesSpeech`): its character span, else null.
 */
export function colonFrame(tokens: Token[], main: number): [number, number] | null {
  const colon = tokens.findIndex((t, i) => i < main && t.text === ":" && t.quote < 0);
  if (colon < 2) return null;
  const frame = tokens.slice(0, colon);
  if (frame.some((t) => t.quote >= 0 || t.text === ",") || !framesSpeech(frame)) return null;
  const found = subjectOf(frame);
  if (!found || found.subject[0] !== 0 || !speakerLike(frame, found.subject)) return null;
  return [frame[found.subject[0]].start, frame[found.subject[1]].end];
}

/**
 * de.quote.indirect.colon-frame: such a colon frame right after an attributed report names a speaker of its own,
 * whom the Konjunktiv after the colon (and the continuations after it) belongs to, not the speaker carried from the
 * report before ("„…“, sagte die Ministerin. Der Bürgermeister wiederholte seine Forderung: Man brauche mehr Geld.":
 * the mayor; the quote is the words after the colon). Without a report before, `de.quote.indirect.free-konjunktiv` reads the same frame.
 */
export const colonFrameAfterReport: ClauseRule = {
  id: "de.quote.indirect.colon-frame",
  apply(s) {
    if (!s.last || unusedCues(s).length) return null;
    const {tokens} = s;
    const colon = tokens.findIndex((t) => t.text === ":" && t.quote < 0);
    if (colon < 2) return null;
    const main = s.strongKonjunktiv.find((k) => k > colon);
    if (main === undefined) return null;
    const speaker = colonFrame(tokens, main);
    if (!speaker) return null;
    return {...span(tokens, colon + 1, tokens.length, true), type: "indirect", speakerStart: speaker[0], speakerEnd: speaker[1], cue: "", cueStart: null, cueEnd: null};
  }
};
