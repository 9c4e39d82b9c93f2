// Character classes of PowerShell's tokenizer (the language specification, §2.2 and §2.3), on
// UTF-16 code units. ASCII goes through one table; other characters are rare in scripts, so they
// may take the slower Unicode checks.

export const WHITESPACE = 1;
export const FORCE_NEW_TOKEN = 2;
export const IDENTIFIER_START = 4;
export const DIGIT = 8;
const VARIABLE_START = 16;
const HEX_DIGIT = 32;
const AFTER_NUMBER = 64;

/** Traits of ASCII characters (the bits above): hot loops read this table directly. */
export const TRAITS = new Uint8Array(128);
for (const code of [0x09, 0x0b, 0x0c, 0x20]) TRAITS[code] = WHITESPACE | FORCE_NEW_TOKEN;
for (const code of [0x0a, 0x0d]) TRAITS[code] = FORCE_NEW_TOKEN;
for (const char of '{}();,|&') TRAITS[char.charCodeAt(0)] = FORCE_NEW_TOKEN;
for (let code = 65; code <= 90; code++) {
  TRAITS[code] = IDENTIFIER_START | VARIABLE_START;
  TRAITS[code + 32] = IDENTIFIER_START | VARIABLE_START;
}
for (const char of 'abcdefABCDEF') TRAITS[char.charCodeAt(0)]! |= HEX_DIGIT;
TRAITS[95] = IDENTIFIER_START | VARIABLE_START; // _
for (let code = 48; code <= 57; code++) TRAITS[code] = DIGIT | HEX_DIGIT | VARIABLE_START;
for (const char of '$:?^') TRAITS[char.charCodeAt(0)]! |= VARIABLE_START;
// Characters that end a number in expression mode (`7+1`), while `7z` stays one token.
for (const char of '!#%*+-./<=>]') TRAITS[char.charCodeAt(0)]! |= AFTER_NUMBER;

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
const SEPARATOR = /[\p{Zs}\p{Zl}\p{Zp}]/u;

export const EOF = -1;

export function isNewline(code: number): boolean {
  return code === 10 || code === 13;
}

/** Whitespace that separates tokens; newlines are not whitespace. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code >= 0 && (TRAITS[code]! & WHITESPACE) !== 0;
  if (code <= 256) return code === 0xa0 || code === 0x85;
  return SEPARATOR.test(String.fromCharCode(code));
}

/** `-` and the dashes Word and Outlook substitute for it: en dash, em dash, horizontal bar. */
export function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2015;
}

export function isSingleQuote(code: number): boolean {
  return code === 39 || code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b;
}

export function isDoubleQuote(code: number): boolean {
  return code === 34 || code === 0x201c || code === 0x201d || code === 0x201e;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isHexDigit(code: number): boolean {
  return code >= 0 && code < 128 && (TRAITS[code]! & HEX_DIGIT) !== 0;
}

export function isIdentifierStart(code: number): boolean {
  if (code < 128) return code >= 0 && (TRAITS[code]! & IDENTIFIER_START) !== 0;
  return LETTER.test(String.fromCharCode(code));
}

export function isIdentifierFollow(code: number): boolean {
  if (code < 128) return code >= 0 && (TRAITS[code]! & (IDENTIFIER_START | DIGIT)) !== 0;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCharCode(code));
}

export function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** The first character of an unbraced variable name (`$_`, `$1`, `$env:x`, `$?`). */
export function isVariableStart(code: number): boolean {
  if (code < 128) return code >= 0 && (TRAITS[code]! & VARIABLE_START) !== 0;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** Ends any token that began with a letter or digit: whitespace, newlines, `{}();,|&`, end of input. */
export function forcesNewToken(code: number): boolean {
  if (code < 0) return true;
  if (code < 128) return (TRAITS[code]! & FORCE_NEW_TOKEN) !== 0 || code === 0;
  return isWhitespace(code);
}

/** In expression mode also operator characters end a number (`1+2`, `$a[1]`). */
export function endsNumberInExpression(code: number): boolean {
  if (forcesNewToken(code)) return true;
  return code >= 0 && code < 128 && (TRAITS[code]! & AFTER_NUMBER) !== 0;
}
