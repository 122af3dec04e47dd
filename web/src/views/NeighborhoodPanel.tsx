// The entity's neighbourhood as a network, with the depth and size in the URL, and its export.
// The drawing's box keeps its size while the answer loads, so nothing below it moves.
import { useMemo } from 'react';
import { NeighborhoodDocument, NeighborhoodSizeDocument } from '../generated/graphql.ts';
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
  const truncated = hood.status === 'ok' && hood.data.neighborhood.truncated;
  const size = useQuery(
    NeighborhoodSizeDocument,
    truncated ? { id: route.id, depth: route.depth } : null,
  );
  const graph = useMemo(() => {
    if (hood.status !== 'ok') return null;
    const { nodes, relationships } = hood.data.neighborhood;
    const edges = relationships.map((r) => ({
      id: r.id,
      type: r.type,
      from: r.from.id,
      to: r.to.id,
    }));
    return { nodes, edges };
  }, [hood]);
  return (
    <section className="neighborhood" aria-labelledby="network-heading">
      <h2 id="network-heading">{t('network')}</h2>
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
      <p className="hint truncated" data-testid="truncated">
        {truncated &&
          graph &&
          (size.status === 'ok' && !size.data.neighborhood.truncated
            ? t('showing', {
                shown: graph.nodes.length,
                total: size.data.neighborhood.nodes.length,
                max: route.maxNodes,
              })
            : size.status === 'ok'
              ? t('showingAtLeast', { shown: graph.nodes.length, max: route.maxNodes })
              : '')}
      </p>
      {hood.status === 'error' && <ErrorNotice error={hood.error} />}
      {graph ? (
        <NetworkGraph
          nodes={graph.nodes}
          edges={graph.edges}
          centre={route.id}
          shape="rings"
          onSelect={(id) => id !== route.id && go({ ...route, id })}
        />
      ) : (
        hood.status === 'loading' && (
          <div className="network-placeholder">
            <Loading />
          </div>
        )
      )}
    </section>
  );
}
