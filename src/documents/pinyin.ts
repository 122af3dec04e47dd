// Names as Chinese users type them on a Latin keyboard: full pinyin without tones or spaces
// (wuhankejidaxue) and initials (whkjdx), through pinyin-pro, which reads polyphonic characters
// in context (重庆 as chongqing). Several names are joined with "|", so a substring search on
// the stored text never runs from one name into the next.

import { pinyin } from 'pinyin-pro';
import { fold } from './fold.ts';

const letters = (parts: readonly string[]): string =>
  parts
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Full pinyin of each name, no tones or spaces, joined with "|". */
export const pinyinOf = (names: readonly string[]): string =>
  names.map((n) => letters(pinyin(fold(n), { toneType: 'none', type: 'array' }))).join('|');

/** Pinyin initials of each name, joined with "|". */
export const initialsOf = (names: readonly string[]): string =>
  names
    .map((n) => letters(pinyin(fold(n), { pattern: 'first', toneType: 'none', type: 'array' })))
    .join('|');

/** What a Latin-keyboard query becomes for matching pinyin: letters only, or null if it has other text. */
export function pinyinQuery(text: string): string | null {
  if (!/^[A-Za-z\s']+$/.test(text)) return null;
  const compact = text.toLowerCase().replace(/[^a-z]/g, '');
  return compact.length >= 2 ? compact : null;
}
