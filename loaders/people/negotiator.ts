import type {FoundMention} from "./mentions.js";
import type {Token} from "./tokens.js";
import {CLAUSE_END_MARKS} from "../quotes/tokens.js";
import {relativeClauseAfter} from "./relative-clause.js";
import {clauseIsMembership, memberOfTalks} from "./negotiator-member.js";
import {adverbialSubordinators} from "../lang/de/clauseWords.js";
import {DELEGATION_AROUND, LEADING_FORMS, ledByPrepositions, ledByWords, leadingVerbs, mediationStems, objectArticles, negotiatingVerbs, negotiationStems, negotiatorAuxiliaries, talksObjects, teamNouns} from "../lang/de/negotiator-words.js";
import {mentionKind, roleKind, ruleOfKind, talksWords} from "./mediator.js";

const NEGOTIATING_VERBS = new Set(negotiatingVerbs);
const LEADING_VERBS = new Set(leadingVerbs);
const AUXILIARIES = new Set(negotiatorAuxiliaries);
const LED_BY = new Set(ledByWords);
const LED_BY_PREPOSITIONS = new Set(ledByPrepositions);
const TALKS = new Set(talksObjects);
const TEAMS = new Set(teamNouns);
const DEFINITE = new Set(["die", "den"]);
/** Words allowed between two mentions of a coordinated list: conjunctions, articles, prepositions of a role. */
const LIST_WORDS = new Set(["und", "sowie", "den", "dem", "der", "des", "die", "das", "für", "von"]);
const LIST_JOINERS = new Set([",", ";", "und", "sowie"]);

const TALKS_STEMS = [...negotiationStems, ...mediationStems];
const hasStem = (lower: string) => TALKS_STEMS.some((s) => lower.includes(s));

/**
 * Whether a role of words is one at talks, a party's or a mediator's (see roleKind): a word of it names talks or a delegation
 * ("Chefunterhändler der Regierung", "Leiter der Verhandlungen", "Sondergesandter für die Friedensgespräche", "Schlichterin"),
 * unless only the words after a head noun that takes a stance on them do ("Kritiker der Verhandlungen").
 */
function negotiatingRole(words: readonly string[]): boolean {
  return roleKind(words) !== "";
}

function isCue(t: Token): boolean {
  return t.word && hasStem(t.lower);
}

/** Whether tokens[k] names talks or a delegation: a cue ("Verhandlungsteam"), or talks after a definite article ("die Gespräche"). */
function talksAt(tokens: readonly Token[], k: number): boolean {
  return isCue(tokens[k]) || (TALKS.has(tokens[k].lower) && DEFINITE.has(tokens[k - 1]?.lower ?? ""));
}

/** True when a leading verb at `i` governs talks or a delegation before its clause ends ("führen die Gespräche", "leitet die Delegation"). */
function leadsTalks(tokens: Token[], i: number): boolean {
  // from the verb itself (no cue, talks word or clause end): the window of eight tokens after it
  return LEADING_VERBS.has(tokens[i]?.lower ?? "") && talksAfter(tokens, i);
}

/** True when the clause tokens[from, to) has talks or a delegation as object of any form of a leading verb, or a negotiating verb. */
function clauseLeadsTalks(tokens: Token[], from: number, to: number): boolean {
  let talks = false;
  let leads = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (NEGOTIATING_VERBS.has(t.lower)) return true;
    if (talksAt(tokens, k)) talks = true;
    else if (!t.cap && LEADING_FORMS.test(t.lower)) leads = true;
  }
  return talks && leads;
}

/** A relative clause about the mention names a negotiating role ("der als Chefunterhändler gilt") or leads talks ("die die Gespräche geleitet hatte"). */
function relativeNegotiates(tokens: Token[], m: FoundMention): boolean {
  const clause = relativeClauseAfter(tokens, m.last);
  if (!clause) return false;
  const [from, to] = clause;
  // "der als (erfahrener) Chefunterhändler gilt": the words after "als" read as a role
  for (let k = from; k + 1 < to; k++) if (tokens[k].lower === "als" && negotiatingRole(tokens.slice(k + 1, Math.min(to, k + 4)).map((t) => t.text))) return true;
  return clauseLeadsTalks(tokens, from, to) || clauseIsMembership(tokens, from, to);
}

