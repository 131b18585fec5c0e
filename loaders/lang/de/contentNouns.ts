/**
 * Nouns and adjectives that take a content clause the way speech verbs do
 * ("vertritt die Ansicht, dass …", "erteilte den Befehl, … zu helfen", "ist
 * zuversichtlich, … zu können", "Zeitweise war die Rede, dass …"). Plain
 * data, lower case ("Sorge" is left out: "dafür Sorge tragen, dass" is no speech); compounds ending in a listed noun count too
 * ("Rücktrittsforderung").
 */
export const contentNouns: readonly string[] = [
  "ansicht", "auffassung", "meinung", "überzeugung", "eindruck", "standpunkt", "einschätzung", "erkenntnis",
  "vorgabe", "befehl", "anweisung", "anordnung", "auftrag", "forderung", "forderungen", "appell", "aufruf", "aufforderung",
  "vorschlag", "empfehlung", "bitte", "warnung", "hinweis", "hinweise", "vorwurf", "vorwürfe", "verdacht", "annahme",
  "vermutung", "befürchtung", "befürchtungen", "hoffnung", "erwartung", "frage", "rede", "ergebnis", "schluss",
  "schluß", "entscheidung", "beschluss", "zusage", "versprechen", "drohung", "behauptung", "ankündigung", "gerücht", "gerüchte",
  "absicht", "eingeständnis", "bestätigung", "nachricht", "meldung", "erklärung", "mitteilung", "zusicherung", "beteuerung"
];

/** Heads of compounds that take a content clause ("Rücktrittsforderung", "Terrorwarnung"). */
export const contentNounHeads: readonly string[] = ["forderung", "warnung", "aufruf", "vorwurf", "verdacht", "befehl", "appell", "zusage"];

/** Predicative adjectives that take a content clause ("ist zuversichtlich, … zu können", "zeigte sich überzeugt, dass"). */
export const contentAdjectives: readonly string[] = ["zuversichtlich", "überzeugt", "optimistisch", "besorgt"];
