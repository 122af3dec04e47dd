// Each record as the properties the loader stores for it: one definition, used both to write the
// record and to tell whether the database already holds it with other values.
import { nameKeyOf } from '../src/data/lists.ts';
import { encodeProvenance } from '../src/data/records.ts';
import { initialsOf, pinyinOf } from '../src/documents/pinyin.ts';
import {
  relationshipKey,
  type SeedEntity,
  type SeedIndicator,
  type SeedRelationship,
  type SeedSource,
} from './validate.ts';

export type Row = Record<string, unknown>;

export const storedSource = (s: SeedSource): Row => ({
  ...s,
  byline: s.byline ?? null,
  publisherEn: s.publisherEn ?? null,
});

// Neo4j keeps no list of maps, so an alias's origin is stored beside its name, position by
// position: the paragraph that prints it ('' if none) and the curators' reason ('' if none).
export const storedEntity = ({ sources, ...e }: SeedEntity): Row => ({
  ...e,
  aliases: e.aliases.map((a) => a.name),
  aliasSources: e.aliases.map((a) => (a.source ? (encodeProvenance([a.source])[0] ?? '') : '')),
  aliasReasons: e.aliases.map((a) => a.reason ?? ''),
  aliasText: e.aliases.map((a) => a.name).join(' | '),
  nameKey: nameKeyOf([e.name, e.nameEn, ...e.aliases.map((a) => a.name)]),
  // Every name as pinyin and initials: search finds 武汉科技大学 by wuhan keji or whkjdx.
  pinyin: pinyinOf([e.name, ...e.aliases.map((a) => a.name)]),
  initials: initialsOf([e.name, ...e.aliases.map((a) => a.name)]),
  provenance: encodeProvenance(sources),
  // Always set, so an update without it takes the old one away rather than keeping it.
  knowledge: e.knowledge ?? null,
});

export const storedRelationship = ({
  sources,
  from,
  to,
  type,
  ...props
}: SeedRelationship): Row => ({
  ...props,
  id: relationshipKey({ from, type, to }),
  provenance: encodeProvenance(sources),
  knowledge: props.knowledge ?? null,
});

/** The indicator's own properties; its scope is stored as ABOUT links, not as a property. */
export const storedIndicator = ({ sources, scope: _scope, ...props }: SeedIndicator): Row => ({
  ...props,
  provenance: encodeProvenance(sources),
  knowledge: props.knowledge ?? null,
});

/** Stored properties that follow from others (and so never differ on their own). */
export const DERIVED = new Set(['id', 'aliasText', 'nameKey', 'pinyin', 'initials']);

/** The file's name for a stored property: provenance is what the file calls `sources`, and so on. */
export const fieldName = (property: string): string => FIELD_NAMES[property] ?? property;

const FIELD_NAMES: Readonly<Record<string, string>> = {
  provenance: 'sources',
  aliasSources: 'aliases[].source',
  aliasReasons: 'aliases[].reason',
};
