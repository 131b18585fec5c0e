/**
 * Quote vetoes: uses of a speech cue that report no speech, as rule objects with ids
 * (`QuoteVeto`): de.quote.veto.negated-act ("bestätigte das nicht"), de.quote.veto.purpose-modal
 * ("soll weitere Kämpfe verhindern"), de.quote.veto.means-frame ("Das heißt nicht, dass …") and
 * de.quote.veto.passive-wish ("der nicht genannt werden wollte"); de.quote.veto.hearsay-about-previous ("Sie soll es
 * gewesen sein, die …" after a sentence about her) looks at a whole sentence.
 * The rules that find quotes (reported.ts, continuation.ts, indirect.ts) ask them.
 */
import {clauseEnd, clauseStart, type Cue} from "../../../quotes/context.js";
import type {QuoteVeto} from "../../../quotes/rule.js";
import {CLAUSE_END_TOKEN, perTokens, tokenize, TokensCache, type Token} from "../../../quotes/tokens.js";
import {denialReach, negationWords} from "../negation.js";
import {meansSubjects, purposeVerbs} from "../nonSpeech.js";
import type {SentenceContext} from "../../../quotes/context.js";
import {hearsayOnly, speakerLike, subjectOf} from "../speakerRules/previous.js";

const NEGATIONS = new Set(negationWords);
const PURPOSE_VERBS = new Set(purposeVerbs);
const MEANS_SUBJECTS = new Set(meansSubjects);

/** Per token array (a sentence): its lower-case words and each negation's `denialReach`, made once (the veto is asked once per cue). */
const negationsOfTokens = new TokensCache<Token[], {words: string[]; reach: Map<number, number>}>();

/** How far the negation at token `j` denies (`denialReach`), computed once per sentence and token. */
function reachAt(tokens: Token[], j: number): number {
  const sentence = perTokens(negationsOfTokens, tokens, () => ({words: tokens.map((t) => t.lower), reach: new Map<number, number>()}));
  let reach = sentence.reach.get(j);
  if (reach === undefined) sentence.reach.set(j, (reach = denialReach(sentence.words, j)));
  return reach;
}


/**
 * de.quote.veto.negated-act: a negation in the cue's clause denies the act ("Der Minister bestätigte das
 * nicht", "Sie wollte sich dazu nicht äußern", "Dazu wurde nichts gesagt"): no speech was reported. A
 * negation that denies nothing ("nicht nur", "kein …, sondern", "mit keiner Gegenstimme": `deniesAt`) does not count.
 */
export const negatedAct: QuoteVeto<Cue> = {
  id: "de.quote.veto.negated-act",
  test(tokens, cue) {
    const end = Math.max(clauseEnd(tokens, cue.index), cue.particle + 1);
    for (let j = clauseStart(tokens, cue.index); j < end; j++) {
      if (tokens[j].quote >= 0 || !NEGATIONS.has(tokens[j].lower)) continue;
      if (cue.index <= reachAt(tokens, j)) return true; // deniesAt(words, j, cue.index)
    }
    return false;
  }
};

/**
 * de.quote.veto.purpose-modal: "soll" (the token at `modal`) with a verb of purpose or effect at its clause end
 * states what a thing is for ("Das Abkommen soll weitere Kämpfe verhindern", "Der neue Stürmer soll für Tore
 * sorgen"), not hearsay.
 */
export const purposeModal: QuoteVeto<number> = {
  id: "de.quote.veto.purpose-modal",
  test(tokens: Token[], modal: number) {
    let end = modal + 1;
    while (end < tokens.length && !CLAUSE_END_TOKEN.test(tokens[end].text)) end++;
    return PURPOSE_VERBS.has(tokens[end - 1]?.lower ?? "");
  }
};

/**
 * de.quote.veto.means-frame: "Das heißt nicht, dass …", "Was heißt, dass …": "heißen" with a demonstrative
 * subject right beside it says what something means, no one's words ("Es heißt, dass …" stays hearsay).
 */
export const meansFrame: QuoteVeto<Cue> = {
  id: "de.quote.veto.means-frame",
  test(tokens, cue) {
    return cue.form.lemma === "heißen" && (MEANS_SUBJECTS.has(tokens[cue.index - 1]?.lower ?? "") || MEANS_SUBJECTS.has(tokens[cue.index + 1]?.lower ?? ""));
  }
};

/** Forms of the modals of wish and permission after "werden" in a passive wish ("genannt werden wollte"). */
const WISH_MODALS = new Set(["will", "wollte", "wollten", "wollen", "möchte", "möchten", "mochte", "mochten", "darf", "durfte", "durften", "dürfe"]);

/**
 * de.quote.veto.passive-wish: a speech verb's participle before "werden" and a modal of wish or permission
 * ("…, der nicht namentlich genannt werden wollte, …", "die nicht zitiert werden möchte") says how a source
 * wants to be named, no speech of its own: its clause reports nothing.
 */
export const passiveWish: QuoteVeto<Cue> = {
  id: "de.quote.veto.passive-wish",
  test(tokens, cue) {
    return tokens[cue.index + 1]?.lower === "werden" && WISH_MODALS.has(tokens[cue.index + 2]?.lower ?? "");
  }
};

/**
 * de.quote.veto.hearsay-about-previous: a hearsay sentence (`hearsayOnly`) right after a sentence without quote
 * whose subject is a person or organisation, the attribution further back ("…“, sagt ein Kollege. Die Vorsitzende
 * ist das Gegenstück. Sie soll es gewesen sein, die …"): rumour about that subject, no one's report, neither the
 * subject's nor carried on from the older attribution.
 */
export const hearsayAboutPrevious: QuoteVeto<SentenceContext> = {
  id: "de.quote.veto.hearsay-about-previous",
  test(tokens, s) {
    const {before, last} = s;
    if (!last || !before || last.sentence >= s.index - 1 || !s.strongKonjunktiv.length || !hearsayOnly(tokens, s.strongKonjunktiv)) return false;
    const previous = tokenize(s.text, before.start, before.end);
    const found = previous.length <= 40 ? subjectOf(previous) : null;
    return !!found && speakerLike(previous, found.subject);
  }
};
