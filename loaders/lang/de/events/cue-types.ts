/**
 * The shape of a German event cue and of the contexts it may ask for (plain data: the cue files of this folder hold
 * the cues, loaders/lang/de/index.ts `eventCues` their order).
 */

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
 * `withWordUnled`: with `withWord`, the matching word may not follow one of these (lower-case) prepositions, right before
 * it or over one word ("unterbrach seinen Urlaub für Gespräche": the talks are not what is interrupted);
 * `unledOnly`: with `withWordUnled`, only words matching this pattern must be unled, the others of `withWord` count anywhere
 * ("in der zweiten Runde des Pokals gescheitert" is no round of talks, "in den Verhandlungen gescheitert" is talks);
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
  withWordUnled?: readonly string[];
  unledOnly?: string;
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
  /** With `predicate`: one of these words right after the cue will do instead ("die Einigung vom Montag": the noun dated). */
  orNext?: readonly string[];
  /**
   * With `predicate`: general verbs that also do, only with the word as their bare object, not led by a preposition:
   * a finite form before it ("fanden am Montag eine Einigung"), a participle after it ("eine Vereinbarung gefunden");
   * not "Das Abkommen fand breite Zustimmung", "Die Kritik an der Vereinbarung erreichte einen Höhepunkt". A verb of
   * `subject` takes the bare word as its subject right before it ("Die Einigung kam am Mittwoch").
   */
  orObjectOf?: {subject: readonly string[]; finite: readonly string[]; participles: readonly string[]};
  /**
   * The word (a participle) counts only as the head of an extended attribute that one of these articles opens, with words
   * or a number of its own between ("das am Freitag gebilligte Abkommen", "die 2019 beschlossene Reform"; not "die
   * beschlossenen Mittel", "14 genehmigte Anträge"); see loaders/events/attribute.ts.
   */
  extendedAttribute?: readonly string[];
  /** None of these verbs (phrases as in `predicate`) may stand in the clause: "kündigte Warnstreiks an" announces a strike, it does not report one. */
  notPredicate?: readonly string[];
  /**
   * None of these verbs (phrases as in `predicate`) may take the word as its object: a verb in the clause vetoes unless
   * the word is led by a preposition ("Nach der Kundgebung … zog sich die Polizei zurück") or the verb is reflexive ("sich").
   */
  notObjectOf?: readonly string[];
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
