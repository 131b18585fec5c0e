/**
 * The corpus steps, in the order they run: the one place that sets it.
 * People come first: they fix the person ids that statements and events use.
 * Kept apart from the per-article extractors (extractors.ts), so a run whose
 * articles all come from the cache loads none of them.
 */
import type {Reresolve} from "./events/anchor.js";
import {eventsStep} from "./events/step.js";
import {peopleStep} from "./people/step.js";
import type {CorpusStep} from "./pipeline.js";
import {statementsStep} from "./quotes/statements.js";
import {framingStep} from "./topics/framing.js";
import {keyTermsStep} from "./topics/keyterms.js";

/**
 * The corpus steps; `reresolve` (the date finder's, dates/reresolve.ts) lets
 * the events step date relative dates in quotes of undated articles. Without
 * it that anchoring is skipped, which changes nothing when no article may
 * anchor (see `mayAnchor` in events/anchor.ts).
 */
export function corpusStepsWith(reresolve?: Reresolve): readonly CorpusStep[] {
  return [peopleStep, statementsStep, keyTermsStep, framingStep, eventsStep(reresolve)];
}
