/**
 * Words the events step reads when it picks a mention's actors (loaders/events/step.ts, subject.ts). Plain data,
 * lower case; entries with `\p{L}*` are open at the end ("mein\p{L}*": "meine", "meinem").
 */

/** First-person words shared by both lists below ("ich", "wir", "uns", "meine", "unserer"). */
const firstPersonCore: readonly string[] = ["ich", "wir", "uns", "mein\\p{L}*", "unser\\p{L}*"];

/** First-person words of a direct quote that make its speaker an actor of the event it holds ("wir haben … vereinbart"). */
export const quoteFirstPerson: readonly string[] = [...firstPersonCore, "mich"];

/**
 * Pronouns in a reported clause that may stand for its speaker ("er habe", "seine Delegation", "wir"): with one, the speaker
 * stays an actor of the clause's event.
 */
export const speakerPronouns: readonly string[] = ["er", "sie", "ihm", "ihn", "ihr", "ihre[mnrs]?", "sein", "seine[mnrs]?", ...firstPersonCore, "sich"];

/** Pronouns that stand for a thing or a state of affairs ("Das kommt alles zusammen", "Es kam zu Protesten"). */
export const thingPronouns: readonly string[] = ["das", "es", "dies", "dieses", "alles", "was", "vieles", "einiges", "etwas", "nichts", "man"];
