// The layering src/README.md describes is kept by lint (eslint.config.js): each fixture breaks
// one rule and must be caught, and the repository itself must pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// ESLint loads its parsers and resolvers on the first lint: seconds on a busy machine.
describe('import zones', { timeout: 30_000 }, () => {
  it.each([
    [
      'src/data imports the HTTP edge',
      'src/data/fixture.ts',
      "import { createHandler } from '../http/handler.ts';\nexport const h = createHandler;\n",
      /^import-x\/no-restricted-paths: .*Only the HTTP edge/,
    ],
    [
      'a resolver imports the HTTP edge',
      'src/graphql/resolvers/fixture.ts',
      "import { serveExport } from '../../http/exports.ts';\nexport const e = serveExport;\n",
      /^import-x\/no-restricted-paths: .*Only the HTTP edge/,
    ],
    [
      'src imports a test helper',
      'src/graphql/fixture.ts',
      "import { startTestApi } from '../../tests/helpers/api.ts';\nexport const s = startTestApi;\n",
      /^import-x\/no-restricted-paths: .*tests' helpers are for tests/,
    ],
    [
      'a resolver writes Cypher',
      'src/graphql/resolvers/fixture.ts',
      "export const q = 'MATCH (n:Entity {id: $id}) RETURN n';\n",
      /^no-restricted-syntax: Cypher belongs in src\/data/,
    ],
    [
      'the HTTP edge sends a statement',
      'src/http/fixture.ts',
      "export const f = (g: { read(q: string): unknown }) => g.read('x');\n",
      /^no-restricted-syntax: Statements are sent from src\/data/,
    ],
    [
      'the HTTP edge imports the driver',
      'src/http/fixture.ts',
      "import neo4j from 'neo4j-driver';\nexport const n = neo4j;\n",
      /^no-restricted-imports: .*Only src\/neo4j and src\/data talk to Neo4j/,
    ],
  ])('catches %s', async (_what, filePath, code, rule) => {
    const found = await problems(filePath, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(rule);
  });

  it('lets src/data send Cypher and src/http import the resolvers', async () => {
    expect(
      await problems(
        'src/data/fixture.ts',
        "import type { Graph } from '../neo4j/graph.ts';\nexport const f = (g: Graph) => g.read('MATCH (n) RETURN n');\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/http/fixture.ts',
        "import { neighborhood } from '../graphql/resolvers/paths.ts';\nexport const n = neighborhood;\n",
      ),
    ).toEqual([]);
  });
});
