/** Event cues of offices: resignations, appointments and swearings-in (plain data; order in index.ts `eventCues`). */
import type {EventCue} from "./cue-types.js";

export const resignationCue: EventCue = {
  id: "de.event.resignation", type: "resignation", factual: true,
  pattern: "zurückgetreten|~rücktritt(?:s|es)?"
};
export const appointmentCue: EventCue = {
  id: "de.event.appointment", type: "appointment", factual: true,
  pattern: "ernannt(?:e|en)?|ernennt|~ernennung(?:en)?|berufen|berief(?:en)?",
  // "wurden als Schlichter berufen", "berief sie in den Vorstand"; "berief sich auf", "hat sich auf … berufen" invoke, "gegen
  // das Urteil berufen" (Austrian) appeals
  context: [{pattern: "berufen|berief(?:en)?", notInClause: ["sich", "gegen"]}]
};
/**
 * A swearing-in: "wurde am Montag angelobt" (Austrian), "die Angelobung", "wurde als Bürgermeister vereidigt", "die Vereidigung",
 * "legte den Amtseid ab", "leistete den Amtseid". "Amtseid" counts only with a verb of taking it in its clause ("den Amtseid
 * verweigern" is none); "soll am Montag angelobt werden" plans it (factual).
 */
export const swearingInCue: EventCue = {
  id: "de.event.swearing-in", type: "swearing-in", factual: true,
  pattern: "angelobt(?:e|en)?|~angelobung(?:en)?|vereidigt(?:e|en)?|~vereidigung(?:en)?|~amtseid(?:e|es|s)?",
  context: [{pattern: "\\p{L}*amtseid(?:e|es|s)?", withWord: "legte|legten|legt|abgelegt|leistete|leisteten|leistet|geleistet|schwor|schworen|geschworen"}]
};
