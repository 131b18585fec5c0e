/**
 * A content clause after a rejected proposal, report or charge belongs to that
 * object, not to the one who rejects it: "Merkel lehnte den Vorschlag des
 * Umweltministers ab, die Aufsicht zu bündeln" (the proposal's words), "Borloo
 * hat Berichte der Zeitung zurückgewiesen, er sei …" (the reports' words). The
 * speaker is the object's noun phrase, with its genitive.
 */
import {isAdjective, phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {LOWER_START, type Token, UPPER_START} from "../../../quotes/tokens.js";
import {adverbialSubordinators} from "../clauseWords.js";
import {contentNounHeads, contentNouns} from "../contentNouns.js";
import {rejectedObjectLeads, rejectedObjectNouns, rejectingParticiples, rejectingVerbs, relativePronouns} from "./words.js";

const NOUNS = new Set([...contentNouns, ...rejectedObjectNouns]);
const HEADS = new RegExp(`\\p{L}{3}(?:${contentNounHeads.join("|")})$`, "u");
const VERBS = new Map(Object.entries(rejectingVerbs));
const PARTICIPLES = new Set(rejectingParticiples);
const LEADS = new Set(rejectedObjectLeads);

/** A participle before a noun ("gebrachte", "vorgeschlagene", "geäußerten"). */
const PARTICIPLE = /^\p{Ll}*ge\p{Ll}{2,}(?:te|ten|tes|ene|enen|enes)$/u;

/**
 * "die vom Anwalt ins Gespräch gebrachte Lösung": an object noun
 * with a participle attribute whose agent follows "von" — the agent is the
 * author (without "von", as the passive agent); or null.
 */
function participleAgent(tokens: Token[], from: number, k: number): TokenRange {
  if (!PARTICIPLE.test(tokens[k - 1]?.text ?? "")) return null;
  for (let j = k - 2; j >= from && j > k - 10; j--) {
    if (tokens[j].text === "," || tokens[j].quote >= 0) return null;
    if (tokens[j].lower !== "von" && tokens[j].lower !== "vom") continue;
    if (!LEADS.has(tokens[j - 1]?.lower ?? "")) return null; // the article of the object opens the attribute
    const phrase = phraseAt(tokens, j + 1, k - 1, false);
    return phrase && phrase[0] === j + 1 ? phrase : null;
  }
  return null;
}

/** The object noun phrase in tokens [from, to) whose head is a content noun, with its article and genitive; or null. */
function contentObject(tokens: Token[], from: number, to: number): TokenRange {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.quote >= 0 || !UPPER_START.test(t.text) || !(NOUNS.has(t.lower) || HEADS.test(t.lower))) continue;
    const agent = participleAgent(tokens, from, k);
    if (agent) return agent;
    let start = k;
    while (start > from && (LEADS.has(tokens[start - 1].lower) || /^\p{Ll}+(?:en|e|er)$/u.test(tokens[start - 1].text)) && start > k - 3) start--;
    const phrase = phraseAt(tokens, start, to, false);
    return phrase && phrase[0] === start && phrase[1] >= k ? phrase : [k, k];
  }
  return null;
}

const RELATIVES = new Set(relativePronouns);
const ADVERBIAL = new Set(adverbialSubordinators);

/**
 * ", die sie für unbegründet hält" (a relative clause: a pronoun or adverb after "die") or ", da er
 * unbegründet sei" (an adverbial clause, the rejecter's reason): not the object's content.
 */
function notContentAfter(tokens: Token[], comma: number): boolean {
  const first = tokens[comma + 1]?.lower ?? "";
  if (ADVERBIAL.has(first)) return true;
  const next = tokens[comma + 2];
  return RELATIVES.has(first) && !!next && LOWER_START.test(next.text) && !isAdjective(next);
}

export const rejectedContent: SpeakerRule = {
  id: "de.speaker.rejected-content",
  find({tokens, cue, from}) {
    const verb = tokens[cue].lower;
    const particle = VERBS.get(verb);
    if (particle) {
      // "lehnte X den Vorschlag Y ab, …": the object stands between the verb and its particle, right before the comma
      let comma = cue + 1;
      while (comma < tokens.length && comma < cue + 25 && tokens[comma].text !== "," && tokens[comma].quote < 0) comma++;
      if (tokens[comma]?.text !== "," || tokens[comma - 1].lower !== particle || notContentAfter(tokens, comma)) return undefined;
      return contentObject(tokens, cue + 1, comma - 1) ?? undefined;
    }
    if (!PARTICIPLES.has(verb) || tokens[cue + 1]?.text !== "," || notContentAfter(tokens, cue + 1)) return undefined;
    // "hat Berichte der Zeitung zurückgewiesen, …": the object stands between the auxiliary and the participle
    return contentObject(tokens, from, cue) ?? undefined;
  }
};
