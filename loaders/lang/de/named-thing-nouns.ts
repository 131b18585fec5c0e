/**
 * Nouns of works and of named things that stand before their name as an apposition ("der Roman Effi Lindner", "die Oper Clara",
 * "der Sturm Kyrill", "das Schiff Queen Lindor"): the name after one names the work or thing, not a person of the text. Matched as the
 * whole word or as a compound's head ("Kriminalroman", "Spielfilm", "Orkantief"). Lower case, singular: a plural before a name
 * is mostly the object of a clause whose subject follows ("schrieb Romane Anna Lindner …" is rare, "Filme" left out all the same).
 * Nouns of roles and characters ("Figur", "Rolle", "Titelheld") are left out: the corpus and readers count characters as persons.
 */
export const namedThingNouns: readonly string[] = (
  // works
  "roman novelle erzählung gedicht drama theaterstück stück oper operette musical ballett sinfonie symphonie film spielfilm " +
  "fernsehfilm serie fernsehserie album single song lied hörspiel comic gemälde skulptur " +
  // storms and vessels
  "sturm orkan hurrikan taifun zyklon tief schiff dampfer fregatte kreuzer jacht yacht tanker raumsonde"
).split(" ");

/**
 * Heads of {@link namedThingNouns} matched as the whole word only: as a compound's head they end words of other kinds
 * ("Kreuzer" is also a coin, "Lied" ends "Mitglied", "Tief" ends "Stief-", "Stück" ends "Grundstück", "Film" ends no person).
 */
export const wholeWordThingNouns: readonly string[] = ["lied", "tief", "stück", "single", "serie"];
