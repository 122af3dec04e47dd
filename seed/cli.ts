// npm run seed [-- --file path … --replace]: loads the curated data set, or a researcher's own
// files in the same JSON format, into the configured Neo4j (the local one unless NEO4J_URI is
// set). Records that would change what the database holds are refused unless --replace is given;
// then each change is printed, field by field, before it is written.
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { createCommandLineLogger } from '../src/log.ts';
import { openDatabase } from '../src/neo4j/connect.ts';
import { runCommandLine } from './commandLine.ts';
import { CURATED_FILES, loadSeed, readSeedFiles } from './load.ts';
import { SeedError } from './validate.ts';

function fromArguments(args: readonly string[]): { files: string[]; replace: boolean } {
  const files: string[] = [];
  let replace = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--file' && args[i + 1]) files.push(resolve(args[++i] as string));
    else if (args[i] === '--replace') replace = true;
    else
      throw new SeedError([
        `unknown argument "${args[i]}"; usage: npm run seed [-- --file path.json … [--replace]]`,
      ]);
  }
  return { files: files.length ? files : CURATED_FILES, replace };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createCommandLineLogger(config.logLevel);
  const { files, replace } = fromArguments(process.argv.slice(2));
  const seedFiles = await readSeedFiles(files);
  const database = await openDatabase(config, log, { joinRunning: true });
  try {
    // Printed whatever LOG_LEVEL says: what --replace changes must always be on record.
    const onReplace = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`);
    const summary = await loadSeed(database.graph, seedFiles, {
      replace,
      onReplace,
      documentsDir: config.sourcesDir,
    });
    log.say(
      `Loaded ${summary.entities} entities, ${summary.relationships} relationships, ${summary.indicators} indicators and ${summary.sources} sources from ${files.length} file(s).`,
    );
  } finally {
    await database.close();
  }
}

runCommandLine(main);
