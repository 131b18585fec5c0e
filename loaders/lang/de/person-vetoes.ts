/**
 * Person vetoes of the German language: a lone capitalised word a cue took for a name that names no person.
 * Plain objects with ids, tried in the order of `personVetoes` in ./index.ts after the vetoes of
 * loaders/people/mention-vetoes.ts; lexicons are plain data in the files beside this one.
 */
import type {MentionVeto} from "../../people/mention-vetoes.js";
import {englishFunctionWords} from "./closed-class.js";
import {languageNames} from "./language-names.js";
import {speechObjectNouns} from "./speech-objects.js";
import {afterPlaceNoun} from "../../people/place-names.js";
import {attributiveEnding} from "./inflection.js";
import {organisationNounEndings, playerNouns, teamStandingNouns} from "./non-person-names.js";
import {singularRoleCopulas} from "./person-roles.js";
import {namedThingNouns, wholeWordThingNouns} from "./named-thing-nouns.js";
import {compoundOnlyPlaceHeads, namedPlaceHeads, wholeWordPlaceHeads} from "./named-place-heads.js";

const LANGUAGES = new Set(languageNames);
const ENGLISH = new Set(englishFunctionWords);
const SPEECH_OBJECTS = new Set(speechObjectNouns);
/** Cues that name a person by a role, bracket or apposition: a language name there is a person's surname ("Autor Deutsch"). */
const NAMING_CUES = new Set(["role+name", "name+bracket", "name+apposition", "register"]);
/** Cues that read the word after a speech verb. */
const AFTER_SPEECH_VERB = new Set(["speech-verb+name"]);

/**
 * language-name: a lone word that names a language ("Swahili wird an der Küste gesprochen", "Russisch lernen"), unless a
 * role, bracket or apposition names a person, or the word is also a given name ("Maya", "Tamil").
 */
export const languageName: MentionVeto = {
  id: "language-name",
  test: ({tokens, first, last, rule, lex}) =>
    first === last && LANGUAGES.has(tokens[first].lower) && !NAMING_CUES.has(rule) && !lex.givenNames.has(tokens[first].lower)
};

/** speech-object-noun: a lone noun right after a speech verb that names what is said, its object ("spricht Bände", "gab Auskunft"). */
export const speechObjectNoun: MentionVeto = {
  id: "speech-object-noun",
  test: ({tokens, first, last, rule}) => first === last && AFTER_SPEECH_VERB.has(rule) && SPEECH_OBJECTS.has(tokens[first].lower)
};

/**
 * english-title: a lone word right after an English function word ("The Vandermeer Files", "Return of Vandermeer"): a German text
 * quotes an English title or name there, whose words name no person of the text; a role, bracket or apposition still names one.
 */
export const englishTitle: MentionVeto = {
  id: "english-title",
  test: ({tokens, first, last, rule}) => first === last && first > 0 && ENGLISH.has(tokens[first - 1].text) && !NAMING_CUES.has(rule)
};

/** Colours that name parties, and their coalitions by a compound of two or more ("Rot-Grün", "Schwarz-Blau", "Türkis-Grün"). */
const PARTY_COLOURS = new Set(["rot", "schwarz", "grün", "blau", "gelb", "pink", "türkis", "orange", "lila", "violett", "weiß"]);

/** colour-coalition: a lone compound of party colours ("wurde von Rot-Grün abgelehnt", "Schwarz-Blau will …"): a coalition, no person. */
export const colourCoalition: MentionVeto = {
  id: "colour-coalition",
  test: ({tokens, first, last}) => {
    if (first !== last) return false;
    const parts = tokens[first].lower.split("-");
    return parts.length > 1 && parts.every((p) => PARTY_COLOURS.has(p));
  }
};

/**
 * given-name-place: a lone given name right after a place's or institution's noun in its base form ("die Hauptstadt Victoria",
 * "die Gemeinde Florian", "die Insel Helena"; loaders/people/place-names.ts): the place's name. A name with a surname is left alone.
 */
export const givenNamePlace: MentionVeto = {
  id: "given-name-place",
  test: ({tokens, first, last, rule}) => first === last && rule === "given-name" && afterPlaceNoun(tokens, first)
};

/** "Tochter" and its plural, also a firm's subsidiary ("die rumänische Tochter Lindor"). */
const DAUGHTER = new Set(["tochter", "töchter", "töchtern"]);
/** An attribute of a country, region or town in -isch or -er ("rumänischen", "amerikanische", "Schweizer", "Wiener"). */
const PLACE_ATTRIBUTE = /^(?:\p{Ll}+ische[nmrs]?|\p{Lu}\p{Ll}+er)$/u;

/**
 * subsidiary: a lone word a role took for a name after "Tochter" whose attribute is a country's or town's ("der rumänischen Tochter Lindor",
 * "die Schweizer Tochter Wettau"): a firm's subsidiary. A person's daughter takes a possessive or a genitive ("seine Tochter Malwine").
 */
