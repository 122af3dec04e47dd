// The overview: totals, counts by kind, industry, program and year (tables with bars, an
// industry's row linking to its coverage), the coverage of a program or industry, and every
// figure by topic with its sources. The view shows once its data is all in, so nothing on it
// moves while it loads.
import { useRef } from 'react';
import {
  CoverageDocument,
  CoverageScopesDocument,
  OverviewDocument,
  type OverviewQuery,
} from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import { topicLabel } from '../i18n/topics.ts';
import type { Route } from '../route.ts';
import { BarChart } from '../components/BarChart.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { ViewHeading } from '../components/ViewHeading.tsx';
import { CoveragePanel } from './CoveragePanel.tsx';

type OverviewRoute = Extract<Route, { view: 'overview' }>;

export function OverviewView({ route, go }: { route: OverviewRoute; go(r: Route): void }) {
  const { t } = useLang();
  const overview = useQuery(OverviewDocument, {});
  const scopes = useQuery(CoverageScopesDocument, {});
  const coverage = useQuery(CoverageDocument, route.scope ? { of: route.scope } : null);
  const failed = [overview, scopes].find((q) => q.status === 'error');
  // The first answer shows the view whole; later a new scope only reloads the coverage, and the
  // picker keeps the focus.
  const shown = useRef(false);
  shown.current ||=
    overview.status === 'ok' && scopes.status === 'ok' && coverage.status !== 'loading';
  return (
    <section className="view overview" data-testid="overview">
      <ViewHeading title={t('overviewTitle')}>{t('overviewTitle')}</ViewHeading>
      {failed?.status === 'error' && <ErrorNotice error={failed.error} />}
      {shown.current && overview.status === 'ok' && scopes.status === 'ok' ? (
        <>
          <Charts data={overview.data} />
          <CoveragePanel
            scope={route.scope}
            without={route.without}
            scopes={scopes.data}
            coverage={coverage}
            onChange={(scope, without) => go({ view: 'overview', scope, without })}
          />
          <Indicators indicators={overview.data.indicators} />
        </>
      ) : (
        !failed && <Loading />
      )}
    </section>
  );
}

function Charts({ data }: { data: OverviewQuery }) {
  const { t } = useLang();
  return (
    <>
      <p className="totals">
        {t('totals')}: {t('entities')} {data.stats.entities} · {t('relationships')}{' '}
        {data.stats.relationships} · {t('indicators')} {data.stats.indicators} · {t('documents')}{' '}
        {data.stats.sources}
      </p>
      <div className="charts">
        <BarChart title={t('byKind')} bars={data.byKind} linked={false} testId="chart-kind" />
        <BarChart
          title={t('byIndustry')}
          bars={data.byIndustry}
          linked
          coverage
          testId="chart-industry"
        />
        <BarChart title={t('byProgram')} bars={data.byProgram} linked testId="chart-program" />
        <BarChart title={t('byYear')} bars={data.byYear} linked={false} testId="chart-year" />
      </div>
    </>
  );
}

function Indicators({ indicators }: { indicators: OverviewQuery['indicators'] }) {
  const { lang, t } = useLang();
  const topics = [...new Set(indicators.map((i) => i.topic))];
  return (
    <section aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t('indicatorsByTopic')}</h2>
      {topics.map((topic) => (
        <details key={topic} className="topic" open={topics.length <= 3}>
          <summary>
            {topicLabel(topic, lang)} ({indicators.filter((i) => i.topic === topic).length})
          </summary>
          <ul className="indicators">
            {indicators
              .filter((i) => i.topic === topic)
              .map((i) => (
                <li key={i.id}>
                  <strong>{i.display}</strong> {lang === 'en' ? (i.nameEn ?? i.name) : i.name}
                  {(lang === 'en' ? i.periodEn : i.period) && (
                    <span className="period"> · {lang === 'en' ? i.periodEn : i.period}</span>
                  )}
                  <SourceList sources={i.sources} />
                </li>
              ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
