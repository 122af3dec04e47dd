// Checks seed files before anything is written: every problem is reported with the file, the
// record (index and id) and the field, so a researcher can fix their file in one pass.
import { type SourceRef } from '../src/data/records.ts';
import { ENTITY_KINDS, type EntityKind } from '../src/data/vocabulary.ts';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../src/data/vocabulary.ts';
import { RELATIONSHIP_STATUSES, type RelationshipStatus } from '../src/data/vocabulary.ts';

export interface SeedSource {
  id: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  date: string | null;
  dateNote: string | null;
  fileName: string;
  paragraphCount: number;
}
/** Another name: printed in a source (its paragraph), or added by the curators (their reason). */
export interface SeedAlias {
  name: string;
  source: SourceRef | null;
  reason: string | null;
}
export interface SeedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
  aliases: SeedAlias[];
  description: string | null;
  descriptionZh: string | null;
  year: number | null;
  sources: SourceRef[];
}
export interface SeedRelationship {
  type: RelationshipType;
  status: RelationshipStatus;
  from: string;
  to: string;
  since: number | null;
  role: string | null;
  roleEn: string | null;
  program: string | null;
  sources: SourceRef[];
}
export interface SeedIndicator {
  id: string;
  name: string;
  nameEn: string | null;
  value: number;
  unit: string;
  display: string;
  qualifier: string;
  status: string;
  period: string | null;
  periodEn: string | null;
  topic: string;
  scope: string[];
  sources: SourceRef[];
}
export interface SeedData {
  sources: SeedSource[];
  entities: SeedEntity[];
  relationships: SeedRelationship[];
  indicators: SeedIndicator[];
  /** Where each record was read ("file: section[index] (id …)"), for later problem messages. */
  origins?: WeakMap<object, string>;
}
export interface SeedFile {
  path: string;
  text: string;
}

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data was refused; nothing was written:\n  ${problems.join('\n  ')}`);
  }
}

const SECTIONS = ['sources', 'entities', 'relationships', 'indicators'] as const;
type Section = (typeof SECTIONS)[number];
const ID = /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9._-]*$/;
const QUALIFIERS = ['EXACT', 'MORE_THAN', 'NEARLY', 'ABOUT'];
const STATUSES = ['ACTUAL', 'TARGET', 'FORECAST'];

type Obj = Record<string, unknown>;

/** One record's checker: reads fields and records what is wrong with them. */
class Fields {
  constructor(
    private readonly record: Obj,
    private readonly where: string,
    private readonly problems: string[],
  ) {}
  private fail(field: string, what: string): void {
    this.problems.push(`${this.where}: field "${field}" ${what}`);
  }
  string(field: string): string {
    const v = this.record[field];
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.fail(field, v === undefined ? 'is missing' : 'must be a non-empty string');
    return '';
  }
  optionalString(field: string): string | null {
    const v = this.record[field];
    if (v === undefined || v === null) return null;
    return this.string(field);
  }
  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.string(field);
    if (v !== '' && !(allowed as readonly string[]).includes(v)) {
      this.fail(field, `is "${v}", expected one of ${allowed.join(', ')}`);
    }
    return v as T;
  }
  id(field: string): string {
    const v = this.string(field);
    if (v !== '' && !ID.test(v))
      this.fail(field, `is "${v}", expected a lower-case id like enterprise:huanchi`);
    return v;
  }
  count(field: string): number {
    const v = this.record[field];
    if (Number.isInteger(v) && (v as number) > 0) return v as number;
    this.fail(field, `must be a positive integer, got ${JSON.stringify(v) ?? 'nothing'}`);
    return 0;
  }
  number(field: string): number {
    const v = this.record[field];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.fail(field, `must be a number, got ${JSON.stringify(v) ?? 'nothing'}`);
    return 0;
  }
  optionalYear(field: string): number | null {
    const v = this.record[field];
    if (v === undefined || v === null) return null;
    if (Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2100) return v as number;
    this.fail(field, `must be a year (integer 1900-2100) or null, got ${JSON.stringify(v)}`);
    return null;
  }
  strings(field: string, required: boolean): string[] {
    const v = this.record[field];
    if (v === undefined && !required) return [];
    if (
      Array.isArray(v) &&
      v.every((x) => typeof x === 'string' && x.trim() !== '') &&
      (!required || v.length)
    ) {
      return v as string[];
    }
    this.fail(
      field,
      required ? 'must be a non-empty list of strings' : 'must be a list of strings',
    );
    return [];
  }
  /**
   * Aliases, each { "name", "source", "paragraph" } for a name a source prints or { "name",
   * "reason" } for one the curators add: never a bare name, whose origin nobody could tell.
   */
  aliases(): SeedAlias[] {
    const v = this.record.aliases;
    if (v === undefined) return [];
    const alias = (a: Obj): SeedAlias | null => {
      const { name, source, paragraph, reason } = a ?? {};
      if (typeof name !== 'string' || name.trim() === '') return null;
      const printed =
        typeof source === 'string' && Number.isInteger(paragraph) && (paragraph as number) > 0;
      const added = typeof reason === 'string' && reason.trim() !== '';
      if (printed && !added)
        return {
          name,
          source: { source: source as string, paragraph: paragraph as number },
          reason: null,
        };
      if (added && !printed && source === undefined)
        return { name, source: null, reason: reason as string };
      return null;
    };
    const read = Array.isArray(v) ? v.map((a: Obj) => alias(a)) : [null];
    if (read.every((a) => a !== null)) return read as SeedAlias[];
    this.fail(
      'aliases',
      'must list { "name", "source", "paragraph" } for a name a source prints or { "name", "reason" } for one the curators add',
    );
    return [];
  }
  sources(): SourceRef[] {
    const v = this.record.sources;
    const ok =
      Array.isArray(v) &&
      v.length > 0 &&
      v.every(
        (r: Obj) =>
          typeof r?.source === 'string' &&
          Number.isInteger(r?.paragraph) &&
          (r.paragraph as number) > 0,
      );
    if (ok)
      return (v as Obj[]).map((r) => ({
        source: r.source as string,
        paragraph: r.paragraph as number,
      }));
    this.fail('sources', 'must list at least one { "source": id, "paragraph": positive integer }');
    return [];
  }
}

/** Parses and checks the files; throws SeedError listing every problem. */
export function validateSeed(files: readonly SeedFile[]): SeedData {
  const problems: string[] = [];
  const origins = new WeakMap<object, string>();
  const data: SeedData = {
    sources: [],
    entities: [],
    relationships: [],
    indicators: [],
    origins,
  };
  const seen = new Map<string, string>();

  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      problems.push(`${file.path}: malformed JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      problems.push(`${file.path}: expected an object with any of ${SECTIONS.join(', ')}`);
      continue;
    }
    for (const key of Object.keys(json)) {
      if (!(SECTIONS as readonly string[]).includes(key)) {
        problems.push(`${file.path}: unknown section "${key}", expected ${SECTIONS.join(', ')}`);
      }
    }
    for (const section of SECTIONS) {
      const records = (json as Obj)[section];
      if (records === undefined) continue;
      if (!Array.isArray(records)) {
        problems.push(`${file.path}: "${section}" must be a list`);
        continue;
      }
      records.forEach((record: unknown, index) => {
        const rawId = (record as Obj | null)?.id;
        const where = `${file.path}: ${section}[${index}]${identity(section, record)}`;
        if (typeof record !== 'object' || record === null) {
          problems.push(`${where}: must be an object`);
          return;
        }
        const f = new Fields(record as Obj, where, problems);
        readRecord(section, f, data);
        const read = data[section].at(-1);
        if (read) origins.set(read, where);
        const id =
          section === 'relationships'
            ? relationshipKey(data.relationships.at(-1))
            : (rawId as string);
        if (typeof id === 'string' && id !== '') {
          const before = seen.get(id);
          if (before) problems.push(`${where}: duplicate id "${id}", first defined at ${before}`);
          else seen.set(id, where);
        }
      });
    }
  }
  if (problems.length) throw new SeedError(problems);
  return data;
}

