// The rules that tie every record to the source paragraphs that state it, as pure functions:
// provenance.test.ts runs them on the loaded graph, and tests/unit/provenance.test.ts on records
// made to break each one. Texts are compared with whitespace removed.

/** How a report is laid out, which only a reader can tell (tests/helpers/curation.ts). */
export interface SourceLayout {
  /** The city the report is about: 我市 (our city), 全市 (the whole city) and 该市 (that city) in it name this entity. */
  city: string;
  /** Blocks that state nothing (titles, headings, captions, bylines, site chrome), by paragraph, with what they are. */
  notSubstantive: Readonly<Record<number, string>>;
  /** Sentences the layout splits over two blocks, [first, second]: cited together they read as one passage. */
  continued: readonly (readonly [number, number])[];
}

export interface SourceText {
  id: string;
  /** Paragraph n is paragraphs[n - 1], whitespace removed. */
  paragraphs: readonly string[];
  layout: SourceLayout;
}

export interface NamedRecord {
  id: string;
  kind: string;
  name: string;
  aliases: readonly string[];
  /** Per alias, "sourceId#paragraph" where a source prints it, "" where the curators added it. */
  aliasSources: readonly string[];
}

export interface LinkRecord {
  type: string;
  from: string;
  to: string;
  provenance: readonly string[];
}

/** 我市, 全市 and 该市: in a report on one city, each names that city. */
export const CITY_WORDS = ['我市', '全市', '该市'] as const;

export { paragraphsOf } from '../../src/documents/paragraphs.ts';

export const squeeze = (s: string): string => s.replace(/\s+/g, '');

const keyOf = (l: LinkRecord): string => `${l.from} ${l.type} ${l.to}`;

/** The sources, entities and links the rules read; built once per data set. */
export class Corpus {
  readonly sources: ReadonlyMap<string, SourceText>;
  readonly entities: ReadonlyMap<string, NamedRecord>;
  /** Every name and alias of every entity, longest first. */
  private readonly names: readonly { text: string; entity: string }[];
  /** "part whole" for PART_OF links between entities of one kind. */
  private readonly partOf: ReadonlySet<string>;

  constructor(
    sources: readonly SourceText[],
    entities: readonly NamedRecord[],
    links: readonly LinkRecord[],
  ) {
    this.sources = new Map(sources.map((s) => [s.id, s]));
    this.entities = new Map(entities.map((e) => [e.id, e]));
    this.names = entities
      .flatMap((e) => [e.name, ...e.aliases].map((n) => ({ text: squeeze(n), entity: e.id })))
      .filter((n) => n.text !== '')
      .sort((a, b) => b.text.length - a.text.length);
    this.partOf = new Set(
      links
        .filter((l) => l.type === 'PART_OF')
        .filter((l) => this.entities.get(l.from)?.kind === this.entities.get(l.to)?.kind)
        .map((l) => `${l.from} ${l.to}`),
    );
  }

  /** The text of "sourceId#paragraph", or null when no such paragraph exists. */
  paragraph(ref: string): { source: SourceText; n: number; text: string } | null {
    const at = ref.lastIndexOf('#');
    const source = this.sources.get(ref.slice(0, at));
    const n = Number(ref.slice(at + 1));
    const text = source?.paragraphs[n - 1];
    return at < 0 || !source || !Number.isInteger(n) || text === undefined
      ? null
      : { source, n, text };
  }

  /**
   * Whether `text` (of `source`) names entity `id`: by its name, an alias a source prints or, for
   * the report's city, 我市/全市/该市. A name inside a longer name of another entity does not count
   * (武汉 in 武汉科技大学 names no city), except inside the name of a part of the same kind stated
   * PART_OF it: 大赛慈溪赛区 names the contest it is a division of. Otherwise says which longer
   * names held it.
   */
  mentions(text: string, id: string, source: SourceText): { named: boolean; inside: string[] } {
    const e = this.entities.get(id);
    if (!e) return { named: false, inside: [] };
    const own = [e.name, ...e.aliases.filter((_, i) => (e.aliasSources[i] ?? '') !== '')]
      .map(squeeze)
      .filter((n) => n !== '');
    if (source.layout.city === id) own.push(...CITY_WORDS);
    const inside = new Set<string>();
    for (const name of own) {
      for (const at of occurrences(text, name)) {
        const cover = this.names.find(
          (n) =>
            n.entity !== id &&
            n.text.length > name.length &&
            !this.partOf.has(`${n.entity} ${id}`) &&
            occurrences(text, n.text).some((i) => i <= at && at + name.length <= i + n.text.length),
        );
        if (!cover) return { named: true, inside: [] };
        inside.add(cover.text);
      }
    }
    return { named: false, inside: [...inside] };
  }
}

function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) found.push(i);
  return found;
}

/**
 * A relationship's provenance: it cites only substantive paragraphs (a title, heading or caption
 * states no link), and one cited passage (a paragraph, or a sentence the layout splits over two
 * cited blocks) names both of its ends.
 */
