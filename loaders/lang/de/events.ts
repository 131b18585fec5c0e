/**
 * German event cues: words that report a dated thing that happened or is
 * planned. Plain data: each cue has an id, an event type and a pattern
 * fragment matched as a whole word ("~" at the start also allows a compound
 * noun ending in it: "~gipfel" matches "G20-Gipfel", but "~treffen" does not
 * match the verb "betreffen", since compounds must be capitalised).
 * Cues are tried in the order of `eventCues` in index.ts; the first cue that
 * matches a word wins, so "Gipfeltreffen" is a summit, not a meeting.
 * Some cue words count only in the context their cue's `context` rules ask
 * for: a separable particle later in the clause ("kündigte … an", "lehnte …
 * ab"), an article before ("ein Brand", not the name "Brand"), no "sich" after
 * ("präsentiert sich").
 * Cues marked `factual` report only what happened: they give no event in a
 * clause that negates, plans or supposes it (`nonFactualWords`), so "soll … den
 * Bau beschließen" or "hat nicht zugestimmt" is no decision. Verbs whose
 * infinitive often names a plan or a wish ("wählen", "vorstellen") are listed
 * only in past and present forms.
 */
import {negationWords} from "./negation.js";
import {PLANNED_HAPPENING, PLANNED_START} from "./event-plans.js";

export interface EventCue {
  id: string;
  type: string;
  pattern: string;
  /** Only an event when its clause holds none of `nonFactualWords`. */
  factual?: boolean;
  /** Words of the pattern that are a cue only in the context a rule asks for (all its conditions hold). */
  context?: readonly CueContext[];
  /** A cue of saying or announcing: a date in the clause it reports dates what was said, not the saying. */
  reports?: boolean;
  /** Event types this cue's mention takes the place of in its sentence ("brach die Verhandlungen ab" is a break-off, not also a negotiation). */
  replaces?: readonly string[];
}

/**
 * A condition on some words of a cue: `pattern` (matched as a whole word, case-insensitive) picks the words;
 * `later`: one of these separable particles must close a clause later in the main clause ("kündigte, wie
 * erwartet, Neuwahlen an"; not "kündigte ihm an seinem Geburtstag");
 * `before`: one of these must stand right before, or before lower-case adjectives (an article: "ein schwerer
 * Brand", not the name "Brand");
 * `notAfter`: none of these may stand before, over lower-case adjectives but no article and over a duration ("nach
 * langen Verhandlungen", "nach drei Wochen zäher Verhandlungen": a phase before the sentence's event, not an event of its own);
 * `notNext`: none of these phrases (words separated by spaces) may follow right after ("präsentiert sich");
 * `notLater`: none of these phrases may follow anywhere later in the clause ("wählte die Nummer");
 * `plannedLater`: none of these infinitives may follow later in the clause under a word that governs it (`planGovernors`:
 * "Die Gespräche sollen am Montag beginnen" plans them; "Die Gespräche beginnen heute" states a fact; rule
 * `de.event.plan.governed-infinitive` in event-plans.ts);
 * `inClause`: one of these phrases must stand somewhere in the clause, before or after ("sprach mit …", "mit ihm gesprochen");
 * `orLater`: with `inClause`, one of these separable particles closing the clause (as `later`) will do instead ("stimmte … zu");
 * `withWord`: a word of the clause, before or after, must match this pattern whole (lower case; compounds by a
 * leading `\p{L}*`: "brach die Koalitionsgespräche ab");
 * `notBefore`: none of these words may stand right before ("zu verlassen" is an infinitive of a plan or threat);
 * `personSubject`: a lower-case (verb) form counts only when its clause holds "sich" or its subject is no thing: a noun
 * subject with an article (opening the clause, else right after the word) must name a person or a body of people
 * ("Die Ministerin trifft …"), not a thing ("Ein Streik trifft vor allem Pendler", "Die Maßnahmen treffen Schüler");
 * see loaders/events/subject.ts.
 */
