/**
 * Speech verbs (cues) in a sentence's tokens, outside quotations, with the vetoes that make a form
 * no speech act (a noun, a first-person speaker, an infinitive after a modal, an attributive participle).
 */
import {attributiveEnding} from "../lang/de/inflection.js";
import {firstPersonPronouns} from "../lang/de/konjunktiv.js";
import {freeRelativeOpeners} from "../lang/de/clauseWords.js";
import {obligationModals, reflexiveNotSpeech} from "../lang/de/speechVerbs.js";
import {finiteAuxiliaries} from "../lang/de/speakerRules/words.js";
import {CLAUSE_END, clauseStart, type Cue} from "./context.js";
import {particleAfter, prepositionBeforeQuotation} from "./cueParticle.js";
import {cueForms, type CueForm} from "./lexicon.js";
import {scheduledPlan} from "./scheduledPlan.js";
import {LOWER_START, LOWER_WORD, type Token, UPPER_START} from "./tokens.js";

/** A word of "ge" and three letters or more (lower case): a participle's shape. */
const GE_START = /^ge\p{L}{3}/u;

const FIRST_PERSON = new Set(firstPersonPronouns);
const OBLIGATION_MODALS = new Set(obligationModals);

/** Speech verbs in the tokens, outside quotations; separable verbs only with their particle in the clause. */
export function findCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quote >= 0) continue;
    const apart = splitJoinedForm(tokens, i);
    if (apart) {
      cues.push({index: i, form: apart, particle: i - 1});
      continue;
    }
    const forms = cueForms.get(t.lower);
    if (!forms) continue;
    if (t.text[0] !== t.lower[0] && i > 0 && tokens[i - 1].text !== "„") {
      // capitalised inside a sentence: a noun ("Melden", "Sagen"), not a verb
      if (!/^[.!?:"“”»«]$/.test(tokens[i - 1].text)) continue; // not after a number such as "168.000"
    }
    // "Angaben zu Dauer und Kosten wurden nicht gemacht": a sentence does not open with a finite verb and a preposition
    if (i === 0 && t.text[0] !== t.lower[0] && NOUN_FOLLOWERS.has(tokens[1]?.lower ?? "")) continue;
    // "Vertrauen ist ein kostbares Gut": a capitalised form in -en opening the sentence is a noun, not a finite verb
    if (i === 0 && t.text[0] !== t.lower[0] && t.lower.endsWith("en")) continue;
    // "fordern wir Europa auf", "wir schließen daraus": a speaker in the first person is no one the text attributes to
    if (FIRST_PERSON.has(tokens[i - 1]?.lower ?? "") || FIRST_PERSON.has(tokens[i + 1]?.lower ?? "")) continue;
    if (infinitiveAfterModal(tokens, i)) continue;
    // "Wer meint, dass …, täuscht sich": a speech verb in a free relative clause opening the sentence reports no one's words
    if (FREE_RELATIVE.has(tokens[0].lower) && clauseStart(tokens, i) === 0) continue;
    // "das erste offiziell bestätigte Gespräch" is an adjective; "Das teilte der Sprecher mit." is not (its particle follows)
    const attributive = isAttributiveAdjective(tokens, i);
    for (const form of forms) {
      if (attributive && !form.particle) continue;
      // "Die Parteien wollen am Samstag beraten": a plan on the calendar, no stance (scheduledPlan.ts)
      if (scheduledPlan(tokens, i, form)) continue;
      if (!form.particle) {
        cues.push({index: i, form, particle: -1});
        break;
      }
      const p = particleAfter(tokens, i, form.particle);
      const q = p >= 0 ? p : prepositionBeforeQuotation(tokens, i, form.particle);
      if (q >= 0 && REFLEXIVE_NOT_SPEECH.has(form.lemma) && reflexiveIn(tokens, i, q)) continue;
      if (q >= 0) {
        cues.push({index: i, form, particle: q});
        break;
      }
    }
  }
  return cues;
}

const REFLEXIVE_NOT_SPEECH = new Set(reflexiveNotSpeech);
const FREE_RELATIVE = new Set(freeRelativeOpeners);

/** Whether "sich" stands in the clause of the verb at i, before its particle at p ("erinnert sich daran", "Erinnern Sie sich daran"). */
function reflexiveIn(tokens: Token[], i: number, p: number): boolean {
  for (let j = clauseStart(tokens, i); j < p; j++) if (tokens[j].lower === "sich" && tokens[j].quote < 0) return true;
  return false;
}

/**
 * Every joined cue form (one with no separate particle) cut in two, first half → second half → its
 * form without particle: the first half of a form written apart, and what may follow it. Two lookups
 * find a form written apart, without joining the two words into a new string.
 */
