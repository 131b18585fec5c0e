/**
 * Person cue rules that name a person by what the text says of the word: a role, an age, a case, a speech verb,
 * an apposition, a bracket, a reporting word, a citation, an interview turn. Order: `personCueRules` in ../index.ts.
 */
import {adjectiveShape, plainWordShape as PLAIN_WORD, auxiliaryClauseOpeners, caseNameSEnding, caseNouns, nominativeSEnding, partyNames, placeOnlyPrepositions, placePrepositions, predicativeShape, pronounsAfterVerb, reporterWords, sentenceAdverbShape, strongNounEnding} from "../bare-name-words.js";
import {attributiveEnding} from "../inflection.js";
import {quoteMarkPairs} from "../quoteMarks.js";
import {personRelationNouns} from "../relation-nouns.js";
import {cueRule} from "../../../people/cue-rule.js";
import {COORDINATORS} from "../../../people/name-shape.js";
import type {NounTests} from "../../../people/noun-tests.js";
import {roleAround} from "../../../people/role-context.js";
import {roleNoun} from "../../../people/roles.js";
import type {Token} from "../../../people/tokens.js";

const PARTIES = partyNames;
const CASE_NOUNS = new Set(caseNouns);
const PREPOSITIONS = new Set(placePrepositions);
/** Prepositions before a place or battle that years in brackets date ("in Lindau (1780–1785)", "bei Quenzel (1780)"). */
const PLACE_PREPOSITIONS = new Set([...placeOnlyPrepositions, "bei", "nach", "im"]);
const CLAUSE_OPENERS = new Set(auxiliaryClauseOpeners);
const PRONOUNS = new Set(pronounsAfterVerb);
const REPORTERS = new Set(reporterWords);
/** Closing marks by opening mark, as a Map: a word looked up in the object would be a keyed load per word, and "constructor" would find Object's. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map(Object.entries(quoteMarkPairs));
/** Time units of an age given as "fünf Jahre alt". */
const AGE_UNITS = new Set(["jahre", "monate", "wochen", "tage"]);

/**
 * role+name: after a role noun ("Regisseur Hecker"); a word in -s after a role is a genitive ("Berater Trumps"), unless a Latin or Greek name
 * no dictionary lists as a noun ("Papst Pius"); not a common noun after coordinated roles ("bringen Politiker und Professoren Musik in die Schulen").
 */
export const roleName = cueRule("role+name", ({tokens, i, prev, genitive, w}) => {
  const groupOfRoles = !!tokens[i - 2] && COORDINATORS.has(tokens[i - 2].lower) && !!tokens[i - 3] && !!roleNoun(tokens[i - 3]) && w.noun();
  return !!prev && !!roleNoun(prev) && (!genitive || (nominativeSEnding.test(w.lower) && !w.noun())) && !groupOfRoles;
});

/**
 * role+quoted-name: a name in quotation marks right after a role ("die Kellnerin „Lotti“", "der Sänger »Heino«"): a nickname or stage name.
 * The word is no noun by the dictionary or its shape, and the marks are a pair.
 */
export const roleQuotedName = cueRule("role+quoted-name", ({tokens, i, prev, next, w}) => {
  const role = tokens[i - 2];
  return !!prev && !!next && !!role && !!QUOTE_PAIRS.get(prev.text)?.includes(next.text) && !!roleNoun(role)?.role && !w.nounLike() && !w.eNoun();
});

/** age+name: an age before the name ("den sechs Jahre alten Marrox", "die 14 Monate alte Zabira"). */
export const ageName = cueRule("age+name", ({tokens, i, prev, next, genitive, w, lex}) =>
  !!prev && !genitive && agedAt(tokens, i - 1) && !w.noun() && !adjectiveShape.test(w.lower) && !(next?.cap && next.word && lex.commonNoun(next.lower)));

/** case+name: a case named after a person ("im Fall Ranzoni", "die Affäre Dreyfus", "die Causa Wulff"), also a name in -es ("im Fall Fuentes"). */
export const caseName = cueRule("case+name", ({prev, next, genitive, w}) =>
  !!prev?.cap && CASE_NOUNS.has(prev.lower) && (!genitive || caseNameSEnding.test(w.lower)) && !w.noun() && !adjectiveShape.test(w.lower) && !(next?.cap && next.word));

