/**
 * Person cue rules read off word order: a bare subject after a conjunction, before or after its finite verb,
 * the agent of a passive, the addressee of "an". Order: `personCueRules` in ../index.ts.
 */
import {auxiliaryClauseOpeners, plainWordShape as PLAIN_WORD, copulaForms, pastParticipleShape, placeNameShape, predicativeShape, recipientPrepositions, adjectiveShape, sentenceAdverbShape, singularAuxiliaries, subjectOpeners, subjectPronouns, nominativeOnlyPronouns} from "../bare-name-words.js";
import {clauseJoiners} from "../closed-class.js";
import {attributiveEnding} from "../inflection.js";
import {isDictionaryKonjunktiv} from "../konjunktiv-dict.js";
import {konjunktivI} from "../konjunktiv.js";
import {passiveAgentAt, yearAt} from "../../../people/clause-shapes.js";
import {cueRule, memo, type CueContext, type CueRule} from "../../../people/cue-rule.js";
import type {PersonLexicon} from "../../../people/lexicon.js";
import {roleNoun} from "../../../people/roles.js";
import {OPENER, type Token} from "../../../people/tokens.js";
import {beforeParticles, clauseFinalVerbAt, finiteVerbAt} from "../../../people/verbs.js";

const RECIPIENT_PREPOSITIONS = new Set(recipientPrepositions);
const COPULA = new Set(copulaForms);
const SINGULAR_AUX = new Set(singularAuxiliaries);
const CLAUSE_OPENERS = new Set(auxiliaryClauseOpeners);
const CLAUSE_JOINERS = new Set(clauseJoiners);
/** Singular Konjunktiv I forms that open reported speech ("sei", "habe", "könne"); dictionary forms are tested apart. */
const SINGULAR_KONJUNKTIV = new Set(konjunktivI.filter((f) => !f.endsWith("n")));
const SUBJECT_PRONOUNS = new Set(subjectPronouns);
const NOMINATIVE_PRONOUNS = new Set(nominativeOnlyPronouns);
const SUBJECT_OPENERS = new Set(subjectOpeners);

/**
 * bare-subject: after a subordinating conjunction or a clause-opening "als" ("Als Biggi dann …", ", als Morwenna sie …"; elsewhere "als" is "as":
 * "als Putzfrau"); the verb of such a clause comes last, so no finite verb follows, and a nominalised adjective ("als Zweiter") is no subject.
 */
export const bareSubject = cueRule("bare-subject", ({tokens, i, prev, next, w}) => {
  const alsClause = prev?.lower === "als" && (!tokens[i - 2] || /^[.!?:,;]$/u.test(tokens[i - 2].text)) && !finiteVerbAt(tokens, i + 1, true) && !/(?:er|es|e|s)$/u.test(tokens[i].lower);
  return !!prev && (SUBJECT_OPENERS.has(prev.lower) || alsClause || wieClause(tokens, i)) && !!next?.word && !next.cap && !w.nounLike() && !(tokens[i].lower.length > 7 && tokens[i].lower.endsWith("e"));
});

/**
 * Whether tokens[i] follows a "wie" that opens a clause after a comma, which ends on its finite verb before the next punctuation
 * (", wie Oberwinkl heimlich Geld verschoben hatte", also a separable verb or a form in -iert: ", wie Tessmer es ausdrückt",
 * ", wie Tessmer es formuliert"): "wie" is "as" elsewhere ("Firmen wie Lindor").
 */
function wieClause(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== "wie" || tokens[i - 2]?.text !== ",") return false;
  let n = i + 1;
  while (tokens[n]?.word) n++;
  return n > i + 1 && clauseFinalVerbAt(tokens, n - 1) && !/^(?:\p{L}+-)?ge\p{L}+t$/u.test(tokens[n - 1].lower);
}

/** comma+subject+konjunktiv: reported speech after a comma ("Die These, Schlotter sei Antisemit", "Gerüchte, Pocey habe …"). */
export const commaSubjectKonjunktiv = cueRule("comma+subject+konjunktiv", ({tokens, i, prev, next, w}) =>
  prev?.text === "," && !!next?.word && !next.cap && (SINGULAR_KONJUNKTIV.has(next.lower) || isDictionaryKonjunktiv(next.lower)) && !!tokens[i + 2]?.word && !w.nounLike() && !w.eNoun() && !w.genitiveNoun() && !predicativeShape.test(w.lower));

/**
 * The kind of finite verb after a clause-initial subject ("Radinger verbuchte …", ", als Munch starb", "… stürzte und Wendrich wird …"; not "Peter und Paul"),
 * or "": the clause opens at the word (not after an ordinal: "im 19. Jahrhundert wurde …"), which is no noun, adverb, predicative or clause opener,
 * and no subject pronoun follows the verb.
 */
