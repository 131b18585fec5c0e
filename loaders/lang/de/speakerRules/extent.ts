/**
 * Refinements of a speaker span's extent, following the Wikinews gold, which
 * marks the whole phrase: a medium after an outlet ("die Tageszeitung Haaretz
 * in ihrer Onlineausgabe", "der Verein auf seiner Website"), a "vom" phrase
 * ("Informationen vom frühen Morgen"), a middle initial ("George W. Bush") and a
 * truncated compound ("Das Forst- und Fischereiministerium"); and the end of a
 * phrase that ran into a quotation ("Angaben der Staatsanwaltschaft „ganz
 * besonders sorgfältig“", "„Reuters“ Warnschüsse").
 */
import {isAdjective, phraseAt} from "../../../quotes/phrase.js";
import type {SpeakerRefinement} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, LOWER_START, type Token} from "../../../quotes/tokens.js";
import {isCommonNoun} from "../common-nouns.js";
import {attributionAdverbs, attributionPostpositions, attributionPrepositions, sourceNounCompound, sourceNouns} from "../speechVerbs.js";
import {genitiveArticle} from "../inflection.js";
import {monthNames, weekdayNames} from "../dates/lexicon.js";
import {placePrepositions} from "./words.js";

const POSSESSIVES = /^(?:seiner|ihrer|seinem|ihrem|seinen|ihren)$/;
const MEDIUM_PREPOSITIONS = /^(?:in|auf)$/;
const PLACE_PREPOSITIONS = new Set(placePrepositions);
const ATTRIBUTION_WORDS = new Set([...attributionPrepositions, ...attributionPostpositions, ...attributionAdverbs, "nach", "so"]);
/** Words of a date after a source phrase ("vom 3. März", "vom vergangenen Montag"), besides day numbers and years. */
const DATE_WORDS = new Set([...monthNames, ...weekdayNames, "vergangenen", "vergangener", "letzten"]);
const isDateWord = (lower: string) => DATE_WORDS.has(lower) || /^(?:\d{1,2}|\d{4})$/.test(lower);

/** End of a noun after token k: adjectives then one capitalised noun; -1 when there is none. */
function nounAfter(tokens: Token[], k: number, limit: number): number {
  let j = k;
  while (j < limit && isAdjective(tokens[j])) j++;
  return j < limit && isWord(tokens[j]) && isCapitalised(tokens[j]) && tokens[j].quote < 0 ? j : -1;
}

/** "vom 7. April", "vom vergangenen Freitag": a date after a medium or document. */
function dateAfter(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== "vom") return -1;
  let j = k + 1;
  let last = -1;
  while (j < tokens.length && j < k + 6 && (isDateWord(tokens[j].lower) || tokens[j].text === ".")) {
    if (tokens[j].text !== ".") last = j;
    j++;
  }
  return last;
}

/** "… in ihrer Onlineausgabe (vom 7. April)", "… auf seiner Website": the medium the speaker used. */
export const mediumTail: SpeakerRefinement = {
  id: "de.speaker.medium-tail",
  refine({tokens}, [first, last]) {
    const k = last + 1;
    if (!MEDIUM_PREPOSITIONS.test(tokens[k]?.lower ?? "") || !POSSESSIVES.test(tokens[k + 1]?.lower ?? "")) return undefined;
    const noun = nounAfter(tokens, k + 2, tokens.length);
    if (noun < 0) return undefined;
    const date = dateAfter(tokens, noun + 1);
    return [first, date >= 0 ? date : noun];
  }
};

/**
 * "Dies gab die Reederei im dänischen Esbjerg bekannt", "schildert eine Reporterin
 * des Senders RTL aus Cuxhaven den Vorfall": a place name after a
 * speaker that follows its verb belongs to the phrase ("im", "aus", "in" and a
 * capitalised word that is no common noun; not "in einem Interview").
 */
