// --profile: the statements each side sent for one request of each operation, run again under
// PROFILE (twice: the first plans the profiled statement), their db hits added up.
import type { ProfiledPlan } from 'neo4j-driver';
import { fmt, say } from '../shared/output.ts';
import type { Reader } from '../bench/reads.ts';
import { ask } from './answers.ts';
import type { Operation, Request } from './operations.ts';
import type { Statement } from './recording.ts';

const totalHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((s, c) => s + totalHits(c), 0);

async function dbHits(reads: Reader, statements: readonly Statement[]): Promise<number> {
  let hits = 0;
  for (const [cypher, params] of statements) {
    const session = reads.session();
    try {
      await session.run(`PROFILE ${cypher}`, params);
      const plan = (await session.run(`PROFILE ${cypher}`, params)).summary.profile;
      hits += plan ? totalHits(plan) : 0;
    } finally {
      await session.close();
    }
  }
  return hits;
}

interface Side {
  url: URL;
  sent: Statement[];
}

async function measure(reads: Reader, side: Side, request: Request): Promise<string> {
  await ask(side.url, request); // plans and caches, as in the timed runs
  side.sent.length = 0;
  await ask(side.url, request);
  const statements = [...side.sent];
  return `${fmt(await dbHits(reads, statements))} db hits in ${statements.length} statement${statements.length === 1 ? '' : 's'}`;
}

export async function profileOperations(
  reads: Reader,
  ours: Side,
  peer: Side,
  ops: readonly Operation[],
): Promise<void> {
  say();
  say('PROFILE, one request of each operation (warm):');
  for (const op of ops) {
    const [a, b] = [await measure(reads, ours, op.ours), await measure(reads, peer, op.peer)];
    say(`  ${op.name}: ours ${a}; peer ${b}`);
  }
}
