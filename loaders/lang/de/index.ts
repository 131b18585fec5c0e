/**
 * German rules in the order they are tried, the way chrono-node's locale
 * index.ts sets its parsers' order. Each rule is a plain object with an id;
 * lexicons are plain data in the files beside this one.
 */
import * as events from "./events.js";
import * as labour from "./labour-events.js";
import type {EventCue} from "./events.js";
import * as parts from "./parts.js";
import * as pressRelease from "./pressRelease.js";
import type {PartPrefixRule, PartRule} from "./parts.js";

/** Part rules, first match wins for a line. Section openers come before line rules. */
export const partRules: readonly PartRule[] = [
  pressRelease.pressReleaseLabel,
  parts.commentsHeading,
  parts.faqHeading,
  parts.archiveTail,
  parts.authorSignature,
  parts.relatedLinks,
  parts.photoCredit,
  parts.captionLine,
  parts.dateLine,
  parts.relativeTimestamp,
  parts.separatorLine,
  parts.bylineLine,
  parts.headerDateLine,
  pressRelease.pressContact,
  pressRelease.pressAbout
];

/** Rules that set the opening words of the body apart (datelines), tried in order; the first match wins. */
export const partPrefixRules: readonly PartPrefixRule[] = [parts.bodyDatelinePrefix, parts.agencyDatelinePrefix, parts.placeDatelinePrefix, parts.placeDashDatelinePrefix];

export {abbreviations, monthNames} from "./abbreviations.js";
export {backgroundAt, calendarToken, dateRules, dateCue, pastTense, futureTense} from "./dates/index.js";

import * as direct from "./quoteRules/direct.js";
import * as characterising from "./quoteRules/characterising.js";
import * as indirect from "./quoteRules/indirect.js";
import {accordingTo} from "./quoteRules/accordingTo.js";
import {actorPosition, konjunktivContinuation, pointerBack} from "./quoteRules/continuation.js";
import * as notSpeech from "./quoteRules/notSpeech.js";
import * as relayed from "./quoteRules/relayed.js";
import {speechAct} from "./quoteRules/reported.js";
import * as speakerSource from "./speakerRules/source.js";
import * as speakerFrame from "./speakerRules/frame.js";
import * as speakerPrevious from "./speakerRules/previous.js";
import {nounClause} from "./quoteRules/nounClause.js";
import {freeKonjunktiv} from "./quoteRules/freeKonjunktiv.js";
import {colonFrameAfterReport} from "./quoteRules/colonFrame.js";
import {invertedClauseFrame, invertedFrame} from "./quoteRules/invertedFrame.js";
import type {ClauseRule, DirectRule, NotSpeechRule, RelayRule} from "../../quotes/rule.js";

/** Quotations set aside as not speech (dropped) before the direct rules run. */
export const notSpeechRules: readonly NotSpeechRule[] = [notSpeech.nameOrTitle, notSpeech.namedTerm, notSpeech.loneNoun, notSpeech.titleAfterArticle, notSpeech.namedByVerb, notSpeech.glossInParentheses];

/**
 * Direct-quote rules, first attribution wins. A quotation none of them
 * attributes is not speech (scare quotes, names, titles) and is dropped.
 */
export const directQuoteRules: readonly DirectRule[] = [
  direct.cueAfter,
  characterising.characterisingInClause,
  direct.resumed,
  direct.cueInSentence,
  invertedFrame,
  direct.colon,
  direct.withWords,
  speakerSource.sourceInSentence,
  direct.carried,
  direct.partial
];

/** Second sources of a direct quotation (a medium or document that cites the speaker), first match wins. */
export const relayRules: readonly RelayRule[] = [relayed.citedObject, relayed.citedIn, relayed.accordingToSource];

/** Indirect and reported speech rules, tried in order on each body sentence; at most one fires per sentence. */
export const clauseQuoteRules: readonly ClauseRule[] = [
  pointerBack,
  accordingTo,
  indirect.cueThenClause,
  indirect.clauseThenCue,
  invertedClauseFrame,
  speakerFrame.frameContinuation,
  speakerPrevious.previousSubject,
  nounClause,
  actorPosition,
  colonFrameAfterReport,
  konjunktivContinuation,
  freeKonjunktiv,
  speechAct
];
/**
 * Rules tried once more after the rule named by the key found its quote: a speech frame inside an
 * attribution-word quote ("Laut BBC sagte der Minister, dass …") gives a nested quote of its own.
 */
