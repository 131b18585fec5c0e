import {determiners, foreignNameLinks, genitiveDeterminers, phraseStops, quantifierSpeakers, sentenceAdverbs, speakerPronouns} from "../lang/de/speakerWords.js";
import {konjunktivI, konjunktivII} from "../lang/de/konjunktiv.js";
import {cueForms} from "./lexicon.js";
import {sourceNouns} from "../lang/de/speechVerbs.js";
import {ARABIC_ARTICLE_SURNAME, foreignNameParticles, nasabParticles, secondNameParticles} from "../lang/de/name-particles.js";
import {isCapitalised, isWord, type Token} from "./tokens.js";
import {legalFormEnd} from "../lang/de/legal-forms.js";

const STOPS = new Set(phraseStops.concat(sentenceAdverbs.filter((w) => !determiners.includes(w))));
const DETERMINERS = new Set(determiners);
const PRONOUNS = new Set(speakerPronouns);
/** Nouns spelt like a speech-verb form ("Angaben", "Berichten"): nouns when capitalised. */
const SOURCE_NOUNS = new Set(sourceNouns);
const ADJECTIVE = /(?:e|en|er|es|em|sche|schen|ische|ischen)$/u;
/** Articles that open an apposition after a name (", der Bürgermeister von …"). */
const APPOSITION_ARTICLES = new Set(["der", "die", "das", "ein", "eine", "einem", "einer"]);
const PLACE_PREPOSITIONS = new Set(["in", "im"]);
const QUANTIFIERS = new Set(quantifierSpeakers);
/** Articles that open an object, never a partitive genitive ("viele der Demonstranten" goes on). */
const OBJECT_ARTICLES = new Set(["den", "dem", "die", "das", "ein", "eine", "einen", "einem"]);
const CONJUNCTION = new Set(["und", "sowie"]);
/** Articles that open a genitive after a noun ("der Sprecher des Ministeriums", "die Vereinigung aller Mönche"). */
const GENITIVE_ARTICLES = new Set(["des", "der", ...genitiveDeterminers]);
/** Of those, the ones that are no article elsewhere in a phrase. */
const GENITIVE_ONLY = new Set(genitiveDeterminers.filter((w) => !determiners.includes(w)));
/** Lower-case words inside foreign names ("League for Democratic Reform", "Bank of America", "Banco de España"). */
const FOREIGN_LINKS = new Set(foreignNameLinks);
/** Finite verbs that end like adjectives ("hatte", "wurde", "sei"): never part of a noun phrase. */
const VERBS = new Set(["hatte", "hatten", "habe", "haben", "wurde", "wurden", "werde", "werden", "sollte", "wollte", "konnte", "musste", "durfte", "sollten", "wollten", "konnten", "mussten", "gebe", "sehe", "stehe", "gehe", "waren", "seien", ...konjunktivI, ...konjunktivII]);

const NAME_PARTICLES = new Set(foreignNameParticles);
const NASAB = new Set(nasabParticles);

/** "Faisal bin Hussein": a particle of descent between two capitalised words of a name at token j. */
function nasabAt(tokens: Token[], j: number): boolean {
  return NASAB.has(tokens[j]?.lower ?? "") && j > 0 && isCapitalised(tokens[j - 1]) && isWord(tokens[j - 1]) && !!tokens[j + 1] && isCapitalised(tokens[j + 1]) && isWord(tokens[j + 1]);
}
const SECOND_PARTICLES = new Set(secondNameParticles);
/** "von" opens a name after a role noun or a given name only ("Ministerin von der Leyen"); not "zu" ("sagte Berg zu Journalisten"). */
const INNER_NAME_PARTICLES = new Set([...foreignNameParticles, "von"]);

/**
 * The index of the capitalised surname after a name particle at j ("van Doorn", "de la Cruz", "ter Horst"), or -1:
 * one particle (foreign ones anywhere, "von" only after a capitalised word of the phrase), an optional second
 * one, then a capitalised word one space later, the way the people finder reads such names (particle-names.ts).
 */
function particleSurname(tokens: Token[], j: number, limit: number, afterNoun: boolean): number {
  if (!(afterNoun ? INNER_NAME_PARTICLES : NAME_PARTICLES).has(tokens[j].text)) return -1;
  let k = j + 1;
  if (k < limit && SECOND_PARTICLES.has(tokens[k].text)) k++;
  const name = tokens[k];
  if (k >= limit || !isWord(name) || !isCapitalised(name) || name.quote !== tokens[j].quote || name.start !== tokens[k - 1].end + 1) return -1;
  return k;
}