function clauseSubjectVerb(c: CueContext): string {
  return memo(c, "clause-subject-verb", () => {
    const {tokens, i, prev, next, third, w, lex} = c;
    const opens = !prev || (!prev.word && OPENER.test(prev.text) && !(prev.text === "." && /^\d$/u.test(tokens[i - 2]?.text ?? ""))) || (!!prev && CLAUSE_JOINERS.has(prev.lower) && !!tokens[i - 2] && tokens[i - 2].word && (!tokens[i - 2].cap || nounPhraseEnd(tokens, i - 2, lex)));
    if (!opens || !next || w.genitiveNoun() || w.nounLike() || w.eNoun() || sentenceAdverbShape.test(tokens[i].lower) || (third && third.cap && third.word && w.noun())) return "";
    if (predicativeShape.test(tokens[i].lower) || CLAUSE_OPENERS.has(tokens[i].lower)) return "";
    const kind = finiteVerbAt(tokens, i + 1, true);
    // a subject pronoun after the verb shows the word before was no subject ("Dort arbeitete er"); after a full verb "sie" and "es" may be its object ("Kowalczak traf sie")
    return third && (kind === "aux" ? SUBJECT_PRONOUNS : NOMINATIVE_PRONOUNS).has(third.lower) ? "" : kind;
  });
}

/** subject+verb: a clause-initial subject before a full finite verb (see {@link clauseSubjectVerb}). */
export const subjectVerb = cueRule("subject+verb", (c) => {
  const kind = clauseSubjectVerb(c);
  return !!kind && kind !== "aux";
});

/** subject+aux: a clause-initial subject before a singular auxiliary ("Brannigan ist Chefarzt …"). */
export const subjectAux = cueRule("subject+aux", (c) => clauseSubjectVerb(c) === "aux" && SINGULAR_AUX.has(c.next!.lower));

/**
 * The index of the finite verb before the word and its kind, or "": skipping "sich" ("bedankte sich Hollerbach") and up to two
 * particles ("meldete sich dann auch Lindqvist zu Wort").
 */
function verbBefore(c: CueContext): {verb: number; kind: string} {
  return memo(c, "verb-before", () => {
    let verb = beforeParticles(c.tokens, c.i);
    if (c.tokens[verb]?.lower === "sich") verb--;
    return {verb, kind: verb >= 0 ? finiteVerbAt(c.tokens, verb) : ""};
  });
}

/** verb+subject-(kind): verb-second inversion ("1990 wirkte Turner mit", "bedankte sich Hollerbach"); a year may follow ("verließ Gunzel 1857 sein Elternhaus"). */
export const verbSubject: CueRule = {
  id: "verb+subject",
  cue(c) {
    const {kind} = verbBefore(c);
    const {tokens, i, next, w} = c;
    return kind && kind !== "aux" && ((next?.word && !next.cap) || yearAt(tokens, i + 1)) && !w.nounLike() && !w.eNoun() && !w.genitiveNoun() ? "verb+subject-" + kind : "";
  }
};

/**
 * verb+subject+role: a role as the predicate ("1760 wurde Hasse Kapellmeister", "wurde Glaser zum Betriebsleiter"), also a word the dictionary has
 * as a noun, since a thing becomes no office; not a title a team or country wins ("wurde Wacker Meister"), not after an article, where the "verb" is an
 * attribute ("Das junge Paar Haris …"); known surnames keep their own rule. A word in -s is a name only before a role with its complement
 * ("war Dorris Vorsitzender des Vereins"), and no noun's genitive ("wurde Landes Vorsitzender des …").
 */
export const verbSubjectRole = cueRule("verb+subject+role", (c) => {
  const {verb, kind} = verbBefore(c);
  const {tokens, i, genitive, w, lex} = c;
  const beforeFinite = tokens[verb - 1];
  // a word in -s is a name before a role with a complement of its own ("war Dorris Vorsitzender des …"); before a bare role it is a possessor,
  // a place's as often as a person's ("meinte Terlachs Bürgermeister")
  return !!kind && !(genitive && (nounGenitive(w.lower, lex) || !roleWithComplement(tokens, i + 1))) && !(beforeFinite?.word && (!beforeFinite.cap || lex.nounMarkers.has(beforeFinite.lower))) && !lex.knownSurnames.has(w.lower) && !lex.register.bySurname.has(w.lower) && rolePredicateAt(tokens, i + 1);
});

/**
 * aux+subject: "1960 wurde Mahrenbach neuer Abt", "Im Mai hatte Gerstl bereits …"; not after the copula ("war Ziel heftiger Kritik", "ist Teil"),
 * where a bare noun is the predicate, but before a year or a sentence adverb ("war Preston 2004 …", "war Close bereits …").
 */
