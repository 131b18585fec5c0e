/** Words of mood around an event cue: what makes a clause not report a fact, and what supposes or plans (plain data, lower case). */
import {negationWords} from "../negation.js";

/**
 * Words that make a clause not report a fact for `factual` cues: negation (`negationWords`, one list
 * with the quote veto; whether one denies is `deniesAt`),
 * plans and obligations (modal verbs, "geplant"), suppositions (Konjunktiv II, conditions).
 */
export const nonFactualWords: readonly string[] = [
  ...negationWords,
  "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "möchte", "möchten",
  "muss", "müssen", "kann", "können", "darf", "dürfen", "plant", "planen", "plante", "planten", "geplant",
  "würde", "würden", "hätte", "hätten", "wäre", "wären", "könnte", "könnten", "falls", "sofern", "wenn",
  // hopes, demands and threats: "hofft auf eine Einigung", "fordert einen Beschluss", "droht mit Streik"
  "hoffe", "hofft", "hoffen", "hoffte", "hofften", "erhofft", "fordert", "fordern", "forderte", "forderten",
  "verlangt", "verlangen", "verlangte", "verlangten", "droht", "drohen", "drohte", "drohten", "angedroht",
  // expectations: "Eine Abstimmung werde für Freitag erwartet", "Die Stadt erwartet einen Beschluss"
  "erwartet",
  // comparisons with what is not reached: "näher an einer Einigung als je", "von einem Abkommen weit entfernt"
  "näher", "entfernt",
  // confidence and judgements that deny what may come: "zuversichtlich, dass …", "hält eine Einigung für unrealistisch";
  // not "wahrscheinlich" or "denkbar", which hedge a report as often ("wurde wahrscheinlich durch … verursacht")
  "zuversichtlich", "optimistisch", "unrealistisch", "undenkbar", "unwahrscheinlich"
];

/**
 * Words of supposition, condition and plan that keep every cue of their clause from an event, not only `factual` ones:
 * "Sollte sie scheitern, könnte eine Seite die Schlichtung anrufen", "wollen am Samstag in einer vierten Runde beraten",
 * "Das Treffen soll am Montag stattfinden". Not the Konjunktiv II of "haben" and "sein", which reported speech uses for
 * what happened ("sie hätten sich am Montag getroffen"), nor "kann"/"muss", which also tell what is.
 */
export const suppositionWords: readonly string[] = [
  "sollte", "sollten", "könnte", "könnten", "würde", "würden", "müsste", "müssten", "dürfte", "dürften", "falls", "sofern",
  "soll", "sollen", "solle", "will", "wollen", "wolle", "wollte", "wollten", "plant", "planen", "plante", "planten", "geplant", "beabsichtigt"
];

/**
 * The future of reported speech ("man werde die Proteste fortsetzen", "sie werde am Montag zurücktreten"): it plans
 * only with an infinitive closing its clause, not with a participle, which makes it a reported present passive
 * ("Laut Gewerkschaft werde seit Montag gestreikt"). Not "wird"/"werden", also the passive of what happens.
 */
export const reportedFutureAuxiliary = "werde";
