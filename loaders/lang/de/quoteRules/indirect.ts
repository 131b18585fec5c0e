/**
 * Rules for indirect speech (dass-clauses, Konjunktiv I, "laut X", "X
 * zufolge", "so X"); each finds at most one quote in a sentence. Reported
 * speech acts are in reported.ts.
 */
import {attributionByWord, attributionFor, refined} from "../../../quotes/attribute.js";
import {clauseEnd, clauseStart, type Cue, type SentenceContext} from "../../../quotes/context.js";
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import type {Token} from "../../../quotes/tokens.js";
import {sentenceAttribution} from "../speakerRules/carried.js";
import {sourceClause} from "../speakerRules/sourceClause.js";
import {attributionAdverbs, attributionPostpositions, attributionPrepositions, plainSayVerbs, sourceNounHeads, sourceNouns} from "../speechVerbs.js";

export const CONTENT_OPENERS = new Set(["dass", "daß", "ob"]);
const PREPOSITIONS = new Set(attributionPrepositions);
const POSTPOSITIONS = new Set(attributionPostpositions);
const SOURCE_NOUNS = new Set(sourceNouns);
const ADVERBS = new Set(attributionAdverbs);
/** Compounds ending in a source noun: "Unternehmensangaben", "Medienberichten". */
export const SOURCE_COMPOUND = new RegExp(`\\p{L}{3}(?:${sourceNounHeads.join("|")})$`, "u");
/** Words that open a relative clause on the speaker (", so Celebi, die auch angab, …"). */
const RELATIVE_OPENERS = new Set(["der", "die", "das", "den", "dem", "dessen", "deren", "welcher", "welche", "welches", "wo", "nachdem", "als"]);
export const AUXILIARIES = /^(?:hat|haben|hatte|hatten)$/;
const PASSIVE = /^(?:wurde|wurden|worden|wird|werden)$/;

/** "Das Urteil wurde bestätigt.": a participle at the clause end after a passive auxiliary. */
export function isPassive(tokens: Token[], cue: number): boolean {
  const next = tokens[cue + 1];
  // "… berichtet worden war", "…, die beschuldigt werden, …": a verb-final passive
  if (next && /^(?:worden|werden|wurde|wurden|wird)$/.test(next.lower) && !/^\p{Lu}/u.test(tokens[cue + 2]?.text ?? "")) return true;
  if (next && !/^[.,;:!?]$/.test(next.text)) return false;
  for (let j = cue - 1; j >= 0 && j > cue - 25; j--) if (PASSIVE.test(tokens[j].lower)) return true;
  return false;
}

/** "nach [einem achtseitigen] Bericht …": index of the source noun within three words after "nach", or -1. */
function sourceNounAfter(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    if (SOURCE_NOUNS.has(tokens[j].lower) || SOURCE_NOUNS.has(tokens[j].lower.replace(/^.*-/, "")) || SOURCE_COMPOUND.test(tokens[j].lower)) return j;
    if (/^\p{Lu}/u.test(tokens[j].text) && !/s$/.test(tokens[j].text)) return -1;
    if (!/^[\p{L}\p{N}]/u.test(tokens[j].text)) return -1;
  }
  return -1;
}

/** Span of tokens [from, to) without trailing punctuation (keeps closing quotation marks). */
export function span(tokens: Token[], from: number, to: number, keepFinal = false) {
  let last = to - 1;
  if (!keepFinal) while (last > from && /^[.,;:!?–—-]$/.test(tokens[last].text)) last--;
  while (last > from && /^[,;:–—-]$/.test(tokens[last].text)) last--;
  return {start: tokens[from].start, end: tokens[last].end};
}

export function unusedCues(s: SentenceContext, kind?: "say" | "act"): Cue[] {
  return s.cues.filter((c) => !s.used.has(c.index) && (!kind || c.form.kind === kind));
}

export function hasKonjunktiv(s: SentenceContext, from: number, to: number): boolean {
  const list = s.konjunktiv;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] < to;
}

