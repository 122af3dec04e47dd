// The path finder: two entities, a hop limit, which kinds of link to follow and how far along
// they must be, and the paths between them drawn and read out as sentences, each step with its
// sources.
import { useMemo, useState } from 'react';
import {
  CollaborationPathsDocument,
  type CollaborationPathsQueryVariables,
  type RelationshipCategory,
  type RelationshipStatus,
} from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import { CATEGORIES, STATUSES, categoryLabel, statusLabel } from '../i18n/relationships.ts';
import { KIND_NAMES } from '../i18n/kinds.ts';
import { entityHref, type Route } from '../route.ts';
import { EntityPicker } from '../components/EntityPicker.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { NetworkGraph } from '../graph/NetworkGraph.tsx';
import { PathCard, type Path } from './PathCard.tsx';

type PathsRoute = Extract<Route, { view: 'paths' }>;

const HOPS = [1, 2, 3, 4, 5, 6];
const FIRST = 10;
/** What the API follows when no category is chosen (schema/paths.graphql). */
const DEFAULT_CATEGORIES: RelationshipCategory[] = [
  'COLLABORATION',
  'PARTICIPATION',
  'AFFILIATION',
];

/** The query's arguments for a route: defaults left out, so the API's own apply. */
function argumentsOf(route: PathsRoute): Omit<CollaborationPathsQueryVariables, 'first'> {
  return {
    from: route.from,
    to: route.to,
    maxHops: route.hops,
    ...(route.categories.length ? { categories: route.categories } : {}),
    ...(route.statuses.length ? { statuses: route.statuses } : {}),
    ...(route.hubs ? { throughKinds: KIND_NAMES } : {}),
  };
}

export function PathsView({ route, go }: { route: PathsRoute; go(r: Route): void }) {
  const { lang, t } = useLang();
  const [from, setFrom] = useState(route.from);
  const [to, setTo] = useState(route.to);
  const [hops, setHops] = useState(route.hops);
  const [categories, setCategories] = useState<RelationshipCategory[]>(
    route.categories.length ? route.categories : DEFAULT_CATEGORIES,
  );
  const [statuses, setStatuses] = useState<RelationshipStatus[]>(
    route.statuses.length ? route.statuses : [...STATUSES],
  );
  const [hubs, setHubs] = useState(route.hubs);
  const asked = route.from && route.to;
  const args = argumentsOf(route);
  const paths = useQuery(CollaborationPathsDocument, asked ? { ...args, first: FIRST } : null);
  const submit = (): void => {
    if (!from || !to) return;
    const same = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && a.every((x) => b.includes(x));
    go({
      view: 'paths',
      from,
      to,
      hops,
      categories: same(categories, DEFAULT_CATEGORIES) ? [] : categories,
      statuses: same(statuses, STATUSES) ? [] : statuses,
      hubs,
    });
  };
  return (
    <section className="view paths" data-testid="paths-view">
      <h1>{t('pathsTitle')}</h1>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <EntityPicker label={t('pathFrom')} value={from} onChange={setFrom} testId="path-from" />
        <EntityPicker label={t('pathTo')} value={to} onChange={setTo} testId="path-to" />
        <label>
          {t('hops')}{' '}
          <select value={hops} onChange={(e) => setHops(Number(e.target.value))} data-testid="hops">
            {HOPS.map((h) => (
              <option key={h}>{h}</option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={!from || !to || categories.length === 0 || statuses.length === 0}
          data-testid="find-paths"
        >
          {t('findPaths')}
        </button>
        <Choices
          legend={t('pathLinks')}
          testId="path-links"
          options={CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, lang) }))}
          chosen={categories}
          onChange={setCategories}
        />
        <Choices
          legend={t('pathStatuses')}
          testId="path-statuses"
          options={STATUSES.map((s) => ({ value: s, label: statusLabel(s, lang) }))}
          chosen={statuses}
          onChange={setStatuses}
        />
        <label className="hubs">
          <input
            type="checkbox"
            checked={hubs}
            onChange={(e) => setHubs(e.target.checked)}
            data-testid="path-hubs"
          />{' '}
          {t('pathHubs')}
        </label>
      </form>
      {!asked && <p className="hint">{t('pathsHint')}</p>}
      {paths.status === 'loading' && <Loading />}
      {paths.status === 'error' && <ErrorNotice error={paths.error} />}
      {paths.status === 'ok' && (
        <PathResults
          paths={paths.data.collaborationPaths}
          from={route.from}
          onSelect={(id) => {
            window.location.hash = entityHref(id, lang);
          }}
        />
      )}
      {asked && (
        <ExportButtons
          label={t('exportPaths')}
          path="paths"
          params={{
            ...Object.fromEntries(
              Object.entries(args).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
            ),
            first: FIRST,
          }}
        />
      )}
    </section>
  );
}

/** A set of checkboxes: which of `options` are chosen. */
function Choices<T extends string>(props: {
  legend: string;
  testId: string;
  options: { value: T; label: string }[];
  chosen: T[];
  onChange(chosen: T[]): void;
}) {
  return (
    <fieldset className="choices" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            value={o.value}
            checked={props.chosen.includes(o.value)}
            onChange={(e) =>
              props.onChange(
                e.target.checked
                  ? props.options
                      .map((x) => x.value)
                      .filter((v) => v === o.value || props.chosen.includes(v))
                  : props.chosen.filter((v) => v !== o.value),
              )
            }
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function PathResults(props: { paths: Path[]; from: string; onSelect(id: string): void }) {
  const { t } = useLang();
  const union = useMemo(() => unionOf(props.paths), [props.paths]);
  if (props.paths.length === 0) return <p data-testid="no-paths">{t('noPaths')}</p>;
  return (
    <>
      <p>{t('pathCount', { n: props.paths.length })}</p>
      <NetworkGraph
        nodes={union.nodes}
        edges={union.edges}
        centre={props.from}
        shape="columns"
        onSelect={props.onSelect}
        edgeLabels
      />
      <ol className="path-list" data-testid="path-list">
        {props.paths.map((path, i) => (
          <PathCard key={i} path={path} />
        ))}
      </ol>
    </>
  );
}

/** Every node and relationship of the paths, each once, to draw them together. */
function unionOf(paths: Path[]) {
  const nodes = new Map(paths.flatMap((p) => p.nodes).map((n) => [n.id, n]));
  const edges = new Map(
    paths
      .flatMap((p) => p.relationships)
      .map((r) => [r.id, { id: r.id, type: r.type, from: r.from.id, to: r.to.id }]),
  );
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
