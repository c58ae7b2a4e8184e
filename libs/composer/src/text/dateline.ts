export interface Dateline {
  /** The dateline as written, without the dash: "BENGKULU", "BENGKULU, INFO_PAS", "Bengkulu (15/10)". */
  text: string;
  place: string;
  /** Offset in the body where the story itself starts (after the dash and its spaces). */
  storyStart: number;
}

// A place of one to four capitalised words, an optional ", AGENCY" or ", 15 Oktober 2024", an
// optional "(15/10)", then a dash and a story that does not start in lower case. A hyphen needs a
// space after it, so hyphenated words ("Covid-19") never match.
const DATELINE =
  /^(?<place>\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*){0,3})(?<agency>, ?[\p{L}\p{N}_.' ]{2,40}?)?(?<date> ?\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\))? ?(?:[–—]{1,2} ?|-{1,2} +)(?=[^\p{Ll}\s])/u;

const MAX_DATELINE_LENGTH = 60;

/**
 * Recognises the wire-style dateline Indonesian releases open with ("BENGKULU - ", "BENGKULU,
 * INFO_PAS - ", "Bengkulu – "). Short posts drop it: on X the place is already in the account name
 * and the dateline would spend characters before the news starts.
 */
export function detectDateline(body: string): Dateline | null {
  const match = DATELINE.exec(body);
  if (!match || match[0].length > MAX_DATELINE_LENGTH) return null;
  const dash = match[0].search(/ ?[-–—]{1,2} *$/);
  return {
    text: match[0].slice(0, dash).trim(),
    place: match.groups?.place ?? '',
    storyStart: match[0].length,
  };
}

/** The body without its dateline; the first letter is left as written. */
export function stripDateline(body: string): string {
  const dateline = detectDateline(body);
  return dateline ? body.slice(dateline.storyStart) : body;
}
