import {listOf} from "../text/lists.js";
import {analysedSentences} from "../article.js";
import type {ArticleExtractor} from "../pipeline.js";
import type {MentionRow} from "../types.js";
import {type PersonLexicon, personLexicon} from "./lexicon.js";
import {mediatedTalks, mediatingSides, mediatorCues, representsMediator} from "./mediator-cues.js";
import {delegationLedAt, delegationUnderAt, type NegotiatorSide, negotiatorSide} from "./negotiator-side.js";
import {type FoundMention, findMentions} from "./mentions.js";
import {surnameCore} from "./names.js";
import {negotiatorRules} from "./negotiator.js";
import {familyNames} from "./family-relation.js";
import {registerBodies, registerBodyOf} from "./register-body.js";
import {articleOrganisationOf} from "./article-organisation.js";
import type {Token} from "./tokens.js";

/** Provisional id of a mention that the register does not name: "~Given|Surname" (either part may be empty). */
export function provisionalId(given: string, surname: string): string {
  return `~${given}|${surname}`;
}

/**
 * Person mentions in body sentences, with roles, affiliation and negotiator
 * or mediator flags (negotiatorRules). person_id is the register id when the register names the mention,
 * else a provisional key that the `people` corpus step merges and rewrites.
 * A bare surname takes the key of the article's full name with that surname; a lone given name after a possessive and a
 * noun of kin ("dessen Tochter Lea") that of the article's full name of that given name in the family, else its family name
 * rides in the key ("~Lea|~Weber") for the corpus step (mergeNames).
 */
export const peopleExtractor: ArticleExtractor = {
  name: "people",
  version: 1,
  run(article, config) {
    const lex = personLexicon(config.people, config.organisations);
    const sentences = analysedSentences(article);
    const tokensBySpan: Token[][] = [];
    const found = findMentions(article.text, sentences, lex, tokensBySpan);
    const negotiators = new Map<FoundMention, string>();
    const bySpan = new Map<number, FoundMention[]>();
    for (const m of found) {
      const list = bySpan.get(m.span);
      if (list) list.push(m);
      else bySpan.set(m.span, [m]);
    }
    for (const [span, mentions] of bySpan) {
      for (const [m, rule] of negotiatorRules(tokensBySpan[span], mentions, tokensBySpan[span - 1])) negotiators.set(m, rule);
    }
    const sides = talksSides(bySpan, tokensBySpan, negotiators, lex);
    // full names of this article by surname, to resolve bare surnames ("Peskow" after "Dmitri Peskow")
    const full = fullNamesBy(found, (m) => surnameCore(m.surname).toLowerCase(), sameName);
    const names = articleNames(found);
    // full names by their first given name; forms of one person (same surname core or register id) count once
    const byGiven = fullNamesBy(found, (m) => m.given[0].toLowerCase(), (seen, m) => surnameCore(seen.surname).toLowerCase() === surnameCore(m.surname).toLowerCase() || (seen.registerId !== "" && seen.registerId === m.registerId));
    const families = familyNames(found, tokensBySpan, lex.givenNames);
    const bodies = registerBodies(config.people);
    const mentions: MentionRow[] = found.map((found1) => {
      const family = families.get(found1);
      // a word of kin's name read as a bare surname is its given name ("dessen Tochter Lena")
      const m = family && !found1.given.length ? {...found1, given: [found1.surname], surname: ""} : found1;
      const surname = family ? "" : asSurname(m, names);
      const alone = family ? m.given[0].toLowerCase() : surname && full.has(surnameCore(surname).toLowerCase()) ? "" : givenAlone(m, names, full);
      // "dessen Tochter Lea": the article's full name of that given name in the family, else its one full name of that given name
      const owner = family
        ? kinIn(found, m.given[0], family) ?? sameFamily(byGiven.get(alone), family)
        : alone ? byGiven.get(alone) ?? undefined : surname ? full.get(surnameCore(surname).toLowerCase()) : undefined;
      const given = firstGiven(owner ? owner.given : surname ? [] : m.given);
      const registerId = m.registerId || owner?.registerId || "";
      // without one, the family name goes to the corpus step in the provisional id ("~Lea|~Weber"), to join a "Lea Weber" named elsewhere
      const rule = negotiators.get(found1) ?? "";
      // the side a negotiator's clause names ("Für die Hamas verhandelt …"), where the words around the name gave none
      const side = sides.get(found1);
      // "Sprecherin der Kommission" in an article naming the EU: the register's one "EU-Kommission" (register-body.ts)
      // "Verbandspräsidentin" in an article naming one "Verband Familienbetriebe Nord" (article-organisation.ts)
      const registered = m.affiliation || side?.side ? null : registerBodyOf(m.roles, article.text, bodies, m.start);
      const named = m.affiliation || side?.side || registered ? null : articleOrganisationOf(m.roles, article.text, m.start);
      // the cue names the rule and the words it was read from: the role and the organisation's words ("Kommissionssprecherin / EU-Kommission")
      const body = registered ? {...registered, rule: "affiliation:register-body"} : named ? {...named, rule: "affiliation:article-organisation"} : null;
      const affiliation = m.affiliation || side?.side || body?.affiliation || "";
      const affiliationCue = m.affiliation ? m.affiliationCue : side ? `${side.rule}: ${side.cue}` : body ? `${body.rule}: ${body.cue} / ${body.words}` : "";
      const roles = !m.roles.length && side?.role ? [side.role] : m.roles;
      const provisionalSurname = owner?.surname || surname || m.surname || (family ? `~${family}` : "");
      return {
        article_id: article.id,
        person_id: registerId || provisionalId(given, provisionalSurname),
        start: m.start, end: m.end, surface: m.surface,
        role: roles.join("; "),
        given, surname: owner?.surname || surname || m.surname,
        affiliation, affiliation_cue: affiliationCue,
        negotiator: rule.startsWith("negotiator:") ? rule : "",
        mediator: rule.startsWith("mediator:") ? rule : "",
        rule: m.rule
      };
    });
    // an article without mentions passes an empty list stored like a filled one (text/lists.ts) to the quotes it is read by
    return {mentions: listOf(mentions)};
  }
};

