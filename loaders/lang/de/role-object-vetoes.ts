/**
 * Person vetoes on a word the cue role+name took for a name although it is a noun of the clause: an institution or
 * treaty whose name a capitalised attribute opens ("der Oberste Gerichtshof", "im Westrichter Vertrag"), or the object
 * of a verb after a role with an indefinite article ("einem Kollegen Recht geben"). Plain objects with ids, tried in
 * the order of `personVetoes` in ./index.ts; the nouns are plain data.
 */
import type {MentionVeto} from "../../people/mention-vetoes.js";
import type {PersonLexicon} from "../../people/lexicon.js";
import {familyNameNoun} from "../../people/family-name-noun.js";
import {strongNounEnding} from "./bare-name-words.js";
import {isDictionaryNounForm} from "./common-nouns.js";
import {organisationNounEndings} from "./non-person-names.js";

/**
 * Heads of nouns of institutions, courts, authorities and treaties, lower case: as the whole word or a compound's head
 * ("Gerichtshof", "Verwaltungsgericht", "Landesamt", "Grundlagenvertrag") they name no person. A role's word before one
 * is an attribute of the institution's name ("der Oberste Gerichtshof") or a misread place adjective ("im Westrichter
 * Vertrag" of a town Westricht, where "-richter" looks like a role). Heads that are also family names ("Hof", "Kammer") are matched
 * as a compound's head only.
 */
export const institutionHeads: readonly string[] = (
  "gericht gerichtshof behörde ministerium kommission ausschuss vertrag abkommen gesetz parlament regierung verwaltung " +
  "direktion polizei staatsanwaltschaft rechnungshof bundesamt landesamt"
).split(" ");

/** Heads of {@link institutionHeads}-like nouns matched as a compound's head only, being family names as whole words. */
export const compoundOnlyInstitutionHeads: readonly string[] = ["hof", "amt", "kammer", "senat"];

/** Articles and pronouns of an indefinite noun phrase in any case ("ein", "einem", "keinen"). */
export const indefiniteDeterminers: readonly string[] = ["ein", "eine", "einem", "einen", "einer", "eines", "kein", "keine", "keinem", "keinen", "keiner", "keines"];

const WHOLE_OR_HEAD = new RegExp(`^(?:\\p{L}*-?)(?:${institutionHeads.join("|")})(?:e?s|en|e)?$`, "u");
const HEAD_ONLY = new RegExp(`^\\p{L}{3,}-?(?:${compoundOnlyInstitutionHeads.join("|")})(?:e?s|en|e|ern|er)?$`, "u");
const INDEFINITE = new Set(indefiniteDeterminers);
/** An inflected attributive adjective ("weiteren", "neuer", "anderem"). */
const ATTRIBUTIVE = /\p{L}{2,}(?:e|en|em|er|es)$/u;

/** Whether a lower-case word is no surname the lexicon or register knows. */
const unknownSurname = (lower: string, lex: PersonLexicon): boolean => !lex.knownSurnames.has(lower) && !lex.register.bySurname.has(lower);

/**
 * institution-after-role: a lone word a role took for a name that is a noun of an institution or treaty, whole or as a
 * compound's head ("der Oberste Gerichtshof", "das Oberste Landesamt", "im Westrichter Vertrag"): the institution, no person.
 */
export const institutionAfterRole: MentionVeto = {
  id: "institution-after-role",
  yieldsToTextSurname: true,
  test: ({tokens, first, last, rule, lex}) => {
    if (first !== last || rule !== "role+name") return false;
    const lower = tokens[first].lower;
    return (WHOLE_OR_HEAD.test(lower) || HEAD_ONLY.test(lower)) && unknownSurname(lower, lex);
  }
};

/**
 * object-after-indefinite-role: a lone dictionary noun a role took for a name where an indefinite article or "kein-" opens
 * the role, maybe before attributes ("als er einem anderen Kollegen Platz machte", "gab keinem Kunden Recht"): a role with an indefinite article is no
 * apposition to a name but a noun phrase of its own, and the noun after it an object. A trade's family name ("Fischer") or a
 * surname the lexicon or register knows stays, and so does "ein Herr Lindner", whose honorific is no role of that kind.
 */
export const objectAfterIndefiniteRole: MentionVeto = {
  id: "object-after-indefinite-role",
  yieldsToTextSurname: true,
  test: ({tokens, first, last, rule, lex}) => {
    if (first !== last || rule !== "role+name") return false;
    // the determiner, maybe before lower-case attributes ("einem weiteren Spieler")
    let k = first - 2;
    while (k > first - 5 && tokens[k]?.word && !tokens[k].cap && ATTRIBUTIVE.test(tokens[k].lower) && !INDEFINITE.has(tokens[k].lower)) k--;
    if (!INDEFINITE.has(tokens[k]?.lower ?? "")) return false;
    const lower = tokens[first].lower;
    return (isDictionaryNounForm(lower) || strongNounEnding.test(lower)) && !familyNameNoun.applies(lower, lex) && unknownSurname(lower, lex);
  }
};

/** A noun of a firm, club, union or outlet ("Gewerkschaft", "Softwarefirma", "Fußballverein"), whole or as a compound's head. */
const ORGANISATION_NOUN = new RegExp(`^\\p{L}*(?:${organisationNounEndings.join("|")})(?:e?s|en)?$`, "u");

/**
 * organisation-after-particle: a surname with particles whose last word is a noun of an organisation or has an ending only
 * nouns have ("dieser Herr von der Lehrergewerkschaft", "eine Frau von der Stadtverwaltung"): "von der" opens where the person
 * comes from, not a family name ("von der Leyen", "von der Heide" stay).
 */
export const organisationAfterParticle: MentionVeto = {
  id: "organisation-after-particle",
  test: ({tokens, last, rule}) => rule === "particle+surname" && (ORGANISATION_NOUN.test(tokens[last].lower) || strongNounEnding.test(tokens[last].lower))
};
