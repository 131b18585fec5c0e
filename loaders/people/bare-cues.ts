import {attributiveEnding} from "../lang/de/inflection.js";
import type {PersonLexicon} from "./lexicon.js";
import {clauseJoiners} from "../lang/de/closed-class.js";
import {isDictionaryKonjunktiv} from "../lang/de/konjunktiv-dict.js";
import {konjunktivI} from "../lang/de/konjunktiv.js";
import {adjectiveShape, auxiliaryClauseOpeners, caseNameSEnding, caseNouns, copulaForms, nominativeSEnding, partyAbbreviations, pastParticipleShape, placeNameShape, placePrepositions, recipientPrepositions, predicativeShape, pronounsAfterVerb, reporterWords, sentenceAdverbShape, singularAuxiliaries, strongNounEnding, subjectOpeners, subjectPronouns, surnameShape} from "../lang/de/bare-name-words.js";
import {sourceNouns} from "../lang/de/speechVerbs.js";
import {attributive, COORDINATORS} from "./name-shape.js";
import {commonHeadAfter, headNounAfter, openingGenitive, personGenitive, personHead, possessor, vowelStem} from "./genitives.js";
import {passiveAround, yearAt} from "./clause-shapes.js";
import {afterPlacePrefix} from "./name-run.js";
import {roleAround} from "./role-context.js";
import {roleNoun} from "./roles.js";
import type {Token} from "./tokens.js";
import {familyNameNoun} from "./family-name-noun.js";
import {NounTests} from "./noun-tests.js";
import {finiteVerbAt} from "./verbs.js";

/** Cues that make a lone capitalised word (no listed given name) a person's name: role, verb, bracket, genitive. */

const PARTIES = new Set(partyAbbreviations);
const CASE_NOUNS = new Set(caseNouns);
const RECIPIENT_PREPOSITIONS = new Set(recipientPrepositions);
/** Nouns naming what someone said, after which a genitive is its source ("Angaben", "Ansicht", "Aussagen"). */
const SOURCE_NOUNS = new Set(sourceNouns);
const COPULA = new Set(copulaForms);
const PREPOSITIONS = new Set(placePrepositions);
const SINGULAR_AUX = new Set(singularAuxiliaries);
const CLAUSE_OPENERS = new Set(auxiliaryClauseOpeners);
const CLAUSE_JOINERS = new Set(clauseJoiners);
/** Singular Konjunktiv I forms that open reported speech ("sei", "habe", "könne"); dictionary forms are tested apart. */
const SINGULAR_KONJUNKTIV = new Set(konjunktivI.filter((f) => !f.endsWith("n")));
const PRONOUNS = new Set(pronounsAfterVerb);
const SUBJECT_PRONOUNS = new Set(subjectPronouns);
const REPORTERS = new Set(reporterWords);
const SUBJECT_OPENERS = new Set(subjectOpeners);
/** A plain capitalised word of five or more letters: no compound with a hyphen, no inner capital ("PinkNews"), no short adjective ("Neu:", "Kurz:"). */
const PLAIN_WORD = /^\p{Lu}\p{Ll}{4,}$/u;
/** A capitalised word of lower-case letters after the first ("Urban", "Pius"). */
const PLAIN_NAME = /^\p{Lu}\p{Ll}+$/u;
/** Roman numerals II to XIX that follow a ruler's or pope's name, with or without their full stop. */
const REGNAL = /^(?:X?(?:II|III|IV|V|VI|VII|VIII|IX)|X|XI)\.?$/u;

/** Cues read off word order alone (subject position, genitive): they do not make a common noun a name ("lief Wasser in …", "Schulbeginn ist …"). */
export const WORD_ORDER_CUES: ReadonlySet<string> = new Set(["von+passive", "recipient+name", "bare-subject", "subject+verb", "subject+aux", "aux+subject", "verb+subject-strong", "verb+subject-weak", "verb+subject-listed", "genitive+noun", "source+genitive", "noun+genitive"]);

/** Cues that stand for a speaker but take a source as well ("laut Umfrage"): a common noun is not a name by them. */
const SOURCE_OR_SPEAKER_CUES: ReadonlySet<string> = new Set(["reporter+name"]);

