// npm run bench:documents: the document store's figures on the curated data in the configured
// Neo4j (the local one unless NEO4J_URI is set): mention recall with its misses, and the
// matcher's build and match times over 100k synthetic names, with the machine's load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { createCommandLineLogger } from '../../src/log.ts';
import { openDatabase } from '../../src/neo4j/connect.ts';
import { CURATED_FILES, loadSeed, readSeedFiles } from '../../seed/load.ts';
import { runScript, UsageError } from '../shared/cli.ts';
import { say } from '../shared/output.ts';
import { ingestFigures } from './ingestFigures.ts';
import { matcherSpeed } from './matcherSpeed.ts';
import { mentionRecall, recallLines } from './recall.ts';

const load = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function main(): Promise<void> {
  const config = loadConfig();
  const dir = config.sourcesDir;
  if (!dir)
    throw new UsageError(
      'The documents folder was not found: set CIXI_SOURCES_DIR to the folder holding the source reports.',
    );
  const database = await openDatabase(config, createCommandLineLogger(config.logLevel));
  try {
    // Loading the curated data again changes no record; it stores the documents it finds.
    const graph = database.graph.withOptions({ timeoutMs: 120_000 });
    const summary = await loadSeed(graph, await readSeedFiles(CURATED_FILES), {
      documentsDir: dir,
    });
    say(`Curated data with ${summary.documents} documents from ${dir}.`);
    for (const line of recallLines(await mentionRecall(graph))) say(line);
  } finally {
    await database.close();
  }
  const report = readFileSync(join(dir, '000_6ed291f17ed2e31c.txt'), 'utf8');
  const speed = matcherSpeed(report);
  say(
    `Matcher: ${speed.names} names built in ${speed.buildMs.toFixed(0)} ms; a ${speed.reportChars}-character report matched in ${speed.matchMs.toFixed(1)} ms (median of 20). Load average: ${load()}.`,
  );
  await ingestFigures(dir);
  say(`Load average: ${load()}.`);
}

runScript(main, (error) => error.stack ?? String(error));
