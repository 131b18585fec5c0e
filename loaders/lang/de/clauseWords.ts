/**
 * Words that open subordinate clauses, as the quote and speaker rules test
 * them. The lists differ on purpose; each says what it adds. Plain data, lower case.
 */

/** Conjunctions that open a subordinate clause (adverbial or "wie"/"was"/"wo"), shared by the Konjunktiv clause tests below. */
export const adverbialSubordinators: readonly string[] = [
  "weil", "da", "wenn", "obwohl", "als", "nachdem", "bevor", "damit", "sodass", "so", "wie", "was", "wo", "um", "während", "indem", "falls", "sofern"
];

/** Words that open a subordinate clause whose Konjunktiv belongs to the report, not to a new one: the adverbial subordinators and "ob". */
export const reportSubordinators: readonly string[] = [...adverbialSubordinators, "ob"];

/** Words that open a clause whose Konjunktiv does not make it a noun's content: the adverbial subordinators and the relative pronouns "welcher", "dessen", "deren". */
export const nounClauseSubordinators: readonly string[] = [...adverbialSubordinators, "welcher", "welche", "welches", "dessen", "deren"];

/** Words that open a subordinate clause before a speech verb whose subject then follows them ("wie er sagte", "wobei er betonte"). */
export const cueClauseSubordinators: readonly string[] = [
  "wie", "was", "als", "wobei", "womit", "wonach", "nachdem", "weil", "da", "wenn", "ob", "indem", "obwohl", "während", "bevor", "sobald", "weshalb", "weswegen"
];

/** Definite articles after a comma: with a capitalised noun they open a main clause (", das Gericht sei …"), without one a relative clause (", das er habe"). */
export const commaArticles: readonly string[] = ["der", "die", "das", "den", "dem"];

/** Correlatives of a consecutive clause ("so umbauen, dass …", "derart laut, dass …"): the "dass" after them states a result, not a content. */
export const consecutiveCorrelatives: readonly string[] = ["so", "derart", "dermaßen", "solcherart", "solchermaßen"];

/**
 * Words that open a content clause after a cue and its comma, holding a quotation the clause embeds
 * ("sagte, dass …", "fragte, ob …", "sagte, wer „…“ angreife, …"): the conjunctions and the
 * question words that open a headless relative or an indirect question.
 */
export const contentClauseOpeners: readonly string[] = ["dass", "daß", "ob", "wer", "warum", "weshalb", "wieso"];
