/**
 * Which way a date without a year looks from the reference date: to its next
 * occurrence ("bis Ende September", "im Oktober ist die Brücke fertig", "soll im
 * April beginnen") or to its previous one ("seit September", "hat im September
 * …", "die im Mai gewählte Regierung"). Read from the clause that holds the
 * expression, not the whole sentence: a past reporting verb ("versprach") does
 * not make the promise it reports a past one.
 *
 * Rules are plain objects tried in order; the first that applies decides.
 */
import {hasFiniteVerb} from "./finite.js";
import type {DateContext} from "../../../dates/rule.js";
import {type Clause, SentenceClauses, clauseAround} from "./clauses.js";

import {futureTense, pastTense} from "./cues.js";
import {VON_BEFORE} from "./patterns.js";
import {zuParticles} from "../goal-words.js";
import {hearsayPerfect} from "../event-dating.js";
import {longSeparableParticles} from "../separable-perfect.js";
import {PLUPERFECT} from "./pluperfect.js";

export {finiteVerbAt, hasFiniteVerb} from "./finite.js";

export type Orientation = "next" | "previous";

/** Where an expression stands: its sentence, its clause, and the text right before and after it inside the clause. */
export interface OrientationSite {
  sentence: string;
  clause: string;
  before: string;
  after: string;
  /** What the clause says, shared by the expressions in it (each answer computed once). */
  facts: Clause<Tense>;
}

type Tense = "present" | "future" | "past";

/** One rule: when `applies` holds, the expression looks `direction`. */
export interface OrientationRule {
  id: string;
  direction: Orientation;
  /** Weak evidence: a month this many months back still counts as this year's ("liegt im Februar bei 5 Prozent" in March). */
  slackMonths?: number;
  applies(site: OrientationSite): boolean;
}

/** Participles that, right after the date, plan rather than report ("die im Mai geplante Wahl"). */
export const plannedParticiples: readonly string[] = ["geplant", "vorgesehen", "erwartet", "angepeilt", "anvisiert", "angesetzt", "terminiert", "angekündigt", "angestrebt"];

/** Stems of verbs of promising, announcing and planning (open at the end): a clause they govern looks ahead ("versprach, im Mai …"). */
export const promiseStems: readonly string[] = [
  "versprech", "versprich", "versprach", "versproch", "ankündig", "angekündigt", "zugesagt", "zugesichert", "beabsichtig", "vorgesehen",
  "angepeilt", "anvisiert", "plant", "plante", "geplant"
];

/** Separable promise verbs and phrases, as whole words ("sagte … zu" only when the particle follows right away). */
export const promisePhrases: readonly string[] = ["kündigte an", "kündigt an", "kündigten an", "sagte zu", "sagt zu", "sagten zu", "sicherte zu", "sichert zu", "in aussicht", "in planung"];

/**
 * Stems of verbs of demanding and asking (open at the end): the zu-infinitive or dass-clause they govern names what
 * is to happen after the demand ("verlangte, bei der Runde am Donnerstag Zahlen vorzulegen"), whatever their tense.
 */
export const demandStems: readonly string[] = [
  "verlang", "forder", "aufgefordert", "appellier", "drängt", "drängte", "gedrängt", "ermahnt", "ersucht", "beantragt", "bat", "baten", "gebeten", "bitten", "bittet"
];

/**
 * Reporting verbs in the past or the perfect: a present clause they govern tells what holds or is planned after the
 * report ("hat am Montag bekanntgegeben, am Donnerstag bleiben die Bäder geschlossen"). Preterites and fixed phrases
 * as whole words; separable preterites with their particle later in the clause; participles after a perfect auxiliary
 * (a bare "erklärt" is present).
 */
export const pastReporting = {
  preterites: ["sagte", "sagten", "erklärte", "erklärten", "verkündete", "verkündeten", "informierte", "informierten", "betonte", "betonten", "berichtete", "berichteten", "meldete", "meldeten", "hieß es"],
  separable: [{verb: "teilten?", particle: "mit"}, {verb: "gaben?", particle: "bekannt"}],
  participles: ["gesagt", "erklärt", "bekanntgegeben", "bekannt gegeben", "mitgeteilt", "verkündet", "informiert", "betont", "berichtet", "gemeldet"],
  auxiliaries: ["hat", "haben", "habe", "hatte", "hatten"]
} as const;

