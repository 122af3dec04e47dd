// Every record in the database cites paragraphs that exist and state it, and no summary copies
// the sources. Reads the graph directly, and the source texts from the sources folder
// (tests/helpers/sources.ts), without which the checks against them are reported as not run.
// The rules are in tests/helpers/provenance.ts; tests/unit/provenance.test.ts shows each one
// refusing a record made to break it, and the last test here shows them refusing, on the real
// reports, the kinds of link the audit found.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../helpers/api.ts';
import { describeSourceChecks } from '../helpers/sources.ts';
import { LAYOUTS, UNLINKED } from '../helpers/curation.ts';
import {
  checkAliases,
  checkEntityNamed,
  checkLink,
  checkLinked,
  Corpus,
  paragraphsOf,
  squeeze,
  type LinkRecord,
  type NamedRecord,
  type SourceText,
} from '../helpers/provenance.ts';

interface SourceRow {
  id: string;
  fileName: string;
  paragraphCount: number;
}
interface EntityRow extends NamedRecord {
  aliasReasons: string[];
  description: string | null;
  descriptionZh: string | null;
  provenance: string[];
}
interface RelationshipRow extends LinkRecord {
  key: string;
  status: string | null;
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
    `MATCH (n:Entity) RETURN n.id AS id, n.kind AS kind, n.name AS name,
       coalesce(n.aliases, []) AS aliases, coalesce(n.aliasSources, []) AS aliasSources,
       coalesce(n.aliasReasons, []) AS aliasReasons,
       n.description AS description, n.descriptionZh AS descriptionZh,
       coalesce(n.provenance, []) AS provenance ORDER BY id`,
  );
  relationships = await read<RelationshipRow>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, type(r) AS type, a.id AS from, b.id AS to,
       r.status AS status, coalesce(r.provenance, []) AS provenance ORDER BY key`,
  );
  indicators = await read<IndicatorRow>(
    `MATCH (i:Indicator) RETURN i.id AS id, i.display AS display,
       coalesce(i.provenance, []) AS provenance ORDER BY id`,
  );
});
afterAll(async () => driver?.close());

describe('provenance of every record', () => {
  it('the graph holds the curated data and both sources', () => {
    expect(sources.map((s) => s.fileName)).toEqual([
      '000_6ed291f17ed2e31c.txt',
      '003_e3704936dc76cc3d.txt',
    ]);
    expect(entities.length).toBeGreaterThanOrEqual(178);
    expect(relationships.length).toBeGreaterThanOrEqual(191);
    expect(indicators.length).toBeGreaterThanOrEqual(49);
  });

  it('every relationship has a status from the fixed set', () => {
    const statuses = new Set(['ACTUAL', 'PLANNED', 'PROMOTED', 'EXPLORING']);
    expect(relationships.filter((r) => !statuses.has(r.status ?? '')).map((r) => r.key)).toEqual(
      [],
    );
  });

  it('every entity has a relationship, but for the listed exceptions, each with its reason', () => {
    expect(checkLinked(entities, relationships, UNLINKED)).toEqual([]);
  });

  it('every alias says where it comes from: the paragraph that prints it, or the curators’ reason', () => {
    const problems = entities.flatMap((e) =>
      e.aliases
        .filter((_, i) => (e.aliasSources[i] ?? '') === '' && (e.aliasReasons[i] ?? '') === '')
        .map((a) => `${e.id}: alias ${a} has neither a paragraph nor a reason`),
    );
    expect(problems).toEqual([]);
  });
});

describeSourceChecks((dir) => {
  let corpus: Corpus;
  const texts = new Map<string, string>();

  beforeAll(() => {
    const read: SourceText[] = sources.map((s) => {
      const path = join(dir, s.fileName);
      if (!existsSync(path)) {
        throw new Error(
          `Source text ${s.fileName} (${s.id}) not found at ${path}. Put the source reports ` +
            `(${sources.map((x) => x.fileName).join(', ')}) in ${dir}, or set ` +
            `CIXI_SOURCES_DIR to the folder that holds them.`,
        );
      }
      const layout = LAYOUTS[s.fileName];
      if (!layout) throw new Error(`No layout is recorded for ${s.fileName} in curation.ts.`);
      const text = readFileSync(path, 'utf8');
      texts.set(s.id, text);
      return { id: s.id, paragraphs: paragraphsOf(text).map(squeeze), layout };
    });
    corpus = new Corpus(read, entities, relationships);
  });

  it('each source records the paragraph count of its file', () => {
    expect(sources.map((s) => [s.id, s.paragraphCount])).toEqual(
      sources.map((s) => [s.id, corpus.sources.get(s.id)?.paragraphs.length]),
    );
  });

  it('the layouts list as non-substantive exactly the blocks without a full sentence', () => {
    // …but for the first half of a sentence the layout splits, which continues in another block.
    const problems = [...corpus.sources.values()].flatMap((s) =>
      s.paragraphs.flatMap((text, i) => {
        const n = i + 1;
        const sentence = /[。！？]/.test(text);
        const listed = n in s.layout.notSubstantive;
        const split = s.layout.continued.some(([first]) => first === n);
        if (sentence && listed)
          return [`${s.id}#${n} holds a sentence but is listed as ${s.layout.notSubstantive[n]}`];
        if (!sentence && !listed && !split)
          return [`${s.id}#${n} holds no sentence and is not listed`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('every entity, relationship and indicator cites at least one existing paragraph', () => {
    const records = [
      ...entities.map((e) => [`entity ${e.id}`, e.provenance] as const),
      ...relationships.map((r) => [`relationship ${r.key}`, r.provenance] as const),
      ...indicators.map((i) => [`indicator ${i.id}`, i.provenance] as const),
    ];
    const problems = records.flatMap(([what, refs]) => [
      ...(refs.length === 0 ? [`${what} cites nothing`] : []),
      ...refs.filter((ref) => corpus.paragraph(ref) === null).map((ref) => `${what} cites ${ref}`),
    ]);
    expect(problems).toEqual([]);
  });

  it("every entity's name is printed in a substantive paragraph it cites", () => {
    expect(entities.flatMap((e) => checkEntityNamed(e, e.provenance, corpus))).toEqual([]);
  });

  it('every printed alias is printed in its paragraph; no alias marked as the curators’ is printed', () => {
    expect(entities.flatMap((e) => checkAliases(e, corpus))).toEqual([]);
  });

  it("every indicator's printed figure occurs in one of its cited paragraphs", () => {
    const problems = indicators
      .filter(
        (i) =>
          !i.provenance.some((ref) => corpus.paragraph(ref)?.text.includes(squeeze(i.display))),
      )
      .map((i) => `${i.id} (${i.display}) is not printed in ${i.provenance.join(', ')}`);
    expect(problems).toEqual([]);
  });

  it('every relationship cites only substantive paragraphs, one of which names both its ends', () => {
    expect(relationships.flatMap((r) => checkLink(r, corpus))).toEqual([]);
  });

  it('refuses, on the real reports, the kinds of link the audit found', () => {
    const T = 'source:talent-city-2025';
    const B = 'source:tech-engine-2025';
    const link = (from: string, type: string, to: string, ...refs: string[]): string[] =>
      checkLink({ from, type, to, provenance: refs }, corpus);
    // A name inside another name: 武汉 in 武汉科技大学, 宁波 in 宁波工程学院, 浙江 in 浙江工匠.
    expect(link('university:wust', 'LOCATED_IN', 'region:wuhan', `${T}#21`)).toEqual([
      `university:wust LOCATED_IN region:wuhan: no cited passage names both ends (${T}#21: region:wuhan only inside 武汉科技大学)`,
    ]);
    expect(link('university:nbut', 'LOCATED_IN', 'region:ningbo', `${T}#27`)).toEqual([
      `university:nbut LOCATED_IN region:ningbo: no cited passage names both ends (${T}#27: region:ningbo only inside 宁波工程学院)`,
    ]);
    expect(link('region:zhejiang', 'LAUNCHED', 'program:zhejiang-craftsman', `${T}#30`)).toEqual([
      expect.stringMatching(
        /no cited passage names both ends \(.*#30: region:zhejiang only inside /,
      ),
    ]);
    // A photo caption and a name: 前湾 only in 前湾人才大厦.
    expect(
      link('platform:qianwan-talent-building', 'LOCATED_IN', 'region:qianwan', `${T}#8`, `${B}#9`),
    ).toEqual([
      `platform:qianwan-talent-building LOCATED_IN region:qianwan: cites ${T}#8, a photo caption, which states no link`,
      `platform:qianwan-talent-building LOCATED_IN region:qianwan: no cited passage names both ends (${B}#9: region:qianwan only inside 前湾人才大厦)`,
    ]);
    // The headline next to a paragraph with no subject.
    expect(link('platform:talent-enclave', 'SERVES', 'region:cixi', `${B}#7`, `${B}#2`)).toEqual([
      `platform:talent-enclave SERVES region:cixi: cites ${B}#2, a headline, subtitle and date line, which states no link`,
      `platform:talent-enclave SERVES region:cixi: no cited passage names both ends (${B}#7: not region:cixi)`,
    ]);
    // 我市 is Cixi: the same link without the headline stands on tech-engine ¶5.
    expect(
      link('region:cixi', 'LAUNCHED', 'program:talent-strong-city-strategy', `${B}#5`),
    ).toEqual([]);
    // Both ends named, but in two paragraphs: 食医道 in ¶16, 李龙 in ¶18, joined only when both are cited.
    expect(link('talent:li-long', 'LEADS', 'enterprise:shiyidao', `${T}#18`)).toEqual([
      `talent:li-long LEADS enterprise:shiyidao: no cited passage names both ends (${T}#18: not enterprise:shiyidao)`,
    ]);
    expect(link('talent:li-long', 'LEADS', 'enterprise:shiyidao', `${T}#16`, `${T}#18`)).toEqual(
      [],
    );
  });

  it('no description copies 12 or more consecutive characters of a source', () => {
    const RUN = 12;
    const runs = new Set<string>();
    for (const text of texts.values()) {
      const chars = [...squeeze(text)];
      for (let i = 0; i + RUN <= chars.length; i++) runs.add(chars.slice(i, i + RUN).join(''));
    }
    const problems = entities.flatMap((e) =>
      (['description', 'descriptionZh'] as const).flatMap((field) => {
        const chars = [...squeeze(e[field] ?? '')];
        for (let i = 0; i + RUN <= chars.length; i++) {
          const run = chars.slice(i, i + RUN).join('');
          if (runs.has(run)) return [`${e.id}.${field} copies "${run}"`];
        }
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });
});