export const subsidiary: MentionVeto = {
  id: "subsidiary",
  test: ({tokens, first, last, rule}) => first === last && rule === "role+name" && DAUGHTER.has(tokens[first - 1]?.lower ?? "") && PLACE_ATTRIBUTE.test(tokens[first - 2]?.text ?? "")
};

/** A noun of a work's title, also as a compound's head ("Titel", "Untertitel", "Arbeitstitel", "Buchtitel"). */
const TITLE_NOUN = /^(?:\p{L}+-?)?titel[ns]?$/u;

/**
 * work-title: a name right after a noun of a title ("ein Buch mit dem Titel Jonas Brandt – Ein Leben", "unter dem Arbeitstitel Wendrakow"):
 * the title of a work, which names no person of the text.
 */
export const workTitle: MentionVeto = {
  id: "work-title",
  test: ({tokens, first}) => {
    const before = tokens[first - 1];
    return !!before?.cap && before.word && TITLE_NOUN.test(before.lower);
  }
};

const THING_NOUNS = new Set(namedThingNouns);
const WHOLE_WORD_THINGS = new Set(wholeWordThingNouns);
/** A compound whose head is a noun of a work or named thing ("Kriminalroman", "Orkantief"). */
const THING_COMPOUND = new RegExp(`^\\p{L}+-?(?:${namedThingNouns.filter((n) => !WHOLE_WORD_THINGS.has(n)).join("|")})$`, "u");
/** Whether a token is a capitalised noun of a work or a named thing, as a word or a compound's head. */
const thingNoun = (t: {lower: string; word: boolean; cap: boolean} | undefined): boolean =>
  !!t?.word && t.cap && (THING_NOUNS.has(t.lower) || THING_COMPOUND.test(t.lower));
/** Cues that name a person by a role, bracket or apposition, kept after a noun of a work or thing. */
const PERSON_NAMING_CUES = new Set(["name+bracket", "name+apposition", "register"]);

/**
 * named-thing: a name right after a noun of a work, storm or vessel in apposition ("der Roman Effi Lindner", "die Oper Clara", "der Sturm
 * Kyrill", "das Schiff Queen Lindor"), or a name whose first word a run took for a given name is such a noun after an article or
 * possessive ("den Roman Effi Lindner"): the work or thing, not a person of the text. Not a name in -s, the author or owner ("der
 * Film Jonas Brandts"), nor one a bracket or apposition names as a person.
 */
export const namedThing: MentionVeto = {
  id: "named-thing",
  test: ({tokens, first, last, rule}) => {
    if (tokens[last].lower.endsWith("s") || PERSON_NAMING_CUES.has(rule)) return false;
    if (thingNoun(tokens[first - 1])) return true;
    return last > first && thingNoun(tokens[first]) && !!tokens[first - 1]?.word && !tokens[first - 1].cap && PREDICATE_OPENERS.has(tokens[first - 1].lower);
  }
};

/** Cues read off word order alone (a subject before or after its verb): the word is a person's name by its place only. */
const WORD_ORDER_RULE = /^(?:subject\+|verb\+subject|aux\+subject|bare-subject|pronoun-object\+subject)/u;
/** Forms of "sein", "werden", "bleiben" and "gelten" that link the subject to what it is or becomes. */
const LINKING_VERBS = new Set([...singularRoleCopulas, "wird", "wurde", "gilt", "galt"]);
/** Words that open the predicate's noun phrase ("ein", "zur", "als"). */
const PREDICATE_OPENERS = new Set(["ein", "eine", "einer", "der", "die", "das", "zum", "zur", "als"]);
/** A noun of a firm, airline, club or outlet, also as a compound's head ("Fluggesellschaft", "Softwarefirma"). */
const ORGANISATION_NOUN = new RegExp(`^\\p{L}*(?:${organisationNounEndings.join("|")})$`, "u");
/** The most tokens between the name and the linking verb of its clause. */
const CLAUSE_REACH = 25;

/**
 * organisation-predicate: a lone word a word-order cue took for a subject whose clause says it is or becomes a firm, club or outlet
 * ("1961 kaufte Lindora die Firma auf und wurde damit zur größten Fluggesellschaft", "Wettau ist ein Softwareunternehmen"): the
 * predicate names what the subject is. The clause ends at any punctuation but a bracket: after a comma another clause may have a subject
 * of its own ("Lindner sagte, die Bahn ist ein Staatsunternehmen").
 */
export const organisationPredicate: MentionVeto = {
  id: "organisation-predicate",
  test: ({tokens, first, last, rule}) => {
    if (first !== last || !WORD_ORDER_RULE.test(rule)) return false;
    for (let k = last + 1; k < tokens.length && k <= last + CLAUSE_REACH; k++) {
      const t = tokens[k];
      if (!t.word && /^[.,;:!?]$/u.test(t.text)) return false;
      if (LINKING_VERBS.has(t.lower)) return organisationAt(tokens, k + 1);
    }
    return false;
  }
};

