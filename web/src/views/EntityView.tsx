// An entity's page: its names and descriptions with their sources, its neighbourhood drawn as
// a network, and every relationship with the paragraphs that state it.
import { EntityPageDocument, type EntityPageQuery } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import type { Route } from '../route.ts';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { KindBadge } from '../components/EntityLink.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { NotFound } from './NotFound.tsx';
import { NeighborhoodPanel } from './NeighborhoodPanel.tsx';
import { RelationshipTable } from './RelationshipTable.tsx';

type EntityRoute = Extract<Route, { view: 'entity' }>;
type Entity = NonNullable<EntityPageQuery['entity']>;

export function EntityView({ route, go }: { route: EntityRoute; go(r: Route): void }) {
  const page = useQuery(EntityPageDocument, { id: route.id });
  if (page.status === 'loading' || page.status === 'idle') return <Loading />;
  if (page.status === 'error') return <ErrorNotice error={page.error} />;
  const { entity } = page.data;
  if (!entity) return <NotFound id={route.id} go={go} />;
  return (
    <article className="view entity" data-testid="entity-page">
      <EntityHeader entity={entity} />
      <NeighborhoodPanel route={route} go={go} />
      <RelationshipTable entityId={entity.id} relationships={entity.relationships} />
    </article>
  );
}

function EntityHeader({ entity }: { entity: Entity }) {
  const { lang, t } = useLang();
  const other = lang === 'en' ? entity.name : entity.nameEn;
  const descriptions = [
    { key: 'zh', label: t('descriptionZh'), text: entity.descriptionZh },
    { key: 'en', label: t('descriptionEn'), text: entity.description },
  ];
  if (lang === 'en') descriptions.reverse();
  return (
    <header className="entity-header">
      <h1 data-testid="entity-name">{nameIn(entity, lang)}</h1>
      <p className="subtitle">
        {other && <span className="other-name">{other}</span>} <KindBadge kind={entity.kind} />{' '}
        <span className="id">{entity.id}</span>
        {entity.year !== null && (
          <span className="year">
            {' '}
            · {t('year')} {entity.year}
          </span>
        )}
      </p>
      {entity.aliasOrigins.length > 0 && <Aliases aliases={entity.aliasOrigins} />}
      <dl className="descriptions">
        {descriptions
          .filter((d) => d.text)
          .map((d) => (
            <div key={d.key}>
              <dt>{d.label}</dt>
              <dd>{d.text}</dd>
            </div>
          ))}
      </dl>
      <h2>{t('entitySources')}</h2>
      <SourceList sources={entity.sources} />
    </header>
  );
}

/** Each alias with where it comes from: the paragraph that prints it, or the curators' reason. */
function Aliases({ aliases }: { aliases: Entity['aliasOrigins'] }) {
  const { lang, t } = useLang();
  return (
    <p className="aliases" data-testid="aliases">
      {t('aliases')}:{' '}
      {aliases.map((a, i) => (
        <span key={a.name} className={a.origin === 'SOURCE' ? 'alias printed' : 'alias curators'}>
          {i > 0 && '、'}
          {a.name}
          <small>
            {' ('}
            {a.source ? (
              <>
                {t('aliasPrinted')}{' '}
                <cite
                  title={
                    lang === 'en'
                      ? (a.source.document.titleEn ?? a.source.document.title)
                      : a.source.document.title
                  }
                >
                  {t('paragraph', { n: a.source.paragraph })}
                </cite>
              </>
            ) : (
              t('aliasCurators', { reason: a.reason ?? '' })
            )}
            {')'}
          </small>
        </span>
      ))}
    </p>
  );
}
