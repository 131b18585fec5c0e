import type {PersonLexicon} from "./lexicon.js";
import {givenNameGender} from "../quotes/gender.js";
import {roleAround} from "./role-context.js";
import {feminineRole} from "./roles.js";
import type {Token} from "./tokens.js";
import {listOf} from "../text/lists.js";
import {surnameOpeningParticles} from "../lang/de/name-particles.js";

/** Capitalised particles that open a Hebrew or Arabic surname ("Ben", "Abu"). */
const OPENING = new Set(surnameOpeningParticles.map((p) => p[0].toUpperCase() + p.slice(1)));

/** A mention a veto of mention-vetoes.ts dropped: its span, the rule that found it and the veto's id. */
export interface VetoedMention {
  start: number;
  end: number;
  surface: string;
  rule: string;
  veto: string;
}

/** A person mention found in the text, before identities are merged. */
export interface FoundMention {
  start: number;
  end: number;
  surface: string;
  /** Given names as written ("Dmitri"), possibly empty. */
  given: string[];
  /** Surname as written ("Peskow"), "" when only a given name is known. */
  surname: string;
  /** Register id when the register names this form, else "". */
  registerId: string;
  /** Roles the text gives next to the name ("Außenminister", "Direktor der CIA"). */
  roles: string[];
  affiliation: string;
  /** The words the affiliation was read from ("US-", "russische"). */
  affiliationCue: string;
  rule: string;
  /** Index of the span (sentence) the mention lies in. */
  span: number;
  /** Token range within that span. */
  first: number;
  last: number;
}

/**
 * Cues that name a person by what the text says of the word (a role, a speech verb, an age or party in
 * brackets, a citation), not by word order alone: a bare name they find is taken up again elsewhere in the text.
 */
export const PERSON_CUES: ReadonlySet<string> = new Set(["role+name", "role+quoted-name", "name+als-role", "name+speech-verb", "speech-verb+name", "reporter+name", "name+bracket", "name+zufolge", "author+citation", "name+colon", "name+apposition", "person-verb"]);

/** The mention of tokens[first..last] in span `span`, with the roles and affiliation the words around it give. */
export function finish(text: string, tokens: Token[], first: number, last: number, span: number, given: string[], surname: string, registerId: string, rule: string, lex: PersonLexicon): FoundMention {
  const start = tokens[first].start;
  const end = tokens[last].end;
  // "Daniel Ben Avi", "Karim Abu Tarab": a particle read as a further given name opens the surname
  if (given.length >= 2 && surname && OPENING.has(given[given.length - 1])) {
    surname = `${given[given.length - 1]} ${surname}`;
    given = given.slice(0, -1);
  }
  const context = roleAround(tokens, first, last, lex);
  // a woman's adjectival role in a case that does not show it ("der Landesvorsitzenden Anna Roth zufolge")
  const roles = given.length && givenNameGender(given[0]) === "f" ? context.roles.map(feminineRole) : context.roles;
  return {
    // empty lists stored like filled ones, so that code reading mentions sees one array shape (text/lists.ts)
    start, end, surface: text.slice(start, end), given: listOf(given), surname, registerId,
    roles: listOf(roles), affiliation: context.affiliation, affiliationCue: context.cue, rule, span, first, last
  };
}

/** The texts of tokens[from..to) (a plain loop: no slice and map per mention). */
export function textsOf(tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(tokens[k].text);
  return out;
}

/** The texts of tokens[from..to] joined by one space. */
export function joinedText(tokens: Token[], from: number, to: number): string {
  let out = tokens[from].text;
  for (let k = from + 1; k <= to; k++) out += " " + tokens[k].text;
  return out;
}