/**
 * Which cue makes a lone capitalised word a name, or "". A word the noun
 * dictionary knows ("Händler", "Datenschutz") takes only cues that name a
 * person (role, speech verb after it, bracket, citation), not word-order cues
 * nor those a source takes as well ({@link SOURCE_OR_SPEAKER_CUES}).
 */
export function bareCue(tokens: Token[], i: number, lex: PersonLexicon): string {
  // a country, city, firm or club ("Uruguay gewinnt", "Honda will", "Hollywoods Filmindustrie")
  const lower = tokens[i].lower;
  if (lex.placesAndOrganisations.has(lower) || (lower.endsWith("s") && lex.placesAndOrganisations.has(lower.slice(0, -1))) || afterPlacePrefix(tokens, i)) return "";
  const cue = cueAt(tokens, i, lex, true);
  if (!cue) return "";
  // a family name that is also a noun ("1998 wechselte Fischer …", "Kochs Firma") passes the noun tests, but only where its rule opens the cue (family-name-noun.ts)
  const stem = cue === "genitive+noun" ? lower.slice(0, -1) : lower;
  const familyNoun = lex.commonNoun(stem) && familyNameNoun.applies(stem, lex);
  if (!familyNoun) return nounCue(tokens, i, cue, false, lex);
  if (!familyNameNoun.opens(cue, tokens, i, lex)) return "";
  const found = nounCue(tokens, i, cue, true, lex);
  // the row says when the mention is there only because the rule lifted a noun's veto
  const plain = cueAt(tokens, i, lex, false);
  return found && (!plain || !nounCue(tokens, i, plain, false, lex)) ? familyNameNoun.tag(found) : found;
}

/** The cue after the vetoes on nouns: a dictionary noun takes no word-order cue, unless it is a family name its rule lets through (familyNoun). */
function nounCue(tokens: Token[], i: number, cue: string, familyNoun: boolean, lex: PersonLexicon): string {
  const lower = tokens[i].lower;
  const stem = cue === "genitive+noun" ? lower.slice(0, -1) : lower;
  if (SOURCE_OR_SPEAKER_CUES.has(cue)) return lex.commonNoun(lower) ? "" : cue;
  if (!WORD_ORDER_CUES.has(cue)) return cue;
  // word order alone does not make a place a name ("1773 wurde Wrangelsburg …", "Gaberndorf musste …")
  if (placeNameShape.test(lower)) return "";
  // a genitive right after its head noun with no article is a name's even when its stem is a noun ("das Werk Zorns", "nach Angaben Fischers"):
  // a common noun's genitive takes an article there ("das Werk des Zorns")
  if (cue === "noun+genitive" || cue === "source+genitive") return cue;
  return lex.commonNoun(stem) && !familyNoun ? "" : cue;
}

