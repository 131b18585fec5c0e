import {actVerbs, sayVerbs} from "../lang/de/speechVerbs.js";
import {escapeRegExp} from "../text/escape-regexp.js";
import {swissForms} from "../lang/de/spelling.js";

/** One finite or participle form of a speech verb. */
export interface CueForm {
  lemma: string;
  kind: "say" | "act";
  /** Separable particle that must follow in the clause ("mit" for "teilte … mit"), or "". */
  particle: string;
  /** Participle or joined form ("gesagt", "mitgeteilt"): needs an auxiliary, no particle. */
  participle: boolean;
}

/** Expands a weak stem ("sag~") into its forms; stems ending in t/d/gn/chn get the e-insertion. */
function weakForms(stem: string): string[] {
  const e = /(?:t|d|gn|chn|ffn)$/.test(stem) ? "e" : "";
  const participle = /ier$/.test(stem) || /^(?:be|er|ver|ent|zer|ge|emp|miss)/.test(stem) ? `${stem}${e}t` : `ge${stem}${e}t`;
  return [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}en`, participle];
}

/** Parses the `lemma: forms +particle` lines of a speech verb lexicon into a form → cue map. */
export function parseVerbLexicon(text: string, kind: CueForm["kind"], into = new Map<string, CueForm[]>()): Map<string, CueForm[]> {
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(":");
    if (colon < 0) throw new Error(`speech verb lexicon: missing "lemma:" in line "${line}"`);
    const lemma = line.slice(0, colon).trim();
    const words = line.slice(colon + 1).trim().split(/\s+/);
    const particle = words.find((w) => w.startsWith("+"))?.slice(1) ?? "";
    const forms = words.filter((w) => !w.startsWith("+")).flatMap((w) => (w.endsWith("~") ? weakForms(w.slice(0, -1)) : [w]));
    const add = (form: string, cue: CueForm) => {
      const list = into.get(form) ?? [];
      if (!list.some((c) => c.lemma === cue.lemma && c.particle === cue.particle)) list.push(cue);
      into.set(form, list);
    };
    // Swiss spelling writes ss for ß ("liess … ausrichten", "beschliesst"): both spellings are the same cue
    for (const form of forms.flatMap(swissForms)) {
      const participle = !particle && /^ge/.test(form) && form.length > 4 && (form.endsWith("t") || form.endsWith("en"));
      add(form, {lemma, kind, particle, participle});
      if (particle) add(particle + form, {lemma, kind, particle: "", participle: false});
    }
  }
  return into;
}

/** Form (lower case) → possible speech-verb readings. */
export const cueForms: ReadonlyMap<string, CueForm[]> = parseVerbLexicon(actVerbs, "act", parseVerbLexicon(sayVerbs, "say"));

/**
 * A quick test for sentences that may hold a cue or an attribution word: one
 * case-insensitive alternation of every speech-verb form and the attribution
 * words given. Sentences that fail it (and hold no quotation and continue no
 * attribution) are not tokenised at all.
 */
export function cuePrefilter(extraWords: readonly string[]): RegExp {
  const words = [...cueForms.keys(), ...extraWords].map(escapeRegExp);
  words.sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^|[^A-Za-z\u00C0-\u024F])(?:${words.join("|")})(?![A-Za-z\u00C0-\u024F])`, "i");
}
