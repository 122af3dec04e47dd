// The entity's neighbourhood as a network, with the depth and size in the URL, and its export.
import { useMemo } from 'react';
import { NeighborhoodDocument } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import type { Route } from '../route.ts';
import { NetworkGraph } from '../graph/NetworkGraph.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';

type EntityRoute = Extract<Route, { view: 'entity' }>;

export function NeighborhoodPanel({ route, go }: { route: EntityRoute; go(r: Route): void }) {
  const { t } = useLang();
  const hood = useQuery(NeighborhoodDocument, {
    id: route.id,
    depth: route.depth,
    maxNodes: route.maxNodes,
  });
  const graph = useMemo(() => {
    if (hood.status !== 'ok') return null;
    const { nodes, relationships, truncated } = hood.data.neighborhood;
    const edges = relationships.map((r) => ({
      id: r.id,
      type: r.type,
      from: r.from.id,
      to: r.to.id,
    }));
    return { nodes, edges, truncated };
  }, [hood]);
  return (
    <section className="neighborhood">
      <h2>{t('network')}</h2>
      <div className="controls">
        <label>
          {t('depth')}{' '}
          <select
            value={route.depth}
            onChange={(e) => go({ ...route, depth: Number(e.target.value) })}
            data-testid="depth"
          >
            {[1, 2, 3].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          {t('maxNodes')}{' '}
          <select
            value={route.maxNodes}
            onChange={(e) => go({ ...route, maxNodes: Number(e.target.value) })}
          >
            {[50, 100, 200, 500].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <ExportButtons
          label={t('exportNeighborhood')}
          path="neighborhood"
          params={{ id: route.id, depth: route.depth, maxNodes: route.maxNodes }}
        />
      </div>
      {hood.status === 'loading' && <Loading />}
      {hood.status === 'error' && <ErrorNotice error={hood.error} />}
      {graph?.truncated && <p className="hint">{t('truncated')}</p>}
      {graph && (
        <NetworkGraph
          nodes={graph.nodes}
          edges={graph.edges}
          centre={route.id}
          shape="rings"
          onSelect={(id) => id !== route.id && go({ ...route, id })}
        />
      )}
    </section>
  );
}
