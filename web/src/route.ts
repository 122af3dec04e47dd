// The URL is the state worth sharing: the view, its entity or query, and the language, all in
// the hash (`#/entity/university:wust?lang=en`, `#/paths?from=…&to=…&hops=4`), so a link
// reopens exactly what its sender saw. Numbers pass through as given: the API says what is
// allowed, and the page shows its answer.
import type { EntityKind } from './generated/graphql.ts';

export type Lang = 'zh' | 'en';

/** Which link the coverage view lists the enterprises without ('' lists them all). */
export type CoverageGap = '' | 'talent' | 'project' | 'university';
const GAPS: readonly CoverageGap[] = ['talent', 'project', 'university'];

export type Route =
  | { view: 'search'; q: string; kinds: EntityKind[] }
  | { view: 'entity'; id: string; depth: number; maxNodes: number }
  | { view: 'paths'; from: string; to: string; hops: number }
  | { view: 'overview'; scope: string; without: CoverageGap };

export interface Place {
  route: Route;
  lang: Lang;
}

export const DEFAULT_DEPTH = 1;
export const DEFAULT_MAX_NODES = 100;
export const DEFAULT_HOPS = 4;

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
        },
      };
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
          kinds: (params.get('kinds') ?? '').split(',').filter(Boolean) as EntityKind[],
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
  formatPlace({ lang, route: { view: 'paths', from, to: '', hops: DEFAULT_HOPS } });

/** The link to an entity's page, in the current language. */
export const entityHref = (id: string, lang: Lang): string =>
  formatPlace({
    lang,
    route: { view: 'entity', id, depth: DEFAULT_DEPTH, maxNodes: DEFAULT_MAX_NODES },
  });
