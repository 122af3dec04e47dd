// Traditional and simplified characters fold together (OpenCC's traditional → mainland table),
// and Latin letters to lower case, one character at a time: a folded text has exactly the
// UTF-16 length of the original, so an offset found in the folded text is an offset in the original.
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });
const folded = new Map<string, string>();

function foldCharacter(c: string): string {
  const known = folded.get(c);
  if (known !== undefined) return known;
  const converted = toSimplified(c).toLowerCase();
  // Phrase rules can change length; a character that would is kept as it is.
  const f = converted.length === c.length ? converted : c;
  folded.set(c, f);
  return f;
}

/** `text` with traditional characters simplified and Latin letters lowered, same length. */
export function fold(text: string): string {
  let out = '';
  for (const c of text) out += c.charCodeAt(0) < 0x80 ? c.toLowerCase() : foldCharacter(c);
  return out;
}