/** A token span [first, last] (inclusive token indices), or null. */
export type TokenRange = [number, number] | null;

/** "39-Jährige"; "n24", "n-tv" (module constants: under tsx, esbuild turns a `\p{…}` literal into `new RegExp` at each use). */
const AGE_NOUN = /^\d+-\p{Lu}/u;
const LOWER_NAME = /^\p{Ll}+\d+$|^\p{Ll}-\p{Ll}+$/u;

function isNounLike(t: Token): boolean {
  if (AGE_NOUN.test(t.text)) return true; // "39-Jährige"
  if (LOWER_NAME.test(t.text)) return true; // "n24", "n-tv"
  if (ARABIC_ARTICLE_SURNAME.test(t.text)) return true; // "al-Hassan"
  return isWord(t) && isCapitalised(t) && !STOPS.has(t.lower) && (!cueForms.has(t.lower) || SOURCE_NOUNS.has(t.lower));
}

/** A lower-case word with an adjective ending that is not a verb, pronoun or stop word. */
export function isAdjective(t: Token): boolean {
  return isWord(t) && !isCapitalised(t) && ADJECTIVE.test(t.lower) && !VERBS.has(t.lower) && !STOPS.has(t.lower) && !DETERMINERS.has(t.lower) && !cueForms.has(t.lower) && !PRONOUNS.has(t.lower);
}

/**
 * The noun phrase that starts at token i: determiners, adjectives, capitalised
 * words (names, nouns, role nouns with hyphens), a genitive continuation
 * ("der Innenminister Frankreichs", "der Sprecher des Ministeriums"), a
 * coordination of names ("Lena und Toni Hallwachs") and a comma apposition of
 * capitalised words ("der Sprecher, Max Müller,"). A lone personal pronoun is a
 * phrase of its own. Stops at prepositions, adverbs, verbs and punctuation.
 */