/** The name heads a delegation or talks named before it: "Delegation unter Leitung von [Vizeminister] NAME", "die Delegation um NAME". */
function ledBy(tokens: Token[], m: FoundMention): boolean {
  // past the role words and adjectives before the name
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= 4 && tokens[k].word && !LED_BY_PREPOSITIONS.has(tokens[k].lower) && tokens[k].lower !== "um" && (tokens[k].cap || /(?:e|en|er)$/u.test(tokens[k].lower))) k--;
  const word = tokens[k];
  if (!word?.word) return false;
  // "die Delegation um NAME", not "die Verhandlungen um Stürmer NAME" (talks about a player)
  if (word.lower === "um") return DELEGATION_AROUND.test(tokens[k - 1]?.lower ?? "");
  if (LED_BY_PREPOSITIONS.has(word.lower)) return LED_BY.has(tokens[k - 1]?.lower ?? "") && talksAround(tokens, m.last);
  return false;
}

/** Conjunctions after a comma that open a clause of its own: talks named there are not what the name before heads ("um … zu" says what the group is for, so it stays). */
const SUBORDINATORS = new Set([...adverbialSubordinators.filter((w) => w !== "um"), "dass", "ob"]);

/**
 * Whether talks or a delegation are named before the name ending at tokens[last], or after it before a subordinate clause
 * ("Die Delegation unter Leitung von NAME", "Angeführt von NAME reiste die Delegation …"; not "… unter Leitung von NAME, bevor die Verhandlungen begannen").
 */
function talksAround(tokens: Token[], last: number): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (k > last && tokens[k - 1].text === "," && SUBORDINATORS.has(tokens[k].lower)) return false;
    if (isCue(tokens[k])) return true;
  }
  return false;
}

/** An auxiliary after the name with a participle or infinitive of leading and talks later in its clause ("Berg hat die Gespräche geleitet"). */
function leadsTalksLater(tokens: Token[], i: number): boolean {
  if (!AUXILIARIES.has(tokens[i]?.lower ?? "")) return false;
  let end = i + 1;
  while (end < tokens.length && end <= i + 10 && !CLAUSE_END_MARKS.has(tokens[end].text)) end++;
  return clauseLeadsTalks(tokens, i + 1, end);
}

/** Participles of leading after the agent of a passive ("von NAME geleitet", "angeführt"). */
const LED_PARTICIPLE = /^(?:an)?ge(?:führt|leitet)$/u;

/** The token before the mention's role words and adjectives ("führt [Vizeminister] NAME", "von [Ministerin] NAME"), or -1. */
function wordBefore(tokens: Token[], m: FoundMention): number {
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= 4 && tokens[k].word && tokens[k].cap && !LEADING_VERBS.has(tokens[k].lower)) k--;
  return k;
}

/** Whether talks or a delegation are named after tokens[from] before the clause ends, within eight tokens ("… die Gespräche"). */
function talksAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 8 && !CLAUSE_END_MARKS.has(tokens[k].text); k++) {
    if (talksAt(tokens, k)) return true;
    // another object comes first: "leitete den Empfang der Delegation" (an article, maybe an adjective, then a noun)
    if (tokens[k].cap && tokens[k].word && k > from && (OBJECT_ARTICLES.has(tokens[k - 1].lower) || (!tokens[k - 1].cap && OBJECT_ARTICLES.has(tokens[k - 2]?.lower ?? "")))) return false;
  }
  return false;
}

/** Articles of an object of a verb of leading: the noun after one that names no talks is the verb's object ("den Empfang"). */
const OBJECT_ARTICLES = new Set(objectArticles);

/** An inverted subject of a verb of leading with talks after it: "Auf der anderen Seite führt [Vizeminister] NAME die Gespräche". */
function invertedLeads(tokens: Token[], m: FoundMention): boolean {
  const k = wordBefore(tokens, m);
  return k >= 0 && LEADING_VERBS.has(tokens[k].lower) && talksAfter(tokens, m.last + 1);
}

/**
 * The agent of a passive of leading in a clause about talks or a delegation: "Die Delegation wird von [Ministerin] NAME geleitet",
 * "Die Gespräche werden erneut von NAME geführt" (the participle after the name, in its clause).
 */
function passiveAgentLeads(tokens: Token[], m: FoundMention): boolean {
  const k = wordBefore(tokens, m);
  if (k < 0 || tokens[k].lower !== "von") return false;
  let participle = false;
  for (let j = m.last + 1; !participle && j < tokens.length && j <= m.last + 6 && !CLAUSE_END_MARKS.has(tokens[j].text); j++) {
    participle = !tokens[j].cap && LED_PARTICIPLE.test(tokens[j].lower);
  }
  if (!participle) return false;
  // talks or a delegation earlier in the clause
  return groupBefore(tokens, k);
}

/**
 * Whether the clause before tokens[k] names talks or a delegation (within ten tokens): a cue ("Das Verhandlungsteam der Partei"),
 * talks ("Die Gespräche"), or a team in a sentence that names talks elsewhere ("Das Team der Partei …" beside "die Verhandlungen").
 */
