/**
 * Speaker rules about the subject of a speech verb in a German main clause:
 * a phrase in front of the finite verb that cannot be the subject (a
 * prepositional phrase, a pronominal adverb, "Als Ausgleich …") leaves the subject
 * after the verb; a pronoun right after a verb that follows a comma is its
 * subject; a passive speech verb without an agent has no speaker.
 */
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {type Token, UPPER_START} from "../../../quotes/tokens.js";
import {quantifierSpeakers} from "../speakerWords.js";
import {vonOfNoun} from "./attachedVon.js";
import {documentInPrepositions, documentPronouns, finiteAuxiliaries, frontPrepositions, heissenForms, leadingParticles, passiveAgentLeads, passiveAuxiliaries, passiveSubjectSpeakers, pronominalAdverb, relativePronouns, viaAgentParticiples} from "./words.js";

const PREPOSITIONS = new Set(frontPrepositions);
const PARTICLES = new Set(leadingParticles);
const AUXILIARIES = new Set(finiteAuxiliaries);
const RELATIVE = new Set(relativePronouns);
const PASSIVE = new Set(passiveAuxiliaries);
const PASSIVE_SUBJECT = new Set(passiveSubjectSpeakers);
const VIA_PARTICIPLES = new Set(viaAgentParticiples);
const SUBJECT_PRONOUNS = new Set(["er", "sie"]);
const QUANTIFIERS = new Set(quantifierSpeakers);
const IMPERSONAL = new Set(["es", "man"]);
const PRONOUNS = new Set(["er", "sie", "es", "man", "ich", "wir", "ihr", "du"]);
/** Determiners and pronouns that never open a subject. */
const NON_NOMINATIVE = new Set(["dem", "den", "einem", "einen", "diesem", "diesen", "jenem", "jenen", "ihm", "ihnen", "seinem", "seinen", "ihrem", "ihren"]);

/** The finite verb of the clause: the first auxiliary or modal after `p`, else the cue itself. */
function finiteVerb(tokens: Token[], p: number, cue: number): number {
  for (let j = p + 1; j < cue; j++) {
    if (tokens[j].quote >= 0 || tokens[j].text === ",") return -1;
    if (AUXILIARIES.has(tokens[j].lower)) return j;
  }
  return cue;
}

/** Whether the verb at f ends its clause (a subordinate clause puts the verb last). */
function endsClause(tokens: Token[], f: number): boolean {
  const next = tokens[f + 1];
  return !next || /^[,.;:!?)–—-]$/.test(next.text) || next.quote >= 0;
}

/** Whether tokens from p open a noun phrase that cannot be a subject: "dem/den/einem …", "der englisch-sprachigen Zeitung". */
function nonNominative(tokens: Token[], p: number): boolean {
  const w = tokens[p].lower;
  if (NON_NOMINATIVE.has(w)) return true;
  // "der" with an adjective in -en before a noun is dative or genitive ("der englisch-sprachigen Zeitung")
  return (w === "der" || w === "einer") && LOWER_EN_END.test(tokens[p + 1]?.text ?? "") && UPPER_START.test(tokens[p + 2]?.text ?? "");
}

/**
 * de.speaker.fronted-object-attribute: where a fronted object phrase ending at `end` goes on with prepositional
 * attributes up to the finite verb at f ("Einen Ausbau der Halle für den Sport kündigte der Verein an", "Einen
 * Tunnel durch den Berg zum Hafen hält die Stadträtin für zu teuer"), the index of their last token; else `end`.
 */
function objectEnd(tokens: Token[], end: number, f: number): number {
  let last = end;
  while (last < f - 2 && PREPOSITIONS.has(tokens[last + 1].lower) && tokens[last + 1].quote < 0) {
    const attribute = phraseAt(tokens, last + 2, f);
    if (!attribute) break;
    last = attribute[1];
  }
  return last;
}

/**
 * "Auch auf wiederholte Nachfrage musste er betonen", "Dagegen protestierte der
 * Verband", "Als Ausgleich planen die Länder …", "Der englisch-sprachigen
 * Zeitung sagte Ida Berg": the phrase before the finite verb is no subject;
 * the subject follows the verb.
 */
export const frontedPhrase: SpeakerRule = {
  id: "de.speaker.fronted-phrase",
  find(context) {
    const {tokens, cue, from} = context;
    let p = from;
    while (p < cue && PARTICLES.has(tokens[p].lower)) p++;
    if (p >= cue || tokens[p].quote >= 0) return undefined;
    const w = tokens[p].lower;
    const adverb = pronominalAdverb.test(w);
    const preposition = PREPOSITIONS.has(w) && !RELATIVE.has(tokens[p + 1]?.lower ?? "");
    const als = w === "als" && p === 0 && !PRONOUNS.has(tokens[p + 1]?.lower ?? "");
    const object = !adverb && !preposition && !als && nonNominative(tokens, p);
    if (!adverb && !preposition && !als && !object) return undefined;
    if ((preposition || object) && from > 0 && tokens[from - 1].text === ",") return undefined; // ", nach dem …", ", dem er …": a subordinate clause
    const f = finiteVerb(tokens, p, cue);
    if (f < 0 || endsClause(tokens, f)) return undefined;
    if (adverb && f !== p + 1) return undefined;
    if (object) {
      // the object phrase reaches the verb: "Dem Sender sagte er", not "Den Angaben zufolge sagte …"
      const phrase = phraseAt(tokens, p, f);
      if (!phrase || objectEnd(tokens, phrase[1], f) !== f - 1) return undefined;
    }
    const subject = context.phraseAfter(f + 1);
    if (!subject || (f !== cue && subject[1] >= cue)) return undefined;
    if (subject[0] === subject[1] && IMPERSONAL.has(tokens[subject[0]].lower)) return undefined;
    return subject;
  }
};

