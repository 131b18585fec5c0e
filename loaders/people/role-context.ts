import {articles, attributiveEnding, genitivePossessives} from "../lang/de/inflection.js";
import {partyNames} from "../lang/de/bare-name-words.js";
import {partyOrganisationAffiliation} from "../lang/de/party-organisations.js";
import {singularRoleCopulas} from "../lang/de/person-roles.js";
import type {PersonLexicon} from "./lexicon.js";
import {frontedSide} from "./fronted-side.js";
import {adjectiveOrganisation} from "./adjective-organisation.js";
import {genitiveOrganisation} from "./genitive-organisation.js";
import {affiliationOf, feminineRole, prefixOrganisation, roleNoun, TENURE_WORD} from "./roles.js";
import type {Token} from "./tokens.js";
import {relativeClauseAfter} from "./relative-clause.js";
import {roleComplementEnds} from "./role-complement.js";

/** Roles and affiliation the words around a name give. */
export interface RoleContext {
  roles: string[];
  affiliation: string;
  /** Words the affiliation was read from. */
  cue: string;
}

const ARTICLES = new Set(articles);
/** Words that open the complement of a role before its name: "der"/"des" and possessives of the genitive ("der Leiter ihres Büros, NAME"), "von", "für". */
const GENITIVE = new Set(["der", "des", "von", "für", ...genitivePossessives]);
const CLAUSE_END = new Set([".", ",", ";", "!", "?", ")"]);
const ADJECTIVE_STEM = /(?:al|isch|lich|ig|er|ige|ere|ier)(?:e|en|er|es|em)?$/u;

/**
 * Reads roles around the name at tokens[first..last]:
 * - before: "[der russische] Präsidentensprecher NAME", "den Nationalen Sicherheitsberater NAME",
 *   "den Direktor der CIA, NAME", "Botschafter und Sondergesandten NAME";
 * - after: "NAME, der frühere US-Präsident", "NAME als Chefverhandlerin";
 * - the affiliation also from a sentence that opens with "Für" and an organisation ("Für die KPA verhandelt NAME", fronted-side.ts).
 */
export function roleAround(tokens: Token[], first: number, last: number, lex: PersonLexicon): RoleContext {
  const out: RoleContext = {roles: [], affiliation: "", cue: ""};
  let r = first - 1;
  if (tokens[r]?.text === ",") r = postnominalRole(tokens, r, out, lex);
  else if (tokens[r] && roleNoun(tokens[r])) r = roleBefore(tokens, r, out, lex);
  after(tokens, last, out, lex);
  const side = out.affiliation ? null : frontedSide(tokens, first, lex);
  if (side) [out.affiliation, out.cue] = [side.affiliation, side.cue];
  return out;
}

/** Role noun right before the name; returns index of the role token. */
function roleBefore(tokens: Token[], r: number, out: RoleContext, lex: PersonLexicon): number {
  addRole(tokens, r, r, out, lex);
  // "Botschafter und Sondergesandten Steve Witkoff"
  if (tokens[r - 1]?.lower === "und" && tokens[r - 2] && roleNoun(tokens[r - 2])?.role) addRole(tokens, r - 2, r - 2, out, lex);
  return r;
}

/** "den Direktor der CIA, NAME" or "Der Präsident Russlands, NAME": role, complement, comma. */
function postnominalRole(tokens: Token[], comma: number, out: RoleContext, lex: PersonLexicon): number {
  for (let r = comma - 1; r >= Math.max(0, comma - 6); r--) {
    const t = tokens[r];
    if (!t.word) return comma;
    const noun = roleNoun(t);
    if (!noun?.role) continue;
    const before = tokens[r - 1];
    const opens = !before || ARTICLES.has(before.lower) || ADJECTIVE_STEM.test(before.lower) || !before.word;
    if (!opens) return comma;
    const complement = tokens.slice(r + 1, comma);
    const genitive = complement.length === 1 && complement[0].cap && complement[0].lower.endsWith("s");
    if (complement.length && !(GENITIVE.has(complement[0].lower) || genitive)) return comma;
    addRole(tokens, r, comma - 1, out, lex);
    return r;
  }
  return comma;
}

