/**
 * Nouns for a person by trade that are also common German family names ("Fischer", "Koch", "Müller", "Schneider").
 * Read by the rule family-name-noun (loaders/people/family-name-noun.ts) only: such a count noun for one person
 * needs an article in the singular, so bare before or after a singular verb it is the family name. No mass,
 * abstract, time or material noun ("Kraft", "Streit", "Winter", "Stahl", "Kohle"), no group ("Volk") and no word
 * for a person that is mostly used in the plural or as a status ("Schüler", "Bürger", "Gast"): those stand bare too.
 * Whole words, lower-cased; a role noun ("Richter", "Kaiser") is read by the role rules instead.
 */
export const tradeSurnames: readonly string[] = `
bauer bäcker becker brenner dreher fischer fleischer förster gärtner gerber glaser jäger kaufmann koch krämer
kürschner küster maurer metzger müller pfeifer prediger reiter schäfer schlosser schmied schneider schreiber schreiner
schumacher schuster schütze tischler wächter wagner weber winzer zimmermann
`.split(/\s+/).filter(Boolean);