export function phraseAt(tokens: Token[], i: number, limit = tokens.length, apposition = true): TokenRange {
  if (i >= limit) return null;
  if (PRONOUNS.has(tokens[i].lower)) return [i, i];
  // "äußerten beide den Wunsch", "forderten viele die Regierung auf": a quantifier standing alone before the object
  if (QUANTIFIERS.has(tokens[i].lower) && i + 1 < limit && OBJECT_ARTICLES.has(tokens[i + 1].lower)) return [i, i];
  let j = i;
  let nouns = 0;
  let last = -1;
  while (j < limit && j - i < 30) {
    const t = tokens[j];
    if ((DETERMINERS.has(t.lower) || (nouns && GENITIVE_ONLY.has(t.lower))) && !(nouns && !GENITIVE_ARTICLES.has(t.lower))) {
      if (nouns && !(j + 1 < limit && (isNounLike(tokens[j + 1]) || isAdjective(tokens[j + 1])))) break;
      j++;
      continue;
    }
    if (nouns && PLACE_PREPOSITIONS.has(t.lower) && j + 1 < limit && isNounLike(tokens[j + 1]) && !/^(?:in|im|aus)$/.test(tokens[j - 1].lower)) {
      // "die Sprecherin des Rathauses in Bremen", "die Reederei im dänischen Esbjerg" (a place after the noun)
      j++;
      continue;
    }
    if (nouns && (t.lower === "von" || t.lower === "vom") && j + 1 < limit && (isNounLike(tokens[j + 1]) || DETERMINERS.has(tokens[j + 1].lower))) {
      // "Lea Brandt von Greenpeace", "Eine Reporterin von Radio Nord"
      j++;
      continue;
    }
    if ((nouns || j === i || DETERMINERS.has(tokens[j - 1].lower)) && /^[„“"»«]$/.test(t.text)) {
      // a quoted name inside the phrase: Der Fernsehsender „Silverbird“, die „Fahrzeugpost“
      let k = j + 1;
      while (k < limit && k < j + 8 && !/^[“”"«»]$/.test(tokens[k].text)) k++;
      if (k < limit && k < j + 8 && k > j + 1 && (nouns || isQuotedName(tokens, j + 1, k))) {
        if (!nouns) nouns++; // a quoted name opens the phrase: laut „BBC News“
        last = k;
        j = k + 1;
        continue;
      }
      break;
    }
    if (nouns && isWikiItalic(tokens, j)) {
      // "der Bewegung ''Occupy Central''": a name set in wiki italics (two apostrophes) after a noun
      let k = j + 2;
      while (k < limit && k < j + 12 && !isWikiItalic(tokens, k) && (isCapitalised(tokens[k]) || FOREIGN_LINKS.has(tokens[k].lower))) k++;
      if (k < limit && k > j + 2 && isWikiItalic(tokens, k)) {
        last = k + 1;
        j = k + 2;
        continue;
      }
      break;
    }
    if (t.text === "(" && nouns) {
      // "Die Gewerkschaft der Polizei (GdP)"
      let k = j + 1;
      while (k < limit && k < j + 12 && tokens[k].text !== ")") k++;
      if (k < limit && tokens[k].text === ")") {
        last = k;
        j = k + 1;
        continue;
      }
      break;
    }
    const surname = !nouns && j !== i && !DETERMINERS.has(tokens[j - 1].lower) ? -1 : particleSurname(tokens, j, limit, nouns > 0 && isCapitalised(tokens[j - 1]));
    if (surname > 0) {
      // "sagte van Doorn", "Kommissar van der Berg": the particle belongs to the surname after it
      nouns++;
      last = surname;
      j = surname + 1;
      continue;
    }
    const legalForm = nouns ? legalFormEnd((k) => (k < limit ? tokens[k].text : undefined), j) : -1;
    if (legalForm >= 0) {
      // "der Bürgerverein Altstadt e. V.", "die Meier GmbH": the legal form belongs to the name
      last = legalForm;
      j = legalForm + 1;
      continue;
    }
    if (isNounLike(t)) {
      nouns++;
      last = j++;
      continue;
    }
    if (isAdjective(t) && (!nouns || DETERMINERS.has(tokens[j - 1].lower) || isAdjective(tokens[j - 1])) && j + 1 < limit && (isNounLike(tokens[j + 1]) || isAdjective(tokens[j + 1]))) {
      j++;
      continue;
    }
    if (nouns && nasabAt(tokens, j) && j + 1 < limit) {
      // "Faisal bin Hussein": the particle of descent goes on with the name
      j++;
      continue;
    }
    if (nouns && FOREIGN_LINKS.has(t.lower) && isCapitalised(tokens[j - 1]) && j + 1 < limit && isCapitalised(tokens[j + 1]) && isWord(tokens[j + 1]) && tokens[j + 1].quote === t.quote) {
      // "League for Democratic Reform": a foreign name goes on after its lower-case link word
      j++;
      continue;
    }
    if (nouns && CONJUNCTION.has(t.lower) && j + 1 < limit && isNounLike(tokens[j + 1]) && isCapitalised(tokens[j - 1])) {
      j++;
      continue;
    }
    if (apposition && nouns && t.text === "," && j + 2 < limit && APPOSITION_ARTICLES.has(tokens[j + 1].lower)) {
      // "Lena Vogt, die Landrätin von Ostholstein," — an apposition that fills the stretch up to a comma or the end
      const sub = phraseAt(tokens, j + 1, limit, false);
      const after = sub ? tokens[sub[1] + 1] : undefined;
      if (sub && (sub[1] + 1 >= limit || /^[,.;:]$/.test(after!.text))) {
        last = sub[1];
        break;
      }
      break;
    }
    if (nouns && t.text === "," && j + 2 < limit && isNounLike(tokens[j + 1]) && (isNounLike(tokens[j + 2]) || nasabAt(tokens, j + 2))) {
      // apposition of a name: ", Max Müller" (ends at the next comma or the phrase end)
      let k = j + 1;
      while (k < limit && (isNounLike(tokens[k]) || (nasabAt(tokens, k) && k + 1 < limit))) k++;
      last = k - 1;
      j = k;
      if (j < limit && tokens[j].text === ",") break;
      continue;
    }
    break;
  }
  return nouns ? [i, last] : null;
}

/** Two apostrophes side by side at token j: wiki markup for italics (''Name''). */
function isWikiItalic(tokens: Token[], j: number): boolean {
  return tokens[j]?.text === "'" && tokens[j + 1]?.text === "'" && tokens[j].end === tokens[j + 1].start;
}

/** Tokens [from, to) are a name: capitalised words only ("BBC News", "Reuters"). */
function isQuotedName(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWord(tokens[k]) || !isCapitalised(tokens[k])) return false;
  return true;
}

/** The phrase that ends right before token `end` and starts at `from`, if all of it is phrase-like. */
export function phraseBefore(tokens: Token[], from: number, end: number): TokenRange {
  let i = from;
  while (i < end && STOPS.has(tokens[i].lower) && !PRONOUNS.has(tokens[i].lower)) i++; // leading adverbs: "Auch Trump sagte"
  if (i >= end) return null;
  const range = phraseAt(tokens, i, end);
  if (!range) return null;
  return range;
}
