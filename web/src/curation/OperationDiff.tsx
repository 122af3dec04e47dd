// One operation of a change as a reviewer reads it: an entity update field by field (what the
// graph holds now beside what is proposed, changed rows marked), an added entity with every field
// new, a relationship or a retraction read subject first with its ends' names, and below each the
// text of the paragraphs it cites.
import {
  EntityNowDocument,
  LinkEndsDocument,
  type ChangeDetailFragment,
  type EntityKind,
  type RelationshipType,
} from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang, type Translate } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { KINDS } from '../i18n/kinds.ts';
import { relationshipLabel, statusLabel } from '../i18n/relationships.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import type { Lang } from '../route.ts';

type Operation = ChangeDetailFragment['operations'][number];
type Record_ = Record<string, unknown>;

const shown = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '';
  if (Array.isArray(v))
    return v
      .map((x: unknown) => (typeof x === 'object' && x ? String((x as Record_).name) : String(x)))
      .join('、');
  return String(v);
};

const ENTITY_FIELDS: [string, MessageKey][] = [
  ['name', 'fieldName'],
  ['nameEn', 'fieldNameEn'],
  ['kind', 'fieldKind'],
  ['aliases', 'fieldAliases'],
  ['descriptionZh', 'fieldDescriptionZh'],
  ['description', 'fieldDescription'],
  ['year', 'fieldYear'],
];

function value(field: string, v: unknown, lang: Lang): string {
  if (field === 'kind' && typeof v === 'string') return KINDS[v as EntityKind]?.[lang] ?? v;
  return shown(v);
}

export function OperationDiff({ op }: { op: Operation }) {
  const { t } = useLang();
  const record = JSON.parse(op.record) as Record_;
  return (
    <li className="operation" data-testid="operation">
      {op.kind === 'ENTITY' ? (
        <EntityDiff record={record} />
      ) : (
        <LinkOperation record={record} retract={op.kind === 'RETRACT'} />
      )}
      {op.kind !== 'RETRACT' && (
        <section className="operation-evidence" data-testid="evidence">
          <h4>{t('evidence')}</h4>
          {op.evidence.length ? (
            <SourceList sources={op.evidence} open />
          ) : (
            <p>{t('evidenceNone')}</p>
          )}
        </section>
      )}
    </li>
  );
}

function EntityDiff({ record }: { record: Record_ }) {
  const { lang, t } = useLang();
  const id = String(record.id);
  const now = useQuery(EntityNowDocument, { id });
  const isUpdate = typeof record.version === 'number';
  // The diff waits for the entity as it is now: a row compared with nothing would read as a change.
  if (now.status === 'error') return <ErrorNotice error={now.error} />;
  if (now.status !== 'ok') return <Loading />;
  const current = now.data.entity;
  return (
    <>
      <h4>
        {isUpdate
          ? t('opUpdateEntity', { id, version: String(record.version) })
          : t('opAddEntity', { id })}
      </h4>
      <div className="table-scroll" role="region" aria-label={id} tabIndex={0}>
        <table className="diff" data-testid="diff">
          <thead>
            <tr>
              <th scope="col">{t('diffField')}</th>
              {isUpdate && <th scope="col">{t('diffCurrent')}</th>}
              <th scope="col">{t('diffProposed')}</th>
            </tr>
          </thead>
          <tbody>
            {ENTITY_FIELDS.map(([field, label]) => {
              const before = current ? value(field, (current as Record_)[field], lang) : '';
              const after = value(field, record[field], lang);
              const state = !isUpdate ? 'new' : before === after ? 'unchanged' : 'changed';
              if (!isUpdate && after === '') return null;
              return (
                <tr key={field} className={`diff-${state}`} data-field={field}>
                  <th scope="row">
                    {t(label)}
                    {state !== 'unchanged' && (
                      <span className="diff-mark">
                        {' '}
                        ({t(state === 'new' ? 'diffNew' : 'diffChanged')})
                      </span>
                    )}
                  </th>
                  {isUpdate && (
                    <td className="diff-before">
                      {state === 'changed' ? <del>{before || t('diffEmpty')}</del> : before}
                    </td>
                  )}
                  <td className="diff-after">
                    {state === 'changed' ? <ins>{after || t('diffEmpty')}</ins> : after}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function LinkOperation({ record, retract }: { record: Record_; retract: boolean }) {
  const { lang, t } = useLang();
  const ends = useQuery(LinkEndsDocument, { from: String(record.from), to: String(record.to) });
  const type = record.type as RelationshipType;
  const end = (which: 'from' | 'to') => {
    const e = ends.status === 'ok' ? ends.data[which] : null;
    return e ? <EntityLink entity={e} /> : <span className="id">{String(record[which])}</span>;
  };
  const details = linkDetails(record, t, lang);
  return (
    <>
      <h4>{t(retract ? 'opRetract' : 'opAddLink')}</h4>
      <p className={`pair${retract ? ' retracted' : ''}`} data-testid="link-operation">
        {end('from')} <span className="type">{relationshipLabel(type, lang)}</span> {end('to')}
      </p>
      {!retract && details.length > 0 && (
        <dl className="link-details">
          {details.map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

function linkDetails(record: Record_, t: Translate, lang: Lang): [string, string][] {
  const out: [string, string][] = [];
  if (record.status) out.push([t('fieldStatus'), statusLabel(String(record.status), lang)]);
  if (record.since) out.push([t('fieldSince'), String(record.since)]);
  if (record.role) out.push([t('fieldRole'), String(record.role)]);
  return out;
}
