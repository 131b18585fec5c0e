import {numberWords} from "../lang/de/numberWords.js";
import {phraseOpeners} from "./closed-class.js";
import type {PersonLexicon} from "./lexicon.js";
import type {Token} from "./tokens.js";
import {roleNoun} from "./roles.js";
import {personPredicateNouns} from "../lang/de/person-heads.js";
import {placeParticiples, strongNounEnding} from "../lang/de/bare-name-words.js";
import {nationalityNouns} from "../lang/de/person-roles.js";
import {familyNameNoun} from "./family-name-noun.js";
import {isDictionaryNounForm} from "../lang/de/common-nouns.js";
import {abstractNounSuffixes} from "../lang/de/inflection.js";

const NUMBER_WORDS = new Set(numberWords);
const PERSON_PREDICATES = new Set(personPredicateNouns);
/** The copula and the articles that open a defining predicate ("X ist ein Ort …", "X war die Hauptstadt …"). */
const DEFINING_COPULA = new Set(["ist", "war"]);
const PREDICATE_ARTICLES = new Set(["ein", "eine", "der", "die", "das"]);
/** Endings of nouns of persons: agents and members ("Bildhauer", "Sammlerin", "Pianist", "Theologe", "Gesandter", "Praktikant"). */
const PERSON_NOUN_ENDING = /(?:er|erin|ist|istin|loge|login|ant|antin|ent|entin|eur|euse|ier|ierin)$/u;
/** Endings of inflected and plural nouns ("Hinweise", "Apothekern", "Liebsten"): after a role noun such a word is an object, not a name. */
const INFLECTED_NOUN = /(?:e|en|ern)$/u;

const PLACE_PARTICIPLES = new Set(placeParticiples);
const NATIONALITIES = new Set(nationalityNouns);
/** Nominalised ordinals, a place in a ranking ("Vierter", "Gesamt-Sechster", "Zweite"): after a role noun no name ("als bester Läufer Vierter"). */
const ORDINAL = /^(?:\p{L}+-)?(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|\p{L}+zehnt|\p{L}+zigst)(?:e|er|en)$/u;
/** Cues of a subject that word order alone gives. */
const SUBJECT_CUES = new Set(["subject+aux", "subject+verb", "aux+subject", "verb+subject-strong", "verb+subject-weak", "verb+subject-listed", "verb+subject-dict", "bare-subject"]);
/** Words that open the goal of "erhoben" ("zur Stadt erhoben", "zu einer Pfarrei erhoben"). */
const RAISED_TO = new Set(["zur", "zum", "zu"]);
/** Forms of "werden" that make the passive of a place's history; an active clause ("Marlow hat die Firma gegründet") keeps its name. */
const PASSIVE_AUX = new Set(["wird", "wurde", "würde"]);

/** Endings of adjectives and participles used as adverbs at a sentence's start ("Alternativ kann …", "Indirekt wird …", "Strafmildernd kam …"). */
/** A long word with the suffix of an abstract noun ("Flexibilisierung", "Nachhaltigkeit"): no surname, though short ones may be ("Jung", "Hartung"). */
const ABSTRACT_NOUN = new RegExp(`^\\p{L}{5,}(?:${abstractNounSuffixes.join("|")})$`, "u");

const ADVERBIAL_SHAPE = /(?:iv|[ae]kt|[rl]nd)$/u;

/**
 * Why a bare cue (see bare-cues.ts) does not make tokens[i] a name here, or "":
 * - name+speech-verb after a preposition or quantifier: the word is a noun in that
 *   phrase ("seit Jahren kritisiert", "für Rentner betonte", "mehr Rechte fordert");
 * - subject+aux before a comma: the word is a predicate of a clause ("Toll ist, dass …");
 * - subject+aux / subject+verb on an adjective or participle shape ("Alternativ kann …");
 * - any cue on a number word ("kommt Sechzig nicht zur Ruhe");
 * - speech-verb+name on a dictionary noun of persons by its ending that is no family name of rule family-name-noun nor a known
 *   surname: a bare plural or an object ("Dazu fragt Leser, ob …", "antwortet Anwohner"), while "sagte Fischer" keeps its name;
 * - role+name on a nominalised ordinal ("als bester Läufer Vierter"), and after a noun of nationality on any dictionary noun, the
 *   object of a plural ("hunderte Sparer Geld verloren");
 * - role+name on a dictionary noun that is inflected or followed by another capitalised word: an object
 *   or a noun phrase ("fanden die Taucher Spuren", "der Gründer Feuerwehr Lindenau"), while
 *   "Meisterin Schäfer" keeps its name; and on a long word of an abstract noun's suffix, the object of a plural role
 *   ("wenn Ökonomen Deregulierung fordern");
 * - subject+aux / subject+verb before a defining predicate whose noun names no person ("Lindenau ist ein Ort …",
 *   "Quendi war die Sprache …"), while "Hubertz ist ein Maler" keeps its name;
 * - a subject cue next to "wird"/"wurde" in a clause of a place's history: a participle a person does not take ("1910 wurde Lindau eingemeindet",
 *   "… gegründet") or "erhoben" after a goal that is no role ("wurde Birnau zur Stadt erhoben", not "zum Kardinal erhoben").
 */
