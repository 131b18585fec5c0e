/**
 * Person nouns that describe someone's field, party or function in a negotiation rather than an office only one
 * person holds: after a name, "die Gewerkschafterin", "die Verhandlungsführerin", "die CDU-Politikerin" stand for
 * the person just named, whatever office the text gives her ("GÖD-Chefin Anna Berg … Die Gewerkschafterin
 * verlangte …"). Masculine heads, lower case; compounds count by their last part ("CDU-Politiker",
 * "Chefverhandler"). Plain data.
 */
export const anaphoricPersonNouns: readonly string[] = [
  "gewerkschafter", "politiker", "verhandlungsführer", "verhandler", "unterhändler", "diplomat", "ökonom", "jurist",
  "forscher", "wissenschaftler", "experte", "expertin", "aktivist", "funktionär", "manager", "unternehmer", "sozialdemokrat",
  "christdemokrat", "mediziner", "pädagoge", "pädagogin", "gewerkschaftsführer", "arbeitgebervertreter", "arbeitnehmervertreter"
];

/**
 * Adjectives of a past tenure before a role noun ("der frühere Ministerpräsident", "die ehemalige Staatssekretärin"):
 * a former office describes the person just named as such a noun does, and clashes with no office held now.
 */
export const formerTenureWords: readonly string[] = ["frühere", "ehemalige", "einstige", "vormalige", "langjährige"];
