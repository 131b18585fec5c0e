/**
 * Rule `de.event.actor.stance-object`: a person who judges an event named by a noun cue ("X kritisierte den Beschluss",
 * "Y begrüßte die Einigung", "Z lobte das Abkommen") takes a stance on it and is no actor of it; the people of that
 * clause are left out of the mention's actors (loaders/events/step.ts). A verb that performs the act with the noun
 * ("fasste den Beschluss", "erzielten eine Einigung") is no stance verb.
 */
export const stanceObject = {
  id: "de.event.actor.stance-object",
  /** Stems of verbs of judging (lower case, open at the end: "kritisier" → "kritisierte", "kritisiert"). */
  stems: [
    "kritisier", "begrüß", "begrüss", "lobt", "lobte", "gelobt", "bedauer", "verurteil", "feiert", "feierte", "gefeiert", "kommentier", "bemängel",
    "beklagt", "beklagte", "bezweifel", "rügt", "rügte", "gerügt", "monier", "würdigt", "würdigte", "gewürdigt", "verteidigt", "verteidigte", "bejubel",
    "attackier", "geißel", "zerpflück", "kritteln"
  ]
} as const;
