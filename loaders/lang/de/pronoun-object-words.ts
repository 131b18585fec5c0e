/**
 * Words of rule pronoun-object+subject (pronoun-object-subject.ts): an unstressed object pronoun stands before the
 * subject in German ("sagte ihm Lindqvist", "als sich Ibarrondo meldete"), so a capitalised word right after one is the subject.
 */

/** Object pronouns (dative, accusative, reflexive) that come before a noun subject in the middle field. */
export const objectPronouns: readonly string[] = "mir dir ihm ihr ihn uns euch ihnen sich mich dich es".split(" ");

/** Conjunctions that open a clause whose middle field may hold an object pronoun before the subject ("wie es Hallmann sieht", "als ihm Ibarrondo …"). */
export const pronounClauseOpeners: readonly string[] = "dass daß da nachdem weil ob obwohl bevor sobald wenn sodass falls sofern solange indem obgleich seitdem ehe als wie wo woher wohin warum weshalb wieso während bis".split(" ");

/** Relative pronouns that open a clause after a comma (", die sich Ibarrondo kaufte", ", dem ihn Lindqvist zeigte"). */
export const pronounRelatives: readonly string[] = "der die das dem den denen deren dessen welcher welche welches welchem welchen".split(" ");

/** Forms of "geben" after which "es" is the subject of "es gibt" and the capitalised word its object ("gab es Proteste"). */
export const existentialVerbs: readonly string[] = "gibt gab gäbe gebe geben gaben".split(" ");
