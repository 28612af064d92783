import { isArabicLetter, isLatinLetter } from './chars.js';

export interface LanguageGuess {
  /** Share (0..1) of letters that are Arabic script. */
  readonly arabicShare: number;
  readonly letters: number;
  readonly isArabic: boolean;
}

/** Minimum share of Arabic letters for a text to count as Arabic (news quotes Latin names and URLs). */
export const MIN_ARABIC_SHARE = 0.5;

/**
 * Script-based language check: enough to refuse English, French or binary-ish text with a clear
 * message. Persian and Urdu pass (same script); the stages then simply find less.
 */
export function detectArabic(text: string, sample = 200_000): LanguageGuess {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const cp = text.charCodeAt(i);
    if (isArabicLetter(cp)) {
      arabic++;
      letters++;
    } else if (isLatinLetter(cp) || (cp >= 0x0370 && cp <= 0x052f) || (cp >= 0x0590 && cp <= 0x05ff) ||
      (cp >= 0x0900 && cp <= 0x0dff) || (cp >= 0x3040 && cp <= 0x9fff)) {
      letters++;
    }
  }
  const arabicShare = letters === 0 ? 0 : arabic / letters;
  return { arabicShare, letters, isArabic: letters > 0 && arabicShare >= MIN_ARABIC_SHARE };
}