const PARTIES = partyNames;

/** "NAME (SPD)": a party in brackets right after the name is its affiliation. */
function partyAfter(tokens: Token[], last: number, out: RoleContext): void {
  const party = tokens[last + 2];
  if (tokens[last + 1]?.text !== "(" || tokens[last + 3]?.text !== ")" || !party?.word || !PARTIES.has(party.lower)) return;
  out.affiliation = party.text;
  out.cue = `(${party.text})`;
}

/**
 * "NAME, der frühere US-Präsident" / "NAME, Direktor der CIA" / "NAME, Sprecherin des Bauamts,".
 * Without an article the role must end the apposition (a comma, bracket or sentence end after it,
 * or a lower-case word): "A, CIA-Direktor B" would lend B's role to A.
 */
function after(tokens: Token[], last: number, out: RoleContext, lex: PersonLexicon): void {
  partyAfter(tokens, last, out);
  if (tokens[last + 1]?.lower === "als") return roleAfterAls(tokens, last + 1, out, lex);
  if (predicativeRole(tokens, last)) return addRole(tokens, last + 1, last + 1, out, lex);
  if (tokens[last + 1]?.text !== ",") return roleInExtraposedClause(tokens, last, out, lex);
  let k = last + 2;
  const article = !!tokens[k] && ARTICLES.has(tokens[k].lower);
  if (article) {
    k++;
    while (tokens[k] && tokens[k].word && !tokens[k].cap && k - last < 6) k++;
  }
  const t = tokens[k];
  if (!t || !roleNoun(t)?.role) return;
  // the complement runs to the end of its noun phrase ("Architekt der Kairoer Einigung", "Sprecherin des Forums der Familien"):
  // the longest reading after which no capitalised word follows, since without an article that would be another name's role
  const next = tokens[k + 1];
  const ends = roleComplementEnds(tokens, k, lex.givenNames);
  if (!ends.length && next?.cap && next.word && affiliationOf(next.text)) ends.push(k + 1);
  const open = (end: number) => article || !(tokens[end + 1]?.word && tokens[end + 1].cap);
  const end = (ends.length ? ends : [k]).reverse().find(open) ?? (ends.length ? namedComplementEnd(tokens, ends[0], lex) : undefined);
  if (end === undefined) return;
  addRole(tokens, k, end, out, lex);
}

/** Finite forms of "sein" and "bleiben" whose inverted subject a role noun after it may name: "Seit Montag ist NAME Chefin". */
const COPULAS = new Set(singularRoleCopulas);

/**
 * A role noun right after the name that ends its clause, with a copula before the name (past its article, adjectives and
 * role words): "Für die Partei ist die stellvertretende Vorsitzende NAME Chefverhandlerin." (the predicate names her role).
 */
function predicativeRole(tokens: Token[], last: number): boolean {
  const role = tokens[last + 1];
  if (!role || !roleNoun(role)?.role || !CLAUSE_END.has(tokens[last + 2]?.text ?? ".")) return false;
  let c = last - 1;
  while (c >= 0 && last - c <= 7 && tokens[c].word && !COPULAS.has(tokens[c].lower)) c--;
  if (c < 0 || !COPULAS.has(tokens[c]?.lower ?? "")) return false;
  // after the copula: an article with its adjectives, role nouns, then the name's own words ("ist die stellvertretende Vorsitzende NAME")
  let k = c + 1;
  if (ARTICLES.has(tokens[k].lower)) for (k++; k < last && !tokens[k].cap && attributiveEnding.test(tokens[k].lower); k++);
  while (k < last && roleNoun(tokens[k])?.role) k++;
  for (; k < last; k++) if (!tokens[k].word || !tokens[k].cap) return false;
  return true;
}

