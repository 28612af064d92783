/**
 * Named Arabic code points and character classes. Code elsewhere names these instead of writing
 * ranges such as `أ-ي` (which silently miss «آ» and «ء»).
 */
export const HAMZA = 0x0621; // ء
export const ALEF_MADDA = 0x0622; // آ
export const ALEF_HAMZA_ABOVE = 0x0623; // أ
export const WAW_HAMZA = 0x0624; // ؤ
export const ALEF_HAMZA_BELOW = 0x0625; // إ
export const YEH_HAMZA = 0x0626; // ئ
export const ALEF = 0x0627; // ا
export const TEH_MARBUTA = 0x0629; // ة
export const TEH = 0x062a; // ت
export const TATWEEL = 0x0640; // ـ
export const HEH = 0x0647; // ه
export const WAW = 0x0648; // و
export const ALEF_MAKSURA = 0x0649; // ى
export const YEH = 0x064a; // ي
export const FATHATAN = 0x064b; // first haraka
export const SUKUN = 0x0652;
export const LAST_ARABIC_MARK = 0x065f; // end of the combining marks block inside Arabic
export const SUPERSCRIPT_ALEF = 0x0670;
export const ALEF_WASLA = 0x0671; // ٱ
export const KEHEH = 0x06a9; // ک (Persian kaf)
export const HEH_GOAL = 0x06c1; // ہ (Urdu heh)
export const HEH_DOACHASHMEE = 0x06be; // ھ
export const FARSI_YEH = 0x06cc; // ی
export const YEH_BARREE = 0x06d2; // ے
export const TEH_MARBUTA_GOAL = 0x06c3; // ۃ
export const ARABIC_COMMA = 0x060c; // ،
export const ARABIC_SEMICOLON = 0x061b; // ؛
export const ARABIC_QUESTION_MARK = 0x061f; // ؟
export const ARABIC_FULL_STOP = 0x06d4; // ۔
export const ARABIC_DECIMAL_SEPARATOR = 0x066b; // ٫
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c; // ٬
export const ARABIC_PERCENT = 0x066a; // ٪
export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;
export const ELLIPSIS = 0x2026; // …

/** Arabic-Indic digits ٠..٩ (U+0660–U+0669) and Extended (Persian/Urdu) digits ۰..۹ (U+06F0–U+06F9). */
export const ARABIC_INDIC_ZERO = 0x0660;
export const PERSIAN_ZERO = 0x06f0;

/** Combining marks written on Arabic letters: harakat, tanween, shadda, sukun, Quranic marks. */
export function isArabicMark(cp: number): boolean {
  return (cp >= FATHATAN && cp <= LAST_ARABIC_MARK) || cp === SUPERSCRIPT_ALEF ||
    (cp >= 0x06d6 && cp <= 0x06dc) || (cp >= 0x06df && cp <= 0x06e4) || cp === 0x06e7 || cp === 0x06e8 ||
    (cp >= 0x06ea && cp <= 0x06ed) || (cp >= 0x0610 && cp <= 0x061a);
}

/** Letters of the Arabic block (base and extended: Persian, Urdu, Maghrebi letters) and presentation forms. */
export function isArabicLetter(cp: number): boolean {
  return (cp >= HAMZA && cp <= 0x063a) || (cp >= 0x0641 && cp <= YEH) ||
    (cp >= 0x066e && cp <= 0x066f) || (cp >= ALEF_WASLA && cp <= 0x06d3) || cp === 0x06d5 ||
    (cp >= 0x06ee && cp <= 0x06ef) || (cp >= 0x06fa && cp <= 0x06fc) || cp === 0x06ff ||
    (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08c9) ||
    (cp >= 0xfb50 && cp <= 0xfdfb) || (cp >= 0xfe70 && cp <= 0xfefc);
}

export function isTatweel(cp: number): boolean {
  return cp === TATWEEL;
}

/** Zero-width and bidirectional control characters: invisible, never part of a match key. */
export function isInvisibleControl(cp: number): boolean {
  return cp === 0x200b || cp === ZWNJ || cp === ZWJ || cp === 0x200e || cp === 0x200f || cp === 0x061c ||
    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0xfeff || cp === 0x00ad;
}

/** Value of a decimal digit in any of the three digit sets, or -1. */
export function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp >= ARABIC_INDIC_ZERO && cp <= ARABIC_INDIC_ZERO + 9) return cp - ARABIC_INDIC_ZERO;
  if (cp >= PERSIAN_ZERO && cp <= PERSIAN_ZERO + 9) return cp - PERSIAN_ZERO;
  return -1;
}

export function isDigit(cp: number): boolean {
  return digitValue(cp) >= 0;
}

export function isLatinLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7);
}

export function isWhitespace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

export function isLineBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x85;
}

/** Opening and closing quotation marks seen in Arabic news. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '“', '‘', '„', '‹']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '”', '’', '›']);
/** Marks that open and close alike. */
export const SYMMETRIC_QUOTES: ReadonlySet<string> = new Set(['"', "'", '′', '″']);
