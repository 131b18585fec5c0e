/**
 * de.speaker.role-anaphor: a definite role noun that no person holds by the text or the register, but that
 * describes rather than names an office ("die Gewerkschafterin", "die Verhandlungsführerin", "der frühere
 * Ministerpräsident": `anaphoricPersonNouns`, `formerTenureWords`), stands for the nearest person named in its
 * own sentence or the two before whose gender its article and noun show ("GÖD-Chefin Anna Berg sprach in Kassel.
 * Die Gewerkschafterin verlangte …": Anna Berg). Conservative: a person of unknown gender nearer than the
 * candidate, a phrase with more words, a prefix or an affiliation ("die SPD-Gewerkschafterin" is read by
 * rolePrefix.ts), or an office noun ("Der Oberbürgermeister") resolve no one.
 */
import {anaphoricPersonNouns, formerTenureWords} from "../lang/de/anaphoric-person-nouns.js";
import type {MentionRow} from "../types.js";
import type {Gender} from "./gender.js";
import {previousSentenceStart} from "./rolePrefix.js";
import {sentenceStartBefore} from "./antecedents.js";
import type {SpeakerRole} from "./roleSpeakers.js";

const NOUNS = new RegExp(`(?:^|-|\\p{Ll})(?:${anaphoricPersonNouns.join("|")})(?:in)?$`, "u");
const FORMER = new Set(formerTenureWords);

/** The gender a definite role phrase shows ("die Gewerkschafterin" f, "der frühere Ministerpräsident" m), "" for none or a plural. */
function phraseGender(words: readonly string[]): Gender {
  const article = words[0].toLowerCase();
  const head = words[words.length - 1];
  if (article === "der") return head.endsWith("in") && !head.endsWith("ein") ? "" : "m";
  // "die Verhandlungsführer" is a plural
  return article === "die" && /(?:in|e)$/u.test(head) ? "f" : "";
}

/** Whether a phrase of article, at most one adjective and a role noun describes its holder (see the module comment). */
function describes(words: readonly string[], role: SpeakerRole | null): boolean {
  if (words.length < 2 || words.length > 3 || role?.affiliation || role?.prefix) return false;
  if (words.length === 3 && (words[1] !== words[1].toLowerCase() || !/e$/u.test(words[1]))) return false;
  const head = words[words.length - 1].toLowerCase();
  return (words.length === 3 && FORMER.has(words[1])) || NOUNS.test(head);
}

/**
 * The person a describing role phrase stands for (see the module comment); undefined when none. `before` are the
 * article's person mentions ending before the phrase, in text order; `genderOf` gives a person's gender.
 */
export function roleAnaphor(text: string, start: number, words: readonly string[], role: SpeakerRole | null, before: readonly MentionRow[], genderOf: (personId: string) => Gender): MentionRow | undefined {
  if (!describes(words, role)) return undefined;
  const gender = phraseGender(words);
  if (!gender) return undefined;
  // its own sentence and the two before ("„…“, sagte Anna Berg. „…“ Die Gewerkschafterin verlangte …"): from its
  // own sentence's start, previousSentenceStart looks back over two sentence ends
  const from = previousSentenceStart(text, sentenceStartBefore(text, start));
  for (let i = before.length - 1; i >= 0 && before[i].start >= from; i--) {
    const found = genderOf(before[i].person_id);
    if (!found) return undefined;
    if (found === gender) return before[i];
  }
  return undefined;
}
