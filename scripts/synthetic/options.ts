// What a synthetic graph is asked for with: its size, its seed, and whether to replace what is there.
import { integerOption, parseCommandLine } from '../shared/cli.ts';

export const DEFAULT_SCALE = 100;
export const DEFAULT_SEED = 20251122;
const MAX_SCALE = 10_000;

export interface SyntheticOptions {
  /** Thousands of entities. */
  scale: number;
  seed: number;
  force: boolean;
  /** Write through Cypher even into the local Neo4j (as for an external one): for comparison. */
  cypher: boolean;
}

export const SYNTHETIC_USAGE =
  'npm run seed:synthetic -- [--scale N (thousands of entities, default 100)] [--seed S] [--force] [--cypher]';

/** The options on the command line, or null when it asks for help. Throws a UsageError. */
export function parseSyntheticOptions(argv: string[]): SyntheticOptions | null {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean', default: false },
      cypher: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  return {
    scale: integerOption('scale', values.scale, DEFAULT_SCALE, 1, MAX_SCALE),
    seed: integerOption('seed', values.seed, DEFAULT_SEED, 1, 0xffffffff),
    force: values.force,
    cypher: values.cypher,
  };
}