/** listed-role+name: after a comma, a word no dictionary lists as a noun with a role around ("Politiker, Börsenaufsicht, Polizei" is a list). */
export const listedRoleName = cueRule("listed-role+name", ({tokens, i, prev, w, lex}) => prev?.text === "," && !w.noun() && roleAround(tokens, i, i, lex).roles.length > 0, "role+name");

/**
 * name+speech-verb: before a speech verb ("Varfa erzählt …"); at a sentence's start only a word that is no noun or adverb and has no subject
 * after the verb (not "Gestern klagte Dunbrook"); not after a number, "als"/"wie" or a capitalised adjective (predicative: "als Fehlentwicklung
 * kritisierte", "zur Freien Republik erklärt"), an attributive adjective, inside a longer name or after a preposition ("Der Deutsche Wetterdienst
 * warnt", "die Bevölkerung von Marnheim berichtet").
 */
export const nameSpeechVerb = cueRule("name+speech-verb", ({prev, next, third, w, lex}) => {
  // the speech verb first: it is rare, and the tests below (noun dictionary, endings) are not
  if (!next || !lex.personVerbs.has(next.lower)) return false;
  const adjective = prev && prev.word && !prev.cap && attributiveEnding.test(prev.lower);
  const sentenceStart = !prev || (!prev.word && /[.!?:]/.test(prev.text));
  const predicative = prev && (/^\d$/u.test(prev.text) || prev.lower === "als" || prev.lower === "wie" || (prev.cap && /(?:ischen|ische|ischer|lichen|ichen)$/u.test(prev.lower)));
  const named = prev && ((prev.cap && prev.word && !lex.nonPersonWords.has(prev.lower)) || PREPOSITIONS.has(prev.lower));
  return (!sentenceStart || openingSubject(w, third)) && !adjective && !predicative && !named;
});

/** speech-verb+name: after a speech verb ("Dann schrieb Lefarge …"); not after an attribute ("das offiziell bestätigte Gespräch."). */
export const speechVerbName = cueRule("speech-verb+name", ({tokens, i, prev, next, w, lex}) => {
  const beforeVerb = tokens[i - 2];
  return !!prev && lex.personVerbs.has(prev.lower) && (!next || !next.word || (!next.cap && !w.nounLike())) && !(beforeVerb && beforeVerb.word && !beforeVerb.cap && lex.nounMarkers.has(beforeVerb.lower)) &&
    !(beforeVerb?.word && !beforeVerb.cap && prev.lower.endsWith("te") && /(?:ell|ig|lich|isch|al|iv)$/u.test(beforeVerb.lower));
});

/**
 * name+apposition: apposition with a role ("Giraudet, ein französischer Gynäkologe, …", "Isidori, einen Anführer in …"), or with a noun of kin,
 * a personal relation or a nationality after its article ("Halvini, ein Mitschüler des Erzählers", "Sorbek, der jüngere Bruder von …", "Tavares, ein Portugiese").
 */
export const nameApposition = cueRule("name+apposition", ({tokens, i, next, genitive, w, lex}) =>
  next?.text === "," && !genitive && !w.nounLike() && (roleAround(tokens, i, i, lex).roles.length > 0 || personNounApposition(tokens, i + 2)));

/** Articles that open an apposition. */
const APPOSITION_ARTICLES = new Set(["ein", "eine", "einen", "einem", "der", "die", "den", "dem"]);
/** Relation nouns that name a firm's or product's relation as well ("Opel, die Tochter des Konzerns", "der Nachfolger des Modells"): no cue here. */
const FIRM_RELATIONS = new Set(["tochter", "mutter", "schwester", "partner", "partnerin", "nachfolger", "nachfolgerin", "vorgänger", "vorgängerin", "familie", "ehepaar", "rivale", "rivalin"]);
const RELATIONS = new Set(personRelationNouns.filter((n) => !FIRM_RELATIONS.has(n)));
/** Relation nouns of five letters or more, which end compounds ("Mitschüler", "Jugendfreund"). */
const RELATION_HEADS = [...RELATIONS].filter((n) => n.length >= 5);