/** Words that open an infinitive clause of purpose or manner ("um … zu", "ohne … zu"), which reports nothing. */
const PURPOSE_OPENERS = new Set(["um", "ohne", "statt", "anstatt"]);

/** "…, die Lizenz zu entziehen." / "…, ihn einzuladen.": the clause is a zu-infinitive (a demand, proposal, promise). */
export function endsWithZuInfinitive(tokens: Token[], from: number, end = tokens.length): boolean {
  let last = end - 1;
  while (last > from && !/^[\p{L}]/u.test(tokens[last].text)) last--;
  // "…, um den Protesten zu begegnen": the infinitive of a purpose, not a content; the clause before it may still be one
  let opener = last;
  while (opener > from && tokens[opener - 1].text !== ",") opener--;
  if (PURPOSE_OPENERS.has(tokens[opener].lower)) return opener - 1 > from && endsWithZuInfinitive(tokens, from, opener - 1);
  const verb = tokens[last];
  if (!verb || !/^\p{Ll}+en$/u.test(verb.text)) return false;
  if (tokens[last - 1]?.lower === "zu") return true;
  return /^(?:an|auf|aus|ein|mit|vor|voran|zurück|ab|bei|bereit|dar|fest|fort|frei|her|heraus|herbei|hin|hinaus|hoch|los|nieder|still|teil|weg|weiter|wieder|zu|zusammen|durch|um|über|nach|statt)zu\p{Ll}{3,}en$/u.test(verb.text);
}

/**
 * "hatte angekündigt bei der Wahl erneut anzutreten": a say verb, finite or participle (not itself
 * an infinitive after "zu"), followed without a comma by an infinitive clause of a few words
 * that is no purpose clause ("will …, um … zu finden").
 */
function bareInfinitiveClause(tokens: Token[], cue: Cue, i: number): boolean {
  if (cue.form.kind !== "say" || tokens[cue.index - 1]?.lower === "zu" || tokens[cue.index + 1]?.lower === "zu") return false;
  if (tokens.slice(i).filter((t) => /^\p{L}/u.test(t.text)).length < 4) return false;
  return endsWithZuInfinitive(tokens, i) && !tokens.slice(i).some((t) => PURPOSE_OPENERS.has(t.lower));
}

const PLAIN_SAY = new Set(plainSayVerbs);
/** Words that open a clause that is not a main clause ("…, welche …", "…, weil …") or a coordination. */
const NOT_MAIN_CLAUSE = new Set(["welcher", "welche", "welches", "wo", "nachdem", "als", "dessen", "deren", "und", "aber", "weil", "wenn", "da", "ob", "sowie", "bevor", "während", "so", "wie", "um"]);
const ARTICLE_OR_RELATIVE = new Set(["der", "die", "das", "den", "dem"]);

/**
 * "sagte Rice, die USA hielten sich an die Konvention": a main clause in the
 * indicative after a plain verb of saying and a comma. Not an apposition (a
 * comma soon after), a relative clause (verb last: "…, der seit 1990 im Amt ist"),
 * a "wie" frame or a non-speech use ("erklärte … für fehlerhaft").
 */
function indicativeReport(tokens: Token[], cue: Cue, i: number): boolean {
  if (!PLAIN_SAY.has(cue.form.lemma) || NOT_MAIN_CLAUSE.has(tokens[i].lower) || wieBefore(tokens, cue.index) >= 0 || notSpeechUse(tokens, cue)) return false;
  const words = tokens.slice(i).filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 5) return false;
  for (let j = i; j < tokens.length && j < i + 6; j++) if (tokens[j].text === ",") return false;
  const lastWord = words[words.length - 1].text;
  return !(ARTICLE_OR_RELATIVE.has(tokens[i].lower) && /^\p{Ll}+(?:t|te|ten|en)$/u.test(lastWord));
}

