/**
 * Words that make an agreement noun ("Abkommen", "Vereinbarung", "Einigung") an agreement event, and the attributive
 * participles of decision verbs that type a noun phrase's event as a decision. Plain data, lower case.
 */

/**
 * Verbs of reaching, concluding or signing an agreement (rule `de.event.agreement`, `CueContext.predicate`): an agreement
 * noun is an event only with one of them in its clause ("haben ein Abkommen geschlossen", "die Einigung kam am Montag
 * zustande", "eine Vereinbarung unterzeichnet"). Named as the object of talk, campaigning or opinion ("warb für das
 * Abkommen", "kritisierte die Vereinbarung", "über das Abkommen beraten") or as a document ("laut dem Abkommen") it is none.
 * Past and present forms and participles only: an infinitive names a plan ("wollen ein Abkommen schließen").
 * A phrase "verb particle" asks for the particle closing the clause ("kam … zustande").
 */
export const AGREEMENT_REACHED: readonly string[] = [
  "geschlossen", "schloss", "schlossen", "schließt", "abgeschlossen", "schloss ab", "schlossen ab", "schließt ab",
  "erzielt", "erzielte", "erzielten",
  "unterzeichnet", "unterzeichnete", "unterzeichneten", "unterschrieben", "unterschrieb",
  "ausgehandelt", "handelte aus", "handelten aus", "getroffen",
  "vereinbart", "vereinbarte", "vereinbarten", "besiegelt", "besiegelte", "besiegelten", "paraphiert", "paraphierte", "paraphierten",
  "geeinigt", "einigte", "einigten", "verständigt", "verständigte", "verständigten", "gelang", "gelungen",
  "zustande", "kam zustande", "kamen zustande", "zustandegekommen",
  // the agreement was announced: "Die Einigung wurde am Abend verkündet"
  "verkündet", "verkündete", "verkündeten", "bekanntgegeben", "gab bekannt", "gaben bekannt",
  // attributive participles of reaching: "die am Dienstag getroffene Vereinbarung", "das 2019 geschlossene Abkommen"
  "getroffene", "getroffenen", "geschlossene", "geschlossenen", "abgeschlossene", "abgeschlossenen", "erzielte", "erzielten",
  "unterzeichnete", "unterzeichneten", "ausgehandelte", "ausgehandelten", "vereinbarte", "vereinbarten"
];

/**
 * General verbs of finding and reaching ("fand", "traf", "erreichte"): they make an agreement only with the noun as their
 * bare object (`CueContext.orObjectOf`): "fanden am Montag eine Einigung", "eine Vereinbarung gefunden"; not "Das Abkommen
 * fand breite Zustimmung", "Kritik am Abkommen kam …", "Die Kritik an der Vereinbarung erreichte einen Höhepunkt".
 */
export const AGREEMENT_REACHED_OBJECT = {
  // "came" takes the noun as its bare subject right before it: "Die Einigung kam am Mittwoch"
  subject: ["kam", "kamen"],
  finite: ["fand", "fanden", "traf", "trafen", "erreichte", "erreichten"],
  participles: ["gefunden", "erreicht"]
} as const;

/**
 * Words right after an agreement noun that date the agreement itself (`CueContext.orNext`): "die Einigung vom Montag",
 * "das Abkommen vom 2. März" (the noun is then an agreement whatever the clause's verb: "begrüßte die Einigung vom Montag").
 */
export const AGREEMENT_DATED: readonly string[] = ["vom"];
