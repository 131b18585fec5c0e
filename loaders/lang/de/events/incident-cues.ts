/** Event cues of incidents: releases and exchanges of prisoners, invasions, accidents (plain data; order in index.ts `eventCues`). */
import type {EventCue} from "./cue-types.js";
import {PLANNED_HAPPENING} from "../event-plans.js";
import {ADVOCACY, nounLead} from "./context-words.js";

export const releaseCue: EventCue = {
  // no infinitive "freilassen": "wird … freilassen", "will … freilassen" plan it
  id: "de.event.release", type: "release", pattern: "freilassung|freigelassen|freiließ(?:en)?|freigekommen",
  // "demonstrierten für die Freilassung": the protest is the event, not a release; "soll die Freilassung … stattfinden" plans it
  context: [{pattern: "freilassung", notPurpose: ADVOCACY, plannedLater: PLANNED_HAPPENING}]
};
export const exchangeCue: EventCue = {id: "de.event.exchange", type: "exchange", pattern: "~gefangenenaustausch(?:s|es)?|~austausch(?:s|es)?"};
export const invasionCue: EventCue = {id: "de.event.invasion", type: "invasion", pattern: "invasion|einmarsch(?:s|es)?|einmarschiert(?:e|en)?|~angriffskrieg(?:s|es)?"};
export const accidentCue: EventCue = {
  id: "de.event.accident", type: "accident", factual: true,
  pattern: "~unfall(?:s|es)?|~unfälle(?:n)?|~unglück(?:s|es)?|verunglückt(?:e|en)?|~explosion(?:en)?|explodiert(?:e|en)?|entgleist(?:e|en)?|~brand(?:s|es)?",
  // the bare noun only after an article, maybe over adjectives ("ein schwerer Brand", "beim Brand"): "Brand sagte" names a person; compounds ("Großbrand") always
  context: [{pattern: "brand(?:s|es)?", before: nounLead}]
};