/** Trump sagte, dass … / Peskow sagte, bei dem Gespräch sei es … gegangen. / Er sagte: Das sei … */
export const cueThenClause: ClauseRule = {
  id: "de.quote.indirect.cue-clause",
  apply(s) {
    const {tokens} = s;
    for (const cue of unusedCues(s)) {
      // "sagte Andres Granier, der Gouverneur von Tabasco, die Lage sei ernst": the clause starts after the speaker
      const speaker = speakerForCue(tokens, cue.index);
      let i = Math.max(cue.index, cue.particle, speaker && speaker[0] > cue.index ? speaker[1] : -1) + 1;
      const end = clauseEnd(tokens, i - 1);
      if (CONTENT_OPENERS.has(tokens[i]?.lower)) i = i; // "sagte dass" without comma
      else if (end < tokens.length && /^[,:]$/.test(tokens[end].text)) i = end + 1;
      // "hatte angekündigt bei der Wahl erneut anzutreten": an infinitive clause needs no comma (not "will …, um … zu finden")
      else if (end < tokens.length || !bareInfinitiveClause(tokens, cue, i)) continue;
      // "sagte Li Fei, der Vorsitzende, aber auch, dass …": adverbs left over after an apposition
      const next = clauseEnd(tokens, i);
      if (next - i <= 3 && tokens[next]?.text === "," && CONTENT_OPENERS.has(tokens[next + 1]?.lower) && !hasKonjunktiv(s, i, next) && tokens.slice(i, next).every((t) => /^\p{Ll}+$/u.test(t.text))) i = next + 1;
      if (i >= tokens.length || tokens[i].quote >= 0) continue;
      if (!CONTENT_OPENERS.has(tokens[i].lower) && !hasKonjunktiv(s, i, tokens.length) && !endsWithZuInfinitive(tokens, i) && !indicativeReport(tokens, cue, i)) continue;
      if (tokens.length - i < 3) continue;
      s.used.add(cue.index);
      return {...span(tokens, i, tokens.length), type: "indirect", ...attributionFor(tokens, cue, speaker)};
    }
    return null;
  }
};