/**
 * Whether tokens from k hold an article, at most three lower-case attributes and a noun of kin, a personal relation or a nationality
 * (a cue-only noun of roles.ts, or a relation noun of ../relation-nouns.ts, also as a compound's head), none a firm has as well ({@link FIRM_RELATIONS}).
 */
function personNounApposition(tokens: Token[], k: number): boolean {
  if (!APPOSITION_ARTICLES.has(tokens[k]?.lower ?? "")) return false;
  let n = k + 1;
  while (n <= k + 3 && tokens[n]?.word && !tokens[n].cap && attributiveEnding.test(tokens[n].lower)) n++;
  const t = tokens[n];
  if (!t?.word || !t.cap || FIRM_RELATIONS.has(t.lower)) return false;
  const cueOnly = roleNoun(t);
  return (!!cueOnly && !cueOnly.role) || RELATIONS.has(t.lower) || RELATION_HEADS.some((h) => t.lower.endsWith(h));
}

/**
 * name+bracket: age, party, life dates or a role alone in brackets ("Wessers (64)", "Müller (SPD)", "Lykander (König)"); a word in -s is
 * a genitive unless a Latin or Greek name no dictionary lists as a noun ("Lykos (König)").
 */
export const nameBracket = cueRule("name+bracket", ({tokens, i, prev, next, genitive, w}) =>
  next?.text === "(" && (!genitive || (nominativeSEnding.test(w.lower) && !w.noun())) && bracketed(tokens, i + 2, !!prev && PLACE_PREPOSITIONS.has(prev.lower)));

/** reporter+name: ", so Schaffran." / "laut Ruhnke", also before one adverb that ends the sentence (", so Vrecha abschließend."). */
export const reporterName = cueRule("reporter+name", ({tokens, i, prev, next}) => {
  const closing = !!next && next.word && !next.cap && !!tokens[i + 2] && /^[.!?]$/u.test(tokens[i + 2].text);
  return !!prev && REPORTERS.has(prev.lower) && (prev.lower === "laut" || tokens[i - 2]?.text === ",") && (!next || (!next.word && !/\d/u.test(next.text)) || (closing && prev.lower === "so"));
});

/** author+citation: a work cited by author ("(Hürzeler, S. 21)", "Tarr (2006), S. 47"); a year in brackets after a comma dates an item of a list ("…, Lepra (1970)"). */
export const authorCitation = cueRule("author+citation", ({tokens, i, prev, genitive, w}) =>
  !genitive && cited(tokens, i + 1, !prev || (!prev.word && prev.text !== ")" && prev.text !== ",")) && !w.nounLike());

/** name+colon: an interview turn or a work cited by author at a sentence's start ("Tikkinen: « Das war …", "Delandt: Von einem Scheitern …"). */
export const nameColon = cueRule("name+colon", ({tokens, i, prev, next, w}) =>
  (!prev || /^[.!?]$/u.test(prev.text)) && next?.text === ":" && PLAIN_WORD.test(tokens[i].text) && speakerHead(tokens, i + 2) && !w.noun() && !strongNounEnding.test(w.lower) &&
  !adjectiveShape.test(w.lower) && !sentenceAdverbShape.test(w.lower) && !CLAUSE_OPENERS.has(w.lower));

/** name+zufolge: "Popper zufolge", after nothing, punctuation or a role. */
export const nameZufolge = cueRule("name+zufolge", ({prev, next, genitive, w}) => next?.lower === "zufolge" && !genitive && !w.nounLike() && (!prev || !prev.word || !!roleNoun(prev)));

/** Whether what follows a colon at tokens[k] opens a statement or a title: a capitalised word or an opening quotation mark. */
function speakerHead(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && ((t.word && t.cap) || /^["„“«»]$/u.test(t.text));
}

/** At a sentence's start, a word that is no noun or adverb and has no subject after the verb ("Varfa erzählt …", not "Gestern klagte Dunbrook"). */
function openingSubject(w: NounTests, third: Token | undefined): boolean {
  return !w.nounLike() && !sentenceAdverbShape.test(w.lower) && !predicativeShape.test(w.lower) && !CLAUSE_OPENERS.has(w.lower) && !(third && (PRONOUNS.has(third.lower) || (third.cap && third.word)));
}

/**
 * Whether tokens[k] ends an age before a noun: "vier Jahre alten", "14 Monate alte". (An age adjective, "die 35-jährige …",
 * comes before as many nouns the dictionary lacks — "Gymnasiasten", "Hamburgerin" — as names.)
 */
function agedAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.word || t.cap) return false;
  return /^alte[nmrs]?$/u.test(t.lower) && AGE_UNITS.has(tokens[k - 1]?.lower ?? "");
}

