// The arguments of the operations, read from the synthetic graph: the enterprise with the most
// projects, the industry with the most enterprises, a name fragment and the ends of a path.
import { pickSamples } from '../bench/samples.ts';
import type { Reader } from '../bench/reads.ts';

export interface Operands {
  hub: string;
  industry: string;
  nameFragment: string;
  searchText: string;
  pathFrom: string;
  pathTo: string;
}

export async function pickOperands(reads: Reader): Promise<Operands> {
  const [hub] = await reads.rows<{ id: string }>(
    'MATCH (e:Enterprise) RETURN e.id AS id ORDER BY COUNT { (e)-[:DEVELOPS]->(:Project) } DESC, e.id LIMIT 1',
  );
  const [industry] = await reads.rows<{ id: string }>(
    'MATCH (i:Industry) RETURN i.id AS id ORDER BY COUNT { (i)<-[:IN_INDUSTRY]-(:Enterprise) } DESC, i.id LIMIT 1',
  );
  const [sample] = await reads.rows<{ name: string }>(
    "MATCH (e:Enterprise {id: 'enterprise:syn-001234'}) RETURN e.name AS name",
  );
  const { paths } = await pickSamples(reads, 10);
  const pair = paths.find((p) => !p.hub) ?? paths[0];
  if (!hub || !industry || !sample || !pair) throw new Error('the synthetic graph is incomplete');
  return {
    hub: hub.id,
    industry: industry.id,
    // 合成企业0012…: a hundred enterprises, the page is their first 20.
    nameFragment: sample.name.slice(0, -2),
    searchText: sample.name,
    pathFrom: pair.from,
    pathTo: pair.to,
  };
}
