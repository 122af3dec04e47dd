// Checks seed files before anything is written: every problem is reported with the file, the
// record (index and id) and the field, so a researcher can fix their file in one pass.
import { quote } from '../src/errors/index.ts';
import { ENTITY_KINDS, RELATIONSHIP_STATUSES } from '../src/data/vocabulary.ts';
import { RELATIONSHIP_TYPE_NAMES } from '../src/data/vocabulary.ts';
import { Fields, type Obj } from './fields.ts';
import { MAX_CHARS, MAX_ITEMS, MAX_LOAD_RECORDS } from './limits.ts';
import type { SeedData, SeedFile, SeedRelationship } from './records.ts';

export type {
  SeedAlias,
  SeedData,
  SeedEntity,
  SeedFile,
  SeedIndicator,
  SeedRelationship,
  SeedSource,
} from './records.ts';

export const REFUSED = 'The seed data was refused; nothing was written:';

/** Why a load did not happen, one line per problem under a heading (by default, a refusal). */
export class SeedError extends Error {
  constructor(
    readonly problems: string[],
    heading: string = REFUSED,
  ) {
    super(`${heading}\n  ${problems.join('\n  ')}`);
  }
}

const SECTIONS = ['sources', 'entities', 'relationships', 'indicators'] as const;
type Section = (typeof SECTIONS)[number];
const QUALIFIERS = ['EXACT', 'MORE_THAN', 'NEARLY', 'ABOUT'];
const STATUSES = ['ACTUAL', 'TARGET', 'FORECAST'];
/** How an unknown-field message names a record of each section. */
const RECORD_NAME: Record<Section, string> = {
  sources: 'a source',
  entities: 'an entity',
  relationships: 'a relationship',
  indicators: 'an indicator',
};

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

  // Parsed first, so that too many records are refused before any is checked; each file's own
  // problems still come first among its problems.
  const parsed = files.map((file) => {
    const fileProblems: string[] = [];
    return { file, json: parse(file, fileProblems), fileProblems };
  });
  const records = parsed.reduce((n, { json }) => n + (json ? recordCount(json) : 0), 0);
  if (records > MAX_LOAD_RECORDS) {
    throw new SeedError([
      ...parsed.flatMap((p) => p.fileProblems),
      `${files.map((f) => f.path).join(', ')}: ${records} records; one load may hold at most ${MAX_LOAD_RECORDS} (all its files together). Split the data into files of at most ${MAX_LOAD_RECORDS} records and load each with its own npm run seed -- --file …; each load is all or nothing.`,
    ]);
  }

  for (const { file, json, fileProblems } of parsed) {
    problems.push(...fileProblems);
    if (!json) continue;
    for (const section of SECTIONS) {
      const list = json[section];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        problems.push(`${file.path}: "${section}" must be a list`);
        continue;
      }
      list.forEach((record: unknown, index) => {
        const rawId = (record as Obj | null)?.id;
        const where = `${file.path}: ${section}[${index}]${identity(section, record)}`;
        if (typeof record !== 'object' || record === null) {
          problems.push(`${where}: must be an object`);
          return;
        }
        const f = new Fields(record as Obj, where, problems);
        readRecord(section, f, data);
        f.unknownFields(RECORD_NAME[section]);
        const read = data[section].at(-1);
        if (read) origins.set(read, where);
        const id =
          section === 'relationships'
            ? relationshipKey(data.relationships.at(-1))
            : (rawId as string);
        if (typeof id === 'string' && id !== '') {
          const before = seen.get(id);
          if (before)
            problems.push(`${where}: duplicate id "${quote(id)}", first defined at ${before}`);
          else seen.set(id, where);
        }
      });
    }
  }
  if (problems.length) throw new SeedError(problems);
  return data;
}

/** The file's JSON object, or null after recording why it is none. A leading BOM is allowed. */
function parse(file: SeedFile, problems: string[]): Obj | null {
  let json: unknown;
  try {
    json = JSON.parse(file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
  } catch (error) {
    problems.push(`${file.path}: malformed JSON (${(error as Error).message})`);
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push(`${file.path}: expected an object with any of ${SECTIONS.join(', ')}`);
    return null;
  }
  for (const key of Object.keys(json)) {
    if (!(SECTIONS as readonly string[]).includes(key)) {
      problems.push(
        `${file.path}: unknown section "${quote(key)}", expected ${SECTIONS.join(', ')}`,
      );
    }
  }
  return json as Obj;
}

const recordCount = (json: Obj): number =>
  SECTIONS.reduce((n, section) => {
    const list = json[section];
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);

/** How a message names a record: its id, or for a relationship its two ends and type. */
function identity(section: Section, record: unknown): string {
  const r = (typeof record === 'object' && record !== null ? record : {}) as Obj;
  if (section !== 'relationships') return typeof r.id === 'string' ? ` (id "${quote(r.id)}")` : '';
  const { from, type, to } = r;
  return typeof from === 'string' && typeof type === 'string' && typeof to === 'string'
    ? ` (${quote(from)} ${quote(type)} ${quote(to)})`
    : '';
}

export function relationshipKey(
  r: Pick<SeedRelationship, 'from' | 'type' | 'to'> | undefined,
): string {
  return r ? `${r.from}|${r.type}|${r.to}` : '';
}

/** `{ [field]: value }` when the value was given, else nothing: for fields only some files have. */
const given = <K extends string>(field: K, value: string | null): { [k in K]?: string } =>
  (value === null ? {} : { [field]: value }) as { [k in K]?: string };

function readRecord(section: Section, f: Fields, data: SeedData): void {
  switch (section) {
    case 'sources':
      data.sources.push({
        id: f.id('id'),
        title: f.string('title'),
        titleEn: f.optionalString('titleEn'),
        publisher: f.optionalString('publisher'),
        date: f.optionalString('date'),
        dateNote: f.optionalString('dateNote', MAX_CHARS.long),
        fileName: f.string('fileName'),
        paragraphCount: f.count('paragraphCount'),
        ...given('byline', f.optionalString('byline')),
        ...given('publisherEn', f.optionalString('publisherEn')),
      });
      return;
    case 'entities': {
      data.entities.push({
        id: f.id('id'),
        kind: f.oneOf('kind', ENTITY_KINDS),
        name: f.string('name'),
        nameEn: f.optionalString('nameEn'),
        aliases: f.aliases(),
        description: f.optionalString('description', MAX_CHARS.long),
        descriptionZh: f.optionalString('descriptionZh', MAX_CHARS.long),
        year: f.optionalYear('year'),
        sources: f.sources(),
        ...given('knowledge', f.knowledge()),
      });
      return;
    }
    case 'relationships': {
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
        ...given('knowledge', f.knowledge()),
      });
      return;
    }
    case 'indicators': {
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
        scope: f.strings('scope', true, MAX_ITEMS.scope, MAX_CHARS.id),
        sources: f.sources(),
        ...given('knowledge', f.knowledge()),
      });
      return;
    }
    default: {
      const never: never = section;
      throw new Error(`unknown section ${String(never)}`);
    }
  }
}
