// "Propose a correction" and "Add a link" on an entity's page. A correction edits the version the
// page shows and states the whole record (an update clears what it leaves out), so the form starts
// from the entity as shown: its names, descriptions, aliases with their origins and its sources,
// with the paragraph cited for the correction added. Both go to the review queue, never the graph.
import { useState, type FormEvent } from 'react';
import {
  ProposeChangeDocument,
  type EntityPageQuery,
  type OperationInput,
  type RelationshipType,
} from '../generated/graphql.ts';
import { request } from '../api/request.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { relationshipLabel, RELATIONSHIP_TYPES } from '../i18n/relationships.ts';
import { Dialog } from '../components/Dialog.tsx';
import { EntityPicker } from '../components/EntityPicker.tsx';
import { CitationPicker, citedDocuments, type Citation } from './CitationPicker.tsx';
import { mayAct, usePrincipal } from './principal.ts';
import { ProposalFooter } from './ProposalFooter.tsx';
import { useProposal } from './useProposal.ts';
import { Field } from './fields.tsx';

type Entity = NonNullable<EntityPageQuery['entity']>;

export function EntityProposals({ entity }: { entity: Entity }) {
  const { t } = useLang();
  const allowed = mayAct(usePrincipal(), 'curator');
  const [open, setOpen] = useState<'correction' | 'link' | null>(null);
  return (
    <div className="curation-tools" data-testid="curation-tools">
      <button
        type="button"
        className="secondary"
        disabled={!allowed}
        aria-describedby={allowed ? undefined : 'needs-curator'}
        onClick={() => setOpen('correction')}
      >
        {t('proposeCorrection')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={!allowed}
        aria-describedby={allowed ? undefined : 'needs-curator'}
        onClick={() => setOpen('link')}
      >
        {t('addLink')}
      </button>
      {!allowed && (
        <p className="hint" id="needs-curator">
          {t('needsCurator')}
        </p>
      )}
      {open === 'correction' && <CorrectionDialog entity={entity} onClose={() => setOpen(null)} />}
      {open === 'link' && <LinkDialog entity={entity} onClose={() => setOpen(null)} />}
    </div>
  );
}

const firstCitation = (entity: Entity): Citation | null => {
  const [doc] = citedDocuments(entity.sources);
  return doc ? { source: doc.id, paragraph: doc.paragraphs[0] ?? 1 } : null;
};

const cited = (s: { paragraph: number; document: { id: string } }): Citation => ({
  source: s.document.id,
  paragraph: s.paragraph,
});

/** The entity as an update operation: the whole record at the page's version, as edited. */
function correction(
  entity: Entity,
  edited: { name: string; nameEn: string; descriptionZh: string; description: string },
  citation: Citation,
): OperationInput {
  const sources = entity.sources.map(cited);
  if (!sources.some((s) => s.source === citation.source && s.paragraph === citation.paragraph))
    sources.push(citation);
  const orNull = (s: string): string | null => s.trim() || null;
  return {
    entity: {
      id: entity.id,
      kind: entity.kind,
      version: entity.version,
      name: edited.name.trim(),
      nameEn: orNull(edited.nameEn),
      description: orNull(edited.description),
      descriptionZh: orNull(edited.descriptionZh),
      year: entity.year,
      aliases: entity.aliasOrigins.map((a) =>
        a.source ? { name: a.name, source: cited(a.source) } : { name: a.name, reason: a.reason },
      ),
      sources,
    },
  };
}

function CorrectionDialog({ entity, onClose }: { entity: Entity; onClose(): void }) {
  const { lang, t } = useLang();
  const [fields, setFields] = useState({
    name: entity.name,
    nameEn: entity.nameEn ?? '',
    descriptionZh: entity.descriptionZh ?? '',
    description: entity.description ?? '',
  });
  const [citation, setCitation] = useState(firstCitation(entity));
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const state = useProposal();
  const set = (key: keyof typeof fields) => (v: string) => setFields({ ...fields, [key]: v });
  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!reason.trim());
    if (!reason.trim() || !citation) return;
    void state.send(async () => {
      const input = { reason: reason.trim(), operations: [correction(entity, fields, citation)] };
      return (await request(ProposeChangeDocument, { input })).proposeChange;
    });
  }
  return (
    <Dialog
      title={t('proposeCorrectionTitle', { name: nameIn(entity, lang) })}
      onClose={onClose}
      testId="correction-dialog"
    >
      <form className="stacked" onSubmit={submit} noValidate>
        <p className="hint">{t('proposeCorrectionHint', { version: entity.version })}</p>
        <Field label={t('fieldName')} value={fields.name} onChange={set('name')} lang="zh-CN" />
        <Field label={t('fieldNameEn')} value={fields.nameEn} onChange={set('nameEn')} lang="en" />
        <Field
          label={t('fieldDescriptionZh')}
          value={fields.descriptionZh}
          onChange={set('descriptionZh')}
          lang="zh-CN"
          multiline
        />
        <Field
          label={t('fieldDescription')}
          value={fields.description}
          onChange={set('description')}
          lang="en"
          multiline
        />
        <CitationPicker
          documents={citedDocuments(entity.sources)}
          value={citation}
          onChange={setCitation}
        />
        <ProposalFooter
          reason={reason}
          onReason={setReason}
          missing={missing}
          state={state}
          ready={!!citation}
        />
      </form>
    </Dialog>
  );
}