export interface CueContext {
  pattern: string;
  later?: readonly string[];
  before?: readonly string[];
  notAfter?: readonly string[];
  notNext?: readonly string[];
  notLater?: readonly string[];
  plannedLater?: readonly string[];
  inClause?: readonly string[];
  orLater?: readonly string[];
  withWord?: string;
  notBefore?: readonly string[];
  personSubject?: boolean;
  /**
   * Verbs of advocacy or protest (a pattern matched whole against lower-case words): the word is no event when it stands
   * in a noun phrase that `purposeLeads` opens and a word of its clause matches ("für die Freilassung demonstrieren",
   * "sich für die Umsetzung des Abkommens einsetzen", "stimmte für die Vereinbarung": the event is the protest or the vote).
   */
  notPurpose?: string;
  /**
   * One of these verbs must stand in the clause, before or after ("ein Angebot vorgelegt"); a phrase of a verb and its
   * separable particle ("legte vor") asks for the verb in the clause and the particle closing a clause after it, in the
   * main clause ("legten die Arbeitgeber ein erstes Angebot vor").
   */
  predicate?: readonly string[];
  /** None of these verbs (phrases as in `predicate`) may stand in the clause: "kündigte Warnstreiks an" announces a strike, it does not report one. */
  notPredicate?: readonly string[];
  /** No word of the clause, before or after, may match this pattern whole (lower case): "rief die Schlichtung an" is no call. */
  withoutWord?: string;
  /** None of these phrases may stand anywhere in the clause ("hat sich auf das Gesetz berufen" invokes, it appoints no one). */
  notInClause?: readonly string[];
  /** A word of the article (lower case) must match this pattern whole: "die zweite Runde" is talks only in an article about talks, not in one about a tournament. */
  inArticle?: string;
  /**
   * The word (lower case: a verb) is no cue when it is an infinitive under a word that governs it in its clause: "er werde am
   * Wochenende nach Kairo reisen", "wird den Präsidenten treffen" plan it (rule `de.event.plan.governed-cue` in event-plans.ts).
   */
  plannedSelf?: boolean;
  /** The word counts only when its clause's subject names people or a body of people (`peopleSubject` in loaders/events/subject.ts). */
  peopleSubject?: boolean;
}

export {PLANNED_HAPPENING, PLANNED_START} from "./event-plans.js";

/** Prepositions that open a purpose phrase ("für die Freilassung", "gegen das Abkommen"). */
export const purposeLeads: readonly string[] = ["für", "gegen"];
/** Verbs of advocacy, protest or voting that take a purpose phrase, lower case ("demonstrierten", "einzusetzen", "warb", "stimmte"). */
export const ADVOCACY = "demonstr\\p{L}*|protestier\\p{L}*|\\p{L}*einzusetzen|einsetzen|eingesetzt|setzt|setzte|setzten|wirbt|werben|warb|warben|geworben|" +
  "kämpf\\p{L}*|gekämpft|plädier\\p{L}*|appellier\\p{L}*|mobilisier\\p{L}*|stimmt|stimmte|stimmten|stimmen|gestimmt|eintreten|eingetreten|trat|traten|tritt|" +
  "aussprechen|ausgesprochen|sprach|sprachen|spricht|demonstration\\p{L}*|kundgebung\\p{L}*|protest|proteste|protesten";

/** Articles and article-holding prepositions before a noun ("ein Brand", "beim Brand"). */
export const nounLead = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer", "beim", "vom", "im", "zum", "nach", "seit", "dieser", "diesen", "diesem", "dieses"];

export const summitCue: EventCue = {
  id: "de.event.summit", type: "summit", pattern: "~gipfel(?:treffen)?(?:s|n)?",
  context: [{pattern: "\\p{L}*gipfel(?:treffen)?(?:s|n)?", plannedLater: PLANNED_START}]
};
/** Bodies and procedures one appeals to ("die Schlichtung anrufen", "rief das Verfassungsgericht an"), lower case. */
const APPEALED = "\\p{L}*(?:schlichtung|schiedsstelle|einigungsstelle|gericht|gerichtshof|ausschuss|sicherheitsrat|instanz|kommission|schlichter|ombudsstelle)";