/** Whether tokens from k hold at most two adverbs, an opener, at most three attributes and a noun of an organisation ("damit zur größten Fluggesellschaft"). */
function organisationAt(tokens: readonly {text: string; lower: string; word: boolean; cap: boolean}[], k: number): boolean {
  let n = k;
  while (n < k + 2 && tokens[n]?.word && !tokens[n].cap && !PREDICATE_OPENERS.has(tokens[n].lower)) n++;
  if (!PREDICATE_OPENERS.has(tokens[n]?.lower ?? "")) return false;
  const opener = n++;
  while (n <= opener + 3 && tokens[n]?.word && !tokens[n].cap && attributiveEnding.test(tokens[n].lower)) n++;
  const t = tokens[n];
  return !!t?.word && t.cap && ORGANISATION_NOUN.test(t.lower);
}

/** A noun of a team's promotion, relegation, league standing or cup, also as a compound's head ("Aufstieg", "Klassenerhalt", "DFB-Pokal"). */
const TEAM_STANDING = new RegExp(`^(?:\\p{L}+-?)?(?:${teamStandingNouns.join("|")})(?:s|es|e|en)?$`, "u");
/** A noun of a player in the clause ("seinen Landsmann", "die Titelverteidigerin", also as a compound's head): the subject is a person. */
const PLAYER = new RegExp(`^(?:\\p{L}+-?)?(?:${playerNouns.join("|")})(?:n|en|nen)?$`, "u");
/** Prepositions that put a player with a team ("schaffte mit Lindau den Aufstieg"): the standing is the team's, the word a person's. */
const WITH_TEAM = new Set(["mit", "bei", "für"]);
/** Punctuation that ends a clause. */
const CLAUSE_MARK = /^[.,;:!?]$/u;

/**
 * team-standing: a lone word a word-order cue took for a subject whose clause goes on to a team's promotion, relegation, standing or cup
 * ("1931 erreichte Wettau das Finale um den Pokal", "ob Wettau trotz des Abstiegs …"): a club, not a person. Not where the clause names
 * another capitalised word after "mit", "bei" or "für" ("Danach schaffte Ostrander mit Wettau den Aufstieg"), the team of a player, nor a
 * player's noun (playerNouns: "schlug im Pokal seinen Landsmann"); not a surname the lexicon or register knows ("Im Finale gewann
 * Berger den Pokal"), which names a person. A full name (given name and surname) is never read here.
 */
export const teamStanding: MentionVeto = {
  id: "team-standing",
  yieldsToTextSurname: true,
  test: ({tokens, first, last, rule, lex}) => {
    if (first !== last || !WORD_ORDER_RULE.test(rule)) return false;
    const lower = tokens[first].lower;
    if (lex.knownSurnames.has(lower) || lex.register.bySurname.has(lower)) return false;
    let standing = false;
    for (let k = first + 1; k < tokens.length && k <= first + CLAUSE_REACH && !CLAUSE_MARK.test(tokens[k].text); k++) {
      const t = tokens[k];
      if (WITH_TEAM.has(t.lower) && tokens[k + 1]?.cap && tokens[k + 1].word) return false;
      if (t.cap && t.word && PLAYER.test(t.lower)) return false;
      if (t.cap && t.word && TEAM_STANDING.test(t.lower)) standing = true;
    }
    return standing;
  }
};

const PLACE_HEADS = new Set(namedPlaceHeads);
const WHOLE_WORD_HEADS = new Set(wholeWordPlaceHeads);
/** A compound whose head is a noun of a street, building, institution or award named after a person ("Grundschule", "Gedächtniskirche"). */
const PLACE_COMPOUND = new RegExp(`^\\p{L}+-?(?:${[...namedPlaceHeads, ...compoundOnlyPlaceHeads].filter((h) => !WHOLE_WORD_HEADS.has(h)).join("|")})$`, "u");

/**
 * named-place: a name right before a noun of a street, square, building, institution, society or award written as a word of its own
 * ("in der Ilse Wendt Straße", "das Jonas Brandt Archiv", "die Clara Lindner Gesellschaft", "die Otto Kessler Grundschule"; not a name in -s, the owner: "Wendts Oper"),
 * or a name whose last word a run took for a surname is such a noun (not a listed family name): the name of the place or body, not a person of the text.
 */
export const namedPlace: MentionVeto = {
  id: "named-place",
  test: ({tokens, first, last, lex}) => {
    const after = tokens[last + 1];
    if (tokens[last].lower.endsWith("s")) return false;
    if (after?.word && after.cap && (PLACE_HEADS.has(after.lower) || PLACE_COMPOUND.test(after.lower))) return true;
    return last > first && PLACE_HEADS.has(tokens[last].lower) && !lex.packageSurnames.has(tokens[last].lower) && !lex.knownSurnames.has(tokens[last].lower);
  }
};
