// The mix the load test sends: what a dashboard or the playground asks, on the curated data.
export const OPERATIONS: Record<string, string> = {
  searchChinese: '{ search(query: "武科大") { id kind name nameEn aliases } }',
  searchEnglish: '{ search(query: "smart", first: 5) { id kind name nameEn } }',
  enterpriseList: `{ enterprises(first: 5, orderBy: CONNECTIONS_DESC) { totalCount
    pageInfo { hasNextPage endCursor } nodes { id name nameEn industries { name } } } }`,
  universityList: '{ universities(first: 10) { nodes { id name nameEn } pageInfo { endCursor } } }',
  neighbourhood: `{ neighborhood(id: "enterprise:ruitang", depth: 1) {
    nodes { id kind name } relationships { id type from { id } to { id } } } }`,
  neighbourhoodToDraw: `{ neighborhood(id: "university:wust", depth: 2, maxNodes: 50) { truncated
    nodes { id kind name nameEn } relationships { id type from { id } to { id } } } }`,
  pathsToRuitang: `{ collaborationPaths(from: "university:wust", to: "enterprise:ruitang", maxHops: 4,
    first: 5) { length nodes { id name } explanation } }`,
  pathsToHuanchi: `{ collaborationPaths(from: "university:wust", to: "enterprise:huanchi") {
    length nodes { id name } } }`,
};

/** Every operation answers, three times, without errors before the clock starts. */
export async function warmUp(url: string): Promise<void> {
  for (const [name, query] of Object.entries(OPERATIONS)) {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (res.status !== 200 || body.errors)
        throw new Error(`${name} failed in the warm-up: ${JSON.stringify(body)}`);
    }
  }
}
