/** German words that mark a clause as a goal or plan rather than a report (loaders/events/mood.ts), as data. */

/**
 * Separable particles before "zu" in one word ("abzuschließen", "beizulegen"): with "zu" + infinitive closing a clause
 * ("…, bis Ende Mai eine Einigung zu erzielen", "…, den Vertrag abzuschließen") the clause names a goal, hope or plan
 * (loaders/events/mood.ts), not a fact.
 */
export const zuParticles: readonly string[] = ["ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "mit", "nach", "vor", "weg", "zurück", "zusammen", "durch", "um", "statt", "frei", "bekannt"];
