// Every stated relationship of an entity, grouped by type (in the reader's language, most
// frequent first) and each read as the source states it, subject first: "武汉科技大学 结对
// 浙江瑞堂", or "机械工程学院 隶属于 武汉科技大学". One card per relationship, so it reads as well on
// a phone as on a desktop; each with how far along it is (in place, planned, promoted, being
// explored), its role, year, program and source paragraphs.
import type { EntityPageQuery } from '../generated/graphql.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { relationshipLabel, statusLabel } from '../i18n/relationships.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { SourceList } from '../components/SourceList.tsx';

type Entity = NonNullable<EntityPageQuery['entity']>;
type Relationship = Entity['relationships'][number];

export function RelationshipList({ entity }: { entity: Entity }) {
  const { lang, t } = useLang();
  const byType = new Map<string, Relationship[]>();
  for (const r of entity.relationships) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN');
  const types = [...byType.keys()].sort(
    (a, b) =>
      (byType.get(b)?.length ?? 0) - (byType.get(a)?.length ?? 0) ||
      collator.compare(relationshipLabel(a, lang), relationshipLabel(b, lang)),
  );
  const self = <strong className="self">{nameIn(entity, lang)}</strong>;
  return (
    <section className="relationships" aria-labelledby="relationships-heading">
      <h2 id="relationships-heading">
        {t('relationships')} ({entity.relationships.length})
      </h2>
      <p className="hint">{t('relationshipsHint')}</p>
      <div data-testid="relationships">
        {types.map((type) => {
          const list = byType.get(type) ?? [];
          return (
            <section key={type} className="relationship-type">
              <h3>
                {relationshipLabel(type, lang)} ({list.length})
              </h3>
              <ul className="cards">
                {list.map((r) => {
                  const outgoing = r.from.id === entity.id;
                  const other = <EntityLink entity={outgoing ? r.to : r.from} />;
                  const role = lang === 'en' ? (r.roleEn ?? r.role) : r.role;
                  return (
                    <li key={r.id} className="card" data-testid="relationship">
                      <p className="statement">
                        {outgoing ? self : other}{' '}
                        <span className="verb">{relationshipLabel(r.type, lang)}</span>{' '}
                        {outgoing ? other : self}
                      </p>
                      <p className="facts">
                        <span className={`status ${r.status.toLowerCase()}`}>
                          {t('status')}: {statusLabel(r.status, lang)}
                        </span>
                        {role && (
                          <span>
                            {t('role')}: {role}
                          </span>
                        )}
                        {r.since !== null && (
                          <span>{t('relationshipSince', { year: r.since })}</span>
                        )}
                        {r.program && (
                          <span>
                            {t('program')}: <EntityLink entity={r.program} />
                          </span>
                        )}
                      </p>
                      <SourceList sources={r.sources} />
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
