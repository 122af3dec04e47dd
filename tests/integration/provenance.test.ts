// Every record in the database cites a paragraph that exists and that states it, and no summary
// copies the sources. Reads the graph directly, and the source texts from the sources folder
// (tests/helpers/sources.ts), without which the checks against them are reported as not run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../helpers/api.ts';
import { describeSourceChecks } from '../helpers/sources.ts';

/** The non-empty blocks of a text separated by blank lines, as `awk 'BEGIN{RS=""}'` reads them. */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

interface SourceRow {
  id: string;
  fileName: string;
  paragraphCount: number;
}
interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  descriptionZh: string | null;
  provenance: string[];
}
interface RelationshipRow {
  key: string;
  from: string;
  to: string;
  provenance: string[];
}
interface IndicatorRow {
  id: string;
  display: string;
  provenance: string[];
}

let driver: Driver;
let sources: SourceRow[];
let entities: EntityRow[];
let relationships: RelationshipRow[];
let indicators: IndicatorRow[];
/** Source id → its paragraphs with whitespace removed (index 0 is paragraph 1). */
const paragraphs = new Map<string, string[]>();

async function read<T>(cypher: string): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, {}, { database: 'neo4j' });
  return records.map((r) => r.toObject() as T);
}

beforeAll(async () => {
  driver = testDriver();
  sources = await read<SourceRow>(
    'MATCH (s:Source) RETURN s.id AS id, s.fileName AS fileName, s.paragraphCount AS paragraphCount ORDER BY id',
  );
  entities = await read<EntityRow>(
    `MATCH (n:Entity) RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
       n.description AS description, n.descriptionZh AS descriptionZh,
       coalesce(n.provenance, []) AS provenance ORDER BY id`,
  );
  relationships = await read<RelationshipRow>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, a.id AS from, b.id AS to,
       coalesce(r.provenance, []) AS provenance ORDER BY key`,
  );
  indicators = await read<IndicatorRow>(
    `MATCH (i:Indicator) RETURN i.id AS id, i.display AS display,
       coalesce(i.provenance, []) AS provenance ORDER BY id`,
  );
});
afterAll(async () => driver?.close());

/** The cited paragraph's text (whitespace removed), or null when the reference is invalid. */
function cited(ref: string): string | null {
  const at = ref.lastIndexOf('#');
  const paragraph = Number(ref.slice(at + 1));
  const texts = paragraphs.get(ref.slice(0, at));
  if (at < 0 || !texts || !Number.isInteger(paragraph) || paragraph < 1) return null;
  return texts[paragraph - 1] ?? null;
}

const mentions = (text: string, names: string[]): boolean =>
  names.some((n) => squeeze(n) !== '' && text.includes(squeeze(n)));

describe('provenance of every record', () => {
  it('the graph holds the curated data and both sources', () => {
    expect(sources.map((s) => s.fileName)).toEqual([
      '000_6ed291f17ed2e31c.txt',
      '003_e3704936dc76cc3d.txt',
    ]);
    expect(entities.length).toBeGreaterThanOrEqual(168);
    expect(relationships.length).toBeGreaterThanOrEqual(183);
    expect(indicators.length).toBeGreaterThanOrEqual(49);
  });
});

describeSourceChecks((dir) => {
  beforeAll(() => {
    for (const s of sources) {
      const path = join(dir, s.fileName);
      if (!existsSync(path)) {
        throw new Error(
          `Source text ${s.fileName} (${s.id}) not found at ${path}. Put the source reports ` +
            `(${sources.map((x) => x.fileName).join(', ')}) in ${dir}, or set ` +
            `CIXI_SOURCES_DIR to the folder that holds them.`,
        );
      }
      paragraphs.set(s.id, paragraphsOf(readFileSync(path, 'utf8')).map(squeeze));
    }
  });

  it('each source records the paragraph count of its file', () => {
    expect(sources.map((s) => [s.id, s.paragraphCount])).toEqual(
      sources.map((s) => [s.id, paragraphs.get(s.id)?.length]),
    );
  });

  it('every entity, relationship and indicator cites at least one existing paragraph', () => {
    const records = [
      ...entities.map((e) => [`entity ${e.id}`, e.provenance] as const),
      ...relationships.map((r) => [`relationship ${r.key}`, r.provenance] as const),
      ...indicators.map((i) => [`indicator ${i.id}`, i.provenance] as const),
    ];
    const problems = records.flatMap(([what, refs]) => [
      ...(refs.length === 0 ? [`${what} cites nothing`] : []),
      ...refs.filter((ref) => cited(ref) === null).map((ref) => `${what} cites ${ref}`),
    ]);
    expect(problems).toEqual([]);
  });

  it("every entity's name or an alias occurs in one of its cited paragraphs", () => {
    const problems = entities
      .filter(
        (e) => !e.provenance.some((ref) => mentions(cited(ref) ?? '', [e.name, ...e.aliases])),
      )
      .map((e) => `${e.id} (${e.name}) is not named in ${e.provenance.join(', ')}`);
    expect(problems).toEqual([]);
  });

  it("every indicator's printed figure occurs in one of its cited paragraphs", () => {
    const problems = indicators
      .filter((i) => !i.provenance.some((ref) => mentions(cited(ref) ?? '', [i.display])))
      .map((i) => `${i.id} (${i.display}) is not printed in ${i.provenance.join(', ')}`);
    expect(problems).toEqual([]);
  });

  it('both ends of every relationship are named in its cited paragraphs', () => {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const problems = relationships.flatMap((r) => {
      const text = r.provenance.map((ref) => cited(ref) ?? '').join('\n');
      return [r.from, r.to]
        .filter((id) => {
          const e = byId.get(id);
          return !e || !mentions(text, [e.name, ...e.aliases]);
        })
        .map((id) => `${r.key}: ${id} is not named in ${r.provenance.join(', ')}`);
    });
    expect(problems).toEqual([]);
  });

  it('no description copies 12 or more consecutive characters of a source', () => {
    const RUN = 12;
    const runs = new Set<string>();
    for (const s of sources) {
      const text = [...squeeze(readFileSync(join(dir, s.fileName), 'utf8'))];
      for (let i = 0; i + RUN <= text.length; i++) runs.add(text.slice(i, i + RUN).join(''));
    }
    const problems = entities.flatMap((e) =>
      (['description', 'descriptionZh'] as const).flatMap((field) => {
        const text = [...squeeze(e[field] ?? '')];
        for (let i = 0; i + RUN <= text.length; i++) {
          const run = text.slice(i, i + RUN).join('');
          if (runs.has(run)) return [`${e.id}.${field} copies "${run}"`];
        }
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });
});
