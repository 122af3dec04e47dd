// Every sentence the ingest command says when it refuses a report, worded as the seed loader
// words its refusals: the file, what is wrong with it, and what to do. Nothing is stored when
// any of them is said.
import { Neo4jError } from 'neo4j-driver';
import { SeedError } from '../../seed/validate.ts';
import { codeOf } from '../errors/index.ts';
import { isMemoryLimit } from '../neo4j/errors.ts';
import { MAX_REPORT_BYTES } from './limits.ts';

export const NOTHING_STORED = 'The report was not ingested; nothing was stored:';

/** A refusal, printed as the loader prints its own: a heading, then one line per problem. */
export class IngestError extends SeedError {
  constructor(problems: string[], heading: string = NOTHING_STORED) {
    super(problems, heading);
  }
}

const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const FORMATS = 'plain text (.txt), HTML (.html, .htm) or PDF with a text layer (.pdf)';

export const REFUSE = {
  unreadable: (path: string, code: string) =>
    new IngestError([`${path}: cannot be read (${code}); check the path and its permissions.`]),
  notAFile: (path: string) =>
    new IngestError([
      `${path}: is not a file; give a report file, or a folder to ingest every report in it.`,
    ]),
  empty: (path: string) =>
    new IngestError([
      `${path}: is empty (no text after removing blank lines); give a report with its text in it.`,
    ]),
  tooLarge: (path: string, bytes: number) =>
    new IngestError([
      `${path}: ${bytes} bytes (${MB(bytes)}); one report may be at most ${MAX_REPORT_BYTES} bytes (${MB(MAX_REPORT_BYTES)}). Split it into smaller files and ingest each.`,
    ]),
  binary: (path: string) =>
    new IngestError([
      `${path}: holds binary data, not text; ingest reads ${FORMATS}. Convert other formats (Word, images) to one of these first.`,
    ]),
  unknownEncoding: (path: string, guess: string | null) =>
    new IngestError([
      `${path}: its text is neither UTF-8 nor GB18030/GBK${guess ? ` (it looks like ${guess})` : ''}; save it as UTF-8 and ingest it again.`,
    ]),
  noTextLayer: (path: string, pages: number) =>
    new IngestError([
      `${path}: this PDF has no text layer (${pages} page(s), no text on any: a scan or images); run OCR on it, or save its text as a .txt file, and ingest that.`,
    ]),
  unreadablePdf: (path: string, why: string) =>
    new IngestError([
      `${path}: is not a PDF that can be read (${why}); save it again from its viewer, or save its text as a .txt file, and ingest that.`,
    ]),
  noReports: (path: string) =>
    new IngestError([
      `${path}: holds no reports (files ending in .txt, .html, .htm or .pdf); give the folder that holds them.`,
    ]),
  noArticle: (path: string) =>
    new IngestError([
      `${path}: no article text was found in this HTML page, only navigation and lists; save the article's text as a .txt file and ingest that.`,
    ]),
} as const;

/** The refusal for a report whose transaction Neo4j stopped, or null for any other error. */
export function stoppedByNeo4j(
  path: string,
  error: unknown,
  timeoutMs: number,
): IngestError | null {
  const again = 'nothing was stored; ingest it again';
  if (isMemoryLimit(error) || codeOf(error) === 'QUERY_TOO_COMPLEX')
    return new IngestError([
      `${path}: Neo4j ran out of the memory it allows its transactions while storing it; ${again} when the API is less busy, or split the report.`,
    ]);
  if (codeOf(error) === 'TIMEOUT')
    return new IngestError([
      `${path}: Neo4j stopped storing it after the ${timeoutMs / 1000} s one report may take; ${again} when Neo4j is less busy.`,
    ]);
  if (codeOf(error) === 'SERVICE_UNAVAILABLE')
    return new IngestError([
      `${path}: Neo4j stopped answering while it was stored; check that Neo4j runs, then ingest it again (if it did commit, ingesting it again changes nothing).`,
    ]);
  if (error instanceof Neo4jError)
    return new IngestError([
      `${path}: Neo4j refused it (${error.code}: ${error.message.split('\n')[0]}); ${again}.`,
    ]);
  return null;
}