export function checkLink(link: LinkRecord, corpus: Corpus): string[] {
  const key = keyOf(link);
  const problems: string[] = [];
  const passages: { ref: string; source: SourceText; text: string }[] = [];
  for (const ref of link.provenance) {
    const p = corpus.paragraph(ref);
    if (!p) {
      problems.push(`${key}: cites ${ref}, which does not exist`);
      continue;
    }
    const role = p.source.layout.notSubstantive[p.n];
    if (role) {
      problems.push(`${key}: cites ${ref}, a ${role}, which states no link`);
      continue;
    }
    passages.push({ ref, source: p.source, text: p.text });
    for (const [first, second] of p.source.layout.continued) {
      const next = `${p.source.id}#${second}`;
      if (first === p.n && link.provenance.includes(next))
        passages.push({
          ref: `${ref}+${second}`,
          source: p.source,
          text: p.text + (p.source.paragraphs[second - 1] ?? ''),
        });
    }
  }
  if (passages.length === 0) return [...problems, `${key}: cites no substantive paragraph`];
  const readings = passages.map((p) => ({
    ref: p.ref,
    from: corpus.mentions(p.text, link.from, p.source),
    to: corpus.mentions(p.text, link.to, p.source),
  }));
  if (readings.some((r) => r.from.named && r.to.named)) return problems;
  const unnamed = (id: string, m: { named: boolean; inside: string[] }): string =>
    m.named ? '' : m.inside.length ? `${id} only inside ${m.inside.join(', ')}` : `not ${id}`;
  const why = readings
    .map(
      (r) =>
        `${r.ref}: ${[unnamed(link.from, r.from), unnamed(link.to, r.to)].filter(Boolean).join(', ')}`,
    )
    .join('; ');
  return [...problems, `${key}: no cited passage names both ends (${why})`];
}

/** An entity's name is printed in a substantive paragraph it cites (a title alone never counts). */
export function checkEntityNamed(
  entity: NamedRecord,
  provenance: readonly string[],
  corpus: Corpus,
): string[] {
  const name = squeeze(entity.name);
  const printed = provenance.some((ref) => {
    const p = corpus.paragraph(ref);
    return !!p && !p.source.layout.notSubstantive[p.n] && p.text.includes(name);
  });
  return printed
    ? []
    : [
        `${entity.id}: its name ${entity.name} is printed in no substantive paragraph it cites (${provenance.join(', ') || 'none'})`,
      ];
}

/** Where `alias` occurs in `text` other than inside a longer name or alias of the same entity. */
function printedApart(entity: NamedRecord, alias: string, text: string): boolean {
  const a = squeeze(alias);
  const longer = [entity.name, ...entity.aliases]
    .map(squeeze)
    .filter((n) => n.length > a.length && n.includes(a));
  return occurrences(text, a).some(
    (at) =>
      !longer.some((n) =>
        occurrences(text, n).some((i) => i <= at && at + a.length <= i + n.length),
      ),
  );
}

/**
 * An alias a source prints is printed in the paragraph it cites, as a name of its own (not only
 * as part of the entity's longer name); an alias the curators added is printed nowhere, since a
 * printed one must cite its paragraph.
 */
export function checkAliases(entity: NamedRecord, corpus: Corpus): string[] {
  return entity.aliases.flatMap((alias, i) => {
    const ref = entity.aliasSources[i] ?? '';
    if (ref !== '') {
      const p = corpus.paragraph(ref);
      if (!p) return [`${entity.id}: alias ${alias} cites ${ref}, which does not exist`];
      return printedApart(entity, alias, p.text)
        ? []
        : [`${entity.id}: alias ${alias} is not printed in ${ref} as a name of its own`];
    }
    for (const source of corpus.sources.values())
      for (const [k, text] of source.paragraphs.entries())
        if (printedApart(entity, alias, text))
          return [
            `${entity.id}: alias ${alias} is marked as the curators' but ${source.id}#${k + 1} prints it: cite that paragraph`,
          ];
    return [];
  });
}

/**
 * Every entity has a relationship unless `unlinked` lists it with a reason; and every entity it
 * lists exists and has none, so the list cannot go stale.
 */
export function checkLinked(
  entities: readonly NamedRecord[],
  links: readonly LinkRecord[],
  unlinked: Readonly<Record<string, string>>,
): string[] {
  const degree = new Map<string, number>();
  for (const l of links) for (const id of [l.from, l.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const known = new Set(entities.map((e) => e.id));
  return [
    ...entities
      .filter((e) => !degree.has(e.id) && !(e.id in unlinked))
      .map((e) => `${e.id} has no relationship and is not listed as unlinked with a reason`),
    ...Object.keys(unlinked)
      .filter((id) => !known.has(id))
      .map((id) => `${id} is listed as unlinked but no entity has that id`),
    ...Object.keys(unlinked)
      .filter((id) => degree.has(id))
      .map((id) => `${id} is listed as unlinked but has ${degree.get(id)} relationship(s)`),
    ...Object.entries(unlinked)
      .filter(([, reason]) => reason.trim() === '')
      .map(([id]) => `${id} is listed as unlinked without a reason`),
  ];
}
