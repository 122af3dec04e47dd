// A report sent through addDocument, ingested by the command's own pipeline: checked first as
// the mutation's input (one body, a file name whose extension tells the format, its size before
// anything is decoded or parsed, the details as the command line checks them), then read into
// paragraphs by readReport's reader (report.ts) and ingested in one transaction (ingest.ts),
// with the audit record of who added it.
import { extname } from 'node:path';
import { sourceIn } from '../data/entities.ts';
import type { Source } from '../data/records.ts';
import { DOCUMENT, internal } from '../errors/index.ts';
import type { Graph } from '../neo4j/graph.ts';
import { LOAD_TIMEOUT_MS } from '../../seed/limits.ts';
import { detailProblem, FLAGS } from './arguments.ts';
import { REPORT_EXTENSIONS } from './files.ts';
import { ingestReport, type ReportDetails } from './ingest.ts';
import { MAX_REPORT_BYTES } from './limits.ts';
import { IngestError } from './refusals.ts';
import { reportOf } from './report.ts';
import { loadTagger } from './segmenter.ts';

export interface DocumentInput {
  fileName: string;
  text?: string | null;
  base64?: string | null;
  title?: string | null;
  publisher?: string | null;
  date?: string | null;
  url?: string | null;
}

/** The command's report files, and Markdown, read as plain text (its blank-line blocks). */
export const DOCUMENT_EXTENSIONS = [...REPORT_EXTENSIONS, '.md', '.markdown'];

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function checkedFileName(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  const plain = !/[/\\]/.test(fileName) && fileName.length > ext.length;
  if (!plain || !DOCUMENT_EXTENSIONS.includes(ext))
    throw DOCUMENT.fileName(DOCUMENT_EXTENSIONS, fileName);
  return ext;
}

/** The report's bytes and the field that held them, refused past `maxBytes` before decoding. */
function bytesOf(input: DocumentInput, maxBytes: number): { field: string; bytes: Buffer } {
  const ext = checkedFileName(input.fileName);
  const given = [input.text, input.base64].filter((b) => b != null).length;
  if (given !== 1) throw DOCUMENT.oneBody(given);
  const tooLarge = (field: string, bytes: number) =>
    DOCUMENT.tooLarge(field, bytes, maxBytes, MAX_REPORT_BYTES);
  if (input.text != null) {
    if (ext === '.pdf') throw DOCUMENT.pdfAsText();
    const size = Buffer.byteLength(input.text, 'utf8');
    if (size > maxBytes) throw tooLarge('input.text', size);
    return { field: 'input.text', bytes: Buffer.from(input.text, 'utf8') };
  }
  // Line breaks are allowed: base64 tools wrap their output at 76 characters.
  const encoded = (input.base64 as string).replace(/\s+/g, '');
  const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
  const size = Math.floor((encoded.length * 3) / 4) - padding;
  if (size > maxBytes) throw tooLarge('input.base64', size);
  if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) throw DOCUMENT.notBase64();
  return { field: 'input.base64', bytes: Buffer.from(encoded, 'base64') };
}

function detailsOf(input: DocumentInput): ReportDetails {
  const details: ReportDetails = {};
  for (const flag of FLAGS) {
    const value = input[flag];
    if (value == null) continue;
    const problem = detailProblem(`input.${flag}`, flag, value);
    if (problem) throw DOCUMENT.detail(problem);
    details[flag] = value;
  }
  return details;
}

/**
 * Ingests the report `input` sends, as `npm run ingest` ingests a file, recording `actor` as the
 * one who added it, and answers its source. A report whose text is stored already stores
 * nothing: the source holding it is answered, with alreadyStored.
 */
export async function addDocument(
  graph: Graph,
  input: DocumentInput,
  { actor, maxBytes }: { actor: string; maxBytes: number },
): Promise<Source> {
  const { field, bytes } = bytesOf(input, maxBytes);
  const details = detailsOf(input);
  let report;
  try {
    report = await reportOf(input.fileName, bytes);
  } catch (error) {
    if (error instanceof IngestError) throw DOCUMENT.refused(field, error.problems);
    throw error;
  }
  const shared = { tag: await loadTagger() };
  // The command's bound on one report's transaction; the request's deadline (REQUEST_TIMEOUT_MS)
  // comes first and cancels it, storing nothing.
  const result = await ingestReport(graph, report, details, shared, LOAD_TIMEOUT_MS, { actor });
  const source = await graph.writeTransaction((run) => sourceIn(run, result.source));
  if (!source) throw internal(`the ingested source ${result.source} is gone`);
  return { ...source, alreadyStored: result.already };
}