/**
 * Whether tokens from k cite a page (", S. 21") or, for a word that opens an entry, a year
 * ("Tarr (2006), S. 47"). The tokenizer keeps digits apart.
 */
function cited(tokens: Token[], k: number, opensEntry: boolean): boolean {
  const t = tokens[k];
  if (t?.text === ",") return tokens[k + 1]?.text === "S." && /^\d$/u.test(tokens[k + 2]?.text ?? "");
  if (t?.text !== "(" || !opensEntry) return false;
  let d = k + 1;
  while (d < k + 5 && /^\d$/u.test(tokens[d]?.text ?? "") && (d === k + 1 || tokens[d].start === tokens[d - 1].end)) d++;
  return d === k + 5 && /^1[5-9]|^20/u.test(tokens.slice(k + 1, k + 3).map((x) => x.text).join("")) && tokens[d]?.text === ")";
}

/** Whether tokens from k hold an age (14–99) or a party abbreviation and then ")", or open life dates: "(64)", "( SPD )", "(* 1931", "(1780–1850)". The tokenizer keeps digits apart. */
function bracketed(tokens: Token[], k: number, afterPlacePreposition: boolean): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (PARTIES.has(t.lower)) return tokens[k + 1]?.text === ")";
  // a role alone, the way a reference work sets people of one name apart ("Lykander (König)", "Brenneck (Maler)")
  if (tokens[k + 1]?.text === ")" && !!roleNoun(t)?.role && !teamTitle(t.lower)) return true;
  if (lifeDates(tokens, k, afterPlacePreposition)) return true;
  if (!/^\d$/u.test(t.text) || !/^\d$/u.test(tokens[k + 1]?.text ?? "") || tokens[k + 2]?.text !== ")" || tokens[k + 1].start !== t.end) return false;
  return Number(t.text) >= 1 && !(t.text === "1" && Number(tokens[k + 1].text) < 4);
}

/** Titles a team holds as well as a person ("Meister", "Pokalsieger"): a bracket holding one names no person's role. */
const TEAM_TITLES = /(?:meister|sieger|champion)(?:in)?$/u;
/** Offices and trades in -meister, which are roles in brackets ("Schmidt (Bürgermeister)"), not titles a team wins. */
const OFFICE_MASTERS = /(?:bürger|kapell|haus|bau|konzert|zeremonien|bahnhofs|hof|forst|küchen)meister(?:in)?$/u;
const teamTitle = (word: string) => TEAM_TITLES.test(word) && !OFFICE_MASTERS.test(word);

/** Marks of birth and death that open a person's life dates in brackets ("* 1931", "† 1850", "geb. 1950"). */
const LIFE_MARKS = new Set(["*", "†", "geb", "geb.", "geboren", "gest", "gest."]);

/**
 * Whether tokens from k open a person's life dates: a mark of birth or death ("(* 12. März 1931", "(† 1850)", "(geb. 1950"),
 * or a span of years of three or four digits ("(1780–1850)", "(1780 - 1850)"), which after "in", "aus" or "bei" dates a place or battle
 * ("in Lindau (1780–1785)"). The tokenizer keeps digits apart.
 */
function lifeDates(tokens: Token[], k: number, afterPlacePreposition: boolean): boolean {
  if (LIFE_MARKS.has(tokens[k].lower)) return /^[\d.]/u.test(tokens[k + 1]?.text ?? "") || (tokens[k + 1]?.text === "." && /^\d$/u.test(tokens[k + 2]?.text ?? ""));
  if (afterPlacePreposition) return false;
  let d = k;
  while (d < k + 4 && /^\d$/u.test(tokens[d]?.text ?? "") && (d === k || tokens[d].start === tokens[d - 1].end)) d++;
  return d - k >= 3 && /^[-–]$/u.test(tokens[d]?.text ?? "") && /^\d$/u.test(tokens[d + 1]?.text ?? "");
}
