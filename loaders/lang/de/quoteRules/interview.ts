/**
 * Interviews printed as questions and answers ("Frage: …" / "Antwort: …", a bold question followed by its answer,
 * or a transcript whose paragraphs open with the speaker's name, "Roth: …"): every answer is direct speech of
 * the interviewee, whom the title, the standfirst or the questions name. The questions are the interviewer's and
 * never the interviewee's. Plain data and rule objects with ids; loaders/quotes/interview.ts applies them.
 */

/** Paragraph labels of the interviewer's questions ("Frage: …", "F: …"), as written before the colon. */
export const questionLabels: readonly string[] = ["Frage", "Fragen", "F", "Interviewer", "Interviewerin"];

/** Paragraph labels of the interviewee's answers ("Antwort: …", "A: …"). */
export const answerLabels: readonly string[] = ["Antwort", "A"];

/** Nouns that say the text is an interview ("Ein Gespräch über …", "Das Interview führte …"); lower case, matched at a word start (a compound such as "Koalitionsgespräch" is talks, no interview). */
export const interviewNouns: readonly string[] = ["interview", "gespräch", "doppelinterview", "streitgespräch", "interviews", "gesprächs"];

/** Words that name the interviewee right after them, a role noun perhaps between ("Ein Gespräch mit Juso-Chef X", "sprach mit X"). */
export const interviewPartnerBefore: readonly RegExp[] = [
  /\b(?:Interview|Gespräch|Doppelinterview|Streitgespräch)\s+mit\s+(?:(?:dem|der|den|einem|einer)\s+)?(?:\p{Ll}+\s+){0,2}$/u,
  /\b(?:sprach|sprachen|redete|redeten|unterhielt\s+sich|unterhielten\s+sich)\s+(?:\p{L}+\s+){0,3}mit\s+(?:(?:dem|der|den|einem|einer)\s+)?(?:\p{Ll}+\s+){0,2}$/u
];

/**
 * A sentence about talks that took place, not an interview printed below ("Nach dem Gespräch mit X traten die
 * Unterhändler vor die Presse", "X traf sich zum Gespräch mit …"): a "Gespräch mit X" in it names no interviewee.
 */
export const talksHeld: readonly RegExp[] = [
  /\b(?:nach|vor|bei|während|seit|im\s+Anschluss\s+an)\s+(?:dem|einem|ihrem|seinem|diesem|den|ihren|seinen)\s+(?:\p{Ll}+\s+)?(?:\p{L}*[gG]espräch(?:en)?|Treffen|Unterredung|Verhandlungen?)\b/u,
  /\b(?:traf|trafen|getroffen|treffen|trifft|verhandelte|verhandelten|verhandelt|berieten|beriet|beraten|empfing|empfangen|Unterhändler\p{Ll}*|Delegation(?:en)?|Verhandlungen|Gesprächsrunde)\b/u
];

/** Words that give an answer paragraph an attribution of its own ("hieß es", "so die Sprecherin"): a report, not the interviewee's words. */
export const ownAttribution = /\b(?:hieß\s+es|heißt\s+es|teilte\s+\p{L}+\s+mit|so\s+(?:der|die)\s+\p{Lu})/u;

/** Words right after the interviewee's name ("X im Interview", "X im Gespräch mit …"). */
export const interviewPartnerAfter = /^\s*(?:im|beim|zum)\s+(?:\p{L}+-)?(?:Interview|Gespräch)\b/u;

/** Labels that name no speaker, whatever they repeat ("Foto: …", "Lesen Sie auch: …"): never an interviewer's turn. */
export const nonSpeakerLabels: readonly string[] = ["Foto", "Fotos", "Bild", "Bilder", "Grafik", "Video", "Quelle", "Quellen", "Anzeige", "Stand", "Update", "Hinweis", "Lesen Sie auch", "Mehr zum Thema", "Auch interessant", "Korrektur", "Transparenzhinweis", "Mitarbeit"];

/** A paragraph label: up to four words before a colon that opens the paragraph ("Frage:", "Lukas Dettmer:", "Foto:"). */
export const paragraphLabel = /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):[ \t]+(?=\S)/u;

/** A vocative in a question naming whom it asks ("Herr Roth, warum …", "Frau Roth: …"). */
export const addressedBy = /\b(?:Herr|Frau)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/u;

/** A rule that names the interviewee or marks the answers, with its id (the quote row's rule carries it). */
export interface InterviewRule {
  readonly id: string;
  readonly description: string;
}

/** The rules, by id, in the order the interviewee is looked for; each row's rule is "answer+" the rule that named the speaker. */
export const interviewRules = {
  answer: {id: "de.quote.interview.answer", description: "a paragraph labelled as an answer, or the one right after a question, is the interviewee's direct speech"},
  speakerLabel: {id: "de.quote.interview.speaker-label", description: "a paragraph opened by the interviewee's name and a colon, in a text with two or more of them and questions, is direct speech"},
  framed: {id: "de.quote.interview.framed", description: "the interviewee is named in the title or standfirst with an interview noun: 'Interview mit X', 'Gespräch mit X' (the first paragraph only, not in a sentence about talks held), 'X im Interview'"},
  ownAttribution: {id: "de.quote.interview.own-attribution", description: "an answer paragraph in the third person with an attribution of its own (another speaker's quote, 'hieß es', Konjunktiv I) is a report, not the interviewee's direct speech"},
  addressed: {id: "de.quote.interview.addressed", description: "the interviewee is the person a question addresses: 'Herr X, …'"},
  question: {id: "de.quote.interview.question", description: "a report inside a question is the interviewer's account of a third party: its speaker is never the interviewee unless named"},
  solePerson: {id: "de.quote.interview.sole-person", description: "the interviewee is the one person the title and standfirst name, when they call the text an interview or conversation"}
} as const satisfies Record<string, InterviewRule>;