export const auxSubject = cueRule("aux+subject", (c) => {
  const {verb, kind} = verbBefore(c);
  const {tokens, i, next, w, lex} = c;
  const year = yearAt(tokens, i + 1);
  const copula = COPULA.has(tokens[verb]?.lower ?? "");
  return kind === "aux" && SINGULAR_AUX.has(tokens[verb].lower) && (!copula || year || (!!next?.word && sentenceAdverbShape.test(next.lower))) && (year || (!!next?.word && !next.cap && (!copula || !lex.nounMarkers.has(next.lower)))) &&
    !w.nounLike() && !w.eNoun() && !w.genitiveNoun() && !predicativeShape.test(tokens[i].lower);
});

/**
 * von+passive: the agent of a passive ("wird von Brannigan geleitet", "die von Halbing bedroht wurde", "wie von Halbing angekündigt",
 * "von Halbing selbst entworfen wurde", "Geleitet wird es von Halbing"; clause-shapes.ts); not "von" after a noun ("Tragödie von Doha", "Familie von Wessling").
 */
export const vonPassive = cueRule("von+passive", ({tokens, i, prev}) =>
  prev?.lower === "von" && !(tokens[i - 2]?.cap && tokens[i - 2].word && tokens[i - 2].lower !== "wie") && passiveAgentAt(tokens, i));

/** recipient+name: the addressee of "an" ("erinnerte an Reuter", "ein Brief an Hallmann"): a plain word no list gives as a noun, adjective or place. */
export const recipientName = cueRule("recipient+name", ({tokens, i, prev, next, genitive, w}) =>
  !!prev && RECIPIENT_PREPOSITIONS.has(prev.lower) && PLAIN_WORD.test(tokens[i].text) && !(next?.cap && next.word) && !genitive && !w.nounLike() && !w.eNoun() &&
  !adjectiveShape.test(w.lower) && !predicativeShape.test(w.lower) && !placeNameShape.test(w.lower));

/** Whether a word in -s is a noun or a noun's genitive by the dictionary ("Landes", "Staats"). */
function nounGenitive(lower: string, lex: PersonLexicon): boolean {
  return lex.commonNoun(lower) || lex.commonNoun(lower.slice(0, -1)) || (lower.endsWith("es") && lex.commonNoun(lower.slice(0, -2)));
}

/** Words that open a role's complement ("Vorsitzender des Vereins", "Präsident von …"). */
const ROLE_COMPLEMENT = new Set(["des", "der", "von", "vom", "im", "beim", "für"]);

/** Whether tokens[k] is a role noun with a complement after it ("Vorsitzender des …"). */
function roleWithComplement(tokens: Token[], k: number): boolean {
  return !!tokens[k] && !!roleNoun(tokens[k])?.role && ROLE_COMPLEMENT.has(tokens[k + 1]?.lower ?? "");
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

/**
 * Whether tokens[k] is a common noun after its article, so a clause ends there ("stiegen in den Bus und Tarrasch blieb …"),
 * not a name coordinated with the next ("Peter und Paul").
 */
function nounPhraseEnd(tokens: Token[], k: number, lex: PersonLexicon): boolean {
  const article = tokens[k - 1]?.word && !tokens[k - 1].cap && attributiveEnding.test(tokens[k - 1].lower) && !lex.nounMarkers.has(tokens[k - 1].lower) ? tokens[k - 2] : tokens[k - 1];
  return !!article && lex.nounMarkers.has(article.lower) && lex.commonNoun(tokens[k].lower);
}

/** Subject pronouns before an object: the nominative-only ones and "sie" (subject or object: the word after it is a name either way). */
const OBJECT_SUBJECTS = new Set([...nominativeOnlyPronouns, "sie"]);
/** Forms of "sein", "werden", "bleiben": a bare word after them and a pronoun is a predicate. */
const LINKING = /^(?:ist|war|sind|waren|wird|wurde|wurden|werden|bleibt|blieb|sei|wäre|würde)$/u;

/**
 * verb+pronoun+object: the object right after a full finite verb in second place and its subject pronoun ("Vorher empfängt er Ostrander",
 * "Dort traf er Ostrander, …"): a singular noun takes an article there, so a plain word that none of the dictionary's or endings' tests
 * gives as a noun, adjective, adverb or place, with no capitalised word after it, is a name; after "sie" it may be the subject ("Dort traf sie
 * Ostrander"), a name all the same. Not after a form of "sein", "werden" or "bleiben", whose bare complement is a predicate ("wurde er Kanzler").
 */
export const verbPronounObject = cueRule("verb+pronoun+object", ({tokens, i, prev, next, genitive, w}) => {
  if (!prev || !OBJECT_SUBJECTS.has(prev.lower) || genitive || (next?.word && next.cap) || !PLAIN_WORD.test(tokens[i].text)) return false;
  const kind = finiteVerbAt(tokens, i - 2);
  if (!kind || (kind === "aux" && LINKING.test(tokens[i - 2].lower))) return false;
  return !w.nounLike() && !w.eNoun() && !adjectiveShape.test(w.lower) && !predicativeShape.test(w.lower) && !sentenceAdverbShape.test(w.lower) && !placeNameShape.test(w.lower);
});
