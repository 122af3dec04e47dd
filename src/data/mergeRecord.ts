// The kept entity of a merge as it is written: its own record with the merged entity's names as
// aliases (the curators', with the merge as the reason), and its citations and missing fields.
import { storedEntity } from '../../seed/stored.ts';
import type { Row } from '../neo4j/graph.ts';
import { namesOf, seedEntityOf } from './aliasOperations.ts';
import type { MergeImage } from './operationKinds.ts';
import { asStored } from './storedValues.ts';

/** The kept entity with the merged one's names as aliases, its citations and missing fields. */
export function keptRecord(image: MergeImage, changeId: string): Row {
  const keep = seedEntityOf(image.keepProps);
  const merge = seedEntityOf(image.mergeProps);
  const known = new Set(namesOf(keep));
  const reason = `a name of ${merge.id}, merged into ${keep.id} by ${changeId}`;
  const aliases = [...keep.aliases];
  for (const a of [
    { name: merge.name, source: null, reason },
    ...(merge.nameEn ? [{ name: merge.nameEn, source: null, reason }] : []),
    ...merge.aliases,
  ]) {
    const folded = a.name.trim().toLowerCase();
    if (known.has(folded)) continue;
    known.add(folded);
    aliases.push(a);
  }
  const cited = new Set(keep.sources.map((s) => `${s.source}#${s.paragraph}`));
  const sources = [
    ...keep.sources,
    ...merge.sources.filter((s) => !cited.has(`${s.source}#${s.paragraph}`)),
  ];
  const knowledge = keep.knowledge ?? merge.knowledge;
  const row = storedEntity({
    ...keep,
    aliases,
    sources,
    description: keep.description ?? merge.description,
    descriptionZh: keep.descriptionZh ?? merge.descriptionZh,
    year: keep.year ?? merge.year,
    ...(knowledge ? { knowledge } : {}),
  });
  return asStored(row);
}