const whole = (w: string) => `(?<![\\p{L}])${w.replace(/ /g, "\\s+")}(?![\\p{L}])`;
const REPORTED = new RegExp(
  [
    ...pastReporting.preterites.map(whole),
    ...pastReporting.separable.map((p) => `(?<![\\p{L}])${p.verb}\\s[^,.;:!?]{0,80}?${whole(p.particle)}`),
    `(?<![\\p{L}])(?:${pastReporting.auxiliaries.join("|")})(?![\\p{L}])[^.!?]{0,120}?(?:${pastReporting.participles.map(whole).join("|")})`
  ].join("|"),
  "iu"
);

const DEMAND = new RegExp(`(?<![\\p{L}])(?:${demandStems.join("|")})`, "iu");
/** A clause closed by a zu-infinitive ("…, am Donnerstag Zahlen auf den Tisch zu legen“", "…, am Montag vorzulegen"), not a perfect one ("… zu haben"). */
const ZU_CLOSED = new RegExp(`(?:(?<![\\p{L}])zu\\s+(?!haben|sein)\\p{Ll}{2,}(?:en|ern|eln)|(?<![\\p{L}])(?:${zuParticles.join("|")})zu\\p{Ll}{2,}(?:en|ern|eln))[\\s„“”"»«.!?]*$`, "u");
/** A dass-clause ("…, dass die Stadt am Montag zahlt"). */
const DASS_START = /^\s*dass(?![\p{L}])/iu;

/** Separable promise verbs whose particle closes their clause later ("kündigte am Montag an, …"). */
const separablePromises: readonly {verb: string; particle: string}[] = [{verb: "kündigt(?:e|en)?", particle: "an"}];

const PROMISE = new RegExp(
  `(?<![\\p{L}])(?:${promiseStems.join("|")}|(?:${promisePhrases.map((p) => p.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])|` +
    `(?:${separablePromises.map((p) => `${p.verb}\\s[^,.;:!?]{0,80}?(?<![\\p{L}])${p.particle}(?=\\s*(?:[,.;:!?]|$))`).join("|")}))`,
  "iu"
);

const FORWARD_BEFORE = /(?<![\p{L}])(?:bis|ab|spätestens|frühestens|voraussichtlich|ab\s+spätestens|bis\s+spätestens|bis\s+(?:zum|in\s+den))\s+$/iu;
const SINCE_BEFORE = /(?<![\p{L}])seit\s+$/iu;
const FROM_ON_AFTER = /^\s+(?:an|an\s+gerechnet)(?![\p{L}])/iu;
/** A clause opened by a conjunction of condition or time that can look ahead. */
const CONDITION_START = /^\s*(?:wenn|sobald|falls|sofern|sowie)(?![\p{L}])/iu;
/** What stands before an attributive date: nothing in its clause, an article, or a preposition with one ("die im Mai …", "zur Anfang Juni …"). */
const ARTICLE_BEFORE = /^\s*$|(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine[mnrs]?|kein\p{Ll}*|diese[mnrs]?|jene[mnrs]?|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|zur|zum|beim|vom)\s+(?:(?:erst|bereits|schon|noch)\s+)?(?:(?:im|am|seit|bis|ab)\s+)?$/iu;
/** An attributive participle after the date ("die im Mai gewählte Regierung", "der im März renovierten Halle"). */
const PARTICIPLE_AFTER = /^\s+(?<p>(?:\p{Ll}+)?(?:ge\p{Ll}{2,}|\p{Ll}{2,}iert)(?:e|en|er|es|em))\s+(?:\p{Ll}+e[nmrs]?\s+)?\p{Lu}/u;

/**
 * A participle right before its auxiliary, as a subordinate clause ends ("angestiegen ist"), a fronted one begins
 * ("Angefangen hat") or a perfect infinitive stands ("genommen zu haben").
 */
const PARTICIPLE_AUX = /(?<![\p{L}])(?:\p{L}*ge\p{L}{2,}(?:t|en)|(?:be|ver|ent|zer|emp|er)\p{L}{2,}(?:t|en)|\p{L}{3,}iert)\s+(?:ist|sind|hat|haben|habe|hatte|hatten|sei|seien|war|waren|wurde|wurden|worden|zu\s+haben|zu\s+sein)(?![\p{L}])/iu;
/**
 * A perfect whose participle has a separable prefix ("hat … zugelegt", "ist … ausgelaufen", "sind … zusammengekommen":
 * a longer particle of `longSeparableParticles`), the participle ending the clause.
 */
const PREFIXED_PERFECT = new RegExp(`(?<![\\p{L}])(?:hat|haben|habe|hatte|hatten|ist|sind|war|waren)(?![\\p{L}])[^.!?]{0,120}?(?<![\\p{L}])(?:\\p{Ll}{1,6}|${longSeparableParticles.join("|")})ge\\p{Ll}{2,}(?:t|en)(?=\\s*(?:[.,;:!?"“”»«–]|$))`, "u");

