// One change as the review queue shows it: status, reason, author and dates, each operation as a
// diff with its evidence, and what the signed-in key may do with it: accept or reject a proposal
// with a note, or revert an applied change with a reason. Buttons a role may not use are
// disabled, with the reason beside them; a refusal shows the API's answer, and the view that
// lists the card announces a success (the card itself may leave the list).
import { useId, useState } from 'react';
import {
  ReviewChangeDocument,
  RevertChangeDocument,
  type ChangeDetailFragment,
  type ReviewDecision,
} from '../generated/graphql.ts';
import { ApiError, request } from '../api/request.ts';
import { useLang } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { changeHref } from '../route.ts';
import { OperationDiff } from './OperationDiff.tsx';
import { mayAct, ROLE_LABEL, usePrincipal } from './principal.ts';

type Change = ChangeDetailFragment;

const when = (iso: string | null): string => (iso ? iso.replace('T', ' ').slice(0, 16) : '');

export function ChangeCard({ change, onDone }: { change: Change; onDone(said: string): void }) {
  const { lang, t } = useLang();
  const headingId = useId();
  return (
    <article className="card change" aria-labelledby={headingId} data-testid="change">
      <h3 id={headingId}>
        <span className={`change-status status-${change.status}`}>
          {t(`changeStatus_${change.status}` as MessageKey)}
        </span>{' '}
        <a href={changeHref(change.id, lang)} className="id">
          {change.id}
        </a>
      </h3>
      <p className="subtitle">
        {t('changeBy', { author: change.author, at: when(change.createdAt) })}
      </p>
      <p className="change-reason">
        <strong>{t('changeReason')}：</strong>
        <span data-testid="change-reason">{change.reason}</span>
      </p>
      {change.reviewer && (
        <p className="subtitle">
          {t('changeDecided', { reviewer: change.reviewer, at: when(change.decidedAt) })}
          {change.note && (
            <>
              {' · '}
              {t('changeNote')}：{change.note}
            </>
          )}
        </p>
      )}
      {change.revertedBy && (
        <p className="subtitle">
          {t('changeReverted', {
            by: change.revertedBy,
            at: when(change.revertedAt),
            reason: change.revertReason ?? '',
          })}
        </p>
      )}
      <ol className="operations">
        {change.operations.map((op, i) => (
          <OperationDiff key={i} op={op} />
        ))}
      </ol>
      {change.status === 'PROPOSED' && <ReviewActions change={change} onDone={onDone} />}
      {change.status === 'APPLIED' && <RevertAction change={change} onDone={onDone} />}
    </article>
  );
}

/** Why the signed-in key may not review, or null when it may. */
function useRefusal(): string | null {
  const { t } = useLang();
  const who = usePrincipal();
  if (!who) return t('reviewNeedsSignIn');
  if (!mayAct(who, 'reviewer')) return t('reviewNeedsRole', { role: t(ROLE_LABEL[who.role]) });
  return null;
}

function useSubmit(onDone: (said: string) => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(send: () => Promise<unknown>, success: string) {
    setBusy(true);
    setError(null);
    try {
      await send();
      onDone(success);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_CLIENT_ERROR'));
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}

function ReviewActions({ change, onDone }: { change: Change; onDone(said: string): void }) {
  const { t } = useLang();
  const who = usePrincipal();
  const refusal = useRefusal();
  const noteId = useId();
  const whyId = useId();
  const [note, setNote] = useState('');
  const { error, busy, run } = useSubmit(onDone);
  const own = who?.name === change.author;
  const decide = (decision: ReviewDecision) =>
    run(
      () => request(ReviewChangeDocument, { id: change.id, decision, note: note.trim() || null }),
      t(decision === 'ACCEPT' ? 'accepted' : 'rejected'),
    );
  return (
    <div className="review-actions" data-testid="review-actions">
      <label htmlFor={noteId}>{t('reviewNote')}</label>
      <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {(refusal ?? own) && (
        <p id={whyId} className="hint" data-testid="review-refusal">
          {refusal ?? t('reviewOwnChange')}
        </p>
      )}
      <div className="buttons">
        <button
          type="button"
          disabled={busy || refusal !== null}
          aria-describedby={refusal || own ? whyId : undefined}
          onClick={() => void decide('ACCEPT')}
        >
          {t('accept')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy || refusal !== null}
          aria-describedby={refusal ? whyId : undefined}
          onClick={() => void decide('REJECT')}
        >
          {t('reject')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

function RevertAction({ change, onDone }: { change: Change; onDone(said: string): void }) {
  const { t } = useLang();
  const refusal = useRefusal();
  const reasonId = useId();
  const whyId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { error, busy, run } = useSubmit(onDone);
  function revert() {
    const why = reason.trim();
    setMissing(!why);
    if (why)
      void run(() => request(RevertChangeDocument, { id: change.id, reason: why }), t('reverted'));
  }
  return (
    <div className="review-actions" data-testid="revert-actions">
      <label htmlFor={reasonId}>{t('revertReason')}</label>
      <textarea
        id={reasonId}
        rows={2}
        value={reason}
        required
        aria-invalid={missing || undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {(refusal ?? missing) && (
        <p id={whyId} className="hint" role={missing ? 'alert' : undefined}>
          {refusal ?? t('revertReasonMissing')}
        </p>
      )}
      <button
        type="button"
        disabled={busy || refusal !== null}
        aria-describedby={refusal || missing ? whyId : undefined}
        onClick={revert}
      >
        {t('revert')}
      </button>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
