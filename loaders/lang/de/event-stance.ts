/**
 * Rule `de.event.actor.stance-object`: a person who judges an event named by a noun cue ("X kritisierte den Beschluss",
 * "Y begrüßte die Einigung", "Z lobte das Abkommen") takes a stance on it and is no actor of it; the people of that
 * clause before the verb (or right after it, after a fronted phrase: "Am Montag lobte X die Einigung", "Nach der Sitzung
 * lobte die Ministerin X die Einigung") are left out of the mention's actors
 * (loaders/events/step.ts); the parties named after it ("zwischen X und Y", "mit X", "von X") stay. A verb that performs
 * the act with the noun ("fasste den Beschluss", "erzielten eine Einigung") is no stance verb, nor is a participle used
 * as an adjective of the noun ("der viel kritisierte Beschluss": no determiner between them).
 */
export const stanceObject = {
  id: "de.event.actor.stance-object",
  /** Stems of verbs of judging (lower case, open at the end: "kritisier" → "kritisierte", "kritisiert"). */
  stems: [
    "kritisier", "begrüß", "begrüss", "lobt", "lobte", "gelobt", "bedauer", "verurteil", "feiert", "feierte", "gefeiert", "kommentier", "bemängel",
    "beklagt", "beklagte", "bezweifel", "rügt", "rügte", "gerügt", "monier", "würdigt", "würdigte", "gewürdigt", "verteidigt", "verteidigte", "bejubel",
    "attackier", "geißel", "zerpflück", "kritteln"
  ],
  /** Determiners of the judged noun: one between the verb and the noun makes the verb finite ("lobte die Einigung"). */
  determiners: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "diese[mnrs]?", "jene[mnrs]?",
    "sein", "seine[mnrs]?", "ihr", "ihre[mnrs]?", "unser", "unsere[mnrs]?", "deren", "dessen"
  ],
  /**
   * Nominative determiners that may open the judging subject after the verb, before its name ("Nach der Sitzung lobte
   * die Ministerin Hanna Vogt die Einigung"); "den", "dem", "des" open an object or a genitive, no subject.
   */
  subjectDeterminers: ["der", "die", "das", "ein", "eine"],
  /** Prepositions that name a party of the act after the verb ("mit X", "zwischen X und Y"): no subject follows them. */
  prepositions: ["mit", "von", "vom", "zwischen", "gegen", "durch", "für", "bei", "beim", "zu", "zum", "zur", "an", "auf", "über", "unter", "nach", "aus", "seitens"]

} as const;
