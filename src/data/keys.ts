// API keys, stored only as hashes, and the failed sign-ins of each client. Both live in Neo4j,
// not in one process's memory, so every API process over the same database sees a revocation or
// a client's failures at once. Each change to a key leaves an audit record in its transaction.
import type { Graph, Row } from '../neo4j/graph.ts';

export const ROLES = ['reader', 'curator', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface KeyRecord {
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** Who asks: a key's name and role, or nobody. */
export type Principal = { name: string; role: Role } | null;

const keyOf = (r: Row): KeyRecord => ({
  name: String(r.name),
  role: r.role as Role,
  createdAt: String(r.createdAt),
  revokedAt: r.revokedAt == null ? null : String(r.revokedAt),
});

const KEY_FIELDS = `k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt,
  toString(k.revokedAt) AS revokedAt`;

/** Stores a new key's hash; null when a key of that name exists (revoked ones included). */
export async function createKey(
  graph: Graph,
  key: { name: string; role: Role; hash: string },
  actor: string,
): Promise<KeyRecord | null> {
  return graph.writeTransaction(async (run) => {
    const [taken] = await run('MATCH (k:ApiKey {name: $name}) RETURN k.name AS name', key);
    if (taken) return null;
    const [created] = await run(
      `CREATE (k:ApiKey {name: $name, role: $role, hash: $hash, createdAt: datetime()})
       CREATE (:AuditEvent {at: datetime(), actor: $actor, action: 'key.create', target: $name, role: $role})
       RETURN ${KEY_FIELDS}`,
      { ...key, actor },
    );
    return created ? keyOf(created) : null;
  });
}

export async function listKeys(graph: Graph): Promise<KeyRecord[]> {
  return (await graph.read(`MATCH (k:ApiKey) RETURN ${KEY_FIELDS} ORDER BY k.name`)).map(keyOf);
}

/** Revokes a key by name; null when there is none, the record unchanged when already revoked. */
export async function revokeKey(
  graph: Graph,
  name: string,
  actor: string,
): Promise<KeyRecord | null> {
  return graph.writeTransaction(async (run) => {
    const [revoked] = await run(
      `MATCH (k:ApiKey {name: $name})
       FOREACH (_ IN CASE WHEN k.revokedAt IS NULL THEN [1] ELSE [] END |
         SET k.revokedAt = datetime()
         CREATE (:AuditEvent {at: datetime(), actor: $actor, action: 'key.revoke', target: $name}))
       RETURN ${KEY_FIELDS}`,
      { name, actor },
    );
    return revoked ? keyOf(revoked) : null;
  });
}

/**
 * The failed sign-ins of `client` in its current window, and the live key with this hash if
 * any: one read, by index, that costs the same whether the key is right or wrong.
 */
export async function authenticate(
  graph: Graph,
  hash: string,
  client: string,
  windowMs: number,
): Promise<{ failures: number; principal: Principal }> {
  const [row] = await graph.read(
    `OPTIONAL MATCH (f:AuthFailures {client: $client})
     WITH CASE WHEN f.since > timestamp() - $windowMs THEN f.count ELSE 0 END AS failures
     OPTIONAL MATCH (k:ApiKey {hash: $hash}) WHERE k.revokedAt IS NULL
     RETURN failures, k.name AS name, k.role AS role`,
    { client, windowMs, hash },
  );
  const failures = Number(row?.failures ?? 0);
  const principal = row?.name == null ? null : { name: String(row.name), role: row.role as Role };
  return { failures, principal };
}

/** Counts one failed sign-in of `client`, starting a new window when the last one has passed. */
export async function recordFailure(graph: Graph, client: string, windowMs: number): Promise<void> {
  await graph.writeTransaction((run) =>
    run(
      `MERGE (f:AuthFailures {client: $client})
       ON CREATE SET f.since = timestamp(), f.count = 0
       WITH f, f.since <= timestamp() - $windowMs AS expired
       SET f.count = CASE WHEN expired THEN 1 ELSE f.count + 1 END,
           f.since = CASE WHEN expired THEN timestamp() ELSE f.since END`,
      { client, windowMs },
    ),
  );
}