function groupBefore(tokens: Token[], k: number): boolean {
  let talksNamed: boolean | undefined;
  for (let j = k - 1; j >= 0 && k - j <= 10 && !CLAUSE_END_MARKS.has(tokens[j].text); j--) {
    if (isCue(tokens[j]) || TALKS.has(tokens[j].lower)) return true;
    if (TEAMS.has(tokens[j].lower) && (talksNamed ??= tokens.some(isCue))) return true;
  }
  return false;
}

/**
 * The subject after a fronted object of a verb of leading that is talks or a delegation: "Das Verhandlungsteam der Partei führt
 * [Fraktionschef] NAME (an)", "Die Gespräche leitet NAME". Nothing but "an" may close the clause after the name ("Die Gespräche
 * führten NAME zu dem Schluss …" makes NAME an object, "Zu den Gesprächen führte NAME aus" is explaining).
 */
function frontedObjectLeads(tokens: Token[], m: FoundMention): boolean {
  const k = wordBefore(tokens, m);
  if (k < 1 || !LEADING_VERBS.has(tokens[k].lower)) return false;
  for (let j = m.last + 1; j < tokens.length && !CLAUSE_END_MARKS.has(tokens[j].text); j++) {
    const t = tokens[j];
    // only the separable "an" of "anführen": "führte NAME aus" (ausführen, to explain) is no leading
    if (!t.word || t.lower !== "an" || j > m.last + 1) return false;
  }
  return groupBefore(tokens, k);
}

/** A negotiator rule that judges one mention by the words around it (and those of the sentence before, `previous`). */
interface MentionRule {
  id: string;
  applies: (tokens: Token[], m: FoundMention, previous?: readonly Token[]) => boolean;
}

/** The rules that judge a mention on its own, in the order they are tried (the first that applies names the mention's rule); see negotiatorRules. */
const MENTION_RULES: readonly MentionRule[] = [
  {id: "negotiator:role", applies: (_, m) => m.roles.some((r) => negotiatingRole(r.split(/\s+/)))},
  {id: "negotiator:subject", applies: (tokens, m) => NEGOTIATING_VERBS.has(tokens[m.last + 1]?.lower ?? "") || NEGOTIATING_VERBS.has(tokens[wordBefore(tokens, m)]?.lower ?? "")},
  {id: "negotiator:leads", applies: (tokens, m) => leadsTalks(tokens, m.last + 1) || leadsTalksLater(tokens, m.last + 1)},
  {id: "negotiator:inverted-leads", applies: invertedLeads},
  {id: "negotiator:passive-agent", applies: passiveAgentLeads},
  {id: "negotiator:fronted-object", applies: frontedObjectLeads},
  {id: "negotiator:relative", applies: relativeNegotiates},
  {id: "negotiator:member", applies: memberOfTalks},
  {id: "negotiator:led-by", applies: ledBy}
];

/**
 * Marks negotiators and mediators among the mentions of one sentence, returning the rule that fired per mention: first the
 * rules of MENTION_RULES in their order, then those that read two mentions (a shared "leads", a coordinated list). A
 * mention that a rule marks is a neutral third party between the sides when its role or the words of talks around it say so
 * (mentionKind: "Schlichter", "Co-Schlichterin", "Vermittler", "Mediatorin", "Moderator der Gespräche", "Die Schlichtung
 * unter Leitung von NAME"): its rule is then named "mediator:…" instead of "negotiator:…" ("mediator:role", "mediator:led-by",
 * "mediator:list"), and it is no negotiator of a side.
 * - "negotiator:role": a role the text gives the mention is one at talks ("Verhandlungsführerin",
 *   "Chefunterhändler", "Delegationsleiter"; a mediator's: "Vermittler", "Schlichter");
 * - "negotiator:subject": the mention is directly followed by a finite verb of negotiating, or follows one as the
 *   inverted subject, past its role words ("Für die Stadt verhandelt [Stadträtin] Anna Berg");
 * - "negotiator:leads": the mention is followed by a verb of leading whose object is talks or a delegation
 *   ("Berg führt die Gespräche", "Kern leitet die Delegation"); a mention coordinated before it shares it;
 * - "negotiator:list": a negotiation or delegation cue in the sentence outside the list and the mention is part
 *   of a coordinated list of two or more mentions ("ernannte A; B; C sowie D, um die Verhandlungen …",
 *   "A und B werden die US-Delegation anführen"); a cue inside the list is one member's role and does not count ("A und die
 *   Verhandlungsführerin B unterzeichneten den Vertrag" marks B by role, not A);
 * - "negotiator:inverted-leads": the mention is the inverted subject of a verb of leading with talks after it
 *   ("Auf der anderen Seite führt NAME die Gespräche");
 * - "negotiator:passive-agent": the mention is the agent of a passive of leading in a clause about talks or a
 *   delegation ("Die Delegation wird von NAME geleitet");
 * - "negotiator:fronted-object": the mention is the subject after a fronted object of a verb of leading that is talks or a
 *   delegation ("Das Verhandlungsteam der Partei führt NAME", "Die Gespräche leitet NAME");
 * - "negotiator:relative": a relative clause about the mention, right after it or after its clause's verb,
 *   gives a negotiating role ("…, der als Chefunterhändler gilt") or leads talks ("…, die die Verhandlungen
 *   geführt hatte") or makes it a member ("…, der der Delegation angehört"); a perfect or modal clause does the same for
 *   "negotiator:leads" ("Berg hat die Gespräche geleitet");
 * - "negotiator:member": the mention's clause makes it a member of a delegation or negotiating team, or seats it at the
 *   table of talks ("Der Delegation gehört auch NAME an", "NAME ist Mitglied des Verhandlungsteams", "NAME sitzt mit am
 *   Verhandlungstisch"; a pronoun for a delegation the sentence before names, "Ihr gehört NAME an": `previous`);
 * - "negotiator:led-by": the mention heads a delegation or talks named before it ("die Delegation unter
 *   Leitung von Ministerin NAME", "angeführt von NAME" in a sentence about negotiating, "die Delegation um NAME").
 */
