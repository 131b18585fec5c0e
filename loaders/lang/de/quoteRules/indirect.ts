/**
 * Rules for indirect speech with a speech verb: a content clause after the
 * cue ("sagte, dass …", Konjunktiv I, zu-infinitive) or before it ("…, sagte
 * er", ", so X", ", wie X mitteilte"); each finds at most one quote in a
 * sentence. Attribution words ("laut X") are in accordingTo.ts, continuations
 * in continuation.ts, reported speech acts in reported.ts.
 */
import {attributionByWord, attributionFor} from "../../../quotes/attribute.js";
import {clauseEnd, clauseStart, type Cue, type SentenceContext} from "../../../quotes/context.js";
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {phraseAt} from "../../../quotes/phrase.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import {isCapitalised, isWord, LOWER_WORD, type Token} from "../../../quotes/tokens.js";
import {consecutiveCorrelatives, interrogatives} from "../clauseWords.js";
import {prepositions} from "../closed-class.js";
import {plainSayVerbs} from "../speechVerbs.js";
import {determiners} from "../speakerWords.js";
import {narratorCommentStart} from "./narratorComment.js";
import {factsOf, finiteForm, verbFacts} from "./sentenceFacts.js";
import {meansFrame, passiveWish} from "./vetoes.js";
import {AUXILIARIES, clauseEndPastNames, CONTENT_OPENERS, endsWithZuInfinitive, hasKonjunktiv, isCueAt, mayHaveContentAfter, notSpeechUse, PURPOSE_OPENERS, span, unusedCues} from "./clauses.js";

const PREPOSITIONS = new Set(prepositions);
const CONSECUTIVE = new Set(consecutiveCorrelatives);

/** Words that open a relative clause on the speaker (", so Aydemir, die auch erklärte, …"). */
const RELATIVE_OPENERS = new Set(["der", "die", "das", "den", "dem", "dessen", "deren", "welcher", "welche", "welches", "wo", "nachdem", "als"]);

/**
 * "hatte angekündigt bei der Wahl erneut anzutreten": a say verb, finite or participle (not itself
 * an infinitive after "zu"), followed without a comma by an infinitive clause of a few words
 * that is no purpose clause ("will …, um … zu finden").
 */
function bareInfinitiveClause(tokens: Token[], cue: Cue, i: number): boolean {
  if (cue.form.kind !== "say" || tokens[cue.index - 1]?.lower === "zu" || tokens[cue.index + 1]?.lower === "zu") return false;
  const facts = factsOf(tokens);
  if (facts.wordsFrom[i] < 4) return false;
  return endsWithZuInfinitive(tokens, i) && facts.lastPurpose < i;
}

const PLAIN_SAY = new Set(plainSayVerbs);

/** Words that open a clause that is not a main clause ("…, welche …", "…, weil …") or a coordination. */
const NOT_MAIN_CLAUSE = new Set(["welcher", "welche", "welches", "wo", "nachdem", "als", "dessen", "deren", "und", "aber", "weil", "wenn", "da", "ob", "sowie", "bevor", "während", "so", "wie", "um"]);
const ARTICLE_OR_RELATIVE = new Set(["der", "die", "das", "den", "dem"]);

/**
 * "sagte Okafor, die Werke hielten sich an die Auflagen": a main clause in the
 * indicative after a plain verb of saying and a comma. Not an apposition (a
 * comma soon after), a relative clause (verb last: "…, der seit 1990 im Amt ist"),
 * a "wie" frame or a non-speech use ("erklärte … für fehlerhaft").
 */
function indicativeReport(tokens: Token[], cue: Cue, i: number): boolean {
  if (!PLAIN_SAY.has(cue.form.lemma) || NOT_MAIN_CLAUSE.has(tokens[i].lower) || wieBefore(tokens, cue.index) >= 0 || notSpeechUse(tokens, cue)) return false;
  const facts = factsOf(tokens);
  if (facts.wordsFrom[i] < 5) return false;
  for (let j = i; j < tokens.length && j < i + 6; j++) if (tokens[j].text === ",") return false;
  if (frameRemainder(tokens, i)) return false;
  const lastWord = tokens[facts.lastWord];
  return !(ARTICLE_OR_RELATIVE.has(tokens[i].lower) && /^\p{Ll}+(?:t|te|ten|en)$/u.test(lastWord.text) && !verbSecond(tokens, i, lastWord));
}