/** Das Treffen werde bald stattfinden, sagte Trump. / …, so der Sprecher. / …, wie er mitteilte. */
export const clauseThenCue: ClauseRule = {
  id: "de.quote.indirect.clause-cue",
  apply(s) {
    const {tokens} = s;
    for (const cue of unusedCues(s)) {
      // "Es drohe ein Wettlauf, hatte Obama in Moskau gesagt.": the auxiliary opens the frame, the participle ends the sentence
      const k = perfectFrameStart(tokens, cue.index) ?? cue.index;
      if (k < 4 || tokens[k - 1].text !== "," || tokens[k - 2].quote >= 0) continue;
      if (/^[“”"»«]$/.test(tokens[k - 2].text)) continue;
      if (wieBefore(tokens, k) >= 0) continue; // "Wie die Sprecherin, Anna Thomas, mitteilte, …": the report follows the cue
      if (PURPOSE_OPENERS.has(tokens[0].lower)) continue; // "Um den Umfang einschätzen zu können, zitiert die Zeitung …"
      const subject = phraseAt(tokens, 0, k);
      if (subject && subject[1] >= k - 2) continue; // "Der Minister, Max Müller, sagte": an apposition, not a clause
      // "Wolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt …": the words before the cue are its subject, not a report
      const attribution = attributionFor(tokens, cue);
      if (attribution.speakerStart !== null && attribution.speakerStart < tokens[k - 1].start) continue;
      s.used.add(k);
      return {...span(tokens, 0, k - 1), type: "indirect", ...attribution};
    }
    // ", so der Sprecher." at the end of the sentence, or inside it: "…, so Celebi, die auch angab …",
    // "Das Problem sei vielmehr, so der Präsident, dass …" (the report runs on after the frame)
    for (let k = 4; k < tokens.length - 1; k++) {
      if (tokens[k].lower !== "so" || tokens[k - 1].text !== "," || tokens[k - 2].quote >= 0) continue;
      const speaker = phraseAt(tokens, k + 1, tokens.length, false);
      if (!speaker) continue;
      const attribution = attributionByWord(tokens, k, speaker);
      if (speaker[1] + 2 >= tokens.length) return {...span(tokens, 0, k - 1), type: "indirect", ...attribution};
      if (tokens[speaker[1] + 1].text !== ",") continue;
      const rest = speaker[1] + 2;
      const runsOn = CONTENT_OPENERS.has(tokens[rest].lower) || (!RELATIVE_OPENERS.has(tokens[rest].lower) && hasKonjunktiv(s, rest, tokens.length));
      return {...span(tokens, 0, runsOn ? tokens.length : k - 1), type: "indirect", ...attribution};
    }
    // "…, wie X sagte, …": the rest of the sentence is the quote
    for (const cue of unusedCues(s)) {
      let from = clauseStartAt(tokens, cue.index);
      if (tokens[from]?.lower !== "wie") from = wieBefore(tokens, cue.index); // "wie die Sprecherin, Anna Thomas, mitteilte"
      if (from < 0) continue;
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

function clauseStartAt(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && j > i - 40 && tokens[j - 1].text !== ",") j--;
  return j;
}

/** Laut Trump … / Nach Angaben der Polizei … / Dem Bericht zufolge … — the sentence is attributed to the source. */
export const accordingTo: ClauseRule = {
  id: "de.quote.indirect.according-to",
  apply(s) {
    const {tokens} = s;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.quote >= 0) continue;
      let speaker: TokenRange = null;
      let phraseStart = i;
      let phraseEnd = i;
      if (PREPOSITIONS.has(t.lower)) {
        speaker = phraseAt(tokens, i + 1);
        if (speaker) phraseEnd = speaker[1];
      } else if (ADVERBS.has(t.lower)) {
        speaker = [i, i]; // "Demnach hat der Sohn …": the adverb points back to the source
      } else if ((t.lower === "nach" || (t.lower === "aus" && sourceNounAfter(tokens, i) <= i + 2)) && sourceNounAfter(tokens, i) >= 0) {
        const noun = sourceNounAfter(tokens, i);
        let j = noun + 1;
        if (tokens[j]?.lower === "von" || tokens[j]?.lower === "aus") j++;
        // the speaker is the source phrase: "Angaben von n24", "eigener Aussage", "Aussage des Angestellten"
        const source = phraseAt(tokens, j);
        speaker = [i + 1, source && source[0] === j && (j === noun + 1 || j === noun + 2) ? source[1] : noun];
        phraseEnd = speaker[1];
      } else if (POSTPOSITIONS.has(t.lower) && i > 0) {
        for (let j = Math.max(0, i - 10); j < i; j++) {
          const p = phraseAt(tokens, j, i, false);
          if (p && p[1] === i - 1) {
            speaker = p;
            phraseStart = j;
            break;
          }
        }
        phraseEnd = i;
      }
      if (!speaker) continue;
      // the refined source phrase ("Informationen vom späten Abend") is not part of the clause
      speaker = refined(tokens, i, speaker);
      if (speaker && speaker[1] > phraseEnd && phraseStart === i) phraseEnd = speaker[1];
      if (!speaker) continue;
      const restStart = phraseEnd + 1 < tokens.length && tokens[phraseEnd + 1].text === "," ? phraseEnd + 2 : phraseEnd + 1;
      const useRest = tokens.length - restStart >= phraseStart;
      // "Unter den Passagieren befanden sich Berichten zufolge etwa 75 Schulkinder": a frame inside the clause
      // (no comma around it) leaves the clause whole
      const inside = phraseStart >= 2 && tokens.length - restStart >= 3 && tokens[phraseStart - 1].text !== "," && restStart === phraseEnd + 1;
      // a source phrase inside a relative or subordinate clause vouches for that clause only
      const clause = sourceClause(tokens, phraseStart, phraseEnd);
      const from = clause ? clause[0] : useRest && !inside ? restStart : 0;
      const to = clause ? clause[1] : useRest || inside ? tokens.length : phraseStart;
      if (to - from < 3) continue;
      return {...span(tokens, from, to), type: "indirect", ...attributionByWord(tokens, i, speaker)};
    }
    return null;
  }
};

/** Modals that report hearsay or a plan when they follow an attribution ("Der Fahrer soll befragt werden"). */
const CONTINUATION_MODALS = new Set(["soll", "sollen", "sollten"]);

/** A weaker sign of reported speech, used only right after an attribution: a reportive modal outside quotations. */
function continuationMarker(tokens: Token[]): boolean {
  for (const t of tokens) if (t.quote < 0 && CONTINUATION_MODALS.has(t.lower)) return true;
  return false;
}

/**
 * "Das teilte Feuerwehrsprecher Axel Stüken mit." / "Dies gab Airbus bekannt.":
 * a short sentence whose object points back; the sentence before is the report.
 */
export const pointerBack: ClauseRule = {
  id: "de.quote.indirect.pointer-back",
  apply(s) {
    const {tokens, before} = s;
    if (!before || tokens.length > 25 || !/^(?:das|dies)$/.test(tokens[0]?.lower ?? "")) return null;
    const cue = unusedCues(s).find((c) => c.index === 1);
    if (!cue || isPassive(tokens, 1) || s.konjunktiv.length || tokens.some((t) => t.lower === "dass" || t.quote >= 0 || t.text === ":")) return null;
    const speaker = speakerForCue(tokens, 1);
    if (!speaker || speaker[0] < 2) return null;
    const text = s.text.slice(before.start, before.end).trimEnd();
    const end = before.start + text.length - (/[.!?]$/.test(text) ? 1 : 0);
    s.used.add(cue.index);
    return {start: before.start, end, type: "indirect", ...attributionFor(tokens, cue, speaker)};
  }
};

/** A Konjunktiv I sentence after an attributed report continues it: the speaker is carried over. */
export const konjunktivContinuation: ClauseRule = {
  id: "de.quote.indirect.konjunktiv-continuation",
  apply(s) {
    if (!s.last || unusedCues(s).length) return null;
    if (!s.konjunktiv.length && !continuationMarker(s.tokens)) return null;
    const {tokens} = s;
    return {...span(tokens, 0, tokens.length, true), type: "indirect", ...(sentenceAttribution(s) ?? s.last)};
  }
};

/**
 * Speech verbs in a sense that is not speech: "erklärte die Ausschreibung für
 * fehlerhaft" (declare something to be), "forderte zwölf Todesopfer" (a toll of victims),
 * "verurteilte ihn zu drei Jahren Haft" (a court's sentence).
 */
export function notSpeechUse(tokens: Token[], cue: Cue): boolean {
  const end = clauseEnd(tokens, cue.index);
  const from = Math.max(0, cue.index - 12);
  // a verb at the end of its clause ("… wurde vom Gericht für unzulässig erklärt") has its complements before it
  const first = end - cue.index <= 3 ? clauseStart(tokens, cue.index) : cue.index + 1;
  if (cue.form.lemma === "erklären") {
    for (let j = first; j < end; j++) if (tokens[j].lower === "für" && j !== cue.index) return true;
  }
  if (cue.form.lemma === "verurteilen") {
    // "verurteilte ihn zu drei Jahren Haft": a court's sentence, not a condemnation
    for (let j = first; j < end; j++) if (/^(?:zu|zur|zum|wegen)$/.test(tokens[j].lower)) return true;
  }
  if (cue.form.lemma === "fordern") {
    for (let j = from; j < end; j++) if (VICTIMS.test(tokens[j].lower)) return true;
  }
  return false;
}

const VICTIMS = /^(?:todesopfer|opfer|tote|toten|menschenleben|leben|verletzte|verletzten)$/;
