// The path finder: two entities, a hop limit, and the paths between them drawn and read out as
// sentences, each step with its sources.
import { useMemo, useState } from 'react';
import { CollaborationPathsDocument } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import { entityHref, type Route } from '../route.ts';
import { EntityPicker } from '../components/EntityPicker.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { NetworkGraph } from '../graph/NetworkGraph.tsx';
import { PathCard, type Path } from './PathCard.tsx';

type PathsRoute = Extract<Route, { view: 'paths' }>;

const HOPS = [1, 2, 3, 4, 5, 6];
const FIRST = 10;

export function PathsView({ route, go }: { route: PathsRoute; go(r: Route): void }) {
  const { lang, t } = useLang();
  const [from, setFrom] = useState(route.from);
  const [to, setTo] = useState(route.to);
  const [hops, setHops] = useState(route.hops);
  const asked = route.from && route.to;
  const paths = useQuery(
    CollaborationPathsDocument,
    asked ? { from: route.from, to: route.to, maxHops: route.hops, first: FIRST } : null,
  );
  return (
    <section className="view paths" data-testid="paths-view">
      <h1>{t('pathsTitle')}</h1>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) go({ view: 'paths', from, to, hops });
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
        <button type="submit" disabled={!from || !to} data-testid="find-paths">
          {t('findPaths')}
        </button>
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
          params={{ from: route.from, to: route.to, maxHops: route.hops, first: FIRST }}
        />
      )}
    </section>
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