export const nestedClauseRules: Readonly<Record<string, readonly ClauseRule[]>> = {
  [accordingTo.id]: [indirect.cueThenClause, indirect.clauseThenCue]
};
import * as speakerSubject from "./speakerRules/subject.js";
import * as speakerRelativeDocument from "./speakerRules/relativeDocument.js";
import * as speakerApposition from "./speakerRules/apposition.js";
import * as speakerExtent from "./speakerRules/extent.js";
import * as speakerNames from "./speakerRules/names.js";
import * as speakerWie from "./speakerRules/wieClause.js";
import * as speakerPrefield from "./speakerRules/prefield.js";
import * as speakerCoordination from "./speakerRules/coordination.js";
import * as speakerInsertion from "./speakerRules/insertion.js";
import * as speakerRejected from "./speakerRules/rejected.js";
import * as speakerCheckRules from "./speakerRules/checks.js";
import * as speakerZu from "./speakerRules/zuInfinitive.js";
import * as speakerConjuncts from "./speakerRules/conjuncts.js";
import * as speakerAddressee from "./speakerRules/addressee.js";
import * as speakerLinkedNames from "./speakerRules/linkedNames.js";
import * as speakerQuantity from "./speakerRules/quantity.js";
import * as speakerParticipial from "./speakerRules/participial.js";
import * as speakerFrontedList from "./speakerRules/frontedList.js";
import type {SpeakerCheck, SpeakerRefinement, SpeakerRule} from "../../quotes/speakerRule.js";

/**
 * Speaker rules, tried in order before the general subject search for a
 * speech verb (`speakerForCue`); the first that does not pass decides.
 */
export const speakerRules: readonly SpeakerRule[] = [
  speakerParticipial.participialAttribute,
  speakerInsertion.insertedDate,
  speakerInsertion.insertedApposition,
  speakerZu.zuInfinitive,
  speakerRelativeDocument.relativeDocument,
  speakerSubject.impersonalHeisst,
  speakerNames.verlautetFrom,
  speakerNames.surnameParticle,
  speakerSubject.passiveAgent,
  speakerSubject.passiveDocument,
  speakerRejected.rejectedContent,
  speakerSubject.agentlessPassive,
  speakerSubject.quantifierSubject,
  speakerSubject.frontedPhrase,
  speakerFrontedList.frontedList,
  speakerSubject.pronounAfterVerb,
  speakerCoordination.elidedSubject,
  speakerConjuncts.subjectList,
  speakerApposition.appositionBefore,
  speakerApposition.parenthesisBefore
];

/** Refinements of the speaker span found, applied in order. */
export const speakerRefinements: readonly SpeakerRefinement[] = [
  speakerExtent.endAtQuotation,
  speakerQuantity.comparativeQuantity,
  speakerExtent.bareNounAfterSource,
  speakerExtent.genitiveAfterGenitiveName,
  speakerExtent.truncatedCompound,
  speakerExtent.middleInitial,
  speakerExtent.saxonGenitive,
  speakerLinkedNames.linkedName,
  speakerConjuncts.forComplement,
  speakerConjuncts.coordinatedSubject,
  speakerApposition.appositionAfter,
  speakerExtent.mediumTail,
  speakerExtent.placeTail,
  speakerExtent.sourceDate,
  speakerWie.wieClauseExtent,
  speakerPrefield.prefieldExtent,
  speakerExtent.genitiveCoordination,
  speakerAddressee.mediumAddressee
];

/** Last checks of a speaker span, after the refinements, applied in order; a check may drop the span (no speaker). */
export const speakerChecks: readonly SpeakerCheck[] = [
  speakerCheckRules.dateline,
  speakerCheckRules.timePhrase,
  speakerCheckRules.timeAdverbial,
  speakerCheckRules.relativePronoun,
  speakerCheckRules.functionWordOnly
];
export {nonFactualWords, reportedFutureAuxiliary, suppositionWords} from "./events.js";
export {stopwords} from "./stopwords.js";
export {nonCompoundModifiers, MIN_HEAD, MIN_MODIFIER} from "./compounds.js";
export {stemDe, foldDe} from "./stemmer.js";

