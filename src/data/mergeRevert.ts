// Reverting a merge: the merged entity comes back with its properties and every relationship and
// indicator link it had, the kept entity gets its own properties back, and the relationships the
// merge moved or joined are as they were. CONFLICT, writing nothing, when anything the merge
// wrote was written since (the kept entity, a moved link) or its id was taken again.
import { updateDegrees } from '../../seed/write.ts';
import { REVERT } from '../errors/index.ts';
import { int, type Run } from '../neo4j/graph.ts';
import { typeExpression } from './cypher.ts';
import { relinkEntities } from './documentStore.ts';
import { asStored, type MergeImage, type MovedLink } from './mergeOperations.ts';
import { KIND_LABEL, type EntityKind } from './vocabulary.ts';

const ends = (l: Pick<MovedLink, 'out' | 'other'>, entity: string) =>
  l.out ? { from: entity, to: l.other } : { from: l.other, to: entity };
const key = (l: MovedLink, entity: string): string => {
  const { from, to } = ends(l, entity);
  return `${from}|${l.type}|${to}`;
};
const pattern = (l: MovedLink): string =>
  `(:Entity {id: $from})-[r:${typeExpression([l.type])}]->(:Entity {id: $to})`;

/** Throws CONFLICT when anything a merge wrote was written since it was applied. */
export async function refuseLaterMergeWrites(
  run: Run,
  change: string,
  images: readonly MergeImage[],
): Promise<void> {
  for (const { merged, links } of images) {
    const [now] = await run(
      `OPTIONAL MATCH (k:Entity {id: $keep}) OPTIONAL MATCH (m:Entity {id: $merge})
       RETURN k IS NOT NULL AS kept, k.changedBy AS keptBy, m IS NOT NULL AS back,
              m.changedBy AS backBy`,
      { keep: merged.keep, merge: merged.merge },
    );
    if (!now?.kept) throw REVERT.gone(change, merged.keep);
    if (now.keptBy !== change)
      throw REVERT.laterWrite(change, merged.keep, (now.keptBy as string | null) ?? null);
    if (now.back)
      throw REVERT.laterWrite(change, merged.merge, (now.backBy as string | null) ?? null);
    for (const link of links) {
      if (link.other === merged.keep) continue;
      const [row] = await run(
        `OPTIONAL MATCH (o:Entity {id: $other}) OPTIONAL MATCH ${pattern(link)}
         RETURN o IS NOT NULL AS other, r IS NOT NULL AS exists, r.changedBy AS changedBy`,
        { ...ends(link, merged.keep), other: link.other },
      );
      const fact = key(link, merged.keep);
      if (!row?.other) throw REVERT.gone(change, link.other);
      if (!row.exists) throw REVERT.gone(change, fact);
      if (row.changedBy !== change)
        throw REVERT.laterWrite(change, fact, (row.changedBy as string | null) ?? null);
    }
  }
}

/** Puts back what each merge wrote, last merge first; the checks have passed. */
export async function restoreMerges(run: Run, images: readonly MergeImage[]): Promise<void> {
  for (const image of [...images].reverse()) {
    const { keep, merge, mergeVersion } = image.merged;
    const label = KIND_LABEL[image.mergeProps.kind as EntityKind];
    if (!label) throw new Error(`before-image of ${merge} has no known kind`);
    await run(
      `MATCH (x:MergedEntity {id: $merge}) DELETE x
       WITH count(*) AS _
       OPTIONAL MATCH (y:MergedEntity) WHERE y.id IN $redirected SET y.into = $merge
       WITH count(*) AS _
       CREATE (m:Entity:${label}) SET m = $props, m.version = $version`,
      {
        merge,
        redirected: image.redirected,
        props: asStored(image.mergeProps),
        version: int(mergeVersion + 2),
      },
    );
    for (const link of image.links) {
      if (link.other !== keep)
        await run(
          link.joins ? `MATCH ${pattern(link)} SET r = $props` : `MATCH ${pattern(link)} DELETE r`,
          { ...ends(link, keep), props: link.joins && asStored(link.joins) },
        );
      await run(
        `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
         CREATE (a)-[r:${typeExpression([link.type])}]->(b) SET r = $props`,
        { ...ends(link, merge), props: asStored(link.props) },
      );
    }
    for (const a of image.about)
      await run(
        `MATCH (i:Indicator {id: $indicator}) MATCH (m:Entity {id: $merge})
         CREATE (i)-[:ABOUT {position: $position}]->(m)
         WITH i
         OPTIONAL MATCH (i)-[k:ABOUT]->(:Entity {id: $keep}) WHERE NOT $hadKeep
         DELETE k`,
        { indicator: a.indicator, merge, keep, position: int(a.position), hadKeep: a.hadKeep },
      );
    await run(
      `MATCH (n:Entity {id: $keep})
       WITH n, coalesce(n.version, 0) + 1 AS version
       SET n = $props, n.version = version`,
      { keep, props: asStored(image.keepProps) },
    );
    await updateDegrees(run, [keep, merge, ...image.links.map((l) => l.other)]);
    await relinkEntities(run, [keep, merge]);
  }
}
