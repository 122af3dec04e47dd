// What became of a proposal, in a live region: its id with a link to the review queue, or the
// API's refusal; a CONFLICT (the entity moved on since the page was read) says to reload.
import { useLang } from '../i18n/context.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { changeHref } from '../route.ts';
import type { ProposalState } from './useProposal.ts';

export function ProposalOutcome({ state }: { state: ProposalState }) {
  const { lang, t } = useLang();
  return (
    <div className="proposal-outcome">
      <p role="status" data-testid="proposal-outcome">
        {state.proposed && (
          <>
            {t('proposed', { id: state.proposed })}{' '}
            <a href={changeHref(state.proposed, lang)}>{t('proposedOpen')}</a>
          </>
        )}
      </p>
      {state.error?.code === 'CONFLICT' && (
        <div className="conflict" role="alert" data-testid="proposal-conflict">
          <p>{t('conflictReload')}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('reload')}
          </button>
        </div>
      )}
      {state.error && <ErrorNotice error={state.error} />}
    </div>
  );
}
