/**
 * Verbs whose object, and mostly whose subject, is a person: a firm, town or club is not married, murdered, arrested,
 * kissed or talked round ("heiratete Tarvosek", "versuchte, Tarvosek zu überreden"). Plain data for the person cue rule
 * person-verb (./personCues/person-verbs.ts): weak verbs by their infinitive, whose forms are made by rule;
 * strong and irregular verbs with their forms listed.
 */

/** Weak verbs (infinitive): present "-t", past "-te"/"-ten" and the infinitive after "zu" are made from the stem. */
export const weakPersonVerbs: readonly string[] = [
  "heiraten", "ehelichen", "ermorden", "töten", "erwürgen", "vergiften", "enthaupten", "verhaften", "begnadigen", "entführen", "küssen", "umarmen",
  "trösten", "ohrfeigen", "beleidigen", "verführen", "vergewaltigen", "foltern", "krönen", "taufen", "adoptieren", "überreden", "überzeugen",
  "brüskieren", "verhören", "interviewen", "porträtieren", "bestatten", "beerdigen", "verheiraten", "heilen", "pflegen", "verprügeln"
];

/** Strong and irregular verbs: forms that may stand right before the person (finite) or after "zu" (infinitive). */
export const strongPersonVerbForms: readonly string[] = [
  "erschoss", "erschossen", "erschießt", "erschießen", "erstach", "erstachen", "ersticht", "erstechen", "erschlug", "erschlugen", "erschlägt", "erschlagen",
  "entließ", "entließen", "entlässt", "entlassen", "verriet", "verrieten", "verrät", "verraten"
];