function LinkDialog({ entity, onClose }: { entity: Entity; onClose(): void }) {
  const { lang, t } = useLang();
  const name = nameIn(entity, lang);
  const [type, setType] = useState<RelationshipType>('COOPERATES_WITH');
  const [outgoing, setOutgoing] = useState(true);
  const [other, setOther] = useState({ id: '', error: null as string | null });
  const [citation, setCitation] = useState(firstCitation(entity));
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const state = useProposal();
  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!reason.trim());
    if (!other.id) setOther({ id: '', error: t('pickerEmpty', { label: t('linkOther') }) });
    if (!reason.trim() || !other.id || !citation) return;
    const [from, to] = outgoing ? [entity.id, other.id] : [other.id, entity.id];
    void state.send(async () => {
      const operations = [{ relationship: { type, from, to, sources: [citation] } }];
      const input = { reason: reason.trim(), operations };
      return (await request(ProposeChangeDocument, { input })).proposeChange;
    });
  }
  return (
    <Dialog title={t('addLinkTitle', { name })} onClose={onClose} testId="link-dialog">
      <form className="stacked" onSubmit={submit} noValidate>
        <label htmlFor="link-type">{t('fieldType')}</label>
        <select
          id="link-type"
          value={type}
          onChange={(e) => setType(e.target.value as RelationshipType)}
        >
          {RELATIONSHIP_TYPES.map((r) => (
            <option key={r} value={r}>
              {relationshipLabel(r, lang)}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{t('linkDirection')}</legend>
          {[true, false].map((out) => (
            <label key={String(out)} className="choice">
              <input
                type="radio"
                name="link-direction"
                checked={outgoing === out}
                onChange={() => setOutgoing(out)}
              />{' '}
              {t(out ? 'linkOutgoing' : 'linkIncoming', { name })}
            </label>
          ))}
        </fieldset>
        <EntityPicker
          label={t('linkOther')}
          value={other.id}
          placed=""
          onPick={(id) => setOther({ id, error: null })}
          onType={() => setOther({ id: '', error: null })}
          error={other.error}
          testId="link-other"
        />
        <CitationPicker
          documents={citedDocuments(entity.sources)}
          value={citation}
          onChange={setCitation}
        />
        <ProposalFooter
          reason={reason}
          onReason={setReason}
          missing={missing}
          state={state}
          ready={!!citation}
        />
      </form>
    </Dialog>
  );
}