/**
 * Whether the words from i after the speaker are no clause but the rest of the frame: adverbials
 * that open with a preposition and hold no finite verb and no zu-infinitive ("sagte der
 * Verbandschef, Jonas Wendt, am Montag in Erfurt bei einem Rundgang"), or one noun phrase up to the
 * end, a role set off after the name ("sagt Frank Roth, Geschäftsführer der Firma Kolbe.").
 */
function frameRemainder(tokens: Token[], i: number): boolean {
  const facts = factsOf(tokens);
  const phrase = phraseAt(tokens, i);
  if (phrase && phrase[1] >= facts.lastWord) return true;
  if (!PREPOSITIONS.has(tokens[i].lower)) return false;
  // no zu-infinitive and no finite verb among the words from i on
  const {lastZu, lastFinite} = verbFacts(tokens, facts);
  return lastZu < i && lastFinite < i;
}

/**
 * "der Ehemann „konnte sich nicht abfinden“": an article and its noun, then a quotation that opens
 * with a lower-case word before the clause's last word: the quoted words carry on a main clause
 * (verb second), not a relative clause with its verb last.
 */
function verbSecond(tokens: Token[], i: number, lastWord: Token): boolean {
  if (ARTICLE_OR_RELATIVE.has(tokens[i + 1]?.lower ?? "")) return false; // "der die Polizei leitet": a relative pronoun
  const subject = phraseAt(tokens, i);
  if (!subject || subject[1] === i || !/^[„“"»«]$/.test(tokens[subject[1] + 1]?.text ?? "")) return false;
  const verb = tokens[subject[1] + 2];
  return !!verb && verb !== lastWord && isWord(verb) && !isCapitalised(verb);
}

const INTERROGATIVES = new Set(interrogatives);

/**
 * `de.quote.indirect.asked-question`: after a verb of asking, a clause opened by a question word is
 * the question asked, in whatever mood ("wurde gefragt, was seine Partei von den anderen
 * unterscheide", "fragte, wann die Brücke fertig wird").
 */
function askedQuestion(tokens: Token[], cue: Cue, i: number): boolean {
  return cue.form.lemma === "fragen" && i > 0 && tokens[i - 1].text === "," && INTERROGATIVES.has(tokens[i].lower);
}

/** Trump sagte, dass … / Peskow sagte, bei dem Gespräch sei es … gegangen. / Er sagte: Das sei … */
export const cueThenClause: ClauseRule = {
  id: "de.quote.indirect.cue-clause",
  apply(s) {
    const {tokens} = s;
    for (const cue of unusedCues(s)) {
      if (endsInsertedClause(s, cue) || meansFrame.test(tokens, cue) || passiveWish.test(tokens, cue) || heldCaptive(tokens, cue)) continue;
      // "sagte Tom Reese, der Landrat von Kleve, die Lage sei ernst": the clause starts after the speaker
      if (!mayHaveContentAfter(s, cue, PLAIN_SAY.has(cue.form.lemma) || cue.form.lemma === "fragen")) continue; // spares the speaker search
      const speaker = speakerForCue(tokens, cue.index);
      let i = Math.max(cue.index, cue.particle, speaker && speaker[0] > cue.index ? speaker[1] : -1) + 1;
      const end = clauseEndPastNames(tokens, i - 1);
      if (CONTENT_OPENERS.has(tokens[i]?.lower)) i = i; // "sagte dass" without comma
      else if (end < tokens.length && /^[,:]$/.test(tokens[end].text)) {
        // "will das Werk so umbauen, dass …": a consecutive clause, no content of the cue
        if (tokens.slice(cue.index + 1, end).some((t) => CONSECUTIVE.has(t.lower) && t.quote < 0) && CONTENT_OPENERS.has(tokens[end + 1]?.lower ?? "")) continue;
        i = end + 1;
      }
      // "hatte angekündigt bei der Wahl erneut anzutreten": an infinitive clause needs no comma (not "will …, um … zu finden")
      else if (end < tokens.length || !bareInfinitiveClause(tokens, cue, i)) continue;
      // "sagte Li Fei, der Vorsitzende, aber auch, dass …": adverbs left over after an apposition
      const next = clauseEnd(tokens, i);
      if (next - i <= 3 && tokens[next]?.text === "," && CONTENT_OPENERS.has(tokens[next + 1]?.lower) && !hasKonjunktiv(s, i, next) && tokens.slice(i, next).every((t) => LOWER_WORD.test(t.text))) i = next + 1;
      if (i >= tokens.length || tokens[i].quote >= 0) continue;
      if (!CONTENT_OPENERS.has(tokens[i].lower) && !hasKonjunktiv(s, i, tokens.length) && !endsWithZuInfinitive(tokens, i) && !indicativeReport(tokens, cue, i) && !askedQuestion(tokens, cue, i)) continue;
      if (tokens.length - i < 3) continue;
      s.used.add(cue.index);
      return {...span(tokens, i, frontedFrameEnd(s, cue.index, i, nextFrame(s, i))), type: "indirect", ...attributionFor(tokens, cue, speaker)};
    }
    return null;
  }
};

/** Conjunctions of a subordinate clause that can open the sentence before its main clause (not "wie": "Wie X sagte, ist …" frames the main clause). */
const FRONTED_OPENERS = new Set(["nachdem", "als", "weil", "da", "wenn", "obwohl", "bevor", "während", "sobald", "falls"]);
/** Words that may follow the main clause's finite verb as its subject or an adverb before it. */
const SUBJECT_AFTER = new Set([...determiners, "er", "sie", "es", "man", "wir", "viele", "mehrere", "einige", "alle"]);

/**
 * `de.quote.indirect.fronted-frame-end`: "Weil der Sprecher sagte, dass die Brücke gesperrt sei,
 * fuhren viele Autos einen Umweg.": a speech frame in a subordinate clause that opens the sentence,
 * its verb last, has content that ends where the main clause resumes, at a comma before a finite
 * verb in the indicative and its subject; `end` otherwise.
 */
function frontedFrameEnd(s: SentenceContext, cue: number, from: number, end: number): number {
  const {tokens} = s;
  if (!FRONTED_OPENERS.has(tokens[0]?.lower ?? "") || cue >= from) return end;
  // the cue ends its clause, perhaps before auxiliaries ("gefragt worden war,")
  let k = cue + 1;
  while (k < from && LOWER_WORD.test(tokens[k].text)) k++;
  if (tokens[k]?.text !== ",") return end;
  for (let c = from + 1; c < end - 2; c++) {
    const verb = tokens[c + 1];
    const next = tokens[c + 2];
    if (tokens[c].text !== "," || tokens[c].quote >= 0 || verb.quote >= 0 || !LOWER_WORD.test(verb.text) || s.konjunktiv.includes(c + 1)) continue;
    if (!finiteForm(verb.lower)) continue;
    if (isCapitalised(next) || SUBJECT_AFTER.has(next.lower)) return c;
  }
  return end;
}

/**
 * "sagte, es sei schwierig, …, bestritt jedoch nicht, dass …": a comma and a second finite speech
 * verb in lower case open a frame of their own (the subject elided), so the content clause of the
 * first ends there; before a closing narrator's comment ("…, was er auf X zurückführt"; narratorComment.ts)
 * or at the sentence end otherwise.
 */
function nextFrame(s: SentenceContext, from: number): number {
  const {tokens} = s;
  let end = tokens.length;
  for (const c of s.cues) {
    const t = tokens[c.index];
    if (c.index > from + 2 && tokens[c.index - 1].text === "," && t.quote < 0 && !isCapitalised(t) && c.form.kind === "say" && tokens[c.index - 2].quote < 0) {
      end = c.index - 1;
      break;
    }
  }
  // "…, was er auf die Lage zurückführt.": the narrator's comment closes the content clause
  const comment = narratorCommentStart(s, from, end);
  return comment >= 0 ? comment : end;
}

/**
 * "Ein Beamter, den die Zeitung zitiert, kommentierte, …": a cue that ends a clause set off by
 * commas right before another speech verb belongs to that inserted clause; the verb after it
 * frames the content clause.
 */
function endsInsertedClause(s: SentenceContext, cue: Cue): boolean {
  const {tokens} = s;
  const next = cue.index + 2;
  if (tokens[cue.index + 1]?.text !== ",") return false;
  return isCueAt(s, next) && !s.used.has(next) && !isCapitalised(tokens[next]);
}

/** "…, der in Haft festgehalten wird, rief …": a participle cue that notSpeechUse reads as no speech (only this one sense: other senses keep their rules). */
function heldCaptive(tokens: Token[], cue: Cue): boolean {
  return cue.form.lemma === "festhalten-participle" && notSpeechUse(tokens, cue);
}

/** Adverbs that join a second verb to the subject of the clause before ("…, verlangt aber Garantien"). */
const JOINING_ADVERBS = new Set(["aber", "jedoch", "allerdings", "zugleich", "gleichzeitig", "zudem", "außerdem", "dennoch", "trotzdem"]);

/**
 * de.quote.indirect.shared-subject: "Die Partei zeigte sich offen, verlangt aber Garantien für …": a verb after
 * the comma with a joining adverb and an indicative clause before it is a second verb of the same subject with a
 * noun object, not a frame reporting the clause before (no Konjunktiv there says so).
 */
function sharedSubjectVerb(s: SentenceContext, cue: number, frame: number): boolean {
  return JOINING_ADVERBS.has(s.tokens[cue + 1]?.lower ?? "") && !hasKonjunktiv(s, 0, frame - 1);
}

/** Das Treffen werde bald stattfinden, sagte Trump. / …, so der Sprecher. / …, wie er mitteilte. */
export const clauseThenCue: ClauseRule = {
  id: "de.quote.indirect.clause-cue",
  apply(s) {
    const {tokens} = s;
    for (const cue of unusedCues(s)) {
      // "Es drohe ein Wettlauf, hatte Obama in Moskau gesagt.": the auxiliary opens the frame, the participle ends the sentence
      const perfect = perfectFrameStart(tokens, cue.index);
      const k = perfect ?? cue.index;
      if (k < 4 || tokens[k - 1].text !== "," || tokens[k - 2].quote >= 0) continue;
      // "Der Verein Nordlicht, ein Bündnis von Anwohnern, hatte den Plan begrüßt.": a subject with its apposition, no report
      if (perfect !== undefined && !clauseWithVerb(s, k - 1)) continue;
      if (/^[“”"»«]$/.test(tokens[k - 2].text)) continue;
      if (heldCaptive(tokens, cue)) continue; // "…, der in Haft festgehalten wird, rief …": no speech verb
      if (sharedSubjectVerb(s, cue.index, k)) continue;
      if (wieBefore(tokens, k) >= 0) continue; // "Wie die Sprecherin, Anna Thomas, mitteilte, …": the report follows the cue
      if (PURPOSE_OPENERS.has(tokens[0].lower)) continue; // "Um den Umfang einschätzen zu können, zitiert die Zeitung …"
      const subject = phraseAt(tokens, 0, k);
      if (subject && subject[1] >= k - 2) continue; // "Der Minister, Max Müller, sagte": an apposition, not a clause
      // "Karla Mertens, Vorstandschefin von Nordstrom, nennt …": the words before the cue are its subject, not a report
      const attribution = attributionFor(tokens, cue);
      if (attribution.speakerStart !== null && attribution.speakerStart < tokens[k - 1].start) continue;
      s.used.add(k);
      return {...span(tokens, reportAfterColon(s, k - 1), k - 1), type: "indirect", ...attribution};
    }
    // ", so der Sprecher." at the end of the sentence, or inside it: "…, so Aydemir, die auch erklärte …",
    // "Der Fehler liege eher, so die Ministerin, darin, dass …" (the report runs on after the frame)
    // also after one word: "Jetzt, so ein Diplomat in Rom, stehe man am Anfang." (de.quote.indirect.so-inserted)
    for (let k = 2; k < tokens.length - 1; k++) {
      if (tokens[k].lower !== "so" || tokens[k - 1].text !== "," || tokens[k - 2].quote >= 0) continue;
      if (k < 4 && !insertedSoFrame(tokens, k)) continue;
      const speaker = phraseAt(tokens, k + 1, tokens.length, false);
      if (!speaker) continue;
      const attribution = attributionByWord(tokens, k, speaker);
      if (speaker[1] + 2 >= tokens.length || prepositionalTail(tokens, speaker[1] + 1)) return {...span(tokens, reportAfterColon(s, k - 1), k - 1), type: "indirect", ...attribution};
      const close = placeTailEnd(tokens, speaker[1] + 1);
      if (tokens[close].text !== ",") continue;
      const rest = close + 1;
      const runsOn = CONTENT_OPENERS.has(tokens[rest].lower) || (!RELATIVE_OPENERS.has(tokens[rest].lower) && hasKonjunktiv(s, rest, tokens.length));
      return {...span(tokens, 0, runsOn ? tokens.length : k - 1), type: "indirect", ...attribution};
    }
    // "…, wie X sagte, …": the rest of the sentence is the quote
    for (const cue of unusedCues(s)) {
      let from = clauseStartAt(tokens, cue.index);
      if (tokens[from]?.lower !== "wie") from = wieBefore(tokens, cue.index); // "wie die Sprecherin, Anna Thomas, mitteilte"
      if (from < 0) continue;
      if (notSpeechUse(tokens, cue)) continue; // "wie erwartet": the narrator's comment
      const speaker = phraseAt(tokens, from + 1, cue.index) ?? speakerForCue(tokens, cue.index); // "wie aus Regierungskreisen verlautete"
      const before = from - 1;
      const after = clauseEnd(tokens, cue.index);
      if (before < 0 && after + 1 >= tokens.length) continue;
      s.used.add(cue.index);
      const attribution = attributionFor(tokens, cue, speaker);
      if (before > 0 && before >= tokens.length - after) return {...span(tokens, 0, before), type: "indirect", ...attribution};
      if (after + 1 < tokens.length) return {...span(tokens, after + 1, tokens.length), type: "indirect", ...attribution};
    }
    return null;
  }
};

/**
 * "Der Verband begrüßte den Beschluss: Die Linie entlaste die Stadt, erklärte X.": where the report before a
 * closing frame follows a colon outside quotation marks and holds a Konjunktiv I form, the narrator's words
 * before the colon are no part of it; the report starts after the last such colon, else at the sentence start.
 */
function reportAfterColon(s: SentenceContext, end: number): number {
  const {tokens} = s;
  for (let c = end - 2; c > 0; c--) if (tokens[c].text === ":" && tokens[c].quote < 0) return hasKonjunktiv(s, c + 1, end) ? c + 1 : 0;
  return 0;
}

/** Whether the tokens before `end` hold a verb outside quotations (a Konjunktiv or a lower-case finite form): a clause, not a noun phrase. */
function clauseWithVerb(s: SentenceContext, end: number): boolean {
  if (hasKonjunktiv(s, 0, end)) return true;
  for (let j = 0; j < end; j++) if (s.tokens[j].quote < 0 && LOWER_WORD.test(s.tokens[j].text) && finiteForm(s.tokens[j].lower)) return true;
  return false;
}

/** For a participle cue closing the sentence in a frame "…, hatte X gesagt.", the index of the auxiliary right after the comma, else undefined. */
function perfectFrameStart(tokens: Token[], cue: number): number | undefined {
  if (!/^[.!?]?$/.test(tokens[cue + 1]?.text ?? "")) return undefined;
  const from = clauseStart(tokens, cue);
  return from > 0 && from < cue - 1 && AUXILIARIES.test(tokens[from].lower) && tokens[from - 1].text === "," ? from : undefined;
}

/** The "wie" opening a clause ("Wie X mitteilte") that holds token k: at the sentence start or after a comma, within 20 tokens; or -1. */
function wieBefore(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j > k - 20; j--) {
    if (tokens[j].lower === "wie" && (j === 0 || tokens[j - 1].text === ",")) return j;
    if (tokens[j].text === "." || tokens[j].text === ";") return -1;
  }
  return -1;
}

/**
 * ", so ein Diplomat in Rom, …": the index of the comma that closes a short prepositional tail from token i
 * (at most four words, no verb frame), else i itself.
 */
function placeTailEnd(tokens: Token[], i: number): number {
  if (!PREPOSITIONS.has(tokens[i]?.lower ?? "")) return i;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) if (tokens[j].text === ",") return j;
  return i;
}

/** "Jetzt, so X, stehe …": a frame after one opening word needs a closing comma after it, within eight tokens. */
function insertedSoFrame(tokens: Token[], k: number): boolean {
  for (let j = k + 2; j < tokens.length && j <= k + 8; j++) if (tokens[j].text === ",") return true;
  return false;
}

/** ", so X gegenüber der Zeitung.": from token i a phrase opened by a preposition runs to the sentence end without a comma or verb frame. */
function prepositionalTail(tokens: Token[], i: number): boolean {
  if (!PREPOSITIONS.has(tokens[i]?.lower ?? "")) return false;
  for (let j = i + 1; j < tokens.length; j++) {
    if (/^[,;:–—]$/.test(tokens[j].text) || (tokens[j].quote >= 0 && tokens[j].text === "„")) return false;
    if (/^[.!?]$/.test(tokens[j].text)) return j + 1 >= tokens.length;
  }
  return true;
}

function clauseStartAt(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && j > i - 40 && tokens[j - 1].text !== ",") j--;
  return j;
}