/** Event cues, first match wins for a word: summits before calls and meetings ("Gipfeltreffen"). */
export const eventCues: readonly EventCue[] = [
  events.summitCue,
  events.exchangeCue,
  labour.breakoffCue,
  labour.negotiationCue,
  events.callCue,
  events.meetingCue,
  events.visitCue,
  events.releaseCue,
  events.invasionCue,
  events.decisionCue,
  events.announcementCue,
  events.electionCue,
  events.legalCue,
  events.resignationCue,
  events.appointmentCue,
  events.swearingInCue,
  events.accidentCue,
  events.inForceCue,
  events.agreementCue,
  labour.strikeCue,
  labour.offerCue,
  labour.recommendationCue,
  events.launchCue,
  events.statementCue
];

import * as nameCues from "./personCues/names.js";
import * as orderCues from "./personCues/order.js";
import * as formCues from "./personCues/forms.js";
import {pronounObjectSubject} from "./pronoun-object-subject.js";
import {nameRelativeDer, relativeSubject} from "./personCues/relative.js";
import {nameAsRole} from "./personCues/as-role.js";
import {relationVonName} from "./personCues/relation.js";
import {personVerb} from "./personCues/person-verbs.js";
import type {CueRule} from "../../people/cue-rule.js";

/**
 * Person cue rules for a lone capitalised word (no listed given name), tried in order by loaders/people/bare-cues.ts;
 * the first cue found wins. Cues that name a person by what the text says of the word come before those of word order and form.
 * (Read only inside functions: loaders/people/bare-cues.ts and this file import each other's modules.)
 */
export const personCueRules: readonly CueRule[] = [
  nameCues.roleName,
  nameCues.roleQuotedName,
  nameCues.ageName,
  nameCues.caseName,
  nameCues.listedRoleName,
  nameCues.nameSpeechVerb,
  nameCues.speechVerbName,
  nameCues.nameApposition,
  nameCues.nameBracket,
  nameCues.reporterName,
  nameCues.authorCitation,
  nameCues.nameColon,
  nameCues.nameZufolge,
  orderCues.bareSubject,
  orderCues.commaSubjectKonjunktiv,
  orderCues.subjectVerb,
  orderCues.subjectAux,
  formCues.genitiveNoun,
  formCues.nameApostrophe,
  formCues.sourceGenitive,
  formCues.nounGenitive,
  orderCues.verbSubject,
  orderCues.verbSubjectRole,
  orderCues.auxSubject,
  pronounObjectSubject,
  orderCues.vonPassive,
  formCues.nameNumeral,
  formCues.surnameShapeCue,
  orderCues.recipientName,
  orderCues.verbPronounObject,
  nameRelativeDer,
  relativeSubject,
  nameAsRole,
  relationVonName,
  personVerb
];

import * as personVetoRules from "./person-vetoes.js";
import {quotedTitle} from "./quoted-title.js";
import {institutionAfterRole, objectAfterIndefiniteRole, organisationAfterParticle} from "./role-object-vetoes.js";
import {routeEnd} from "./route-vetoes.js";
import type {MentionVeto} from "../../people/mention-vetoes.js";

/**
 * German person vetoes, tried in order after those of loaders/people/mention-vetoes.ts; the first that holds drops the mention.
 * (Read only inside functions: loaders/people/mention-vetoes.ts imports this file.)
 */
export const personVetoes: readonly MentionVeto[] = [personVetoRules.languageName, personVetoRules.speechObjectNoun, personVetoRules.englishTitle, personVetoRules.colourCoalition, personVetoRules.givenNamePlace, personVetoRules.subsidiary, personVetoRules.workTitle, quotedTitle, personVetoRules.organisationPredicate, personVetoRules.teamStanding, personVetoRules.namedPlace, personVetoRules.namedThing, institutionAfterRole, objectAfterIndefiniteRole, organisationAfterParticle, routeEnd];