export function negotiatorRules(tokens: Token[], mentions: readonly FoundMention[], previous?: readonly Token[]): Map<FoundMention, string> {
  const out = new Map<FoundMention, string>();
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  for (const m of sorted) {
    const rule = MENTION_RULES.find((r) => r.applies(tokens, m, previous));
    if (rule) out.set(m, rule.id);
  }
  // joined[k]: whether sorted[k] and the mention before it stand in one coordinated list (asked once per pair)
  const joined = sorted.map((m, k) => k > 0 && coordinated(tokens, sorted[k - 1].last + 1, m.first));
  for (let k = sorted.length - 2; k >= 0; k--) {
    const [a, b] = [sorted[k], sorted[k + 1]];
    if (!out.has(a) && out.get(b) === "negotiator:leads" && joined[k + 1]) out.set(a, "negotiator:leads");
  }
  // the first token of the list each mention stands in (its own first token when it stands alone)
  const listStart = new Map<FoundMention, number>();
  sorted.forEach((m, k) => listStart.set(m, joined[k] ? listStart.get(sorted[k - 1])! : m.first));
  // the last token of the list each mention stands in
  const listEnd = new Map<FoundMention, number>();
  for (let k = sorted.length - 1; k >= 0; k--) listEnd.set(sorted[k], joined[k + 1] ? listEnd.get(sorted[k + 1])! : sorted[k].last);
  // cuesBefore[i]: the cues among tokens[0, i), counted once per sentence so that a cue outside a list is found in constant time
  const cuesBefore = [0];
  for (const t of tokens) cuesBefore.push(cuesBefore[cuesBefore.length - 1] + (isCue(t) ? 1 : 0));
  const cues = cuesBefore[tokens.length];
  if (sorted.length >= 2 && cues > 0) {
    for (let k = 0; k + 1 < sorted.length; k++) {
      const a = sorted[k];
      const b = sorted[k + 1];
      // the cue says what the list does, outside it: a role inside the list is one member's ("A und die Verhandlungsführerin B
      // unterzeichneten") and makes that member a negotiator by role only
      if (joined[k + 1] && cues - (cuesBefore[listEnd.get(b)! + 1] - cuesBefore[listStart.get(a)!]) > 0) {
        if (!out.has(a)) out.set(a, "negotiator:list");
        if (!out.has(b)) out.set(b, "negotiator:list");
      }
    }
  }
  if (!out.size) return out;
  const words = talksWords(tokens);
  for (const [m, rule] of out) out.set(m, ruleOfKind(rule, mentionKind(tokens, m, listStart.get(m), words)));
  return out;
}

/** True when tokens[from, to) join two list items: a joiner, and only role words, articles, adjectives, names in between. */
function coordinated(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 10) return false;
  let joined = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (LIST_JOINERS.has(t.lower)) {
      joined = true;
      continue;
    }
    if (!t.word) return false;
    if (t.cap || LIST_WORDS.has(t.lower)) continue;
    // an attributive adjective before a noun ("für nationale Sicherheit"), not a verb ("sagte,")
    if (/(?:e|en|er|es)$/u.test(t.lower) && tokens[i + 1]?.cap) continue;
    return false;
  }
  return joined;
}