export const placeTail: SpeakerRefinement = {
  id: "de.speaker.place-tail",
  refine({tokens, cue}, [first, last]) {
    // after a speech verb, not after an attribution word ("nach Angaben von Sicherheitskräften Extremisten aus Libyen")
    if (first <= cue || !isWord(tokens[cue]) || ATTRIBUTION_WORDS.has(tokens[cue].lower)) return undefined;
    if (!PLACE_PREPOSITIONS.has(tokens[last + 1]?.lower ?? "") || !isCapitalised(tokens[last])) return undefined;
    const noun = nounAfter(tokens, last + 2, Math.min(tokens.length, last + 5));
    if (noun < 0 || isCommonNoun(tokens[noun].lower)) return undefined;
    // not before another capitalised word ("in Berlin Merkel …")
    const next = tokens[noun + 1];
    return next && isCapitalised(next) && isWord(next) ? undefined : [first, noun];
  }
};

/** "George W. Bush": a middle initial and its full stop do not end the name. */
export const middleInitial: SpeakerRefinement = {
  id: "de.speaker.middle-initial",
  refine({tokens}, [first, last]) {
    const t = tokens[last];
    if (!/^\p{Lu}$/u.test(t.text) || tokens[last + 1]?.text !== "." || tokens[last + 1].end !== tokens[last + 2]?.start - 1) return undefined;
    const next = tokens[last + 2];
    return next && isCapitalised(next) && isWord(next) && next.quote < 0 && last > first ? [first, last + 2] : undefined;
  }
};

/** "Das Forst- und Fischereiministerium": a compound cut at a hyphen joins the noun after "und"/"oder". */
export const truncatedCompound: SpeakerRefinement = {
  id: "de.speaker.truncated-compound",
  refine({tokens}, [first, last]) {
    if (tokens[last + 1]?.text !== "-" || tokens[last + 1].start !== tokens[last].end) return undefined;
    if (!/^(?:und|oder|sowie)$/.test(tokens[last + 2]?.lower ?? "")) return undefined;
    const next = tokens[last + 3];
    return next && isWord(next) && isCapitalised(next) && next.quote < 0 ? [first, last + 3] : undefined;
  }
};

const MARKS = /^[„“”"»«‚‘]$/;

/**
 * A speaker phrase ends before a quotation in lower case ("Angaben der
 * Staatsanwaltschaft „ganz besonders sorgfältig“" is a quoted phrase of the
 * clause, not a name) and right after a quoted name that a bare noun follows
 * ("„Reuters“ Warnschüsse").
 */
export const endAtQuotation: SpeakerRefinement = {
  id: "de.speaker.end-at-quotation",
  refine({tokens}, [first, last]) {
    let open = -1;
    for (let k = first; k <= last; k++) {
      if (!MARKS.test(tokens[k].text)) continue;
      if (open < 0) {
        open = k;
        const inner = tokens[k + 1];
        // a quotation in lower case ends the phrase, a web address ("„icelandreview.com“") does not
        if (k > first && inner && LOWER_START.test(inner.text) && !inner.text.includes(".")) return [first, k - 1];
        continue;
      }
      // the closing mark of a quoted name, then a bare noun
      const next = tokens[k + 1];
      if (k < last && next && isWord(next) && isCapitalised(next)) return [first, k];
      open = -1;
    }
    return undefined;
  }
};

/**
 * "Erfurts oberster Bürgermeister Klaus Wendel", "Frankreichs neuer Präsident":
 * a genitive name in -s before an adjective and a noun opens the phrase; the
 * phrase goes on to the noun and the name after it.
 */
const NUMBER_WORDS = /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|tausend|einige|mehrere|viele|wenige|weitere|andere)$/;

export const saxonGenitive: SpeakerRefinement = {
  id: "de.speaker.saxon-genitive",
  refine({tokens, cue}, [first, last]) {
    const t = tokens[last];
    const next = tokens[last + 1];
    if (!isCapitalised(t) || !/\p{L}s$/u.test(t.text) || !next || !isAdjective(next) || NUMBER_WORDS.test(next.lower)) return undefined;
    const limit = last < cue ? cue : tokens.length;
    const rest = phraseAt(tokens, last + 1, limit);
    return rest && rest[0] === last + 1 ? [first, rest[1]] : undefined;
  }
};

