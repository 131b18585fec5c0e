/**
 * Nouns that name what is said, the object of a speech verb without an article ("spricht Bände", "gab Auskunft",
 * "nahm Stellung", "forderte Aufklärung"): no person's name after the verb. Lower-cased; read by veto speech-object-noun (person-vetoes.ts).
 */
export const speechObjectNouns: readonly string[] = `
auskunft auskünfte antwort antworten bände bescheid entwarnung erklärung erklärungen interview interviews stellung stellungnahme rede reden
einzelheiten details klartext kritik lob dank zeugnis rechenschaft alarm grüße geständnis zusage absage mitteilung unsinn quatsch
wahrheit ratschläge tipps hinweise versprechen befehl anweisung anweisungen aufklärung einblick einblicke gehör widerspruch
einspruch protest beschwerde entschuldigung glückwünsche beileid vorwürfe bedenken zweifel`.trim().split(/\s+/u);
