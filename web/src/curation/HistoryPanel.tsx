// An entity's History tab: where its current content comes from (the seed, or the change that
// wrote it), then the changes that wrote it, newest first, a page at a time; each links to the
// change's own page with its diff and evidence.
import { useState } from 'react';
import { EntityHistoryDocument, type EntityHistoryQuery } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { ApiError, request } from '../api/request.ts';
import { useLang } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { changeHref } from '../route.ts';

const PAGE = 10;
type Edge = NonNullable<EntityHistoryQuery['entity']>['history']['edges'][number];

export function HistoryPanel({ id }: { id: string }) {
  const { t } = useLang();
  const first = useQuery(EntityHistoryDocument, { id, first: PAGE, after: null });
  const [more, setMore] = useState<{ edges: Edge[]; hasNext: boolean; end: string | null } | null>(
    null,
  );
  const [error, setError] = useState<ApiError | null>(null);
  if (first.status === 'error') return <ErrorNotice error={first.error} />;
  if (first.status !== 'ok') return <Loading />;
  const entity = first.data.entity;
  if (!entity) return null;
  const { origin, history } = entity;
  const hasNext = more ? more.hasNext : history.pageInfo.hasNextPage;
  async function next() {
    const after = more ? more.end : history.pageInfo.endCursor;
    try {
      const page = await request(EntityHistoryDocument, { id, first: PAGE, after });
      const h = page.entity?.history;
      if (!h) return;
      setMore({
        edges: [...(more?.edges ?? []), ...h.edges],
        hasNext: h.pageInfo.hasNextPage,
        end: h.pageInfo.endCursor,
      });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_CLIENT_ERROR'));
    }
  }
  return (
    <section aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">{t('historyTitle')}</h2>
      <p data-testid="history-origin">
        {origin.change
          ? t('historyOriginChange', { id: origin.change.id })
          : t('historyOriginSeed')}
      </p>
      {history.totalCount === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <>
          <p className="hint" data-testid="history-count">
            {t('historyCount', { n: history.totalCount })}
          </p>
          <ol className="history" data-testid="history-list">
            <HistoryItems edges={[...history.edges, ...(more?.edges ?? [])]} />
          </ol>
          {hasNext && (
            <button
              type="button"
              className="secondary"
              onClick={() => void next()}
              data-testid="history-more"
            >
              {t('historyMore')}
            </button>
          )}
          {error && <ErrorNotice error={error} />}
        </>
      )}
    </section>
  );
}

function HistoryItems({ edges }: { edges: Edge[] }) {
  const { lang, t } = useLang();
  return (
    <>
      {edges.map(({ node, appliedAt }) => (
        <li key={node.id} className="history-item" data-testid="history-item">
          <a href={changeHref(node.id, lang)}>{node.reason}</a>{' '}
          <span className={`change-status status-${node.status}`}>
            {t(`changeStatus_${node.status}` as MessageKey)}
          </span>
          <span className="subtitle">
            {' · '}
            {node.author} · {t('historyApplied', { at: appliedAt.replace('T', ' ').slice(0, 16) })}
          </span>
        </li>
      ))}
    </>
  );
}
