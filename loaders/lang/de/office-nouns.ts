/**
 * Nouns of a person's office or staff that speak for the person without being the person ("das Büro von
 * Ministerpräsident X", "Xs Büro", "die Regierung des Premiers X", "das Team der Kandidatin X"): a name that
 * only qualifies such a noun in a speaker phrase is not the speaker; the office is, an organisation with no
 * person id (`de.speaker.governed-name`, loaders/quotes/headMention.ts). Plain data, lower case, the forms a
 * speaker phrase shows (nominative and dative singular, plural).
 */
export const officeNouns: readonly string[] = `
büro büros amt kanzlei präsidialamt pressebüro pressestelle presseamt sekretariat stab stabes mitarbeiterstab
regierung regierungen kabinett kabinetts administration ministerium ministeriums
team teams wahlkampfteam umfeld lager entourage anwaltskanzlei
`.split(/\s+/).filter(Boolean);
