// The review queue (#/review): the proposed changes, newest first, or the applied ones (to
// revert); and one change on its own page (#/change/<id>), where a history entry links. After
// a decision the list reloads, and the live region says what happened.
import { useRef, useState } from 'react';
import { ChangeByIdDocument, ChangesDocument } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { ViewHeading } from '../components/ViewHeading.tsx';
import { reviewHref, type ReviewStatus } from '../route.ts';
import { ChangeCard } from './ChangeCard.tsx';

// A page of 20 changes with every operation and its evidence stays within the API's cost limit
// (50 would not: a change may hold 100 operations); the count says how many wait in all.
const QUEUE_PAGE = 20;

export function ReviewView({ status }: { status: ReviewStatus }) {
  const { lang, t } = useLang();
  const [reload, setReload] = useState(0);
  const [said, setSaid] = useState('');
  const outcome = useRef<HTMLParagraphElement>(null);
  const changes = useQuery(ChangesDocument, { status, first: QUEUE_PAGE }, reload);
  // The card whose button had the focus may leave the list: the focus goes to what happened.
  const done = (message: string) => {
    setSaid(message);
    setReload((n) => n + 1);
    outcome.current?.focus();
  };
  const label = t(status === 'PROPOSED' ? 'reviewProposed' : 'reviewApplied');
  return (
    <article className="view review" data-testid="review-view">
      <ViewHeading title={t('reviewTitle')}>{t('reviewTitle')}</ViewHeading>
      <p className="hint">{t('reviewHint')}</p>
      <nav className="review-tabs" aria-label={t('reviewTitle')}>
        {(['PROPOSED', 'APPLIED'] as const).map((s) => (
          <a key={s} href={reviewHref(lang, s)} aria-current={s === status ? 'page' : undefined}>
            {t(s === 'PROPOSED' ? 'reviewProposed' : 'reviewApplied')}
          </a>
        ))}
      </nav>
      <p role="status" className="outcome" data-testid="review-outcome" tabIndex={-1} ref={outcome}>
        {said}
      </p>
      {changes.status === 'error' ? (
        <ErrorNotice error={changes.error} />
      ) : changes.status !== 'ok' ? (
        <Loading />
      ) : changes.data.changes.nodes.length === 0 ? (
        <p data-testid="review-empty">{t('reviewEmpty', { status: label })}</p>
      ) : (
        <>
          <p className="hint">{t('reviewCount', { n: changes.data.changes.totalCount })}</p>
          <div className="changes">
            {changes.data.changes.nodes.map((c) => (
              <ChangeCard key={c.id} change={c} onDone={done} />
            ))}
          </div>
        </>
      )}
    </article>
  );
}

export function ChangeView({ id }: { id: string }) {
  const { t } = useLang();
  const [reload, setReload] = useState(0);
  const [said, setSaid] = useState('');
  const found = useQuery(ChangeByIdDocument, { id }, reload);
  return (
    <article className="view review" data-testid="change-view">
      <ViewHeading title={id}>{t('changeOpen')}</ViewHeading>
      <p role="status" className="outcome" data-testid="review-outcome">
        {said}
      </p>
      {found.status === 'error' ? (
        <ErrorNotice error={found.error} />
      ) : found.status !== 'ok' ? (
        <Loading />
      ) : found.data.change ? (
        <ChangeCard
          change={found.data.change}
          onDone={(message) => {
            setSaid(message);
            setReload((n) => n + 1);
          }}
        />
      ) : (
        <p role="alert">{t('changeNotFound', { id })}</p>
      )}
    </article>
  );
}
