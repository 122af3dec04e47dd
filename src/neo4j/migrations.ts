import type { Graph } from './graph.ts';
import { KIND_LABEL } from '../data/vocabulary.ts';

// Idempotent (IF NOT EXISTS): run at every start. Lists sort and page by name, year and degree
// within one kind, so each kind label gets those range indexes; search uses the full-text index,
// whose CJK analyzer splits Chinese into bigrams so any two-character part of a name matches.
// Paragraphs are keyed "sourceId#number"; their folded text (traditional as simplified) is
// indexed the same way, for passage search and for finding the paragraphs a new name may occur in.
const labels = Object.values(KIND_LABEL);
const slug = (label: string): string =>
  label.replace(/[A-Z]/g, (c, i: number) => (i ? '_' : '') + c.toLowerCase());

export const MIGRATIONS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE',
  ...labels.map(
    (l) => `CREATE CONSTRAINT ${slug(l)}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
  ),
  ...labels.flatMap((l) =>
    ['name', 'year', 'degree'].map(
      (p) => `CREATE INDEX ${slug(l)}_${p} IF NOT EXISTS FOR (n:${l}) ON (n.${p})`,
    ),
  ),
  'CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE',
  'CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE',
  'CREATE CONSTRAINT auth_failures_client IF NOT EXISTS FOR (f:AuthFailures) REQUIRE f.client IS UNIQUE',
  'CREATE CONSTRAINT write_window_principal IF NOT EXISTS FOR (w:WriteWindow) REQUIRE w.principal IS UNIQUE',
  'CREATE INDEX audit_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)',
  'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.id IS UNIQUE',
  'CREATE INDEX change_created IF NOT EXISTS FOR (c:Change) ON (c.createdAt)',
  'CREATE INDEX fact_change IF NOT EXISTS FOR (t:FactChange) ON (t.fact, t.at)',
  'CREATE CONSTRAINT paragraph_key IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.key IS UNIQUE',
  ...labels.map(
    (l) => `CREATE TEXT INDEX ${slug(l)}_name_key IF NOT EXISTS FOR (n:${l}) ON (n.nameKey)`,
  ),
  'CREATE TEXT INDEX entity_pinyin IF NOT EXISTS FOR (n:Entity) ON (n.pinyin)',
  'CREATE TEXT INDEX entity_initials IF NOT EXISTS FOR (n:Entity) ON (n.initials)',
  'CREATE INDEX indicator_topic IF NOT EXISTS FOR (n:Indicator) ON (n.topic)',
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
  "CREATE FULLTEXT INDEX paragraph_text IF NOT EXISTS FOR (n:Paragraph) ON EACH [n.folded] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
];

/** `awaitSeconds` bounds the wait for the indexes to come online (populating is what takes time). */
export async function migrate(graph: Graph, { awaitSeconds = 120 } = {}): Promise<void> {
  // Schema statements cannot share a transaction with each other; each runs on its own.
  for (const statement of MIGRATIONS) {
    await graph.writeTransaction((run) => run(statement));
  }
  const seconds = Math.trunc(awaitSeconds);
  await graph.read(`CALL db.awaitIndexes(${seconds})`, {}, (seconds + 30) * 1000);
  await fillNameKeys(graph);
}

// nameKeyOf (src/data/lists.ts) in Cypher, for entities stored before the key existed (an older
// database or backup); batched so a large graph never fills one transaction.
const FILL_NAME_KEYS = `
MATCH (n:Entity) WHERE n.nameKey IS NULL
WITH n LIMIT 10000
SET n.nameKey = toLower(reduce(key = n.name, name IN [x IN [n.nameEn] + coalesce(n.aliases, []) WHERE x <> ''] | key + '\\t' + name))
RETURN count(n) AS filled`;

async function fillNameKeys(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.writeTransaction((run) => run(FILL_NAME_KEYS));
    if (!row || (row.filled as number) === 0) return;
  }
}