/**
 * "NAME als (neue) Chefverhandlerin (der Partei)": "als" right after the name, at most two lower-case words and a role noun, with
 * no capitalised word after it but its genitive complement ("als Präsident Brandt": another person's role). After a prepositional
 * object the role may be the subject's ("sie war unter NAME als Geschäftsführerin tätig"); the words do not tell, and mostly it is
 * the name's ("unter NAME als Kanzlerin", "setzt auf NAME als Chefverhandler").
 */
function roleAfterAls(tokens: Token[], als: number, out: RoleContext, lex: PersonLexicon): void {
  let k = als + 1;
  while (k <= als + 2 && tokens[k]?.word && !tokens[k].cap) k++;
  const t = tokens[k];
  if (!t || !roleNoun(t)?.role) return;
  const next = tokens[k + 1];
  const end = next && GENITIVE.has(next.lower) && next.lower !== "für" && tokens[k + 2]?.cap && !lex.givenNames.has(tokens[k + 2].lower) ? k + 2 : k;
  if (tokens[end + 1]?.word && tokens[end + 1].cap) return;
  addRole(tokens, k, end, out, lex);
}

/**
 * Where a complement that ends in a noun followed by capitalised words ends: after a name of up to three words that the
 * noun introduces ("Geschäftsführer der Schätzstelle Classic Analytics", "Abgeordneter der Partei Scelta Civica"), when no
 * capitalised word follows it; at the role noun when the words after its complement start with a given name (another
 * person's name); undefined (no role) otherwise. `last` is the longest complement's noun.
 */
function namedComplementEnd(tokens: Token[], last: number, lex: PersonLexicon): number | undefined {
  if (lex.givenNames.has(tokens[last + 1].lower)) return undefined;
  let j = last + 1;
  while (j <= last + 3 && tokens[j]?.word && tokens[j].cap) j++;
  return tokens[j]?.word && tokens[j].cap ? undefined : j - 1;
}

/** "… von NAME begleitet, der als Chefunterhändler gilt": a relative clause after the name's clause-final verb gives its role after "als". */
function roleInExtraposedClause(tokens: Token[], last: number, out: RoleContext, lex: PersonLexicon): void {
  const clause = relativeClauseAfter(tokens, last);
  if (!clause || tokens[clause[0]].lower !== "als") return;
  const k = clause[0] + 1;
  if (tokens[k] && roleNoun(tokens[k])?.role) addRole(tokens, k, k, out, lex);
}

const TENURE = new RegExp(`^${TENURE_WORD}$`, "u");

/**
 * The stems of the adjectives of tenure (a former or a future role) or rank among the lower-case words right before the role noun at `r`,
 * in text order (after its article: "der frühere Arbeitsrichter", "die ehemalige US-Botschafterin", "die stellvertretende Vorsitzende").
 */
function tenureBefore(tokens: Token[], r: number): string[] {
  const stems: string[] = [];
  for (let k = r - 1; k >= Math.max(0, r - 3); k--) {
    const t = tokens[k];
    if (!t.word || t.cap || ARTICLES.has(t.lower)) break;
    const m = TENURE.exec(t.lower);
    if (m) stems.unshift(m[1]);
  }
  return stems;
}

/** Articles that make the adjectival noun after them feminine: "die Vorsitzende", "eine Beauftragte" ("der" may be either). */
const FEMININE_ARTICLES = new Set(["die", "eine"]);

/** Whether the article before the role noun at `r` (past its adjectives) is feminine: "die frühere Vorsitzende". */
function feminineArticleBefore(tokens: Token[], r: number): boolean {
  for (let k = r - 1; k >= Math.max(0, r - 3); k--) {
    const t = tokens[k];
    if (!t.word) return false;
    if (ARTICLES.has(t.lower)) return FEMININE_ARTICLES.has(t.lower);
    if (!ADJECTIVE_STEM.test(t.lower) && !TENURE.test(t.lower)) return false;
  }
  return false;
}