/** "Die Bestrebungen der Regierung, …, bezeichnete er als …": a pronoun after a verb that opens its clause after a comma. */
export const pronounAfterVerb: SpeakerRule = {
  id: "de.speaker.pronoun-after-verb",
  find({tokens, cue, from}) {
    if (from !== cue || from === 0 || tokens[from - 1].text !== "," || tokens[from - 1].quote >= 0) return undefined;
    const next = tokens[cue + 1];
    return next && next.quote < 0 && SUBJECT_PRONOUNS.has(next.lower) ? [cue + 1, cue + 1] : undefined;
  }
};

/** A participle: "gesagt", "vorgeworfen", "bekanntgegeben", "beschuldigt", "kritisiert". */
/** A word ending in a lower-case letter and "en" (an inflected adjective's or a plural's ending). */
const LOWER_EN_END = /\p{Ll}en$/u;
const PARTICIPLE = /^(?:\p{Ll}{0,9}ge\p{Ll}{2,}(?:t|en)|(?:be|er|ver|ent|zer|emp|miss)\p{Ll}{2,}t|\p{Ll}{3,}iert)$/u;

/** Whether the participle at cue stands in a passive clause that starts at from. */
function isPassive(tokens: Token[], cue: number, from: number): boolean {
  const verb = tokens[cue];
  if (!PARTICIPLE.test(verb.text) || PASSIVE_SUBJECT.has(verb.lower)) return false;
  if (PASSIVE.has(tokens[cue + 1]?.lower ?? "") && tokens[cue + 1].quote < 0) return true;
  for (let j = from; j < cue; j++) if (PASSIVE.has(tokens[j].lower) && tokens[j].quote < 0) return true;
  return false;
}

/**
 * "Von der Polizei wurde mitgeteilt, …", "Ihr wird von den Behörden Spionage
 * vorgeworfen": in a passive clause the agent after "von" is the speaker
 * (without the "von", as the Wikinews gold marks it mostly); so is the medium
 * after "über" for a call or an announcement ("wurden über den Sender dazu
 * aufgerufen"), whose "über" never names a topic.
 */
export const passiveAgent: SpeakerRule = {
  id: "de.speaker.passive-agent",
  find({tokens, cue, from}) {
    // a participle with an agent after a break is passive even when its auxiliary stands in an earlier conjunct
    if (!isPassive(tokens, cue, from)) return PARTICIPLE.test(tokens[cue].text) ? agentAfter(tokens, cue) : undefined;
    const via = VIA_PARTICIPLES.has(tokens[cue].lower);
    for (let j = from; j < cue; j++) {
      const w = tokens[j].lower;
      if (tokens[j].quote >= 0 || (w !== "von" && w !== "vom" && !(via && w === "über")) || vonOfNoun(tokens, j, cue)) continue;
      const phrase = phraseAt(tokens, j + 1, cue, false);
      if (phrase) return phrase;
    }
    return agentAfter(tokens, cue);
  }
};

const AGENT_LEADS = new Set(passiveAgentLeads);

/**
 * "… wird die Kontrolle beklagt – so etwa von der Umwelthilfe.": an agent
 * added after the passive participle, at the end of the sentence or clause; or
 * undefined.
 */
function agentAfter(tokens: Token[], cue: number): TokenRange | undefined {
  let k = cue + 1;
  while (k < tokens.length && k < cue + 6 && AGENT_LEADS.has(tokens[k].lower) && tokens[k].quote < 0) k++;
  if (k === cue + 1 || (tokens[k]?.lower !== "von" && tokens[k]?.lower !== "vom") || tokens[k].quote >= 0) return undefined;
  // only after a break ("– so etwa von …", ", etwa von …"), not "wurde gefordert von …" in running word order
  if (!/^[-–—,]$/.test(tokens[cue + 1].text) && !/^[-–—,]$/.test(tokens[cue + 2]?.text ?? "")) return undefined;
  const phrase = phraseAt(tokens, k + 1, tokens.length, false);
  if (!phrase || phrase[0] !== k + 1) return undefined;
  const after = tokens[phrase[1] + 1];
  return !after || /^[,.;:!?)–—-]$/.test(after.text) ? phrase : undefined;
}

const DOCUMENT_IN = new Set(documentInPrepositions);
const DOCUMENT_PRONOUNS = new Set(documentPronouns);

