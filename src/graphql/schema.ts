import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The SDL files under schema/, in name order: the same files codegen reads. */
export const typeDefs: string[] = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(dir + f, 'utf8'));
