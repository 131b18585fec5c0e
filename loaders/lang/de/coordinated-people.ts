/**
 * de.speaker.coordinated-people: words that join two people into one group of speakers ("Anna Roth und Karl Berg
 * sagten, …"). Such a speaker span names a group: it keeps its whole text as the speaker and no one person's id,
 * never the person named last alone (loaders/quotes/headMention.ts). Plain data, lower case.
 */
export const peopleConjunctions: readonly string[] = ["und", "sowie", "&"];

/** The rule id a coordinated speaker's row carries after its quote rule's. */
export const COORDINATED_PEOPLE_RULE = "de.speaker.coordinated-people";