/** Adds the role at tokens[r] with its complement up to `end`, and reads the affiliation. */
function addRole(tokens: Token[], r: number, end: number, out: RoleContext, lex: PersonLexicon): void {
  const noun = roleNoun(tokens[r]);
  if (!noun?.role) return;
  let role = noun.role;
  // capitalised adjective of a title: "Nationalen Sicherheitsberater" → "Nationaler Sicherheitsberater"
  const prev = tokens[r - 1];
  if (prev?.cap && prev.word && /(?:al|isch|lich)(?:e|en|er)$/u.test(prev.lower)) role = `${prev.text.replace(/(?:e|en|er)$/u, "")}er ${role}`;
  const complementWords = tokens.slice(r + 1, end + 1).filter((t) => t.word);
  const complement = complementWords.map((t) => t.text);
  if (complement.length) role = `${role} ${complement.join(" ")}`;
  const ending = /in(?:nen)?$/u.test(noun.role) ? "e" : "er";
  for (const stem of tenureBefore(tokens, r).reverse()) role = `${stem}${ending} ${role}`;
  if (feminineArticleBefore(tokens, r)) role = feminineRole(role);
  if (!out.roles.includes(role)) out.roles.push(role);
  if (out.affiliation) return;
  if (noun.affiliation) {
    out.affiliation = noun.affiliation;
    out.cue = `${noun.cue}-`;
    return;
  }
  // "SPD-Fraktionschefin", "Heimatbund-Chef": an organisation's acronym or listed name as prefix
  const prefixed = prefixOrganisation(tokens[r].text, lex.organisations);
  if (prefixed) {
    out.affiliation = prefixed;
    out.cue = `${tokens[r].text.slice(0, tokens[r].text.lastIndexOf("-"))}-`;
    return;
  }
  // "Präsident des Europäischen Bauernverbands": adjectives and an organisation's head noun name that organisation, not the EU
  const named = adjectiveOrganisation(complementWords);
  for (const [i, t] of complement.entries()) {
    if (named && i >= named.at) break;
    // "Emir von Katar", "Präsident der Ukraine": a country's name as it stands only after "von" or a genitive "der" (affiliationOf)
    const a = affiliationOf(t, complement[i - 1]?.toLowerCase());
    if (a) {
      out.affiliation = a;
      out.cue = complement.join(" ");
      return;
    }
  }
  // "Verhandlungsführer der Sozialen Liste": an organisation named in the genitive
  // a party's youth or sister organisation with its party: "der Jungen Union" → CDU/CSU (Junge Union), "der Jungen Liberalen"
  const youth = complementWords[0]?.lower === "der" ? partyOrganisationAffiliation(complement.slice(1).join(" ")) : "";
  const organisation = youth || named?.name || genitiveOrganisation(complementWords);
  if (organisation) {
    out.affiliation = youth || partyOrganisationAffiliation(organisation) || organisation;
    // the adjectives' organisation names its rule, as the article-wide affiliation rules do (extractor.ts)
    out.cue = !youth && organisation === named?.name ? `affiliation:adjective-organisation: ${complement.join(" ")}` : complement.join(" ");
    return;
  }
  // "der russische Präsident", "den ukrainischen Präsidenten", "Russlands Präsident"; past lower-case adjectives only, not a verb
  // or noun ("Der österreichische Präsident hat Ministerin NAME …")
  for (let k = r - 1; k >= Math.max(0, r - 3); k--) {
    const t = tokens[k];
    if (!t.word || ARTICLES.has(t.lower)) break;
    const a = affiliationOf(t.text);
    if (a) {
      out.affiliation = a;
      out.cue = t.text;
      return;
    }
    if (t.cap || !attributiveEnding.test(t.lower)) break;
  }
}
