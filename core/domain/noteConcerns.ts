/**
 * Free-text notes (session notes, notes on how an activity went, cancellation notes) are about the
 * group and the session, never about what a young person said. This finds the two ways a note most
 * often slips: it names someone on the roster by code, or it reads like a quote. It only warns; the
 * facilitator decides. Pure, so the renderer checks as the note is typed.
 */
export interface NoteConcerns {
  /** Roster codes of this workshop the note contains, as written on the roster. */
  codes: string[];
  /** The note has quotation marks, reported speech ("she said", "told me") or first-person speech after a colon or dash. */
  looksLikeQuote: boolean;
}

/** Double quotation marks of the common scripts; apostrophes are left alone (don't, it's). */
const QUOTATION_MARKS = /["“”„«»「」]/;
/** Reported speech: someone said, told, disclosed or shared something; any disclosure at all. */
const REPORTED_SPEECH =
  /\b(?:he|she|they|someone|youth|participant|one of them)\s+(?:said|says|told|tells|shared|mentioned|admitted|explained)\b|\b(?:told|tells)\s+(?:me|us|him|her|them)\b|\bsaid\s+(?:that|she|he|they|I)\b|\b(?:disclosed|disclosure|confided)\b/i;
/**
 * Someone speaking in the first person, set off by a colon or a dash: `J: I was scared`,
 * `— my uncle…`. (A note that simply starts with "I" is the facilitator's own voice.)
 */
const FIRST_PERSON_SPEECH = /(?:[:\u2013\u2014]|\s-)\s*(?:I|I'm|I’m|I've|I’ve|me|my|mine|myself)\b/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function noteConcerns(note: string, rosterCodes: readonly string[]): NoteConcerns {
  const codes = rosterCodes.filter(
    (code) => code.trim() !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(code.trim())}(?![\\p{L}\\p{N}])`, 'iu').test(note),
  );
  const looksLikeQuote = QUOTATION_MARKS.test(note) || REPORTED_SPEECH.test(note) || FIRST_PERSON_SPEECH.test(note);
  return { codes, looksLikeQuote };
}

/** Whether there is anything to warn about. */
export function hasNoteConcerns(concerns: NoteConcerns): boolean {
  return concerns.codes.length > 0 || concerns.looksLikeQuote;
}
