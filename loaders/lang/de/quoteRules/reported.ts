/**
 * Reported speech: a speech act without a content clause ("Trump betonte die
 * Bedeutung …", "Hegseth äußerte sich skeptisch zu …"), the Wikinews corpus'
 * Reported type. The whole sentence is the quote.
 */
import {attributionFor} from "../../../quotes/attribute.js";
import {clauseEnd, clauseStart, type Cue} from "../../../quotes/context.js";
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import {LOWER_WORD, type Token} from "../../../quotes/tokens.js";
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {isArticle} from "../inflection.js";
import {notReportedAlone, reportedWithPreposition, reportedWithSpeakerSubject} from "../speechVerbs.js";
import {speakerLike} from "../speakerRules/previous.js";
import {negatedAct} from "./vetoes.js";
import {relativePronouns} from "../speakerRules/words.js";
import {interrogatives} from "../clauseWords.js";
import {vonOfNoun} from "../speakerRules/attachedVon.js";
import {AUXILIARIES, isPassive, notSpeechUse, span, unusedCues} from "./clauses.js";

const NOT_REPORTED = new Set(notReportedAlone);

/**
 * The "von" phrase of a passive speech verb, within its clause before the verb: the agent
 * ("von den iranischen Behörden"), or one that belongs to a noun (`vonOfNoun`: "in der Nähe von
 * Leipzig"), which keeps the sentence a speech act but names no speaker.
 */
function passiveVonBefore(tokens: Token[], cue: number): {agent: TokenRange} | null {
  for (let j = Math.max(0, cue - 20); j < cue; j++) {
    if (tokens[j].quote >= 0 || (tokens[j].lower !== "von" && tokens[j].lower !== "vom")) continue;
    if (tokens.slice(j, cue).some((t) => t.text === ",")) continue;
    const phrase = phraseAt(tokens, j + 1, cue, false);
    if (phrase) return {agent: vonOfNoun(tokens, j, cue) ? null : phrase};
  }
  return null;
}

/** "(Wikinews berichtete)", "(dpa meldete)": a source note in parentheses, not a speech act of the sentence. */
function inParentheses(tokens: Token[], cue: number): boolean {
  for (let j = cue - 1; j >= 0 && j > cue - 6; j--) {
    if (tokens[j].text === ")") return false;
    if (tokens[j].text === "(") return true;
  }
  return false;
}

const REPORTED_WITH = new Map(Object.entries(reportedWithPreposition));
const SPEAKER_SUBJECT = new Set(reportedWithSpeakerSubject);

/**
 * Whether the subject of the cue can hold a stance: a person or organisation noun or a given name
 * ({@link speakerLike}), or a phrase without article (a name, a pronoun). "Der Streit" cannot.
 */
function speakerSubject(tokens: Token[], cue: Cue): boolean {
  const subject = speakerForCue(tokens, cue.index);
  return !!subject && (!isArticle(tokens[subject[0]].lower) || speakerLike(tokens, subject));
}

/**
 * A verb of `notReportedAlone` that is a speech act with its preposition in the clause:
 * "Der Mann drohte mit Suizid" (a threat made, not "Japan droht eine Rezession"),
 * "begründete den Antrag mit der Fluchtgefahr", "bittet um Hinweise".
 */
function reportedWith(tokens: Token[], cue: Cue): boolean {
  const preposition = REPORTED_WITH.get(cue.form.lemma);
  if (!preposition) return false;
  const end = clauseEnd(tokens, cue.index);
  for (let j = clauseStart(tokens, cue.index); j < end; j++) {
    if (preposition.split("|").includes(tokens[j].lower) && tokens[j].quote < 0) return !SPEAKER_SUBJECT.has(cue.form.lemma) || speakerSubject(tokens, cue);
  }
  return false;
}

/** Conjunctions that open a clause the main clause only leans on ("Dass die FDP … ablehnt, ist …", "nachdem X … berichtet hatte"). */
const ADVERBIAL_OPENERS = new Set(["dass", "daß", "nachdem", "als", "weil", "wenn", "ob", "während", "bevor", "obwohl", "sobald", "damit"]);

