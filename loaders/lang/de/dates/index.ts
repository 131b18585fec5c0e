/**
 * German date rules in the order they are tried. All rules run over a
 * sentence; overlapping matches are settled by length (longest wins), then by
 * this order (earlier wins), the way chrono-node's locale index sets its
 * parsers' order.
 */
import type {DateRule} from "../../../dates/rule.js";
import * as abs from "./absolute.js";
import * as dur from "./durations.js";
import * as rel from "./relative.js";
import {nightTo} from "./night.js";

export const dateRules: readonly DateRule[] = [
  abs.isoDate,
  abs.numericDate,
  abs.dayMonth,
  abs.dayList,
  abs.monthYear,
  abs.yearNoun,
  abs.century,
  abs.quarter,
  abs.decade,
  rel.anaphoricDay,
  rel.relativeUnit,
  rel.weekend,
  rel.holiday,
  rel.deicticDay,
  nightTo,
  rel.weekday,
  dur.frequency,
  dur.countedDuration,
  dur.vagueDuration,
  dur.clockTime,
  abs.monthName,
  abs.season,
  rel.dayPartAlone,
  rel.presentRef,
  abs.bareYear
];

export {calendarToken, dateCue, futureTense, pastTense} from "./cues.js";
export {backgroundAt} from "./orientation.js";
