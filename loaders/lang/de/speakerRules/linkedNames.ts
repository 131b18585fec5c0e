/**
 * A speaker span that stops inside an organisation's name with lower-case words
 * ("die Organisation Ärzte" of "die Organisation Ärzte ohne Grenzen", "Brot" of
 * "Brot für die Welt") goes on to the end of the name; the names are data
 * (linkedOrganisationNames in organisation-names.ts).
 */
import type {SpeakerRefinement} from "../../../quotes/speakerRule.js";
import {linkedOrganisationNames} from "../organisation-names.js";

const NAMES = linkedOrganisationNames.map((n) => n.split(" "));

export const linkedName: SpeakerRefinement = {
  id: "de.speaker.linked-name",
  refine({tokens}, [first, last]) {
    for (const words of NAMES) {
      // the name starts inside the span (at or before its last token) and runs past it
      for (let start = Math.max(first, last - words.length + 2); start <= last; start++) {
        const end = start + words.length - 1;
        if (end <= last || end >= tokens.length) continue;
        if (words.every((w, n) => tokens[start + n].lower === w && tokens[start + n].quote < 0)) return [first, end];
      }
    }
    return undefined;
  }
};