/** How a message names a record: its id, or for a relationship its two ends and type. */
function identity(section: Section, record: unknown): string {
  const r = (typeof record === 'object' && record !== null ? record : {}) as Obj;
  if (section !== 'relationships') return typeof r.id === 'string' ? ` (id "${r.id}")` : '';
  const { from, type, to } = r;
  return typeof from === 'string' && typeof type === 'string' && typeof to === 'string'
    ? ` (${from} ${type} ${to})`
    : '';
}

export function relationshipKey(
  r: Pick<SeedRelationship, 'from' | 'type' | 'to'> | undefined,
): string {
  return r ? `${r.from}|${r.type}|${r.to}` : '';
}

function readRecord(section: Section, f: Fields, data: SeedData): void {
  switch (section) {
    case 'sources':
      data.sources.push({
        id: f.id('id'),
        title: f.string('title'),
        titleEn: f.optionalString('titleEn'),
        publisher: f.optionalString('publisher'),
        date: f.optionalString('date'),
        dateNote: f.optionalString('dateNote'),
        fileName: f.string('fileName'),
        paragraphCount: f.count('paragraphCount'),
      });
      return;
    case 'entities':
      data.entities.push({
        id: f.id('id'),
        kind: f.oneOf('kind', ENTITY_KINDS),
        name: f.string('name'),
        nameEn: f.optionalString('nameEn'),
        aliases: f.aliases(),
        description: f.optionalString('description'),
        descriptionZh: f.optionalString('descriptionZh'),
        year: f.optionalYear('year'),
        sources: f.sources(),
      });
      return;
    case 'relationships':
      data.relationships.push({
        type: f.oneOf('type', RELATIONSHIP_TYPE_NAMES),
        status: f.oneOf('status', RELATIONSHIP_STATUSES),
        from: f.id('from'),
        to: f.id('to'),
        since: f.optionalYear('since'),
        role: f.optionalString('role'),
        roleEn: f.optionalString('roleEn'),
        program: f.optionalString('program'),
        sources: f.sources(),
      });
      return;
    case 'indicators':
      data.indicators.push({
        id: f.id('id'),
        name: f.string('name'),
        nameEn: f.optionalString('nameEn'),
        value: f.number('value'),
        unit: f.string('unit'),
        display: f.string('display'),
        qualifier: f.oneOf('qualifier', QUALIFIERS),
        status: f.oneOf('status', STATUSES),
        period: f.optionalString('period'),
        periodEn: f.optionalString('periodEn'),
        topic: f.string('topic'),
        scope: f.strings('scope', true),
        sources: f.sources(),
      });
      return;
    default: {
      const never: never = section;
      throw new Error(`unknown section ${String(never)}`);
    }
  }
}