const SOURCE_HEADS = /(?:informationen|erklärung|mitteilung|pressemitteilung|presseerklärung|stellungnahme|bericht|berichten|angaben|meldung|meldungen|interview|ausgabe|onlineausgabe|schreiben|brief|memorandum|beschluss|urteil)$/;

/** "Informationen vom frühen Morgen", "einer Erklärung des Präsidenten vom vergangenen Freitag": the date of a source. */
export const sourceDate: SpeakerRefinement = {
  id: "de.speaker.source-date",
  refine({tokens}, [first, last]) {
    if (tokens[last + 1]?.lower !== "vom") return undefined;
    let head = false;
    for (let k = first; k <= last; k++) if (SOURCE_HEADS.test(tokens[k].lower)) head = true;
    if (!head) return undefined;
    const date = dateAfter(tokens, last + 1);
    if (date >= 0) return [first, date];
    // "vom späten Abend": adjectives and a time noun
    const noun = nounAfter(tokens, last + 2, tokens.length);
    return noun > last + 2 && TIME_NOUNS.has(tokens[noun].lower) ? [first, noun] : undefined;
  }
};

const TIME_NOUNS = new Set(["abend", "morgen", "mittag", "nachmittag", "vormittag", "wochenende", "tag", "vortag", ...weekdayNames, "jahr", "monat", "woche"]);

/**
 * "Angaben der Süddeutschen Zeitung und der Neuen Zürcher Zeitung", "einer Mitteilung
 * der Feuerwehr und der Polizei": in a source phrase a second genitive
 * joined by "und" belongs to the source.
 */
export const genitiveCoordination: SpeakerRefinement = {
  id: "de.speaker.genitive-coordination",
  refine({tokens}, [first, last]) {
    if (tokens[last + 1]?.lower !== "und" || !genitiveArticle.test(tokens[last + 2]?.lower ?? "")) return undefined;
    let source = false;
    let genitive = false;
    for (let k = first; k <= last; k++) {
      if (SOURCE_HEADS.test(tokens[k].lower)) source = true;
      if (source && genitiveArticle.test(tokens[k].lower)) genitive = true;
    }
    if (!genitive) return undefined;
    const second = phraseAt(tokens, last + 2, tokens.length, false);
    return second && second[0] === last + 2 ? [first, second[1]] : undefined;
  }
};

const SOURCE_NOUN_SET = new Set(sourceNouns);
const SOURCE_NOUN_COMPOUND = sourceNounCompound;

/**
 * "nach ersten Meldungen Risse an mehreren Brücken": a source noun takes a
 * genitive with its article ("Angaben der Polizei") or a name ("Angaben
 * Moskaus"), not a bare common noun; such a noun starts the clause and ends the
 * speaker phrase before it.
 */
export const bareNounAfterSource: SpeakerRefinement = {
  id: "de.speaker.bare-noun-after-source",
  refine({tokens}, [first, last]) {
    for (let k = first; k < last; k++) {
      const t = tokens[k];
      if (!SOURCE_NOUN_SET.has(t.lower) && !SOURCE_NOUN_COMPOUND.test(t.lower)) continue;
      const next = tokens[k + 1];
      if (next.quote < 0 && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !/s$/u.test(next.text) && isCommonNoun(next.lower)) return [first, k];
    }
    return undefined;
  }
};

/**
 * "laut einer Mitteilung des LKA der Aufklärung …": a name in the
 * genitive ("des BMI", "der UNO"; uninflected, so not in -s) takes no genitive of its own; an article
 * after it starts the next phrase.
 */
export const genitiveAfterGenitiveName: SpeakerRefinement = {
  id: "de.speaker.genitive-after-genitive-name",
  refine({tokens}, [first, last]) {
    for (let k = first + 2; k <= last; k++) {
      if (!genitiveArticle.test(tokens[k].lower) || !genitiveArticle.test(tokens[k - 2].lower)) continue;
      const name = tokens[k - 1];
      if (name.quote < 0 && isWord(name) && isCapitalised(name) && !/s$/u.test(name.text) && !isCommonNoun(name.lower)) return [first, k - 1];
    }
    return undefined;
  }
};