/**
 * Mediators and negotiators' sides of one article, in place on `negotiators`: a mediator cue (mediator-cues.ts: "gilt als Vermittler",
 * "pendelte zwischen den Delegationen", "Geleitet werden die Gespräche von …" in an article about mediated talks) makes the mention a
 * mediator whatever a negotiator rule said; so does a state office of a country the article says mediates ("mediator:country"); a name after "Delegation unter" negotiates ("negotiator:delegation-under"). Returns the side
 * the clause of each negotiator names (negotiator-side.ts).
 */
function talksSides(bySpan: ReadonlyMap<number, FoundMention[]>, tokensBySpan: Token[][], negotiators: Map<FoundMention, string>, lex: PersonLexicon): Map<FoundMention, NegotiatorSide> {
  const mediated = mediatedTalks(tokensBySpan);
  const countries = mediated ? mediatingSides(tokensBySpan) : new Set<string>();
  const sides = new Map<FoundMention, NegotiatorSide>();
  for (const [span, mentions] of bySpan) {
    const tokens = tokensBySpan[span];
    for (const [m, rule] of mediatorCues(tokens, mentions, mediated)) negotiators.set(m, rule);
    // "unter Vermittlung Katars": the holder of a state office of a mediating country, where no rule made it a side's negotiator
    for (const m of mentions) if (!negotiators.has(m) && countries.size && representsMediator(m, countries, lex.register.people.get(m.registerId)?.affiliation ?? "")) negotiators.set(m, "mediator:country");
    for (const m of mentions) {
      if (!negotiators.has(m) && delegationUnderAt(tokens, m)) negotiators.set(m, "negotiator:delegation-under");
      else if (!negotiators.has(m) && delegationLedAt(tokens, m)) negotiators.set(m, "negotiator:delegation-led");
      const rule = negotiators.get(m) ?? "";
      const side = rule.startsWith("negotiator:") ? negotiatorSide(tokens, m, rule, lex) : null;
      if (side) sides.set(m, side);
    }
  }
  return sides;
}

/** What one article's names give, in lower case: surnames by their last word, surnames with particles, first given names of full names. */
interface ArticleNames {
  surnames: Set<string>;
  withParticles: Set<string>;
  fullGiven: Set<string>;
}

function articleNames(found: readonly FoundMention[]): ArticleNames {
  const names: ArticleNames = {surnames: new Set(), withParticles: new Set(), fullGiven: new Set()};
  for (const m of found) {
    if (!m.surname) continue;
    const core = surnameCore(m.surname);
    names.surnames.add(core.toLowerCase());
    if (core !== m.surname) names.withParticles.add(m.surname.toLowerCase());
    if (m.given.length) names.fullGiven.add(m.given[0].toLowerCase());
  }
  return names;
}

