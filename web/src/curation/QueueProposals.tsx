// The review queue's buttons for a curator: a candidate entity "Propose as entity" (its id, kind
// and names checked in a dialog) and a suggested link "Propose link" (its type), each citing the
// document's paragraphs that name it (proposals.ts).
import { useState, type FormEvent } from 'react';
import type { EntityKind, RelationshipType } from '../generated/graphql.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { KIND_NAMES, KINDS } from '../i18n/kinds.ts';
import { relationshipLabel, RELATIONSHIP_TYPES } from '../i18n/relationships.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from './fields.tsx';
import { ProposalFooter } from './ProposalFooter.tsx';
import { proposeCandidate, proposeSuggestedLink } from './proposals.ts';
import { useProposal } from './useProposal.ts';

interface Named {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
}

const idPrefix = (kind: EntityKind): string => `${kind.toLowerCase().replace(/_/g, '-')}:`;

function useEvidenceReason(document: string, paragraphs: readonly number[]): string {
  const { lang, t } = useLang();
  return `${t('candidateEvidence', { paragraphs: paragraphs.join(lang === 'zh' ? '、' : ', ') })} (${document})`;
}

export function ProposeCandidate(props: {
  document: string;
  name: string;
  suggestedKind: EntityKind;
  paragraphs: readonly number[];
}) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="secondary small"
        aria-label={`${t('proposeEntity')}：${props.name}`}
        onClick={() => setOpen(true)}
      >
        {t('proposeEntity')}
      </button>
      {open && <CandidateDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function CandidateDialog(props: {
  document: string;
  name: string;
  suggestedKind: EntityKind;
  paragraphs: readonly number[];
  onClose(): void;
}) {
  const { lang, t } = useLang();
  const [kind, setKind] = useState(props.suggestedKind);
  const [id, setId] = useState(idPrefix(props.suggestedKind));
  const [nameEn, setNameEn] = useState('');
  const [reason, setReason] = useState(useEvidenceReason(props.document, props.paragraphs));
  const [missing, setMissing] = useState(false);
  const state = useProposal();
  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!reason.trim());
    if (!reason.trim()) return;
    void state.send(() =>
      proposeCandidate({
        document: props.document,
        name: props.name,
        id: id.trim(),
        kind,
        nameEn,
        reason,
      }),
    );
  }
  return (
    <Dialog
      title={t('proposeEntityTitle', { name: props.name })}
      onClose={props.onClose}
      testId="candidate-dialog"
    >
      <form className="stacked" onSubmit={submit} noValidate>
        <label htmlFor="candidate-kind">{t('fieldKind')}</label>
        <select
          id="candidate-kind"
          value={kind}
          onChange={(e) => {
            const next = e.target.value as EntityKind;
            if (id === idPrefix(kind)) setId(idPrefix(next));
            setKind(next);
          }}
        >
          {KIND_NAMES.map((k) => (
            <option key={k} value={k}>
              {KINDS[k][lang]}
            </option>
          ))}
        </select>
        <Field label={t('entityId')} value={id} onChange={setId} lang="en" />
        <Field label={t('fieldNameEn')} value={nameEn} onChange={setNameEn} lang="en" />
        <EvidenceHint paragraphs={props.paragraphs} />
        <ProposalFooter reason={reason} onReason={setReason} missing={missing} state={state} />
      </form>
    </Dialog>
  );
}

export function ProposeLink(props: {
  document: string;
  from: Named;
  to: Named;
  corroborates: readonly string[];
  paragraphs: readonly number[];
}) {
  const { lang, t } = useLang();
  const [open, setOpen] = useState(false);
  const pair = `${nameIn(props.from, lang)} — ${nameIn(props.to, lang)}`;
  return (
    <>
      <button
        type="button"
        className="secondary small"
        aria-label={`${t('proposeLink')}：${pair}`}
        onClick={() => setOpen(true)}
      >
        {t('proposeLink')}
      </button>
      {open && <LinkDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function LinkDialog(props: {
  document: string;
  from: Named;
  to: Named;
  corroborates: readonly string[];
  paragraphs: readonly number[];
  onClose(): void;
}) {
  const { lang, t } = useLang();
  const [type, setType] = useState<RelationshipType>(
    (props.corroborates[0] as RelationshipType | undefined) ?? 'COOPERATES_WITH',
  );
  const [reason, setReason] = useState(useEvidenceReason(props.document, props.paragraphs));
  const [missing, setMissing] = useState(false);
  const state = useProposal();
  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!reason.trim());
    if (!reason.trim()) return;
    void state.send(() =>
      proposeSuggestedLink({
        document: props.document,
        from: props.from.id,
        to: props.to.id,
        type,
        reason,
      }),
    );
  }
  return (
    <Dialog
      title={t('proposeLinkTitle', {
        from: nameIn(props.from, lang),
        to: nameIn(props.to, lang),
      })}
      onClose={props.onClose}
      testId="suggested-link-dialog"
    >
      <form className="stacked" onSubmit={submit} noValidate>
        <label htmlFor="suggested-type">{t('fieldType')}</label>
        <select
          id="suggested-type"
          value={type}
          onChange={(e) => setType(e.target.value as RelationshipType)}
        >
          {RELATIONSHIP_TYPES.map((r) => (
            <option key={r} value={r}>
              {relationshipLabel(r, lang)}
            </option>
          ))}
        </select>
        <EvidenceHint paragraphs={props.paragraphs} />
        <ProposalFooter reason={reason} onReason={setReason} missing={missing} state={state} />
      </form>
    </Dialog>
  );
}

/** The paragraphs the proposal will cite: those of the document that print it. */
function EvidenceHint({ paragraphs }: { paragraphs: readonly number[] }) {
  const { lang, t } = useLang();
  return (
    <p className="hint">
      {t('candidateEvidence', { paragraphs: paragraphs.join(lang === 'zh' ? '、' : ', ') })}
    </p>
  );
}
