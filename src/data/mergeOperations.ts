// Merging two entities that are the same thing, in the change's transaction: the merged one's
// relationships move to the kept one (one of the same type and other end joins the kept one's,
// their citations together), its names become aliases of the kept one, its citations and the
// indicators about it join, and it is deleted, leaving a (:MergedEntity {id, into}) so its id
// still answers the kept entity (entities.ts). Everything it touches is kept as a before-image
// (MergeImage) on the Change, so a revert (mergeRevert.ts) puts every fact back.
import { updateDegrees } from '../../seed/write.ts';
import { CHANGE_OPS } from '../errors/index.ts';
import { int, type Run } from '../neo4j/graph.ts';
import { keptRecord } from './mergeRecord.ts';
import { typeExpression } from './cypher.ts';
import type { MergeImage, MovedLink, Operation } from './operationKinds.ts';
import { asStored } from './storedValues.ts';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from './vocabulary.ts';

type Props = Record<string, unknown>;

export type { MergeImage, MovedLink } from './operationKinds.ts';
export { asStored } from './storedValues.ts';

const SIDES = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (m:MergedEntity {id: id})
RETURN id, properties(n) AS props, m.into AS mergedInto`;

const LINKS_OF = `
MATCH (m:Entity {id: $merge})-[r]-(o:Entity)
WHERE type(r) IN $types
RETURN type(r) AS type, startNode(r) = m AS out, o.id AS other, properties(r) AS props`;

const ABOUT_OF = `
MATCH (i:Indicator)-[a:ABOUT]->(:Entity {id: $merge})
RETURN i.id AS indicator, a.position AS position,
  EXISTS { (i)-[:ABOUT]->(:Entity {id: $keep}) } AS hadKeep`;

const ends = (l: Pick<MovedLink, 'out' | 'other'>, entity: string) =>
  l.out ? { from: entity, to: l.other } : { from: l.other, to: entity };

/** Checks each merge against the graph (both there, one kind, the versions read); its image. */
export async function checkMerges(
  run: Run,
  operations: readonly Operation[],
): Promise<MergeImage[]> {
  const images: MergeImage[] = [];
  for (const [i, op] of operations.entries()) {
    if (op.kind !== 'MERGE') continue;
    const { keep, keepVersion, merge, mergeVersion } = op.record;
    const rows = await run(SIDES, { ids: [keep, merge] });
    const side = (id: string, field: 'keep' | 'merge'): Props => {
      const row = rows.find((r) => r.id === id);
      if (!row?.props)
        throw CHANGE_OPS.unknownEntity(
          i,
          `merge.${field}`,
          id,
          (row?.mergedInto as string | null) ?? null,
        );
      return row.props as Props;
    };
    const keepProps = side(keep, 'keep');
    const mergeProps = side(merge, 'merge');
    if (keepProps.kind !== mergeProps.kind)
      throw CHANGE_OPS.mergeKinds(i, keep, String(keepProps.kind), merge, String(mergeProps.kind));
    for (const [field, props, version] of [
      ['keepVersion', keepProps, keepVersion],
      ['mergeVersion', mergeProps, mergeVersion],
    ] as const) {
      const current = Number(props.version ?? 0);
      if (current !== version)
        throw CHANGE_OPS.staleMerge(i, `merge.${field}`, String(props.id), version, current);
    }
    const links: MovedLink[] = [];
    for (const r of await run(LINKS_OF, { merge, types: RELATIONSHIP_TYPE_NAMES })) {
      const link = {
        type: r.type as RelationshipType,
        out: Boolean(r.out),
        other: String(r.other),
      };
      // A link between the two would become one of keep to itself: it goes (the image keeps it).
      const [joins] =
        link.other === keep
          ? []
          : await run(
              `MATCH (:Entity {id: $from})-[r:${typeExpression([link.type])}]->(:Entity {id: $to})
               RETURN properties(r) AS props`,
              ends(link, keep),
            );
      links.push({ ...link, props: r.props as Props, joins: (joins?.props as Props) ?? null });
    }
    const about = (await run(ABOUT_OF, { merge, keep })).map((r) => ({
      indicator: String(r.indicator),
      position: Number(r.position),
      hadKeep: Boolean(r.hadKeep),
    }));
    const redirected = (
      await run('MATCH (x:MergedEntity {into: $merge}) RETURN x.id AS id', { merge })
    ).map((r) => String(r.id));
    images.push({ index: i, merged: op.record, keepProps, mergeProps, links, about, redirected });
  }
  return images;
}

const JOIN = (type: RelationshipType) => `
MATCH (:Entity {id: $from})-[r:${typeExpression([type])}]->(:Entity {id: $to})
SET r.provenance = coalesce(r.provenance, []) +
      [p IN coalesce($props.provenance, []) WHERE NOT p IN coalesce(r.provenance, [])],
    r.since = coalesce(r.since, $props.since), r.role = coalesce(r.role, $props.role),
    r.roleEn = coalesce(r.roleEn, $props.roleEn), r.program = coalesce(r.program, $props.program),
    r.knowledge = coalesce(r.knowledge, $props.knowledge),
    r.knowledgeChange = coalesce(r.knowledgeChange, $props.knowledgeChange),
    r.changedBy = $changeId`;

const MOVE = (type: RelationshipType) => `
MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
CREATE (a)-[r:${typeExpression([type])}]->(b)
SET r = $props, r.id = $key, r.changedBy = $changeId`;

/** Writes the merges checked by checkMerges, in the caller's transaction. */
export async function applyMerges(
  run: Run,
  images: readonly MergeImage[],
  changeId: string,
): Promise<void> {
  for (const image of images) {
    const { keep, keepVersion, merge, mergeVersion } = image.merged;
    for (const link of image.links) {
      if (link.other === keep) continue;
      const at = ends(link, keep);
      const props = asStored(link.props);
      if (link.joins) await run(JOIN(link.type), { ...at, props, changeId });
      else
        await run(MOVE(link.type), {
          ...at,
          props,
          changeId,
          key: `${at.from}|${link.type}|${at.to}`,
        });
    }
    for (const a of image.about.filter((x) => !x.hadKeep))
      await run(
        `MATCH (i:Indicator {id: $indicator}) MATCH (k:Entity {id: $keep})
         CREATE (i)-[:ABOUT {position: $position}]->(k)`,
        { indicator: a.indicator, keep, position: int(a.position) },
      );
    // The version is read as it is written, under the lock, so a change applied at the same
    // moment to either side is seen, and this one refused.
    const [kept] = await run(
      `MATCH (n:Entity {id: $keep})
       SET n += $row, n.version = coalesce(n.version, 0) + 1, n.changedBy = $changeId
       RETURN n.version - 1 AS was`,
      { keep, row: keptRecord(image, changeId), changeId },
    );
    if (Number(kept?.was) !== keepVersion)
      throw CHANGE_OPS.staleMerge(
        image.index,
        'merge.keepVersion',
        keep,
        keepVersion,
        Number(kept?.was),
      );
    const [gone] = await run(
      `MATCH (m:Entity {id: $merge}) SET m.version = coalesce(m.version, 0) + 1
       WITH m, m.version - 1 AS was DETACH DELETE m RETURN was`,
      { merge },
    );
    if (Number(gone?.was) !== mergeVersion)
      throw CHANGE_OPS.staleMerge(
        image.index,
        'merge.mergeVersion',
        merge,
        mergeVersion,
        Number(gone?.was),
      );
    await run(
      `MATCH (x:MergedEntity) WHERE x.id IN $redirected SET x.into = $keep
       WITH count(*) AS _
       MERGE (m:MergedEntity {id: $merge})
       SET m.into = $keep, m.change = $changeId, m.at = datetime()`,
      { redirected: image.redirected, keep, merge, changeId },
    );
    await updateDegrees(run, [keep, ...image.links.map((l) => l.other)]);
  }
}

/** The relationships a merge moved, by their key before and after: their histories show it. */
export const mergeFacts = (images: readonly unknown[]): string[] =>
  images.flatMap((i) => {
    if (typeof i !== 'object' || i === null || !('merged' in i)) return [];
    const { merged, links } = i as MergeImage;
    return links.flatMap((l) => {
      const before = ends(l, merged.merge);
      const after = ends(l, merged.keep);
      return [
        `${before.from}|${l.type}|${before.to}`,
        ...(l.other === merged.keep ? [] : [`${after.from}|${l.type}|${after.to}`]),
      ];
    });
  });