/**
 * Whether the cue is the verb at the end of a clause opened by a conjunction
 * (not a relative clause): the sentence reports no speech act of its own.
 * "Damit will man …" and "Als Ersatz wollen …" are main clauses (the verb comes second).
 */
function inAdverbialClause(tokens: Token[], cue: number): boolean {
  if (!ADVERBIAL_OPENERS.has(tokens[clauseStart(tokens, cue)]?.lower ?? "")) return false;
  return clauseEnd(tokens, cue) - cue <= 3;
}

/** Relative pronouns: after a comma (and perhaps a preposition) they open a relative clause. */
const RELATIVE_PRONOUNS = new Set(relativePronouns);

/**
 * Whether the cue is the verb at the end of a relative clause (", in der Hu … als Katastrophe bezeichnete",
 * ", dessen Rücktritt von den Demonstranten gefordert wird"): the speech act is that clause only, as the
 * corpus marks it, not the main clause the relative clause describes a noun of.
 */
function inRelativeClause(tokens: Token[], cue: number): boolean {
  const from = clauseStart(tokens, cue);
  if (from === 0 || tokens[from - 1].text !== ",") return false;
  const first = tokens[from]?.lower ?? "";
  const opens = RELATIVE_PRONOUNS.has(first) || (LOWER_WORD.test(tokens[from]?.text ?? "") && RELATIVE_PRONOUNS.has(tokens[from + 1]?.lower ?? "") && from + 1 < cue);
  return opens && clauseEnd(tokens, cue) - cue <= 3;
}

const INTERROGATIVES = new Set(interrogatives);

/**
 * "Was sagen die Städte?", "Wie reagiert die Gewerkschaft?": a direct question opened by a question word, the
 * writer's own (a sub-heading, a rhetorical question), asks what someone says and reports no speech act.
 */
function directQuestion(tokens: Token[], cue: number): boolean {
  const last = tokens[tokens.length - 1];
  return !!last && last.text === "?" && last.quote < 0 && clauseStart(tokens, cue) === 0 && INTERROGATIVES.has(tokens[0].lower);
}

/** "wies die Vorwürfe als „haltlos“ zurück": a verb whose particle follows a quotation attributes that quotation, no act of its own. */
function particleAcrossQuotation(tokens: Token[], cue: Cue): boolean {
  for (let j = cue.index + 1; j < cue.particle; j++) if (tokens[j].quote >= 0) return true;
  return false;
}

/** Trump betonte die Bedeutung … / Hegseth äußerte sich skeptisch zu … — a speech act without content clause. */
export const speechAct: ClauseRule = {
  id: "de.quote.reported.speech-act",
  apply(s) {
    const {tokens} = s;
    let agent: TokenRange = null;
    // "„…“, hatte X erklärt": the cue of the quotation the sentence opens with (found once, not per cue)
    const openingCues = new Set(s.found.filter((q) => q.start <= tokens[0].end).map((q) => q.cueStart));
    let hasAuxiliary: boolean | undefined;
    const cue = unusedCues(s).find((c) => {
      if (openingCues.has(tokens[c.index].start)) return false;
      if (particleAcrossQuotation(tokens, c) || (NOT_REPORTED.has(c.form.lemma) && !reportedWith(tokens, c)) || inParentheses(tokens, c.index) || notSpeechUse(tokens, c) || inAdverbialClause(tokens, c.index) || negatedAct.test(tokens, c) || directQuestion(tokens, c.index)) return false;
      if (isPassive(tokens, c.index)) {
        // "Ihr wird von den Behörden Spionage vorgeworfen."
        const von = passiveVonBefore(tokens, c.index);
        agent = von?.agent ?? null;
        return !!von;
      }
      return !c.form.participle || (hasAuxiliary ??= tokens.some((t) => AUXILIARIES.test(t.lower)));
    });
    if (!cue) return null;
    s.used.add(cue.index);
    // "…, in der Lindqvist die Vergabe … als Katastrophe bezeichnete": the act is the relative clause, not the sentence
    const whole = inRelativeClause(tokens, cue.index) ? span(tokens, clauseStart(tokens, cue.index), clauseEnd(tokens, cue.index)) : span(tokens, 0, tokens.length, true);
    return {...whole, type: "reported", ...(agent ? attributionFor(tokens, cue, agent) : attributionFor(tokens, cue))};
  }
};
