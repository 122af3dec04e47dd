// The operations of proposeChange as the data layer takes them: each record in the loader's file
// format (README: Loading your own data), so the loader's own checks apply to it. What needs no
// database is refused here, naming the operation and its field.
import type {
  AliasInput,
  CitationInput,
  EntityInput,
  IndicatorInput,
  OperationInput,
  RelationshipInput,
} from '../../generated/graphql.ts';
import type { Operation } from '../../data/changes.ts';
import type { AliasRecord } from '../../data/operationKinds.ts';
import { CHANGE, CHANGE_OPS } from '../../errors/index.ts';

type RecordOf<K extends Operation['kind']> = Extract<Operation, { kind: K }>['record'];

const citation = ({ source, paragraph }: CitationInput) => ({ source, paragraph });

/** An alias as the loader reads it: a cited one, or the curators' own with their reason. */
const aliasRecord = (a: AliasInput): Record<string, unknown> =>
  a.source ? { name: a.name, ...citation(a.source) } : { name: a.name, reason: a.reason ?? null };

/** An entity in the loader's file format, with its version. */
const entityRecord = (e: EntityInput): RecordOf<'ENTITY'> => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  nameEn: e.nameEn ?? null,
  aliases: (e.aliases ?? []).map(aliasRecord),
  description: e.description ?? null,
  descriptionZh: e.descriptionZh ?? null,
  year: e.year ?? null,
  sources: e.sources.map(citation),
  knowledge: e.knowledge ?? null,
  version: e.version ?? null,
});

const relationshipRecord = (r: RelationshipInput): RecordOf<'RELATIONSHIP'> => ({
  type: r.type,
  status: r.status ?? 'ACTUAL',
  from: r.from,
  to: r.to,
  since: r.since ?? null,
  role: r.role ?? null,
  roleEn: r.roleEn ?? null,
  program: r.program ?? null,
  sources: r.sources.map(citation),
  knowledge: r.knowledge ?? null,
});

const indicatorRecord = (i: IndicatorInput): RecordOf<'INDICATOR'> => ({
  id: i.id,
  name: i.name,
  nameEn: i.nameEn ?? null,
  value: i.value,
  unit: i.unit,
  display: i.display,
  qualifier: i.qualifier ?? 'EXACT',
  status: i.status ?? 'ACTUAL',
  period: i.period ?? null,
  periodEn: i.periodEn ?? null,
  topic: i.topic,
  scope: i.scope,
  sources: i.sources.map(citation),
  knowledge: i.knowledge ?? null,
  version: i.version ?? null,
});

/** One alias to add: a name, and exactly one origin (a paragraph, or a reason not blank). */
function aliasOperation(a: AliasInput, index: number): AliasRecord {
  const name = a.name.trim();
  if (!name) throw CHANGE_OPS.aliasEmpty(index, 'name');
  if (a.source && a.reason != null) throw CHANGE_OPS.aliasOrigin(index);
  if (a.source) return { name, ...citation(a.source) };
  if (a.reason == null) throw CHANGE_OPS.aliasOrigin(index);
  if (!a.reason.trim()) throw CHANGE_OPS.aliasEmpty(index, 'reason');
  return { name, reason: a.reason.trim() };
}

function operationOf(input: OperationInput, index: number): Operation {
  const { entity, relationship, retract, indicator, alias, merge } = input;
  const given = [entity, relationship, retract, indicator, alias, merge].filter((x) => x != null);
  if (given.length !== 1) throw CHANGE.oneField(index);
  if (entity) return { kind: 'ENTITY', record: entityRecord(entity) };
  if (relationship) return { kind: 'RELATIONSHIP', record: relationshipRecord(relationship) };
  if (indicator) return { kind: 'INDICATOR', record: indicatorRecord(indicator) };
  if (alias)
    return {
      kind: 'ALIAS',
      record: {
        entity: alias.entity,
        version: alias.version,
        alias: aliasOperation(alias.alias, index),
      },
    };
  if (merge) {
    if (merge.keep === merge.merge) throw CHANGE_OPS.mergeSelf(index);
    const { keep, keepVersion, merge: merged, mergeVersion } = merge;
    return { kind: 'MERGE', record: { keep, keepVersion, merge: merged, mergeVersion } };
  }
  const { type, from, to } = retract as NonNullable<OperationInput['retract']>;
  return { kind: 'RETRACT', record: { type, from, to } };
}

/** The entities an operation names, to keep a merge's two sides out of the change's others. */
const named = (op: Operation): string[] => {
  if (op.kind === 'ENTITY' || op.kind === 'INDICATOR') return [op.record.id];
  if (op.kind === 'ALIAS') return [op.record.entity];
  if (op.kind === 'MERGE') return [op.record.keep, op.record.merge];
  return [op.record.from, op.record.to];
};

/**
 * The change's operations. A merge rewrites both its entities and every link of the merged one,
 * so another operation of the same change on either would be checked against what the merge
 * then removes: such a change is refused, and the merge proposed on its own.
 */
export function operationsOf(inputs: readonly OperationInput[]): Operation[] {
  const operations = inputs.map(operationOf);
  operations.forEach((op, i) => {
    if (op.kind !== 'MERGE') return;
    const others = new Set(operations.filter((_, j) => j !== i).flatMap(named));
    for (const id of [op.record.keep, op.record.merge])
      if (others.has(id)) throw CHANGE_OPS.mergeTwice(i, id);
  });
  return operations;
}
