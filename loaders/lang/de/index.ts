/**
 * German rules in the order they are tried, the way chrono-node's locale
 * index.ts sets its parsers' order. Each rule is a plain object with an id;
 * lexicons are plain data in the files beside this one.
 */
import * as parts from "./parts.js";
import type {PartRule} from "./parts.js";

/** Part rules, first match wins for a line. Section openers come before line rules. */
export const partRules: readonly PartRule[] = [
  parts.commentsHeading,
  parts.faqHeading,
  parts.archiveTail,
  parts.authorSignature,
  parts.relatedLinks,
  parts.photoCredit,
  parts.dateLine,
  parts.relativeTimestamp,
  parts.separatorLine,
  parts.bylineLine
];

export {abbreviations, monthNames} from "./abbreviations.js";
export {stopwords} from "./stopwords.js";
export {nonCompoundModifiers, MIN_HEAD, MIN_MODIFIER} from "./compounds.js";
export {stemDe, foldDe} from "./stemmer.js";
