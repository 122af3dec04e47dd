// One record's checker: reads its fields, records what is wrong with each (with the field named),
// and, once the record is read, names every field it has that was never asked for.
import type { SourceRef } from '../src/data/records.ts';
import type { SeedAlias } from './records.ts';
import { quote } from '../src/errors/index.ts';
import { MAX_CHARS, MAX_ITEMS } from './limits.ts';

export type Obj = Record<string, unknown>;

const ID = /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9._-]*$/;
const CITATION_FIELDS = ['source', 'paragraph'];
const ALIAS_FIELDS = ['name', 'source', 'paragraph', 'reason'];

/** Code points in `text`, counted only when its UTF-16 length could be over `max`. */
function overLength(text: string, max: number): number | null {
  if (text.length <= max) return null;
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) i++;
  }
  return count > max ? count : null;
}

/** A value as a message shows it: JSON, cut short so that a huge value makes no huge message. */
export const shown = (value: unknown): string => quote(JSON.stringify(value) ?? 'nothing');

export class Fields {
  private readonly read = new Set<string>();

  constructor(
    private readonly record: Obj,
    private readonly where: string,
    private readonly problems: string[],
  ) {}

  private fail(field: string, what: string): void {
    this.problems.push(`${this.where}: field "${field}" ${what}`);
  }

  private value(field: string): unknown {
    this.read.add(field);
    return this.record[field];
  }

