/**
 * Nouns of four letters that end German family names as well as compounds ("Rosen|berg", "Hof|mann", "Stein|bach", "Schwarz|kopf"):
 * a word of noun + one of these is not taken for a compound noun by its parts (loaders/lang/de/common-nouns.ts, `isShortHeadCompound`).
 * Plain data, lower case.
 */
export const nameCompoundHeads: readonly string[] = [
  "mann", "berg", "bach", "baum", "feld", "wald", "dorf", "haus", "born", "burg", "thal", "kamp", "horn", "kopf", "hahn", "land", "graf",
  "vogt", "wirt", "rath", "brok", "hube", "hain", "reis", "hals", "fuss", "fuß", "bart", "ring", "holz", "moos", "rode", "ruhe"
];