const JOINED_SPLITS = new Map<string, Map<string, CueForm>>();
for (const [word, forms] of cueForms) {
  const form = forms.find((f) => !f.particle);
  if (!form) continue;
  for (let k = 1; k < word.length; k++) {
    const head = word.slice(0, k);
    let rests = JOINED_SPLITS.get(head);
    if (!rests) JOINED_SPLITS.set(head, (rests = new Map()));
    rests.set(word.slice(k), form);
  }
}

/**
 * "Wie das Ministerium bekannt gab, …": a joined form of
 * the lexicon ("bekanntgab") written apart (the spelling of 1996–2006), finite, at the end of its clause.
 */
function splitJoinedForm(tokens: Token[], i: number): CueForm | null {
  const before = tokens[i - 1];
  // most words start no cue form: one lookup tells before anything else is read
  if (!before || before.quote >= 0) return null;
  // only a lower-case word starts one (tested below): an ASCII capital, digit or mark needs no lookup
  const c = before.text.charCodeAt(0);
  if (c < 128 && (c < 97 || c > 122)) return null;
  const rests = JOINED_SPLITS.get(before.text);
  if (!rests) return null;
  const form = (before.lower === before.text ? rests : JOINED_SPLITS.get(before.lower))?.get(tokens[i].lower);
  if (!form) return null;
  // a finite verb only: a participle written apart ("bekannt gegeben") is as often a plain announcement as a speech act
  if (!LOWER_WORD.test(before.text) || GE_START.test(tokens[i].lower)) return null;
  const next = tokens[i + 1];
  return !next || CLAUSE_END.has(next.text) || /^[.!?]$/.test(next.text) ? form : null;
}

/**
 * "Man müsse davon ausgehen, dass …, sagte die Ärztin", "Abgeordnete müssen ihre Einnahmen angeben":
 * an infinitive in -en ending its clause after a modal of obligation or ability is what one must or
 * can say or assume, part of the content, not a speech act performed; so is one before a causative
 * "lassen" ending the clause ("Formal muss der Verband das Ergebnis bestätigen lassen").
 */
function infinitiveAfterModal(tokens: Token[], i: number): boolean {
  if (!tokens[i].lower.endsWith("en")) return false;
  // "muss das Ergebnis noch bestätigen lassen": a causative "lassen" after the infinitive ends the chain
  const next = tokens[i + 1]?.lower === "lassen" ? tokens[i + 2] : tokens[i + 1];
  if (next && !CLAUSE_END.has(next.text) && !/^[.!?]$/.test(next.text)) return false;
  for (let j = i - 1; j >= 0 && j > i - 25; j--) {
    const t = tokens[j];
    if (CLAUSE_END.has(t.text) && t.quote < 0) return false;
    if (OBLIGATION_MODALS.has(t.lower) && t.quote < 0) return true;
  }
  return false;
}

/** Words after a capitalised sentence-initial cue form that make it a noun ("Angaben zu …", "Berichten zufolge"). */
const NOUN_FOLLOWERS = new Set(["zu", "zum", "zur", "über", "von", "vom", "für", "zufolge", "des", "der", "aus", "nach", "und"]);

/** Articles and determiners before a noun phrase: a participle after one is an adjective, not a cue. */
export const DETERMINER_WORDS = new Set(["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "diese", "dieser", "dieses", "seine", "ihre", "seinen", "ihren"]);

/** Finite auxiliaries and modals (lower case as written: a capitalised "Haben" is a noun). */
const FINITE_AUXILIARIES = new Set(finiteAuxiliaries);

/**
 * "das erste offiziell bestätigte Gespräch", "Drei der Tat beschuldigte Männer müssen …": a participle
 * used as adjective after a determiner or before a noun and the clause's finite auxiliary, not a verb.
 */
function isAttributiveAdjective(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !UPPER_START.test(next.text) || !attributiveEnding.test(tokens[i].lower)) return false;
  // "Drei der Tat beschuldigte Männer müssen …": the noun after it is followed by the clause's finite auxiliary
  const after = tokens[i + 2];
  if (after && after.quote < 0 && FINITE_AUXILIARIES.has(after.text)) return true;
  for (let j = i - 1, steps = 0; j >= 0 && steps < 3; j--, steps++) {
    const t = tokens[j];
    if (DETERMINER_WORDS.has(t.lower)) return true;
    if (j === 0 && SENTENCE_START_ADVERBS.has(t.lower)) return true; // "Nicht angemeldete Streiks legten …"
    if (!LOWER_START.test(t.text)) return false;
  }
  // "Anerkannte Regelungen gibt es nicht": a sentence does not open with a finite verb followed by a noun
  return i === 0;
}

/** Adverbs that may open a sentence before an attributive participle ("Nicht angemeldete Streiks", "Bisher unbestätigte Berichte"). */
const SENTENCE_START_ADVERBS = new Set(["nicht", "noch", "bisher", "offiziell", "öffentlich", "bereits", "kürzlich"]);