/**
 * "In einer Stellungnahme des Ministeriums wird die Entscheidung damit
 * begründet, …", "In diesem wird festgehalten, …": a passive clause whose
 * prefield is "in" and a document (a relative clause between commas may follow
 * it) names that document as the speaker.
 */
export const passiveDocument: SpeakerRule = {
  id: "de.speaker.passive-document",
  find({tokens, cue, from}) {
    if (!isPassive(tokens, cue, from)) return undefined;
    let verb = from;
    while (verb < cue && !(PASSIVE.has(tokens[verb].lower) || AUXILIARIES.has(tokens[verb].lower))) verb++;
    if (verb >= cue && !PASSIVE.has(tokens[cue + 1]?.lower ?? "")) return undefined;
    // the prefield ends at the finite verb, or at the comma of a relative clause before it
    let limit = verb;
    let start = from;
    if (verb === from && from > 1 && tokens[from - 1].text === ",") {
      let k = from - 2;
      while (k > 0 && tokens[k].text !== "," && tokens[k].quote < 0) k--;
      const r = RELATIVE.has(tokens[k + 1]?.lower ?? "") ? k + 1 : PREPOSITIONS.has(tokens[k + 1]?.lower ?? "") && RELATIVE.has(tokens[k + 2]?.lower ?? "") ? k + 2 : -1;
      if (k <= 0 || tokens[k].text !== "," || r < 0) return undefined;
      limit = k;
      start = k - 1;
      while (start > 0 && !/^[,.;:!?]$/.test(tokens[start - 1].text)) start--;
    }
    while (start < limit && PARTICLES.has(tokens[start].lower)) start++;
    if (!DOCUMENT_IN.has(tokens[start]?.lower ?? "") || tokens[start].quote >= 0 || start + 1 >= limit) return undefined;
    if (start + 2 === limit && DOCUMENT_PRONOUNS.has(tokens[start + 1].lower)) return [start + 1, start + 1];
    const phrase = phraseAt(tokens, start + 1, limit, false);
    return phrase && phrase[0] === start + 1 && phrase[1] === limit - 1 ? phrase : undefined;
  }
};

/**
 * "Dem Belgier wurde vorgeworfen, …", "Brannigan wird vorgeworfen": a
 * passive speech verb with no agent has no speaker (the Wikinews gold leaves it
 * empty); "zitiert" keeps its subject, and a source ("in der Erklärung", "laut
 * …") is left to the general search.
 */
export const agentlessPassive: SpeakerRule = {
  id: "de.speaker.agentless-passive",
  find({tokens, cue, from}) {
    if (!isPassive(tokens, cue, from)) return undefined;
    for (let j = from; j < cue; j++) {
      const w = tokens[j].lower;
      if (tokens[j].quote < 0 && (w === "von" || w === "vom" || w === "in" || w === "im" || w === "laut" || w === "durch") && !vonOfNoun(tokens, j, cue)) return undefined;
    }
    return null;
  }
};

const HEISSEN = new Set(heissenForms);
const DOCUMENT_PREPOSITIONS = new Set(["in", "im", "aus", "laut"]);
const DOCUMENT_ARTICLES = /^(?:dem|einem|der|einer|seinem|ihrem|seiner|ihrer)$/;

/**
 * "Die Zahlen seien falsch, es heißt, …", "Es hieß, …": "es heißt" without a
 * document ("in der Erklärung") names no speaker, whatever phrase stands in front.
 */
export const impersonalHeisst: SpeakerRule = {
  id: "de.speaker.impersonal-heisst",
  find({tokens, cue, from}) {
    if (!HEISSEN.has(tokens[cue].lower)) return undefined;
    if (tokens[cue - 1]?.lower !== "es" && tokens[cue + 1]?.lower !== "es") return undefined;
    for (let j = from; j < tokens.length && j < cue + 8; j++) {
      if (tokens[j].quote < 0 && DOCUMENT_PREPOSITIONS.has(tokens[j].lower)) {
        if (phraseAt(tokens, j + 1)) return undefined;
        // "heißt es in dem Schreiben": a document noun spelt like a verb form ("Schreiben")
        let k = j + 1;
        if (DOCUMENT_ARTICLES.test(tokens[k]?.lower ?? "")) k++;
        return k > j + 1 && tokens[k] && UPPER_START.test(tokens[k].text) && tokens[k].quote < 0 ? [j + 1, k] : undefined;
      }
      if (j > cue && /^[,.;:]$/.test(tokens[j].text)) break;
    }
    return null;
  }
};

/**
 * "Beide riefen zum Kampf gegen den Klimawandel auf", "Viele sagten, …": a
 * quantifier that fills the prefield alone, right before the finite verb, is
 * the subject.
 */
export const quantifierSubject: SpeakerRule = {
  id: "de.speaker.quantifier-subject",
  find({tokens, cue, from}) {
    const t = tokens[from];
    if (!t || t.quote >= 0 || !QUANTIFIERS.has(t.lower)) return undefined;
    const verb = tokens[from + 1];
    return verb && (from + 1 === cue || AUXILIARIES.has(verb.lower)) ? [from, from] : undefined;
  }
};
