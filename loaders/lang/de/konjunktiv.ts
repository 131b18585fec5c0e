/**
 * Finite verb forms that mark reported speech (Konjunktiv I, and the
 * Konjunktiv II forms that stand in for it where Konjunktiv I looks like the
 * indicative). Plain data, lower case.
 */
export const konjunktivI: readonly string[] = [
  "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse",
  "gebe", "stehe", "liege", "gehe", "komme", "bleibe", "lasse", "halte", "sehe", "wolle", "brauche", "handle", "handele",
  "befinde", "bestehe", "fehle", "gelte", "gehöre", "erhalte", "plane", "arbeite", "trage", "führe", "verfüge", "wisse",
  "strebe", "rechne", "erwarte", "beabsichtige", "unterstütze", "lehne", "sehe", "stelle", "setze", "zeige", "laufe"
];

/** Konjunktiv II forms used as stand-ins in reported speech (weaker evidence: also conditional). */
export const konjunktivII: readonly string[] = ["hätten", "würden", "wären", "hätte", "würde", "wäre", "könnten", "müssten", "sollten", "dürften", "gäbe"];

/** Pronouns that make a Konjunktiv-looking form first person ("ich habe", "ich werde"): not reported speech. */
export const firstPersonPronouns: readonly string[] = ["ich", "wir"];
