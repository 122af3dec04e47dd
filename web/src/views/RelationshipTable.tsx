// Every stated relationship of an entity, read from its side, each with how far along it is and
// its source paragraphs.
import type { EntityPageQuery } from '../generated/graphql.ts';
import { useLang } from '../i18n/context.ts';
import { relationshipLabel, statusLabel } from '../i18n/relationships.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { SourceList } from '../components/SourceList.tsx';

type Relationship = NonNullable<EntityPageQuery['entity']>['relationships'][number];

export function RelationshipTable(props: { entityId: string; relationships: Relationship[] }) {
  const { lang, t } = useLang();
  return (
    <section>
      <h2>
        {t('relationships')} ({props.relationships.length})
      </h2>
      <table className="relationships" data-testid="relationships">
        <thead>
          <tr>
            <th>{t('relationshipType')}</th>
            <th>{t('status')}</th>
            <th>{t('otherEnd')}</th>
            <th>{t('role')}</th>
            <th>{t('since')}</th>
            <th>{t('program')}</th>
            <th>{t('sources')}</th>
          </tr>
        </thead>
        <tbody>
          {props.relationships.map((r) => {
            const outgoing = r.from.id === props.entityId;
            const other = outgoing ? r.to : r.from;
            return (
              <tr key={r.id}>
                <td>
                  {outgoing ? '→ ' : '← '}
                  {relationshipLabel(r.type, lang)}
                </td>
                <td className={`status ${r.status.toLowerCase()}`}>
                  {statusLabel(r.status, lang)}
                </td>
                <td>
                  <EntityLink entity={other} />
                </td>
                <td>{lang === 'en' ? (r.roleEn ?? r.role) : r.role}</td>
                <td>{r.since}</td>
                <td>{r.program && <EntityLink entity={r.program} />}</td>
                <td>
                  <SourceList sources={r.sources} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