export const callCue: EventCue = {
  id: "de.event.call",
  type: "call",
  pattern: "~telefon(?:at|gespräch)(?:e|s|es|en)?|telefon|telefonier(?:t|te|ten|en)|anruf(?:e|s|en)?|an(?:zu)?rufen|anruft|rief|~gespräch(?:s|es)?|sprach(?:en)?|gesprochen",
  context: [
    // "rief ihn an" calls; "rief … zur Ruhe auf", "rief den Notstand aus" appeal or proclaim
    {pattern: "rief", later: ["an"]},
    // "rief die Schlichtung an", "das Gericht anrufen": an appeal to a body or a procedure, no call
    {pattern: "rief|an(?:zu)?rufen|anruft", withoutWord: APPEALED},
    // one speaker: "sprach mit Putin" is a talk; "sprach von einem Skandal", "sprach über die Lage", "sprach sich für … aus" are not
    {pattern: "sprach|gesprochen", inClause: ["mit", "miteinander"]},
    // two or more: "sprachen über die Ukraine" is a talk, "sprachen sich für … aus", "sprachen von einem Erfolg" are not
    {pattern: "sprachen", notNext: ["sich", "von"]},
    // "werde den Präsidenten anrufen", "wird mit ihm telefonieren": planned
    {pattern: "anrufen|telefonieren", plannedSelf: true}
  ]
};
export const meetingCue: EventCue = {
  id: "de.event.meeting", type: "meeting",
  pattern: "~treffen(?:s)?|treffe|trifft|traf(?:en)?|getroffen|begegnung(?:en)?|zusammenkunft|zusammengetroffen|zusammenzutreffen|~zusammentreffen(?:s)?|empfing(?:en)?|empfangen|" +
    "kam(?:en)?|kommt|kommen|zusammengekommen|zusammenkam(?:en)?|zusammenkommt|zusammenkommen",
  context: [
    // people meet; a thing "trifft" (hits) someone: "Der Streik traf Tausende Pendler"
    {pattern: "treffen|treffe|trifft|traf(?:en)?|getroffen|zusammengetroffen", personSubject: true},
    // "Das Treffen soll am Freitag stattfinden" plans it
    {pattern: "\\p{L}*treffen(?:s)?|begegnung(?:en)?|zusammenkunft", plannedLater: PLANNED_START},
    // "empfing die Delegationen zu Gesprächen" receives for talks; "empfing Signale", "zu empfangen" (a plan) do not
    {pattern: "empfing(?:en)?|empfangen", withWord: "\\p{L}*gespräch(?:e|en)?|unterredung(?:en)?|treffen|beratung(?:en)?|audienz", notBefore: ["zu"]},
    // "wird am Montag den Präsidenten treffen", "um ihn zu treffen": planned
    {pattern: "treffen", plannedSelf: true},
    // "Die Delegationen kamen am Dienstag in Kairo zusammen": people or bodies meet, "zusammen" in the verb's own clause;
    // "kam zu spät", "Das kommt alles zusammen", "100.000 Unterschriften sind zusammengekommen" do not
    // "zusammen" must close the clause as the verb's particle: "kamen zusammen auf 45 Prozent", "kamen zusammen mit ihren Familien" do not meet
    {pattern: "kam(?:en)?|kommt|kommen", later: ["zusammen"], peopleSubject: true},
    {pattern: "zusammengekommen|zusammenkam(?:en)?|zusammenkommt|zusammenkommen", peopleSubject: true},
    {pattern: "zusammenkommen", plannedSelf: true}
  ]
};
export const visitCue: EventCue = {
  id: "de.event.visit", type: "visit", pattern: "~besuch(?:e|s|es|en)?|besucht(?:e|en)?|besuchen|reise|~staatsreise|~dienstreise|reiste|anreiste|reisen",
  context: [
    {pattern: "\\p{L}*besuch(?:e|s|es|en)?|\\p{L}*reise", plannedLater: PLANNED_START},
    // "kündigte an, er werde am Wochenende nach Kairo reisen", "wird Kairo besuchen": planned
    {pattern: "besuchen|reisen", plannedSelf: true}
  ]
};
export const releaseCue: EventCue = {
  // no infinitive "freilassen": "wird … freilassen", "will … freilassen" plan it
  id: "de.event.release", type: "release", pattern: "freilassung|freigelassen|freiließ(?:en)?|freigekommen",
  // "demonstrierten für die Freilassung": the protest is the event, not a release; "soll die Freilassung … stattfinden" plans it
  context: [{pattern: "freilassung", notPurpose: ADVOCACY, plannedLater: PLANNED_HAPPENING}]
};
export const exchangeCue: EventCue = {id: "de.event.exchange", type: "exchange", pattern: "~gefangenenaustausch(?:s|es)?|~austausch(?:s|es)?"};
export const invasionCue: EventCue = {id: "de.event.invasion", type: "invasion", pattern: "invasion|einmarsch(?:s|es)?|einmarschiert(?:e|en)?|~angriffskrieg(?:s|es)?"};
/** Plural units of a duration that a "nach" phrase may hold before its noun ("nach drei Wochen zäher Verhandlungen"). */
export const durationUnits: readonly string[] = ["stunden", "tagen", "wochen", "monaten", "jahren"];

