// A document's paragraphs: the rule the curated data's citations count by, and content hashes
// that make storing the same text twice a no-op.
import { createHash } from 'node:crypto';

/** The non-empty blocks of a text separated by blank lines, as `awk 'BEGIN{RS=""}'` reads them. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** SHA-256 of the text as UTF-8, in hex: a document's or a paragraph's content hash. */
export const contentHash = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');
