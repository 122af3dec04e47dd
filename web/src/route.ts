// The URL is the state worth sharing: the view, its entity or query, and the language, all in
// the hash (`#/entity/university:wust?lang=en`, `#/paths?from=…&to=…&hops=4`), so a link
// reopens exactly what its sender saw. Numbers pass through as given: the API says what is
// allowed, and the page shows its answer. The path finder's choices of relationships
// (`links=`), statuses (`status=`) and hubs (`hubs=1`) appear only when they differ from the
// API's defaults.
import type { EntityKind, RelationshipCategory, RelationshipStatus } from './generated/graphql.ts';

export type Lang = 'zh' | 'en';

/** Which link the coverage view lists the enterprises without ('' lists them all). */
export type CoverageGap = '' | 'talent' | 'project' | 'university';
const GAPS: readonly CoverageGap[] = ['talent', 'project', 'university'];

export type Route =
  | { view: 'search'; q: string; kinds: EntityKind[] }
  | { view: 'entity'; id: string; depth: number; maxNodes: number }
  | {
      view: 'paths';
      from: string;
      to: string;
      hops: number;
      /** Empty for the API's default (collaboration, participation, affiliation). */
      categories: RelationshipCategory[];
      /** Empty for every status. */
      statuses: RelationshipStatus[];
      /** Whether paths may pass through regions and industries. */
      hubs: boolean;
    }
  | { view: 'overview'; scope: string; without: CoverageGap }
  | { view: 'document'; id: string }
  /** The review queue: the changes of one status (proposed, or applied ones to revert). */
  | { view: 'review'; status: ReviewStatus }
  | { view: 'change'; id: string };

export type ReviewStatus = 'PROPOSED' | 'APPLIED';

export interface Place {
  route: Route;
  lang: Lang;
}

export const DEFAULT_DEPTH = 1;
export const DEFAULT_MAX_NODES = 100;
export const DEFAULT_HOPS = 4;

/** A path finder with nothing chosen but the hop limit. */
export const NEW_PATHS: Extract<Route, { view: 'paths' }> = {
  view: 'paths',
  from: '',
  to: '',
  hops: DEFAULT_HOPS,
  categories: [],
  statuses: [],
  hubs: false,
};

const list = <T extends string>(value: string | null): T[] =>
  (value ?? '').split(',').filter(Boolean) as T[];

const number = (value: string | null, fallback: number): number => {
  const n = value === null || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
};

export function parsePlace(hash: string): Place {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'zh';
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (segments[0]) {
    case 'entity':
      return {
        lang,
        route: {
          view: 'entity',
          id: segments.slice(1).join('/'),
          depth: number(params.get('depth'), DEFAULT_DEPTH),
          maxNodes: number(params.get('maxNodes'), DEFAULT_MAX_NODES),
        },
      };
    case 'paths':
      return {
        lang,
        route: {
          view: 'paths',
          from: params.get('from') ?? '',
          to: params.get('to') ?? '',
          hops: number(params.get('hops'), DEFAULT_HOPS),
          categories: list<RelationshipCategory>(params.get('links')),
          statuses: list<RelationshipStatus>(params.get('status')),
          hubs: params.get('hubs') === '1',
        },
      };
    case 'document':
      return { lang, route: { view: 'document', id: segments.slice(1).join('/') } };
    case 'review':
      return {
        lang,
        route: {
          view: 'review',
          status: params.get('status') === 'applied' ? 'APPLIED' : 'PROPOSED',
        },
      };
    case 'change':
      return { lang, route: { view: 'change', id: segments.slice(1).join('/') } };
    case 'overview': {
      const without = params.get('without') ?? '';
      return {
        lang,
        route: {
          view: 'overview',
          scope: params.get('scope') ?? '',
          without: GAPS.find((g) => g === without) ?? '',
        },
      };
    }
    default:
      return {
        lang,
        route: {
          view: 'search',
          q: params.get('q') ?? '',
          kinds: list<EntityKind>(params.get('kinds')),
        },
      };
  }
}

// Ids read better as `university:wust` than `university%3Awust`; both characters are legal here.
const readable = (encoded: string): string => encoded.replace(/%3A/gi, ':').replace(/%2C/gi, ',');

export function formatPlace({ route, lang }: Place): string {
  const params = new URLSearchParams();
  let path: string;
  switch (route.view) {
    case 'search':
      path = '/';
      if (route.q) params.set('q', route.q);
      if (route.kinds.length > 0) params.set('kinds', route.kinds.join(','));
      break;
    case 'entity':
      path = `/entity/${readable(encodeURIComponent(route.id))}`;
      if (route.depth !== DEFAULT_DEPTH) params.set('depth', String(route.depth));
      if (route.maxNodes !== DEFAULT_MAX_NODES) params.set('maxNodes', String(route.maxNodes));
      break;
    case 'paths':
      path = '/paths';
      if (route.from) params.set('from', route.from);
      if (route.to) params.set('to', route.to);
      params.set('hops', String(route.hops));
      if (route.categories.length > 0) params.set('links', route.categories.join(','));
      if (route.statuses.length > 0) params.set('status', route.statuses.join(','));
      if (route.hubs) params.set('hubs', '1');
      break;
    case 'document':
      path = `/document/${readable(encodeURIComponent(route.id))}`;
      break;
    case 'review':
      path = '/review';
      if (route.status === 'APPLIED') params.set('status', 'applied');
      break;
    case 'change':
      path = `/change/${readable(encodeURIComponent(route.id))}`;
      break;
    case 'overview':
      path = '/overview';
      if (route.scope) params.set('scope', route.scope);
      if (route.without) params.set('without', route.without);
      break;
    default:
      return route satisfies never;
  }
  if (lang === 'en') params.set('lang', 'en');
  const query = readable(params.toString());
  return `#${path}${query ? `?${query}` : ''}`;
}

/** The coverage of a program or industry, in the overview. */
export const coverageHref = (scope: string, lang: Lang): string =>
  formatPlace({ lang, route: { view: 'overview', scope, without: '' } });

/** The path finder with its start set. */
export const pathsFromHref = (from: string, lang: Lang): string =>
  formatPlace({ lang, route: { ...NEW_PATHS, from } });

/** The link to an entity's page, in the current language. */
export const entityHref = (id: string, lang: Lang): string =>
  formatPlace({
    lang,
    route: { view: 'entity', id, depth: DEFAULT_DEPTH, maxNodes: DEFAULT_MAX_NODES },
  });

/** A source document's page: its paragraphs with their mentions. */
export const documentHref = (id: string, lang: Lang): string =>
  formatPlace({ lang, route: { view: 'document', id } });

/** One change of the review queue, with its diff and evidence. */
export const changeHref = (id: string, lang: Lang): string =>
  formatPlace({ lang, route: { view: 'change', id } });

/** The review queue of proposed (or applied) changes. */
export const reviewHref = (lang: Lang, status: ReviewStatus = 'PROPOSED'): string =>
  formatPlace({ lang, route: { view: 'review', status } });