export function cueVeto(tokens: Token[], i: number, cue: string, lex: PersonLexicon): string {
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (NUMBER_WORDS.has(t.lower)) return "number-word";
  if (cue === "role+name" && (ORDINAL.test(t.lower) || (lex.commonNoun(t.lower) && !!prev && nationality(prev.lower)))) return "ordinal-or-noun-after-nationality";
  if (cue === "role+name" && lex.commonNoun(t.lower) && (INFLECTED_NOUN.test(t.lower) || (tokens[i + 1]?.cap && tokens[i + 1].word))) return "noun-after-role";
  if (cue === "role+name" && ABSTRACT_NOUN.test(t.lower)) return "abstract-noun-after-role";
  if (cue === "name+speech-verb" && prev && phraseOpeners.has(prev.lower)) return "phrase-opener";
  if (cue === "speech-verb+name" && personNounNotName(t.lower, lex)) return "person-noun-after-speech-verb";
  if (cue === "name+speech-verb" && nounNotName(t.lower, lex)) return "noun-before-speech-verb";
  if (cue === "subject+aux" && tokens[i + 2]?.text === ",") return "predicate-clause";
  if ((cue === "subject+aux" || cue === "subject+verb") && ADVERBIAL_SHAPE.test(tokens[i].lower)) return "adverbial-shape";
  if ((cue === "subject+aux" || cue === "subject+verb") && thingPredicate(tokens, i + 1, lex)) return "thing-predicate";
  if (SUBJECT_CUES.has(cue) && PASSIVE_AUX.has(tokens[cue.startsWith("subject") ? i + 1 : i - 1]?.lower ?? "") && placeHistory(tokens, i + 1)) return "place-history";
  return "";
}

/**
 * Whether a lower-case word is a noun form of the dictionary itself ("Teilnehmer", "Reformen", "Gesellen") or has an ending only nouns have
 * ("Funkausrüstung"), and is no family name of rule family-name-noun nor a known surname ("Koch sagte" stays).
 */
function nounNotName(lower: string, lex: PersonLexicon): boolean {
  return (isDictionaryNounForm(lower) || strongNounEnding.test(lower)) && !familyNameNoun.applies(lower, lex) && !lex.knownSurnames.has(lower) && !lex.register.bySurname.has(lower);
}

/** Whether a lower-case word is a noun form of the dictionary itself, no compound ("Grauwald" stays), of persons by its ending ("Leser", "Anwohner"), that is no family name of rule family-name-noun nor a known surname. */
function personNounNotName(lower: string, lex: PersonLexicon): boolean {
  return PERSON_NOUN_ENDING.test(lower) && isDictionaryNounForm(lower) && !familyNameNoun.applies(lower, lex) && !lex.knownSurnames.has(lower) && !lex.register.bySurname.has(lower);
}

/** Whether a lower-case word is a noun of nationality, also in the dative plural ("Österreichern"). */
function nationality(lower: string): boolean {
  return NATIONALITIES.has(lower) || (lower.endsWith("n") && NATIONALITIES.has(lower.slice(0, -1)));
}

/**
 * Whether tokens from k hold "ist"/"war", an article and, after at most three lower-case words, a dictionary noun that
 * names no person: no role noun, no noun of a person ("Mensch", "Figur") and no agent or member noun by its ending.
 */
function thingPredicate(tokens: Token[], k: number, lex: PersonLexicon): boolean {
  if (!DEFINING_COPULA.has(tokens[k]?.lower ?? "") || !PREDICATE_ARTICLES.has(tokens[k + 1]?.lower ?? "")) return false;
  let n = k + 2;
  while (n < k + 5 && tokens[n]?.word && !tokens[n].cap) n++;
  const head = tokens[n];
  if (!head?.word || !head.cap) return false;
  const word = head.lower.slice(head.lower.lastIndexOf("-") + 1);
  return lex.commonNoun(head.lower) && !roleNoun(head) && !PERSON_PREDICATES.has(word) && !PERSON_NOUN_ENDING.test(word);
}

/** Whether the clause from tokens[k] to the next punctuation (words and numbers) holds a participle of a place's history, or "erhoben" after "zur"/"zum"/"zu" and a goal that is no role. */
function placeHistory(tokens: Token[], k: number): boolean {
  let raised = false;
  for (let n = k; n < tokens.length && (tokens[n].word || /^\d/u.test(tokens[n].text)); n++) {
    const t = tokens[n];
    if (PLACE_PARTICIPLES.has(t.lower)) return true;
    if (RAISED_TO.has(t.lower)) {
      let g = n + 1;
      while (g < n + 3 && tokens[g]?.word && !tokens[g].cap) g++;
      raised = !!tokens[g]?.cap && !!tokens[g].word && !roleNoun(tokens[g]);
    }
    if (t.lower === "erhoben" && raised) return true;
  }
  return false;
}
