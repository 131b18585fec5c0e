import {isCommonNoun} from "../lang/de/common-nouns.js";
import {givenNameGroup} from "../lang/de/given-name-variants.js";
import {ambiguousGivenNames, givenNames, packageGivenNames} from "../lang/de/given-names.js";
import {packageSurnames} from "../lang/de/package-surnames.js";
import {famousSurnames} from "../lang/de/famous-surnames.js";
import {knownSurnames} from "../lang/de/known-surnames.js";
import {mononyms} from "../lang/de/mononyms.js";
import {organisationNames} from "../lang/de/organisation-names.js";
import {placeNames} from "../lang/de/place-names.js";
import {productAndMediaNames} from "../lang/de/non-person-names.js";
import {englishPlaceNouns} from "../lang/de/english-place-nouns.js";
import {nameParticles, nonPersonWords, nounMarkers, personVerbs} from "../lang/de/non-person-words.js";
import {indexRegister, type RegisterIndex, type RegisterPerson} from "./register.js";

/** Everything the mention finder looks words up in. */
export interface PersonLexicon {
  givenNames: ReadonlySet<string>;
  ambiguousGivenNames: ReadonlySet<string>;
  givenNameGroup: ReadonlyMap<string, string>;
  /** Given names of a package's lists (words of other languages among them): counted only before a surname (see package-given.ts). */
  packageGivenNames: {has(lower: string): boolean};
  knownSurnames: ReadonlySet<string>;
  /** German family names of a package's list, many of them nouns too ("Fischer", "Koch"): read only by the veto initial-adjective (mention-vetoes.ts). */
  packageSurnames: {has(lower: string): boolean};
  nonPersonWords: ReadonlySet<string>;
  /** Places and organisations (countries, cities, firms, clubs): a lone word among them takes no cue for a bare name ("Honda will …"), a full name keeps its surname ("Irving Berlin"). */
  placesAndOrganisations: ReadonlySet<string>;
  nounMarkers: ReadonlySet<string>;
  personVerbs: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  /** Whether a lower-cased word is a German common noun (dictionary form or compound with a noun head). */
  commonNoun: (lower: string) => boolean;
  register: RegisterIndex;
  /** Names of data/organisations.yaml, lower-cased: a lone one is never a person ("Verdi fordert …"), see organisation-names.ts. */
  organisations: ReadonlySet<string>;
}

/** Known surnames, surnames of widely known people ("Gorbatschow", "Rothko") and persons known by one name ("Attila", "Demeter"). */
const knownNames: ReadonlySet<string> = new Set([...knownSurnames, ...famousSurnames, ...mononyms]);

const placesAndOrganisations: ReadonlySet<string> = new Set([...placeNames, ...organisationNames]);

/** Words never a person's name on their own, with names of software, devices and media outlets ("unter Windows", "berichtet Wired") and English nouns of places ("Lounge"). */
const nonPersonNames: ReadonlySet<string> = new Set([...nonPersonWords, ...productAndMediaNames, ...englishPlaceNouns]);

const cache = new WeakMap<readonly RegisterPerson[], {organisations: readonly string[]; lexicon: PersonLexicon}>();

/** The default register and organisation list: one array each, so calls that leave them out share one cached lexicon. */
const NO_PEOPLE: readonly RegisterPerson[] = [];
const NO_ORGANISATIONS: readonly string[] = [];

/**
 * The German person lexicon with a register's names and the organisations of data/organisations.yaml added (built once per
 * register and list, by identity: pass the same arrays again, as a Config does, to get the same lexicon).
 */
export function personLexicon(register: readonly RegisterPerson[] = NO_PEOPLE, organisations: readonly string[] = NO_ORGANISATIONS): PersonLexicon {
  const hit = cache.get(register);
  if (hit && hit.organisations === organisations) return hit.lexicon;
  const lexicon: PersonLexicon = {
    givenNames, ambiguousGivenNames, givenNameGroup, packageGivenNames: packageGivenNames(), knownSurnames: knownNames, packageSurnames: packageSurnames(), nonPersonWords: nonPersonNames, placesAndOrganisations, nounMarkers, personVerbs, nameParticles, commonNoun: isCommonNoun,
    register: indexRegister(register), organisations: new Set(organisations.map((o) => o.toLowerCase()))
  };
  cache.set(register, {organisations, lexicon});
  return lexicon;
}