/**
 * A noun cue that an offset points from is a reference point, no event of its own (rule `de.event.reference.offset`): "Einen
 * Tag nach dem Inkrafttreten der Waffenruhe wurden am Montag …", "Fünf Tage nach dem Abbruch der Gespräche verhandeln sie
 * wieder", "kurz vor der Wahl": the sentence's date is that of its main event, the referenced one lies before or after it.
 * A unit of a duration (`units`, singular or plural) or an adverb of nearness (`adverbs`), then a lead (`leads`), an article
 * (`articles`) and at most a few lower-case adjectives before the noun.
 * Its id names the rule for the docs only: the rule removes or keeps rows and no row records it (not in a `rule` or note column).
 */
export const offsetReference = {
  id: "de.event.reference.offset",
  units: ["minute", "minuten", "stunde", "stunden", "tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren"],
  adverbs: ["kurz", "unmittelbar", "wenige", "knapp"],
  leads: ["nach", "vor"],
  articles: ["dem", "der", "den"]
} as const;

/**
 * A person named as the source of what a sentence reports is no actor of its event (rule `de.event.actor.source-phrase`):
 * "Laut Lena Haupt warten noch 40 Menschen auf ihre Freilassung", "nach Angaben der Sprecherin Lena Haupt", "Lena Haupt
 * zufolge". The id is not recorded in a row (it removes an actor). `leads` stand before the name (a few words of a role may come between, no punctuation), `after` after it.
 */
export const actorSourcePhrase = {
  id: "de.event.actor.source-phrase",
  leads: ["laut", "nach angaben", "nach einschätzung", "nach darstellung", "nach auskunft", "nach aussage", "nach aussagen", "nach worten"],
  after: ["zufolge"],
  /** Lower-case adjectives that may stand between a lead and the name, after `gapWords` and before a role noun ("laut der neuen Sprecherin"). */
  gap: 2,
  /** Articles and "von" that may open the words between a lead and the name ("nach Angaben von Außenamtssprecher"); any other word, a verb or a noun that is no role, ends the phrase. */
  gapWords: ["der", "die", "des", "dem", "den", "von", "vom", "des", "eines", "einer", "seines", "seiner", "ihres", "ihrer"]
} as const;

/** Words that make a duration approximate, before its number ("nach rund drei Wochen", "nach knapp 20 Stunden"); "mehr als" and "weniger als" are read as pairs. */
export const durationApproximators: readonly string[] = ["rund", "etwa", "circa", "ca", "knapp", "fast", "beinahe", "nahezu", "gut", "über", "insgesamt"];

