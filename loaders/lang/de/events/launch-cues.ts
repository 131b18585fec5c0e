/**
 * Event cues of things started and the nouns of things put forward (plain data; order in index.ts `eventCues`): a
 * campaign, survey or initiative launched, type `launch` ("haben am Montag eine Kampagne gestartet", "Die Befragung läuft
 * seit Dienstag": its start is the day "seit" names); the documents whose putting forward is an announcement
 * (`documentNouns`, read by decision-cues.ts: "haben am Freitag ein gemeinsames Papier vorgelegt"; not proposals,
 * which are offers or recommendations of their own: "Kompromissvorschlag", "Schlichtungsvorschlag").
 */
import type {EventCue} from "./cue-types.js";
import {prepositions} from "../closed-class.js";

/** Nouns of documents put forward (lower case, compounds by the leading `\p{L}*`: "Positionspapier", "Gesetzentwurf"). */
export const documentNouns =
  "\\p{L}*(?:papier|papiere|papiers|entwurf|entwurfs|entwürfe|konzept|konzepte|konzepts|plan|plans|pläne|bericht|berichts|gutachten|studie|eckpunkte|strategie|bilanz)";

/**
 * Words before a document or launch noun that make it no object of the verb but a source or a phrase of its own
 * ("Laut einem Bericht der Zeitung legte …", "Auf Initiative der Ministerin startete …"): the prepositions and "laut".
 */
export const notObjectLeads: readonly string[] = [...prepositions, "laut"];

/** Nouns of campaigns, surveys and initiatives one starts (lower case, compounds by the leading `\p{L}*`: "Plakatkampagne"). */
export const launchNouns =
  "\\p{L}*(?:kampagne|kampagnen|initiative|petition|befragung|umfrage|volksbegehren|unterschriftensammlung)|" +
  // actions of campaigning only, not a military or rescue operation ("startete eine Militäraktion", "zu einer Rettungsaktion")
  "(?:protest|mitmach|spenden|sammel|plakat|werbe|unterschriften|aufklärungs)aktion(?:en)?";

/**
 * A campaign, survey or initiative started: "gestartet", "startete(n)", "lanciert" with such a noun in the clause (not a
 * plane or a race); "starten" not under a modal or "zu" ("wollen … starten" plans it); "läuft seit …" with such a
 * noun, whose "seit" date is the start ("Die Umfrage läuft seit Dienstag").
 */
export const launchCue: EventCue = {
  id: "de.event.launch", type: "launch", factual: true,
  pattern: "gestartet|startete(?:n)?|startet|starten|lanciert(?:e|en)?|läuft|laufen|lief(?:en)?",
  context: [
    {pattern: "gestartet|startete(?:n)?|startet|starten|lanciert(?:e|en)?|läuft|laufen|lief(?:en)?", withWord: launchNouns, withWordUnled: notObjectLeads},
    {pattern: "starten|laufen", plannedSelf: true},
    {pattern: "läuft|laufen|lief(?:en)?", inClause: ["seit"]}
  ]
};