  /** A text of at most `max` characters, or '' after recording why not. */
  private text(field: string, v: unknown, max: number): string {
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(field, v === undefined ? 'is missing' : 'must be a non-empty string');
      return '';
    }
    const length = overLength(v, max);
    if (length === null) return v;
    this.fail(field, `is ${length} characters long; at most ${max} are allowed`);
    return '';
  }

  string(field: string, max: number = MAX_CHARS.short): string {
    return this.text(field, this.value(field), max);
  }

  optionalString(field: string, max: number = MAX_CHARS.short): string | null {
    const v = this.value(field);
    if (v === undefined || v === null) return null;
    return this.text(field, v, max);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.string(field);
    if (v !== '' && !(allowed as readonly string[]).includes(v)) {
      this.fail(field, `is "${quote(v)}", expected one of ${allowed.join(', ')}`);
    }
    return v as T;
  }

  id(field: string): string {
    const v = this.string(field, MAX_CHARS.id);
    if (v !== '' && !ID.test(v))
      this.fail(field, `is "${quote(v)}", expected a lower-case id like enterprise:huanchi`);
    return v;
  }

  count(field: string): number {
    const v = this.value(field);
    if (Number.isInteger(v) && (v as number) > 0) return v as number;
    this.fail(field, `must be a positive integer, got ${shown(v)}`);
    return 0;
  }

  number(field: string): number {
    const v = this.value(field);
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.fail(field, `must be a number, got ${shown(v)}`);
    return 0;
  }

  optionalYear(field: string): number | null {
    const v = this.value(field);
    if (v === undefined || v === null) return null;
    if (Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2100) return v as number;
    this.fail(field, `must be a year (integer 1900-2100) or null, got ${shown(v)}`);
    return null;
  }

  /** A list of at most `maxItems` texts of at most `maxChars` characters each. */
  strings(field: string, required: boolean, maxItems: number, maxChars: number): string[] {
    const v = this.value(field);
    if (v === undefined && !required) return [];
    if (Array.isArray(v) && v.length > maxItems) {
      this.fail(field, `lists ${v.length} items; at most ${maxItems} are allowed`);
      return [];
    }
    if (
      Array.isArray(v) &&
      v.every((x) => typeof x === 'string' && x.trim() !== '') &&
      (!required || v.length)
    ) {
      const long = (v as string[]).findIndex((x) => overLength(x, maxChars) !== null);
      if (long < 0) return v as string[];
      this.fail(`${field}[${long}]`, `is longer than the ${maxChars} characters allowed`);
      return [];
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
    const v = this.value('aliases');
    if (v === undefined) return [];
    if (Array.isArray(v) && v.length > MAX_ITEMS.aliases) {
      this.fail('aliases', `lists ${v.length} items; at most ${MAX_ITEMS.aliases} are allowed`);
      return [];
    }
    const read = Array.isArray(v) ? v.map((a: unknown) => alias(a)) : [null];
    if (read.some((a) => a === null)) {
      this.fail(
        'aliases',
        'must list { "name", "source", "paragraph" } for a name a source prints or { "name", "reason" } for one the curators add',
      );
      return [];
    }
    const aliases = read as SeedAlias[];
    (v as Obj[]).forEach((a, i) => {
      for (const key of Object.keys(a).filter((k) => !ALIAS_FIELDS.includes(k)))
        this.fail(
          `aliases[${i}].${key}`,
          `is unknown; an alias has only ${ALIAS_FIELDS.join(', ')}`,
        );
    });
    const before = this.problems.length;
    aliases.forEach((a, i) => {
      if (overLength(a.name, MAX_CHARS.short) !== null)
        this.fail(`aliases[${i}].name`, `is longer than the ${MAX_CHARS.short} characters allowed`);
      if (a.reason !== null && overLength(a.reason, MAX_CHARS.long) !== null)
        this.fail(
          `aliases[${i}].reason`,
          `is longer than the ${MAX_CHARS.long} characters allowed`,
        );
      if (a.source !== null && overLength(a.source.source, MAX_CHARS.id) !== null)
        this.fail(`aliases[${i}].source`, `is longer than the ${MAX_CHARS.id} characters allowed`);
    });
    return this.problems.length === before ? aliases : [];
  }

  /**
   * The record's citations. When the record gives "knowledge" (the curators' reason, read by
   * knowledge() after this) the list may be empty or left out: the curators vouch for the fact.
   */
  sources(): SourceRef[] {
    const v = this.value('sources');
    const knowledge = this.record.knowledge;
    const vouched = typeof knowledge === 'string' && knowledge.trim() !== '';
    if (vouched && (v === undefined || (Array.isArray(v) && v.length === 0))) return [];
    if (Array.isArray(v) && v.length === 0) {
      this.fail(
        'sources',
        'is empty; cite at least one { "source": id, "paragraph": positive integer }, or give "knowledge": why the curators know it without a paragraph',
      );
      return [];
    }
    if (Array.isArray(v) && v.length > MAX_ITEMS.sources) {
      this.fail('sources', `lists ${v.length} citations; at most ${MAX_ITEMS.sources} are allowed`);
      return [];
    }
    const ok =
      Array.isArray(v) &&
      v.length > 0 &&
      v.every(
        (r: Obj) =>
          typeof r?.source === 'string' &&
          Number.isInteger(r?.paragraph) &&
          (r.paragraph as number) > 0,
      );
    if (!ok) {
      this.fail(
        'sources',
        'must list at least one { "source": id, "paragraph": positive integer }',
      );
      return [];
    }
    const refs = v as Obj[];
    refs.forEach((ref, i) => {
      for (const key of Object.keys(ref).filter((k) => !CITATION_FIELDS.includes(k)))
        this.fail(
          `sources[${i}].${key}`,
          'is unknown; a citation has only "source" and "paragraph"',
        );
      if (overLength(ref.source as string, MAX_CHARS.id) !== null)
        this.fail(`sources[${i}].source`, `is longer than the ${MAX_CHARS.id} characters allowed`);
    });
    return refs.map((r) => ({ source: r.source as string, paragraph: r.paragraph as number }));
  }

  /** Curator knowledge: why the curators know the fact without a paragraph; null if not given. */
  knowledge(): string | null {
    return this.optionalString('knowledge', MAX_CHARS.knowledge);
  }

  /** Names each field of the record that no reader asked for: a typo, or a field we do not keep. */
  unknownFields(recordName: string): void {
    const unknown = Object.keys(this.record).filter((key) => !this.read.has(key));
    for (const key of unknown)
      this.problems.push(
        `${this.where}: unknown field "${quote(key)}"; ${recordName} has the fields ${[...this.read].join(', ')}`,
      );
  }
}

/** One alias with exactly one origin, a source's paragraph or the curators' reason; else null. */
function alias(a: unknown): SeedAlias | null {
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return null;
  const { name, source, paragraph, reason } = a as Obj;
  if (typeof name !== 'string' || name.trim() === '') return null;
  const printed =
    typeof source === 'string' && Number.isInteger(paragraph) && (paragraph as number) > 0;
  const added = typeof reason === 'string' && reason.trim() !== '';
  if (printed && reason === undefined)
    return {
      name,
      source: { source: source as string, paragraph: paragraph as number },
      reason: null,
    };
  if (added && source === undefined && paragraph === undefined)
    return { name, source: null, reason: reason as string };
  return null;
}
