// An entity's page: its names and descriptions with their sources, where to go from here (paths
// from it; the coverage of a program or industry), its neighbourhood drawn as a network, and
// every relationship with the paragraphs that state it; a History tab with the changes that wrote
// it; and, for a curator, "Propose a correction" and "Add a link".
import { EntityPageDocument, type EntityPageQuery } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { KINDS } from '../i18n/kinds.ts';
import { coverageHref, pathsFromHref, type Route } from '../route.ts';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { AliasList } from '../components/AliasList.tsx';
import { KindBadge } from '../components/EntityLink.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { ViewHeading } from '../components/ViewHeading.tsx';
import { NotFound } from './NotFound.tsx';
import { NeighborhoodPanel } from './NeighborhoodPanel.tsx';
import { MentionList } from './MentionList.tsx';
import { RelationshipList } from './RelationshipList.tsx';
import { EntityTabs } from './EntityTabs.tsx';
import { EntityProposals } from '../curation/EntityProposals.tsx';
import { HistoryPanel } from '../curation/HistoryPanel.tsx';

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
      <EntityProposals entity={entity} />
      <EntityTabs
        label={entity.name}
        overview={
          <>
            <NeighborhoodPanel route={route} go={go} />
            <RelationshipList entity={entity} />
            <MentionList mentions={entity.mentions} />
          </>
        }
        history={<HistoryPanel id={entity.id} />}
      />
    </article>
  );
}

function EntityHeader({ entity }: { entity: Entity }) {
  const { lang, t } = useLang();
  const name = nameIn(entity, lang);
  const other = lang === 'en' ? entity.name : entity.nameEn;
  const descriptions = [
    { key: 'zh', label: t('descriptionZh'), text: entity.descriptionZh, lang: 'zh-CN' },
    { key: 'en', label: t('descriptionEn'), text: entity.description, lang: 'en' },
  ].filter((d) => d.text);
  if (lang === 'en') descriptions.reverse();
  const [first, ...rest] = descriptions;
  const scoped = entity.kind === 'INDUSTRY' || entity.kind === 'PROGRAM';
  return (
    <header className="entity-header">
      <ViewHeading title={name} testId="entity-name">
        {name}
      </ViewHeading>
      <p className="subtitle">
        {other && (
          <span className="other-name" lang={lang === 'en' ? 'zh-CN' : 'en'}>
            {other}
          </span>
        )}{' '}
        <KindBadge kind={entity.kind} /> <span className="id">{entity.id}</span>
        {entity.year !== null && (
          <span className="year">
            {' '}
            · {t('year')} {entity.year}
          </span>
        )}
      </p>
      {entity.aliasOrigins.length > 0 && <AliasList aliases={entity.aliasOrigins} />}
      <p className="next-steps">
        <a href={pathsFromHref(entity.id, lang)} data-testid="paths-from-here">
          {t('pathsFromHere')}
        </a>
        {scoped && (
          <a href={coverageHref(entity.id, lang)} data-testid="coverage-of-this">
            {t('coverageOfThis', { kind: KINDS[entity.kind][lang] })}
          </a>
        )}
      </p>
      {first && (
        <p className="description" lang={first.lang}>
          {first.text}
        </p>
      )}
      {rest.map((d) => (
        <details key={d.key} className="description-other">
          <summary>{d.label}</summary>
          <p lang={d.lang}>{d.text}</p>
        </details>
      ))}
      <h2>{t('entitySources')}</h2>
      <SourceList sources={entity.sources} />
    </header>
  );
}
