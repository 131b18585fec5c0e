/**
 * Separable verb particles longer than the six letters the tense rules read before a participle's "ge" on their own
 * ("zugelegt", "zurückgetreten"): "zusammengekommen", "bekanntgegeben", "auseinandergegangen". With one of them a
 * perfect closing its clause is told in the past ("Die Parteichefs sind am Donnerstag zusammengekommen"), rule
 * `de.dates.orient.past-clause` (lang/de/dates/orientation.ts `PREFIXED_PERFECT`).
 */
export const longSeparableParticles: readonly string[] = ["zusammen", "bekannt", "entgegen", "gegenüber", "auseinander", "hinterher", "kennen", "zurecht"];
