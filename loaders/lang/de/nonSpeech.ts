/**
 * Word lists (plain data) for uses of speech words that report no speech: negations that deny a speech act ("bestätigte das
 * nicht"), and words that make a participle an attribute of a noun ("die kritisierten Pläne").
 */

/** Words that deny the act of their clause: "bestätigte das nicht", "wollte sich nicht äußern", "hat nichts gesagt". */
export const negationWords: readonly string[] = ["nicht", "nichts", "nie", "niemals", "keine", "keinen", "keiner", "keinem", "keines", "kein"];

/** Determiners and prepositions fused with an article after which a participle before a noun is that noun's attribute ("die kritisierten Pläne", "im angekündigten Umfang"). */
export const attributiveOpeners: readonly string[] = [
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "diese", "dieser", "diesen", "diesem",
  "dieses", "jene", "jener", "jenen", "jenem", "im", "am", "zum", "zur", "vom", "beim", "ins", "seine", "seinen", "seinem", "seiner",
  "ihre", "ihren", "ihrem", "ihrer", "unsere", "unseren", "unserem", "unserer", "alle", "allen", "aller", "viele", "vielen", "mehrere", "mehreren"
];
