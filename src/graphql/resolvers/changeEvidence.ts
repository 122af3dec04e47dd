// ChangeOperation.evidence: an operation's citations as SourceRefs. Their text and highlights
// come from the paragraph loader, so every citation of every operation in an answer is read in
// one statement; the ends of a relationship come from the entity loader, batched the same way.
import type { Resolvers } from '../../generated/graphql.ts';
import type { Named, SourceRef } from '../../data/records.ts';
import type { Context } from '../context.ts';

interface Citation {
  source: string;
  paragraph: number;
}

const isCitation = (value: unknown): value is Citation =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Citation).source === 'string' &&
  Number.isInteger((value as Citation).paragraph);

/** The citations of an operation's record, in order, each once. */
function citationsOf(record: Record<string, unknown>): Citation[] {
  const cited = [
    ...(Array.isArray(record.sources) ? record.sources : []),
    ...(Array.isArray(record.aliases) ? record.aliases : []),
  ].filter(isCitation);
  const seen = new Set<string>();
  return cited.filter((c) => {
    const key = `${c.source}#${c.paragraph}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** An entity record as proposed, as highlighting needs it (its names). */
const proposedNames = (record: Record<string, unknown>): Named => ({
  id: String(record.id),
  name: String(record.name ?? ''),
  nameEn: text(record.nameEn),
  aliases: (Array.isArray(record.aliases) ? record.aliases : [])
    .map((a: unknown) => text((a as { name?: unknown } | null)?.name))
    .filter((a): a is string => a !== null),
});

export const changeEvidenceResolvers: Resolvers<Context> = {
  ChangeOperation: {
    evidence: async (op, _args, ctx): Promise<SourceRef[]> => {
      const record = JSON.parse(op.record) as Record<string, unknown>;
      const citations = citationsOf(record);
      if (citations.length === 0) return [];
      let about: Named[] = [];
      if (op.kind === 'ENTITY') about = [proposedNames(record)];
      else if (op.kind === 'RELATIONSHIP') {
        const ends = await ctx.loaders.entity.loadMany([String(record.from), String(record.to)]);
        for (const end of ends) if (end && !(end instanceof Error)) about.push(end);
      }
      return citations.map((c) => ({ source: c.source, paragraph: c.paragraph, about }));
    },
  },
};
