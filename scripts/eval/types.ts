/** Precision, recall and F1 with the counts behind them. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** true positives, system total, gold total (tokens, spans or values, as the metric says) */
  tp: number;
  system: number;
  gold: number;
}

/** One evaluation's output: figures by name, goals, and what it was measured on. */
export interface EvalSection {
  /** e.g. "quotes", "people", "dates" */
  name: string;
  corpus: string;
  metric: string;
  scores: Record<string, Score | number>;
  /** Goal per score name, where the issue sets one. */
  goals?: Record<string, number>;
  notes?: string[];
}

export interface Evaluation {
  name: string;
  run(): Promise<EvalSection | {name: string; skipped: string}>;
}

/** Builds a Score from counts. */
export function score(tp: number, system: number, gold: number): Score {
  const precision = system ? tp / system : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {precision: round(precision), recall: round(recall), f1: round(f1), tp, system, gold};
}

export function round(x: number, digits = 4): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