/** The cue at tokens[i]; with familyNouns the noun tests let the family names of rule family-name-noun through. */
function cueAt(tokens: Token[], i: number, lex: PersonLexicon, familyNouns: boolean): string {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const genitive = tokens[i].lower.endsWith("s");
  // capitalisation says nothing at a sentence's start: there nominalised adjectives ("Ähnliches") and nouns by ending count too
  const atStart = !prev || (!prev.word && /^[.!?:"„“«»]$/u.test(prev.text));
  // the noun dictionary and the ending tests are read by up to seven cues below: test them once, on first use
  const w = new NounTests(tokens[i].lower, genitive, atStart, familyNouns, lex);
  // a word in -s after a role is a genitive ("Berater Trumps"), unless a Latin or Greek name no dictionary lists as a noun ("Papst Pius", "Erzbischof Theodoros")
  // not a common noun after coordinated roles, a group of people ("bringen Politiker und Professoren Musik in die Schulen")
  const groupOfRoles = !!tokens[i - 2] && COORDINATORS.has(tokens[i - 2].lower) && !!tokens[i - 3] && !!roleNoun(tokens[i - 3]) && w.noun();
  if (prev && roleNoun(prev) && (!genitive || (nominativeSEnding.test(w.lower) && !w.noun())) && !groupOfRoles) return "role+name";
  // an age before the name: "den fünf Jahre alten Marrox", "die 14 Monate alte Zabira"
  if (prev && !genitive && agedAt(tokens, i - 1) && !w.noun() && !adjectiveShape.test(w.lower) && !(next?.cap && next.word && lex.commonNoun(next.lower))) return "age+name";
  // a case named after a person: "im Fall Ranzoni", "die Affäre Dreyfus", "die Causa Wulff", also a name in -es ("im Fall Fuentes")
  if (prev?.cap && CASE_NOUNS.has(prev.lower) && (!genitive || caseNameSEnding.test(w.lower)) && !w.noun() && !adjectiveShape.test(w.lower) && !(next?.cap && next.word)) return "case+name";
  // after a comma only a word no dictionary lists as a noun: "Politiker, Bankenaufsicht, Justiz" is a list
  if (prev?.text === "," && !w.noun() && roleAround(tokens, i, i, lex).roles.length) return "role+name";
  const adjective = prev && prev.word && !prev.cap && attributiveEnding.test(prev.lower);
  const sentenceStart = !prev || (!prev.word && /[.!?:]/.test(prev.text));
  // not after a number, "als"/"wie" (predicative: "als Fehlentwicklung kritisierte") or a capitalised adjective ("zur Römischen Republik erklärt")
  const predicative = prev && (/^\d$/u.test(prev.text) || prev.lower === "als" || prev.lower === "wie" || (prev.cap && /(?:ischen|ische|ischer|lichen|ichen)$/u.test(prev.lower)));
  // not inside a longer name or after a preposition ("Der Deutsche Wetterdienst warnt", "die Bevölkerung von Falludscha berichtet")
  const named = prev && ((prev.cap && prev.word && !lex.nonPersonWords.has(prev.lower)) || PREPOSITIONS.has(prev.lower));
  // at a sentence's start only a word that is no noun or adverb and has no subject after the verb ("Marfa erzählt …", not "Gestern klagte Dumbreck")
  const third = tokens[i + 2];
  if ((!sentenceStart || openingSubject(w, third)) && next && lex.personVerbs.has(next.lower) && !adjective && !predicative && !named) return "name+speech-verb";
  // not after an attribute ("das offiziell bestätigte Gespräch.")
  const beforeVerb = tokens[i - 2];
  if (prev && lex.personVerbs.has(prev.lower) && (!next || !next.word || (!next.cap && !w.nounLike())) && !(beforeVerb && beforeVerb.word && !beforeVerb.cap && lex.nounMarkers.has(beforeVerb.lower)) && !(beforeVerb?.word && !beforeVerb.cap && prev.lower.endsWith("te") && /(?:ell|ig|lich|isch|al|iv)$/u.test(beforeVerb.lower))) return "speech-verb+name";
  // apposition with a role: "Girault, ein französischer Gynäkologe, …", "Isolani, einen Führer in …"
  if (next?.text === "," && !genitive && !w.nounLike() && roleAround(tokens, i, i, lex).roles.length) return "name+apposition";
  // "Barretta (64)", "Müller (SPD)": age or party in brackets
  if (next?.text === "(" && !genitive && bracketed(tokens, i + 2)) return "name+bracket";
  // ", so Schaffer." / "laut Pellengahr" / "Popper zufolge"
  // also before one adverb that ends the sentence: ", so Blecha abschließend."
  const closing = !!next && next.word && !next.cap && !!tokens[i + 2] && /^[.!?]$/u.test(tokens[i + 2].text);
  if (prev && REPORTERS.has(prev.lower) && (prev.lower === "laut" || tokens[i - 2]?.text === ",") && (!next || (!next.word && !/\d/u.test(next.text)) || (closing && prev.lower === "so"))) return "reporter+name";
  // a work cited by author: "(Hürlimann, S. 21)", "Carr (2006), S. 47"; a year in brackets after a comma dates an item of a list ("…, Lepra (1970)")
  if (!genitive && !w.nounLike() && cited(tokens, i + 1, !prev || (!prev.word && prev.text !== ")" && prev.text !== ","))) return "author+citation";
  // an interview turn or a work cited by author at a sentence's start: "Tihinen: « Das war …", "Demandt: Von einem Scheitern …"
  if ((!prev || /^[.!?]$/u.test(prev.text)) && next?.text === ":" && PLAIN_WORD.test(tokens[i].text) && speakerHead(tokens, i + 2) && !w.noun() && !strongNounEnding.test(w.lower) && !adjectiveShape.test(w.lower) && !sentenceAdverbShape.test(w.lower) && !CLAUSE_OPENERS.has(w.lower)) return "name+colon";
  if (next?.lower === "zufolge" && !genitive && !w.nounLike() && (!prev || !prev.word || roleNoun(prev))) return "name+zufolge";
  // "als" opens a clause only at a sentence's start or after a comma ("Als Biggi dann …", ", als Lhiannon sie …"), elsewhere it is "as" ("als Putzfrau")
  // its verb comes last, so no finite verb follows the subject; a nominalised adjective ("als Zweiter", "als Externer") is no subject
  const alsClause = prev?.lower === "als" && (!tokens[i - 2] || /^[.!?:,;]$/u.test(tokens[i - 2].text)) && !finiteVerbAt(tokens, i + 1, true) && !/(?:er|es|e|s)$/u.test(tokens[i].lower);
  if (prev && (SUBJECT_OPENERS.has(prev.lower) || alsClause) && next?.word && !next.cap && !w.nounLike() && !(tokens[i].lower.length > 7 && tokens[i].lower.endsWith("e"))) return "bare-subject";
  // reported speech after a comma: "Die These, Schlatter sei Antisemit", "Gerüchte, Posey habe …"
  if (prev?.text === "," && next?.word && !next.cap && (SINGULAR_KONJUNKTIV.has(next.lower) || isDictionaryKonjunktiv(next.lower)) && tokens[i + 2]?.word && !w.nounLike() && !w.eNoun() && !w.genitiveNoun() && !predicativeShape.test(w.lower)) return "comma+subject+konjunktiv";
  // clause-initial subject: "Fadinger verbuchte …", ", als Munch starb", "… vernichtet und Mohinder wird …" (not "Peter und Paul")
  // not after an ordinal ("im 19. Jahrhundert wurde …")
  const opens = !prev || (!prev.word && /^[.!?:"„“«»]$/u.test(prev.text) && !(prev.text === "." && /^\d$/u.test(tokens[i - 2]?.text ?? ""))) || (!!prev && CLAUSE_JOINERS.has(prev.lower) && !!tokens[i - 2] && tokens[i - 2].word && (!tokens[i - 2].cap || nounPhraseEnd(tokens, i - 2, lex)));
  if (opens && next && !w.genitiveNoun() && !w.nounLike() && !w.eNoun() && !sentenceAdverbShape.test(tokens[i].lower) && !(third && (SUBJECT_PRONOUNS.has(third.lower) || (third.cap && third.word && w.noun())))) {
    const kind = finiteVerbAt(tokens, i + 1, true);
    if (kind && kind !== "aux" && !predicativeShape.test(tokens[i].lower) && !CLAUSE_OPENERS.has(tokens[i].lower)) return "subject+verb";
    if (kind === "aux" && SINGULAR_AUX.has(next.lower) && !predicativeShape.test(tokens[i].lower) && !CLAUSE_OPENERS.has(tokens[i].lower)) return "subject+aux";
  }
  // pre-nominal genitive: "Swayzes Liebe", "aus McCartneys Ohr", "Chaucers erstes Gedicht"
  if (genitive && (!prev || (!COORDINATORS.has(prev.lower) && !lex.nounMarkers.has(prev.lower) && !(attributive(prev) && !finiteVerbAt(tokens, i - 1)))) && (prev ? possessor(tokens[i], lex) : openingGenitive(tokens[i], lex)) && headNounAfter(tokens, i + 1) && (!vowelStem(tokens[i], lex) || commonHeadAfter(tokens, i + 1, lex))) return "genitive+noun";
  // "Wolfritz’ Gedichte", "Marx' Kapital": a name in -s, -z, -x whose genitive is an apostrophe written right after it
  if (next && (next.text === "’" || next.text === "'") && next.start === tokens[i].end && /[szxß]$/u.test(w.lower) && tokens[i].lower.length > 2 && !w.noun() && headNounAfter(tokens, i + 2)) return "name+apostrophe";
  // post-nominal genitive after a source noun: "nach Angaben Pellengahrs", "nach Ansicht Fähnrichs"
  if (genitive && prev?.cap && SOURCE_NOUNS.has(prev.lower) && possessor(tokens[i], lex) && !(next?.cap && next.word)) return "source+genitive";
  // post-nominal genitive after a noun a person has: "die Rückkehr Tuppers", "die Ex-Freundin Kachelmanns", "die Aussagen Manethos"
  if (genitive && prev?.cap && prev.word && personHead(prev.lower) && personGenitive(tokens[i], lex) && !(next?.cap && next.word)) return "noun+genitive";
  // verb-second inversion: "1990 wirkte Turner mit", "revanchierte sich Friesinger"
  const verb = prev?.lower === "sich" ? i - 2 : i - 1;
  const vk = verb >= 0 ? finiteVerbAt(tokens, verb) : "";
  // a year may follow the subject too ("verließ Gundel 1857 sein Elternhaus", "wurde Bo 1993 Bürgermeister")
  const year = yearAt(tokens, i + 1);
  if (vk && vk !== "aux" && ((next?.word && !next.cap) || year) && !w.nounLike() && !w.eNoun() && !w.genitiveNoun()) return "verb+subject-" + vk;
  // a role as the predicate: "1760 wurde Hasse Kapellmeister", "wurde Schreiber zum Geschäftsführer", also a word the dictionary has as a noun,
  // since a thing becomes no office; not a title a team or country wins ("wurde Wacker Meister")
  // (not after an article, where the "verb" is an attribute: "Das verliebte Paar Emir …"; known surnames keep their own rule)
  const beforeFinite = tokens[verb - 1];
  if (vk && !genitive && !(beforeFinite?.word && (!beforeFinite.cap || lex.nounMarkers.has(beforeFinite.lower))) && !lex.knownSurnames.has(w.lower) && !lex.register.bySurname.has(w.lower) && rolePredicateAt(tokens, i + 1)) return "verb+subject+role";
  // "1960 wurde Mahrenholz neuer Abt", "Im August hatte Löbel bereits …"
  // not after the copula ("war Ziel zahlreicher Proteste", "ist Teil"): a bare noun there is the predicate
  // after the copula only before a year or a sentence adverb ("war Preston 2004 …", "war Close bereits …")
  const copula = COPULA.has(tokens[verb]?.lower ?? "");
  if (vk === "aux" && SINGULAR_AUX.has(tokens[verb].lower) && (!copula || year || (next?.word && sentenceAdverbShape.test(next.lower))) && (year || (next?.word && !next.cap && (!copula || !lex.nounMarkers.has(next.lower)))) && !w.nounLike() && !w.eNoun() && !w.genitiveNoun() && !predicativeShape.test(tokens[i].lower)) return "aux+subject";
  // the agent of a passive: "wird von Stiles koordiniert", "die von Dirke misshandelt wurde"; not "von" after a noun ("Tragödie von Doha", "Familie von Normann")
  if (prev?.lower === "von" && !(tokens[i - 2]?.cap && tokens[i - 2].word) && next?.word && !next.cap && pastParticipleShape.test(next.lower) && passiveAround(tokens, i)) return "von+passive";
  // a regnal name: "Coelestin V.", "Innozenz III." (a numeral with its full stop; "I." may be an initial)
  if (next && REGNAL.test(next.text) && (next.text.endsWith(".") || tokens[i + 2]?.text === ".") && !genitive && PLAIN_NAME.test(tokens[i].text) && !w.noun()) return "name+numeral";
  if (i > 0 && !(prev && !prev.word && /[.:!?]/.test(prev.text)) && surnameShape.test(tokens[i].lower)) return "surname-shape";
  // the addressee of "an" ("erinnerte an Reuter", "ein Brief an Hallmann"): a plain word no list gives as a noun, adjective or place
  if (prev && RECIPIENT_PREPOSITIONS.has(prev.lower) && PLAIN_WORD.test(tokens[i].text) && !(next?.cap && next.word) && !genitive && !w.nounLike() && !w.eNoun() && !adjectiveShape.test(w.lower) && !predicativeShape.test(w.lower) && !placeNameShape.test(w.lower)) return "recipient+name";
  return "";
}

/** Titles a team or country wins as well as a person ("Meister", "Weltmeister", "Pokalsieger"): no role predicate here. */
const TEAM_TITLE = /(?:^|welt|europa|vize|landes|pokal|olympia|gesamt)(?:meister|sieger)$|^champion$/u;

/**
 * Whether tokens from k hold a role as the predicate of the subject before: a role noun right there ("Kapellmeister"), or after
 * "zum"/"zur"/"als" and at most three lower-case words ("zum buchstäblich tonangebenden Komponisten"), with no capitalised word after it
 * but a genitive's article ("Geschäftsführer einer Firma"); after "zum"/"zur" the clause ends on no participle or infinitive.
 */
function rolePredicateAt(tokens: Token[], k: number): boolean {
  let g = k;
  const preposition = tokens[g]?.lower === "zum" || tokens[g]?.lower === "zur";
  if (preposition || tokens[g]?.lower === "als") {
    g++;
    while (g < k + 4 && tokens[g]?.word && !tokens[g].cap) g++;
  }
  const t = tokens[g];
  if (!t?.word || !t.cap || TEAM_TITLE.test(t.lower)) return false;
  const role = roleNoun(t);
  const after = tokens[g + 1];
  return !!role?.role && !(after?.word && after.cap) && !(preposition && verbAtClauseEnd(tokens, g + 1));
}

/** Whether the clause from tokens[k] ends, before punctuation or "und", on a participle or infinitive: then "zum …" was a direction ("wurde Kontakt zum Botschafter aufgenommen"). */
function verbAtClauseEnd(tokens: Token[], k: number): boolean {
  let n = k;
  while (tokens[n]?.word && tokens[n].lower !== "und") n++;
  const last = tokens[n - 1];
  return n > k && !last.cap && (pastParticipleShape.test(last.lower) || /[^e]en$/u.test(last.lower));
}

/** Whether what follows a colon at tokens[k] opens a statement or a title: a capitalised word or an opening quotation mark. */
function speakerHead(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && ((t.word && t.cap) || /^["„“«»]$/u.test(t.text));
}

/** At a sentence's start, a word that is no noun or adverb and has no subject after the verb ("Marfa erzählt …", not "Gestern klagte Dumbreck"). */
function openingSubject(w: NounTests, third: Token | undefined): boolean {
  return !w.nounLike() && !sentenceAdverbShape.test(w.lower) && !predicativeShape.test(w.lower) && !CLAUSE_OPENERS.has(w.lower) && !(third && (PRONOUNS.has(third.lower) || (third.cap && third.word)));
}

/**
 * Whether tokens[k] is a common noun after its article, so a clause ends there ("stiegen in den Bus und Tarrasch blieb …"),
 * not a name coordinated with the next ("Peter und Paul").
 */
function nounPhraseEnd(tokens: Token[], k: number, lex: PersonLexicon): boolean {
  const article = tokens[k - 1]?.word && !tokens[k - 1].cap && attributiveEnding.test(tokens[k - 1].lower) && !lex.nounMarkers.has(tokens[k - 1].lower) ? tokens[k - 2] : tokens[k - 1];
  return !!article && lex.nounMarkers.has(article.lower) && lex.commonNoun(tokens[k].lower);
}

/** Time units of an age given as "fünf Jahre alt". */
const AGE_UNITS = new Set(["jahre", "monate", "wochen", "tage"]);

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
 * ("Carr (2006), S. 47"). The tokenizer keeps digits apart.
 */
function cited(tokens: Token[], k: number, opensEntry: boolean): boolean {
  const t = tokens[k];
  if (t?.text === ",") return tokens[k + 1]?.text === "S." && /^\d$/u.test(tokens[k + 2]?.text ?? "");
  if (t?.text !== "(" || !opensEntry) return false;
  let d = k + 1;
  while (d < k + 5 && /^\d$/u.test(tokens[d]?.text ?? "") && (d === k + 1 || tokens[d].start === tokens[d - 1].end)) d++;
  return d === k + 5 && /^1[5-9]|^20/u.test(tokens.slice(k + 1, k + 3).map((x) => x.text).join("")) && tokens[d]?.text === ")";
}

/** Whether tokens from k hold an age (14–99) or a party abbreviation and then ")": "(64)", "( SPD )". The tokenizer keeps digits apart. */
function bracketed(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (PARTIES.has(t.lower)) return tokens[k + 1]?.text === ")";
  if (!/^\d$/u.test(t.text) || !/^\d$/u.test(tokens[k + 1]?.text ?? "") || tokens[k + 2]?.text !== ")" || tokens[k + 1].start !== t.end) return false;
  return Number(t.text) >= 1 && !(t.text === "1" && Number(tokens[k + 1].text) < 4);
}