/**
 * The surname a name-only mention stands for in its article, or "" when it has
 * a given name:
 * - a bare surname as it is, or its stem when it is a genitive in -s of a surname
 *   the article also gives ("Badawis" beside "Badawi");
 * - a lone given name that is the surname of a full name in the article and the
 *   first given name of none ("Gabriel" after "Sigmar Gabriel", not "Michael"
 *   after "Michael Heinz");
 * - particles read as given names before a surname that the article gives with
 *   those particles ("De Masi" at a sentence start after "Fabio De Masi").
 */
export function asSurname(m: Pick<FoundMention, "given" | "surname">, names: ArticleNames): string {
  if (!m.given.length) {
    const s = m.surname;
    if (s.length > 4 && s.endsWith("s") && names.surnames.has(surnameCore(s).slice(0, -1).toLowerCase())) return s.slice(0, -1);
    return s;
  }
  if (m.surname) {
    const withParticles = `${m.given.join(" ")} ${m.surname}`;
    return names.withParticles.has(withParticles.toLowerCase()) ? withParticles : "";
  }
  if (m.given.length !== 1) return "";
  const word = m.given[0].toLowerCase();
  return names.surnames.has(word) && !names.fullGiven.has(word) ? m.given[0] : "";
}

/** The full name `owner` when its surname is the family's ("Lea Weber" for a Lea of the Webers), else undefined: a relative never joins another family's namesake. */
function sameFamily(owner: FoundMention | null | undefined, family: string): FoundMention | undefined {
  return owner && surnameCore(owner.surname).toLowerCase() === surnameCore(family).toLowerCase() ? owner : undefined;
}

/**
 * Full names (a given name and a surname) of an article by `key` (lower case), null where two people of the article
 * share a key ("Lea Brandt" and "Lea Vossen" by given name); a mention `same` finds to be the first one's person counts once.
 */
function fullNamesBy(found: readonly FoundMention[], key: (m: FoundMention) => string, same: (seen: FoundMention, m: FoundMention) => boolean): Map<string, FoundMention | null> {
  const byKey = new Map<string, FoundMention | null>();
  for (const m of found) {
    if (!m.given.length || !m.surname) continue;
    const k = key(m);
    const seen = byKey.get(k);
    byKey.set(k, seen === undefined ? m : seen !== null && same(seen, m) ? seen : null);
  }
  return byKey;
}

/**
 * The given name (lower case) a mention gives alone, to be read as the one person of the article with that first given name
 * ("Lea" or "Leas" after "Lea Brandt"), or "": a lone given name, or a bare name or genitive in -s that is the surname
 * of no full name of the article (`fullSurnames`, by lower-case surname core) but the first given name of one; the mention is one word.
 */
function givenAlone(m: Pick<FoundMention, "given" | "surname" | "surface">, names: ArticleNames, fullSurnames: ReadonlyMap<string, unknown>): string {
  // one word only: "Franz I." is a ruler, not "Franz" after "Franz Brenner"
  if (/\s/u.test(m.surface)) return "";
  if (m.given.length === 1 && !m.surname) return m.given[0].toLowerCase();
  if (m.given.length || !m.surname || m.surname.includes(" ")) return "";
  const word = m.surname.toLowerCase();
  if (fullSurnames.has(word)) return "";
  if (names.fullGiven.has(word)) return word;
  return word.length > 3 && word.endsWith("s") && names.fullGiven.has(word.slice(0, -1)) ? word.slice(0, -1) : "";
}

/** The article's full name with this given name and the family's surname (by its core), or undefined. */
function kinIn(found: readonly FoundMention[], given: string, family: string): FoundMention | undefined {
  const core = surnameCore(family).toLowerCase();
  return found.find((f) => f.given[0]?.toLowerCase() === given.toLowerCase() && f.surname !== "" && surnameCore(f.surname).toLowerCase() === core);
}

/** The first given name, with a run of initials kept together ("J.D."). */
function firstGiven(given: string[]): string {
  if (!given.length) return "";
  if (!/^\p{L}\.$/u.test(given[0])) return given[0];
  let out = "";
  for (const g of given) {
    if (!/^\p{L}\.$/u.test(g)) break;
    out += g;
  }
  return out;
}

function sameName(a: FoundMention, b: FoundMention): boolean {
  return a.given[0]?.toLowerCase() === b.given[0]?.toLowerCase() || (a.registerId !== "" && a.registerId === b.registerId);
}
