// Ingesting one report: in one write transaction that is never retried, the document with its
// paragraphs (the store's own writes), its mentions, then its review queue of candidate
// entities and suggested links. A report whose text is already stored changes nothing.
import { basename } from 'node:path';
import { linkMentions, matcherFromGraph, storeDocument } from '../data/documentStore.ts';
import type { MentionMatcher } from '../documents/matcher.ts';
import {
  auditDocumentAdded,
  knownNames,
  linksBetween,
  mentionsOfSource,
  sourceWithHash,
  storeReviewQueue,
  type StoredMention,
} from '../data/reviewQueue.ts';
import type { EntityKind } from '../data/vocabulary.ts';
import type { Graph } from '../neo4j/graph.ts';
import { candidateNames, comparable, type CandidateEntity } from './candidateNames.ts';
import type { Report } from './report.ts';
import type { Tagger } from './segmenter.ts';
import { pairKey, suggestedLinks, type SuggestedLink } from './suggestedLinks.ts';

/** What the command line says about a report; the rest is read from it. */
export interface ReportDetails {
  title?: string;
  date?: string;
  publisher?: string;
  url?: string;
}

/** Candidates and suggested links one report may queue: a review queue, not a dump. */
export const MAX_CANDIDATES = 200;
export const MAX_SUGGESTED_LINKS = 200;
/** Characters of the first paragraph that title a report given no --title. */
const TITLE_CHARS = 120;

export type IngestResult =
  | { already: true; source: string }
  | {
      already: false;
      source: string;
      paragraphs: number;
      mentions: StoredMention[];
      candidates: CandidateEntity[];
      links: SuggestedLink[];
    };

/** What ingesting shares across the reports of one run: built once, read by every report. */
export interface Shared {
  tag: Tagger;
  matcher?: MentionMatcher;
  known?: Map<string, EntityKind>;
}

export const sourceIdOf = (hash: string): string => `source:report-${hash.slice(0, 16)}`;

function sourceProps(report: Report, details: ReportDetails): Record<string, unknown> {
  const first = report.paragraphs[0] ?? '';
  return {
    title: details.title ?? [...first].slice(0, TITLE_CHARS).join(''),
    publisher: details.publisher ?? null,
    date: details.date ?? null,
    url: details.url ?? null,
    fileName: basename(report.path),
    format: report.format,
    encoding: report.encoding,
    // Marked as ours: read by the ingest command, not curated.
    origin: 'INGESTED',
    ingestedAt: new Date().toISOString(),
  };
}

/**
 * Ingests `report` in one transaction; stores nothing when its text is already stored. With
 * `audit` (addDocument), the same transaction records who added it.
 */
export async function ingestReport(
  graph: Graph,
  report: Report,
  details: ReportDetails,
  shared: Shared,
  timeoutMs: number,
  audit?: { actor: string },
): Promise<IngestResult> {
  return graph.withOptions({ timeoutMs }).writeOnce(async (run) => {
    const already = await sourceWithHash(run, report.contentHash);
    if (already) return { already: true, source: already };
    const id = sourceIdOf(report.contentHash);
    await storeDocument(run, id, report.paragraphs.join('\n\n'), sourceProps(report, details));
    // No ingest adds an entity, so the names read by a run's first report serve all of them.
    shared.matcher ??= await matcherFromGraph(run);
    await linkMentions(run, id, shared.matcher);
    const mentions = await mentionsOfSource(run, id);
    shared.known ??= new Map(
      (await knownNames(run)).map(({ name, kind }) => [comparable(name), kind] as const),
    );
    const candidates = candidateNames(report.paragraphs, shared.known, shared.tag).slice(
      0,
      MAX_CANDIDATES,
    );
    const pairs = suggestedLinks(mentions, new Map(), MAX_SUGGESTED_LINKS);
    const linked = await linksBetween(
      run,
      pairs.map((p) => [p.from, p.to] as const),
    );
    const links = suggestedLinks(
      mentions,
      new Map(
        [...linked].map(([key, types]) => [
          pairKey(...(key.split(' ') as [string, string])),
          types,
        ]),
      ),
      MAX_SUGGESTED_LINKS,
    );
    await storeReviewQueue(run, id, candidates, links);
    if (audit) await auditDocumentAdded(run, audit.actor, id, basename(report.path));
    return {
      already: false,
      source: id,
      paragraphs: report.paragraphs.length,
      mentions,
      candidates,
      links,
    };
  });
}