/** Words that open a noun phrase as its article: a phrase with one names particular talks, not a phase ("nach den Verhandlungen am Montag"). */
export const articleWords: readonly string[] = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer", "diese", "dieser", "diesen", "diesem", "dieses", "ihren", "seinen", "beiden"];
export const decisionCue: EventCue = {
  id: "de.event.decision", type: "decision", factual: true,
  pattern: "beschlossen|beschloss(?:en)?|beschließt|~beschluss(?:es)?|~beschlüsse(?:n)?|verabschiedet(?:e|en)?|~abstimmung(?:en)?|abgestimmt|zugestimmt|abgelehnt|lehnte(?:n)?|" +
    "stimmte(?:n)?|gestimmt|billigte(?:n)?|gebilligt|genehmigt",
  context: [
    // "lehnte … ab" decides; "lehnte sich an die Wand" does not
    {pattern: "lehnte(?:n)?", later: ["ab"]},
    // "stimmte für den Antrag" votes, "stimmte dem Abkommen zu" approves ("zu" closing the clause as the verb's particle);
    // "das stimmte" is true, "stimmten nur bis zu einem gewissen Grad" is too
    {pattern: "stimmte(?:n)?|gestimmt", inClause: ["für", "gegen", "dafür", "dagegen"], orLater: ["zu"]}
  ],
  // "Das Kabinett stimmte dem Abkommen zu", "Das Parlament billigte die Vereinbarung": a body's decision on an agreement, not a
  // second agreement (an agreement mention of the same clause is dropped; one in another clause is kept)
  replaces: ["agreement"]
};
export const announcementCue: EventCue = {
  id: "de.event.announcement", type: "announcement", factual: true, reports: true,
  pattern: "angekündigt|kündigte(?:n)?|~ankündigung(?:en)?|vorgestellt|präsentiert(?:e|en)?",
  // "kündigte … an" announces; "kündigte ihm fristlos" dismisses; "präsentiert sich" is a manner, not a presentation
  context: [{pattern: "kündigte(?:n)?", later: ["an"]}, {pattern: "präsentiert(?:e|en)?", notNext: ["sich"]}]
};
export const electionCue: EventCue = {
  id: "de.event.election", type: "election", factual: true,
  pattern: "wahl(?:en)?|~(?:tags|rats|meister|präsidentschafts|kommunal|europa|parlaments|kanzler)wahl(?:en)?|stichwahl(?:en)?|neuwahl(?:en)?|gewählt|wiedergewählt|wählte(?:n)?",
  context: [
    // "wählte ein neues Parlament", "wählte den Vorstand"; not the choice of a number, a way or words
    {pattern: "wählte(?:n)?", notLater: ["nummer", "notruf", "notrufnummer", "weg", "route", "worte", "wort", "richtung", "farbe", "taxi", "platz"]},
    // "die Wahl fiel auf", "die Wahl zwischen" is a choice; "die Wahl am Sonntag", "die Wahl des Bürgermeisters" an election
    {pattern: "wahl", notNext: ["fiel", "fällt", "traf", "trifft", "zwischen"], notLater: ["fiel auf", "fällt auf"]}
  ]
};
export const legalCue: EventCue = {
  id: "de.event.legal", type: "legal", factual: true,
  pattern: "~klage|anklage|anklagen|verklagt(?:e|en)?|angeklagt|urteil(?:s|e)?|~(?:gerichts|straf|todes|grundsatz)urteil(?:s|e|en)?|~haftstrafe(?:n)?|freispruch(?:s|es)?|freigesprochen"
};
export const resignationCue: EventCue = {
  id: "de.event.resignation", type: "resignation", factual: true,
  pattern: "zurückgetreten|~rücktritt(?:s|es)?"
};
export const appointmentCue: EventCue = {
  id: "de.event.appointment", type: "appointment", factual: true,
  pattern: "ernannt(?:e|en)?|ernennt|~ernennung(?:en)?|berufen|berief(?:en)?",
  // "wurden als Schlichter berufen", "berief sie in den Vorstand"; "berief sich auf", "hat sich auf … berufen" invoke, "gegen
  // das Urteil berufen" (Austrian) appeals
  context: [{pattern: "berufen|berief(?:en)?", notInClause: ["sich", "gegen"]}]
};
/**
 * A swearing-in: "wurde am Montag angelobt" (Austrian), "die Angelobung", "wurde als Bürgermeister vereidigt", "die Vereidigung",
 * "legte den Amtseid ab", "leistete den Amtseid". "Amtseid" counts only with a verb of taking it in its clause ("den Amtseid
 * verweigern" is none); "soll am Montag angelobt werden" plans it (factual).
 */
export const swearingInCue: EventCue = {
  id: "de.event.swearing-in", type: "swearing-in", factual: true,
  pattern: "angelobt(?:e|en)?|~angelobung(?:en)?|vereidigt(?:e|en)?|~vereidigung(?:en)?|~amtseid(?:e|es|s)?",
  context: [{pattern: "\\p{L}*amtseid(?:e|es|s)?", withWord: "legte|legten|legt|abgelegt|leistete|leisteten|leistet|geleistet|schwor|schworen|geschworen"}]
};
export const accidentCue: EventCue = {
  id: "de.event.accident", type: "accident", factual: true,
  pattern: "~unfall(?:s|es)?|~unfälle(?:n)?|~unglück(?:s|es)?|verunglückt(?:e|en)?|~explosion(?:en)?|explodiert(?:e|en)?|entgleist(?:e|en)?|~brand(?:s|es)?",
  // the bare noun only after an article, maybe over adjectives ("ein schwerer Brand", "beim Brand"): "Brand sagte" names a person; compounds ("Großbrand") always
  context: [{pattern: "brand(?:s|es)?", before: nounLead}]
};
/**
 * A treaty, law or ceasefire taking effect: "ist in Kraft getreten", "trat in Kraft", "das Inkrafttreten". Only "Kraft"
 * right after "in" with a past or present form of "treten" in its clause (the infinitive "wird … in Kraft treten" plans it;
 * "außer Kraft", "mit aller Kraft" are no cue).
 */
export const inForceCue: EventCue = {
  id: "de.event.in-force", type: "in-force", factual: true,
  pattern: "kraft|inkrafttreten(?:s)?",
  context: [{pattern: "kraft", before: ["in"], withWord: "tritt|trat|traten|getreten"}]
};

