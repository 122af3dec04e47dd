// npm run ingest -- FILE [--title … --date … --publisher … --url …], or -- FOLDER/: reads each
// report, stores it as a document with its paragraphs and mentions, and queues its candidate
// entities and links for review, in the configured Neo4j (the local one unless NEO4J_URI is
// set), as `npm run seed` does. Each report is all or nothing; a report already stored is not
// stored again.
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { createCommandLineLogger } from '../log.ts';
import { openDatabase } from '../neo4j/connect.ts';
import type { Graph } from '../neo4j/graph.ts';
import { runCommandLine } from '../../seed/commandLine.ts';
import { LOAD_TIMEOUT_MS } from '../../seed/limits.ts';
import { SeedError } from '../../seed/validate.ts';
import { ingestArguments } from './arguments.ts';
import { reportFiles } from './files.ts';
import { ingestReport, type IngestResult, type ReportDetails, type Shared } from './ingest.ts';
import { IngestError, REFUSE, stoppedByNeo4j } from './refusals.ts';
import { readReport } from './report.ts';
import { loadTagger } from './segmenter.ts';
import { reportSummary } from './summary.ts';

const say = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`);

async function main(): Promise<void> {
  const { path, details } = ingestArguments(process.argv.slice(2));
  const { folder, files } = await reportFiles(path);
  if (folder && (details.title || details.date || details.url))
    throw new IngestError(
      [
        `${path}: --title, --date and --url describe one report; give them with a file, not a folder.`,
      ],
      'Nothing was ingested:',
    );
  if (folder && files.length === 0) throw REFUSE.noReports(path);
  const config = loadConfig();
  const log = createCommandLineLogger(config.logLevel);
  const database = await openDatabase(config, log);
  try {
    const shared: Shared = { tag: await loadTagger() };
    if (!folder) {
      say(reportSummary(path, await ingest(database.graph, path, details, shared)));
      return;
    }
    await ingestFolder(database.graph, path, files, details, shared);
  } finally {
    await database.close();
  }
}

/** Reads and ingests one report; Neo4j stopping it is said in the command's words. */
async function ingest(
  graph: Graph,
  path: string,
  details: ReportDetails,
  shared: Shared,
): Promise<IngestResult> {
  const report = await readReport(path);
  try {
    return await ingestReport(graph, report, details, shared, LOAD_TIMEOUT_MS);
  } catch (error) {
    throw stoppedByNeo4j(path, error, LOAD_TIMEOUT_MS) ?? error;
  }
}

async function ingestFolder(
  graph: Graph,
  path: string,
  files: readonly string[],
  details: ReportDetails,
  shared: Shared,
): Promise<void> {
  const bar = new SingleBar({
    format: 'Ingesting [{bar}] {value}/{total} reports | {file}',
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(files.length, 0, { file: '' });
  const counts = { ingested: 0, already: 0, paragraphs: 0, mentions: 0, candidates: 0, links: 0 };
  const refused: string[] = [];
  const started = performance.now();
  for (const file of files) {
    bar.update({ file });
    try {
      const result = await ingest(graph, file, details, shared);
      if (result.already) counts.already++;
      else {
        counts.ingested++;
        counts.paragraphs += result.paragraphs;
        counts.mentions += result.mentions.length;
        counts.candidates += result.candidates.length;
        counts.links += result.links.length;
      }
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      refused.push(...error.problems);
    }
    bar.increment();
  }
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  say([
    `${path}: ${files.length} reports in ${seconds.toFixed(1)} s: ${counts.ingested} ingested, ${counts.already} already ingested, ${refused.length} refused.`,
    `Stored ${counts.paragraphs} paragraphs and ${counts.mentions} mentions; queued ${counts.candidates} candidate entities and ${counts.links} suggested links for review.`,
    ...(refused.length
      ? ['Refused (nothing of these was stored):', ...refused.map((r) => `  ${r}`)]
      : []),
  ]);
  if (refused.length) process.exitCode = 1;
}

runCommandLine(main);
