// Before anything is timed: each operation asked once of both sides, their answers compared.
import { say } from '../shared/output.ts';
import type { Operation, Request } from './operations.ts';

export async function ask(url: URL, request: Request): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** Whether every operation's answers are equal; says which are not and how. */
export async function sameAnswers(
  ours: URL,
  peer: URL,
  ops: readonly Operation[],
): Promise<boolean> {
  let same = true;
  for (const op of ops) {
    const a = JSON.stringify(op.oursAnswer(await ask(ours, op.ours)));
    const b = JSON.stringify(op.peerAnswer(await ask(peer, op.peer)));
    const size = a.length.toLocaleString('en-US');
    if (a === b) say(`  same answer: ${op.name} (${size} characters)`);
    else {
      same = false;
      say(`  DIFFERENT: ${op.name}\n    ours: ${a.slice(0, 300)}\n    peer: ${b.slice(0, 300)}`);
    }
  }
  return same;
}
