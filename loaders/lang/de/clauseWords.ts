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

/**
 * Words that open a clause commenting on the whole clause before it ("…, was er auf die Lage
 * zurückführt", "…, womit sie den Schritt begründete"): a relative clause on a sentence, not an object.
 */
export const sentenceRelativeOpeners: readonly string[] = ["was", "womit", "wofür", "worauf", "wodurch", "weshalb", "weswegen"];

/**
 * Stems of verbs with which the narrator reports how the speaker accounts for or rates what was
 * said ("…, was er auf X zurückführt", "was sie als Erfolg wertete"), matched as whole words before -t, -et, -te, -ete, -ten, -eten or -en.
 */
export const commentVerbStems: readonly string[] = [
  "zurückführ", "begründ", "wert", "bewert", "bezeichn", "kritisier", "bedauer", "begrüß", "beklag", "interpretier"
];

/** Question words that open an indirect question ("fragte, was …", "wann …", "wie viele …"). */
export const interrogatives: readonly string[] = ["was", "wer", "wen", "wem", "wessen", "wie", "wo", "wohin", "woher", "wann", "warum", "weshalb", "wieso", "weswegen", "welche", "welcher", "welches", "welchen", "welchem", "wozu", "womit", "wofür", "worüber", "wovon"];

/**
 * Pronouns that open a free relative clause ("Wer meint, dass der Sommer kühl wird, täuscht sich."): a speech verb in
 * such a clause says what anyone might say, no one's words the text reports.
 */
export const freeRelativeOpeners: readonly string[] = ["wer"];

/** Relative pronouns that open a relative clause after a comma ("Der Minister, der … zurückgetreten war", "…, denen …"). */
export const relativePronouns: readonly string[] = ["der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welchem", "welchen", "welcher", "welches"];

/**
 * Coordinating conjunctions that may join two verb phrases of one clause ("Die Parteien wollen weiter reden und
 * unterzeichneten am Montag …"): what follows one is no longer under a modal before it (loaders/events/sentenceWords.ts
 * `verbPhraseAround`). Not "aber" and "doch", which inside a clause are mostly particles ("würden aber entschieden
 * abgelehnt"); as conjunctions they follow a comma, which ends the clause anyway.
 */
export const coordinatingConjunctions: readonly string[] = ["und", "oder", "sowie", "sondern"];

/** An infinitive's ending, lower case ("reden", "ändern", "handeln"): a verb phrase under a modal ends in one. */
export const infinitiveEnding = /\p{L}{2,}(?:en|ern|eln)$/u;
