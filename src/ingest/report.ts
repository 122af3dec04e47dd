// A report file read into the paragraphs a document is stored with: its format told by its
// bytes (and, for HTML, its name), its encoding detected, its site chrome or page layout
// removed, then cut by the rule every source's citations follow. Refused with what to do when it
// cannot be read as a report.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { contentHash, paragraphsOf } from '../documents/paragraphs.ts';
import { decodeText, looksBinary, type TextEncoding } from './encoding.ts';
import { MAX_REPORT_BYTES, SNIFF_BYTES } from './limits.ts';
import { REFUSE } from './refusals.ts';

export type ReportFormat = 'text' | 'html' | 'pdf';

export interface Report {
  path: string;
  format: ReportFormat;
  /** The text's encoding; PDFs carry their own. */
  encoding: TextEncoding | null;
  /** Paragraph n is paragraphs[n - 1]. */
  paragraphs: string[];
  /** SHA-256 of the paragraphs: the same report in another encoding or layout is the same. */
  contentHash: string;
}

const PDF_MAGIC = Buffer.from('%PDF-');
const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i;

async function bytesOf(path: string): Promise<Buffer> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw REFUSE.unreadable(path, error.code ?? 'error');
  });
  if (!found.isFile()) throw REFUSE.notAFile(path);
  if (found.size > MAX_REPORT_BYTES) throw REFUSE.tooLarge(path, found.size);
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw REFUSE.unreadable(path, error.code ?? 'error');
  });
}

async function blocksOf(
  path: string,
  bytes: Buffer,
): Promise<{ format: ReportFormat; encoding: TextEncoding | null; blocks: string[] }> {
  if (bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    const { pdfBlocks } = await import('./pdf.ts');
    const read = await pdfBlocks(bytes);
    if (!read.ok)
      throw read.why ? REFUSE.unreadablePdf(path, read.why) : REFUSE.noTextLayer(path, read.pages);
    return { format: 'pdf', encoding: null, blocks: read.blocks };
  }
  if (looksBinary(bytes, SNIFF_BYTES)) throw REFUSE.binary(path);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw REFUSE.unknownEncoding(path, decoded.guess);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || HTML_START.test(text)) {
    const { articleBlocks } = await import('./html.ts');
    const blocks = await articleBlocks(text);
    if (blocks.length === 0 && text.trim() !== '') throw REFUSE.noArticle(path);
    return { format: 'html', encoding: decoded.encoding, blocks };
  }
  return { format: 'text', encoding: decoded.encoding, blocks: [text] };
}

/** Reads the report at `path`, or throws IngestError saying why it cannot be ingested. */
export async function readReport(path: string): Promise<Report> {
  return reportOf(path, await bytesOf(path));
}

/**
 * The report in `bytes`, named `path` (a file's path, or the name a client gave it): what
 * readReport makes of a file's bytes, for bytes that came another way (addDocument).
 */
export async function reportOf(path: string, bytes: Buffer): Promise<Report> {
  const { format, encoding, blocks } = await blocksOf(path, bytes);
  const paragraphs = blocks.flatMap(paragraphsOf);
  if (paragraphs.length === 0) throw REFUSE.empty(path);
  return { path, format, encoding, paragraphs, contentHash: contentHash(paragraphs.join('\n\n')) };
}
