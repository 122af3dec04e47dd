// How a load's redefinitions read: refused, one problem per changed field; or, with --replace,
// one line per changed field saying exactly what changes, old → new.
import type { Clash, FieldChange, Redefinition } from './existing.ts';
import { shown } from './fields.ts';

const RECORD = {
  sources: 'source',
  entities: 'entity',
  relationships: 'relationship',
  indicators: 'indicator',
} as const;

/** The refusal of each changed field of each redefinition (without --replace). */
export const refusals = (redefinitions: readonly Redefinition[]): string[] =>
  redefinitions.flatMap(({ section, where, changes }) =>
    changes.map(
      (c) =>
        `${where}: field "${c.field}" is ${shown(c.new)}, but the database holds this ${RECORD[section]} with ${shown(c.old)}; to change it, load with --replace`,
    ),
  );

export const clashes = (found: readonly Clash[]): string[] =>
  found.map(
    ({ where, id, heldAs }) =>
      `${where}: id "${id}" already names ${heldAs} in the database; an id names one record, so give this one another id`,
  );

const full = (value: unknown): string => JSON.stringify(value) ?? 'null';

/** Exactly what --replace changes: one line per field of each record, old → new, in full. */
export function replacementLines(redefinitions: readonly Redefinition[]): string[] {
  const fields = redefinitions.reduce((n, r) => n + r.changes.length, 0);
  return [
    `--replace: ${redefinitions.length} record(s) the database holds will change (${fields} field(s)):`,
    ...redefinitions.flatMap(({ where, changes }) =>
      changes.map(
        (c: FieldChange) => `  ${where}: field "${c.field}": ${full(c.old)} → ${full(c.new)}`,
      ),
    ),
  ];
}