/** The perfect of reported speech ("sei im Mai gestiegen", "seien … worden"), which the sentence's past markers leave out. */
const REPORTED_PERFECT = /(?<![\p{L}])(?:sei|seien|wäre|wären|hätte|hätten)(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])(?:\p{L}*ge\p{L}{2,}(?:t|en)|\p{L}{3,}iert|worden|(?:be|ver|er|ent|zer|emp)\p{L}{2,}(?:t|en)(?=\s*(?:[.,;:!?"“”»«]|$)))(?![\p{L}])/iu;

/**
 * Hearsay of the past (rule `de.event.mood.hearsay-perfect`, lang/de/event-dating.ts): "soll"/"sollen" with a perfect
 * infinitive closing the clause ("sollen sich am Montag getroffen haben", "soll … unterzeichnet worden sein") tells
 * what happened; the modal is no sign of the future there.
 */
const HEARSAY_MODAL = new RegExp(`(?<![\\p{L}])(?:${hearsayPerfect.modals.join("|")})(?![\\p{L}])`, "giu");
const HEARSAY_PERFECT = new RegExp(`(?<![\\p{L}])(?:${hearsayPerfect.modals.join("|")})(?![\\p{L}])[^.!?]{0,160}?(?<![\\p{L}])(?:\\p{Ll}{2,}(?:t|en)\\s+(?:worden\\s+)?(?:${hearsayPerfect.auxiliaries.join("|")})|(?:${hearsayPerfect.beforeSein.join("|")})\\s+sein)(?=\\s*(?:[.,;:!?"“”»«]|$))`, "iu");

/** The tense of a clause whose ordinal dots are spaces (see `SentenceClauses.dotless`). */
const clauseTense = (clause: string): Tense => {
  const future = futureTense.test(HEARSAY_PERFECT.test(clause) ? clause.replace(HEARSAY_MODAL, "") : clause);
  const past = pastTense.test(clause) || PARTICIPLE_AUX.test(clause) || PREFIXED_PERFECT.test(clause) || REPORTED_PERFECT.test(clause);
  return future === past ? "present" : future ? "future" : "past";
};

/** How the rules read a clause and the rest of its sentence. */
const questions = {
  tense: clauseTense,
  futureElsewhere: (rest: string) => futureTense.test(rest),
  promisedElsewhere: (rest: string) => PROMISE.test(rest),
  demandedElsewhere: (rest: string) => DEMAND.test(rest),
  reportedElsewhere: (rest: string) => REPORTED.test(rest),
  finiteVerb: hasFiniteVerb
};

/** The rule of a clause a demand governs ("verlangte, … am Donnerstag … vorzulegen"): it looks ahead from the demand. */
export const DEMANDED = "de.dates.orient.demanded";

/** The rule of a clause whose only sign is a present verb (weekdays and holidays keep their nearest-day reading there). */
const PRESENT_CLAUSE = "de.dates.orient.present-clause";

/** The rules in the order they are tried. */
export const orientationRules: readonly OrientationRule[] = [
  {id: "de.dates.orient.since", direction: "previous", applies: (s) => SINCE_BEFORE.test(s.before)},
  {
    id: "de.dates.orient.participle",
    direction: "previous",
    applies: (s) => {
      const p = ARTICLE_BEFORE.test(s.before) ? PARTICIPLE_AFTER.exec(s.after)?.groups?.p.toLowerCase() : undefined;
      return !!p && !plannedParticiples.some((w) => p.startsWith(w));
    }
  },
  {id: "de.dates.orient.planned-participle", direction: "next", applies: (s) => ARTICLE_BEFORE.test(s.before) && PARTICIPLE_AFTER.test(s.after)},
  // "verlangte, bei der Runde am Donnerstag Zahlen vorzulegen": what a demand asks for lies after it, whatever its tense
  {id: DEMANDED, direction: "next", applies: (s) => (ZU_CLOSED.test(s.clause) || DASS_START.test(s.clause)) && s.facts.tense !== "past" && s.facts.demandedElsewhere},
  {id: "de.dates.orient.future-clause", direction: "next", applies: (s) => s.facts.tense === "future"},
  // "Wenn der Bau im Mai beendet ist, soll …": a condition of a future main clause looks ahead, even in the perfect
  {
    id: "de.dates.orient.future-condition",
    direction: "next",
    applies: (s) => CONDITION_START.test(s.clause) && s.facts.futureElsewhere
  },
  {id: "de.dates.orient.past-clause", direction: "previous", applies: (s) => s.facts.tense === "past"},
  {id: "de.dates.orient.until-from", direction: "next", applies: (s) => FORWARD_BEFORE.test(s.before) || (VON_BEFORE.test(s.before) && FROM_ON_AFTER.test(s.after))},
  {
    id: "de.dates.orient.promised",
    direction: "next",
    applies: (s) => s.facts.promisedElsewhere
  },
  // "hat am Montag bekanntgegeben, am Donnerstag bleiben die Bäder geschlossen": a present clause a past report
  // governs holds or is planned from the report on; the coming day, not the nearest
  {id: "de.dates.orient.reported-present", direction: "next", slackMonths: 2, applies: (s) => s.facts.tense === "present" && s.facts.finiteVerb && s.facts.reportedElsewhere},
  {id: PRESENT_CLAUSE, direction: "next", slackMonths: 2, applies: (s) => s.facts.finiteVerb}
];

/**
 * The tense a date without a year (or a weekday, a holiday) is read in: the way its clause looks (next: future,
 * previous: past), else the sentence's tense. With `keepPresent`, a clause that only has a present verb
 * ("öffnet am Donnerstag") stays present, so the caller's nearest-day rule decides. The finder's probe keeps the
 * sentence's tense: the clause chooses between values, never whether the match stands.
 */
export function orientedTense(sentence: string, start: number, end: number, ctx: Pick<DateContext, "tense" | "probe">, keepPresent = false): DateContext["tense"] {
  if (ctx.probe) return ctx.tense;
  const way = orientationOf(sentence, start, end);
  if (!way) return ctx.tense;
  if (keepPresent && way.rule === PRESENT_CLAUSE) return "present";
  return way.direction === "next" ? "future" : "past";
}

/** Characters of the sentence read on either side of an expression (far more than any clause of real text). */
const WINDOW = 500;

type Answer = {direction: Orientation; rule: string; slackMonths: number} | undefined;

/** Sentences seen lately, split into clauses (a few hundred: the date rules read one article's sentences more than once). */
const recent = new Map<string, SentenceClauses<Tense>>();
const RECENT = 512;

/** The clauses of `sentence`, kept while it is among the recent ones. */
function sentenceClauses(sentence: string): SentenceClauses<Tense> {
  let found = recent.get(sentence);
  if (found) return found;
  if (recent.size >= RECENT) recent.clear();
  recent.set(sentence, (found = new SentenceClauses(sentence, questions)));
  return found;
}

/**
 * Which way the expression at [start, end) of `sentence` looks, and the id of
 * the rule that says so; undefined when no rule applies (the caller's default decides).
 */
export function orientationOf(whole: string, start: number, end: number): Answer {
  const clauses = sentenceClauses(whole);
  const key = clauses.key(start, end);
  if (clauses.answers.has(key)) return clauses.answers.get(key) as Answer;
  // the rules read at most WINDOW characters on either side: a sentence of thousands of dates stays linear
  const lo = Math.max(0, start - WINDOW);
  const windowed = lo > 0 || end + WINDOW < whole.length;
  const around = windowed ? new SentenceClauses(whole.slice(lo, end + WINDOW), questions) : clauses;
  const answer = orient(around, start - lo, end - lo);
  clauses.answers.set(key, answer);
  return answer;
}

/** The first rule that applies to the expression at [start, end) of the sentence. */
function orient(sentence: SentenceClauses<Tense>, start: number, end: number): Answer {
  const clause = sentence.clauseAround(start, end);
  const text = sentence.text;
  const site: OrientationSite = {sentence: text, clause: clause.text, before: text.slice(clause.from, start), after: text.slice(end, clause.to), facts: clause};
  for (const rule of orientationRules) if (rule.applies(site)) return {direction: rule.direction, rule: rule.id, slackMonths: rule.slackMonths ?? 0};
  return undefined;
}

/**
 * Whether the expression at [start, end) of `whole` stands in a clause told in the pluperfect (pluperfect.ts; rule
 * `de.dates.anchor.background`): "Die Gespräche hatten am Dienstag begonnen" tells what came before the account, so
 * its day anchors no later sentence ("… noch in der Nacht" is the night of the account's day, not of that Tuesday).
 * Reads at most WINDOW characters on either side, so a sentence of many dates stays linear.
 */
export function backgroundAt(whole: string, start: number, end: number): boolean {
  const lo = Math.max(0, start - WINDOW);
  const text = whole.slice(lo, end + WINDOW);
  const {from, to} = clauseAround(text, start - lo, end - lo);
  return PLUPERFECT.test(text.slice(from, to).replace(/(\d)\./gu, "$1 "));
}
