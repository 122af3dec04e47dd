// The end of every proposal form: why (required), the submit button, and what became of it.
import { useLang } from '../i18n/context.ts';
import { ReasonField } from './fields.tsx';
import { ProposalOutcome } from './ProposalOutcome.tsx';
import type { ProposalState } from './useProposal.ts';

export function ProposalFooter(props: {
  reason: string;
  onReason(v: string): void;
  missing: boolean;
  state: ProposalState;
  /** False while the form lacks something the reason cannot stand in for (a citation). */
  ready?: boolean;
}) {
  const { t } = useLang();
  const { state, ready = true } = props;
  return (
    <>
      <ReasonField value={props.reason} onChange={props.onReason} missing={props.missing} />
      <button type="submit" disabled={state.busy || !ready || state.proposed !== null}>
        {t('submitProposal')}
      </button>
      <ProposalOutcome state={state} />
    </>
  );
}
