// Before-images as they are written back.
import { int } from '../neo4j/graph.ts';

type Props = Record<string, unknown>;

/**
 * Whole numbers as Neo4j integers: a before-image came through JSON (and a read gives numbers),
 * and no property of an entity or a relationship is a float; `floats` names those that are (an
 * indicator's value).
 */
export const asStored = (props: Props, floats: readonly string[] = []): Props =>
  Object.fromEntries(
    Object.entries(props).map(([k, v]) => [
      k,
      Number.isInteger(v) && !floats.includes(k) ? int(v as number) : v,
    ]),
  );
