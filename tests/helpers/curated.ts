// The curated data as its files state it (seed/data/*.json), for tests that compare what the
// database or the API holds with what was meant to be loaded.
import { readFileSync } from 'node:fs';
import { CURATED_FILES } from '../../seed/load.ts';

export type Json = Record<string, unknown>;

/** The records of the curated files, by section. */
export function curatedRecords(): Record<
  'sources' | 'entities' | 'relationships' | 'indicators',
  Json[]
> {
  const files = CURATED_FILES.map(
    (path) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, Json[] | undefined>,
  );
  const all = (section: string): Json[] => files.flatMap((file) => file[section] ?? []);
  return {
    sources: all('sources'),
    entities: all('entities'),
    relationships: all('relationships'),
    indicators: all('indicators'),
  };
}