export const agreementCue: EventCue = {
  id: "de.event.agreement", type: "agreement", factual: true,
  pattern: "unterzeichnet(?:e|en)?|~unterzeichnung(?:en)?|~abkommen(?:s)?|~vereinbarung(?:en)?|geeinigt|einigte(?:n)?|~einigung",
  context: [
    // "einigten sich auf …" agrees; "einigte das Land" unites
    {pattern: "einigte(?:n)?", inClause: ["sich"]},
    // "für die Umsetzung des Abkommens demonstriert", "stimmte für die Vereinbarung": the protest or the vote is the event;
    // "endet ohne Einigung" denies it
    {pattern: "\\p{L}*(?:abkommen(?:s)?|vereinbarung(?:en)?|einigung)", notPurpose: ADVOCACY, notAfter: ["ohne"]}
  ]
};
export const statementCue: EventCue = {id: "de.event.statement", type: "statement", reports: true, pattern: "erklärung|berichtete|erklärte|teilte|verkündete|bekanntgab|pressekonferenz"};

/**
 * Words that make a clause not report a fact for `factual` cues: negation (`negationWords`, one list
 * with the quote veto; whether one denies is `deniesAt`),
 * plans and obligations (modal verbs, "geplant"), suppositions (Konjunktiv II, conditions).
 */
export const nonFactualWords: readonly string[] = [
  ...negationWords,
  "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "möchte", "möchten",
  "muss", "müssen", "kann", "können", "darf", "dürfen", "plant", "planen", "plante", "planten", "geplant",
  "würde", "würden", "hätte", "hätten", "wäre", "wären", "könnte", "könnten", "falls", "sofern", "wenn",
  // hopes, demands and threats: "hofft auf eine Einigung", "fordert einen Beschluss", "droht mit Streik"
  "hoffe", "hofft", "hoffen", "hoffte", "hofften", "erhofft", "fordert", "fordern", "forderte", "forderten",
  "verlangt", "verlangen", "verlangte", "verlangten", "droht", "drohen", "drohte", "drohten", "angedroht",
  // comparisons with what is not reached: "näher an einer Einigung als je", "von einem Abkommen weit entfernt"
  "näher", "entfernt",
  // confidence and judgements that deny what may come: "zuversichtlich, dass …", "hält eine Einigung für unrealistisch";
  // not "wahrscheinlich" or "denkbar", which hedge a report as often ("wurde wahrscheinlich durch … verursacht")
  "zuversichtlich", "optimistisch", "unrealistisch", "undenkbar", "unwahrscheinlich"
];

/**
 * Words of supposition, condition and plan that keep every cue of their clause from an event, not only `factual` ones:
 * "Sollte sie scheitern, könnte eine Seite die Schlichtung anrufen", "wollen am Samstag in einer vierten Runde beraten",
 * "Das Treffen soll am Montag stattfinden". Not the Konjunktiv II of "haben" and "sein", which reported speech uses for
 * what happened ("sie hätten sich am Montag getroffen"), nor "kann"/"muss", which also tell what is.
 */
export const suppositionWords: readonly string[] = [
  "sollte", "sollten", "könnte", "könnten", "würde", "würden", "müsste", "müssten", "dürfte", "dürften", "falls", "sofern",
  "soll", "sollen", "solle", "will", "wollen", "wolle", "wollte", "wollten", "plant", "planen", "plante", "planten", "geplant", "beabsichtigt"
];

/** Words that open a noun subject ("der", "ein", "diese"), and conjunctions that may stand before them at the clause's start. */
export const subjectArticles: readonly string[] = ["der", "die", "das", "ein", "eine", "dieser", "diese", "dieses", "jeder", "jede", "jedes", "kein", "keine", "beide", "alle"];
export const subjectConjunctions: readonly string[] = ["und", "aber", "doch", "denn", "dass", "weil", "da", "als", "nachdem", "obwohl", "wenn", "ob", "wie"];

/**
 * Heads of nouns of people that the role lexicons (loaders/lang/de/person-roles.ts) lack: groups and bodies that meet,
 * and nominalised participles of people ("die Beschäftigten", "die Streikenden"). Lower case, without endings.
 */
export const peopleNounHeads: readonly string[] = `
delegation regierung kabinett gruppe fraktion koalition partei gewerkschaft verband ausschuss kommission komitee rat
seite spitze führung team mannschaft leute belegschaft tarifpartei sozialpartner verhandlungspartner
beschäftigt angestellt bedienstet abgeordnet delegiert streikend demonstrant protestierend studierend reisend
`.split(/\s+/).filter(Boolean);
