// The overview: totals, counts by kind, industry, program and year, every figure by topic with
// its sources, and the coverage of a program or industry.
import { OverviewDocument, type OverviewQuery } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { useLang } from '../i18n/context.ts';
import { topicLabel } from '../i18n/topics.ts';
import type { Route } from '../route.ts';
import { BarChart } from '../components/BarChart.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { CoveragePanel } from './CoveragePanel.tsx';

type OverviewRoute = Extract<Route, { view: 'overview' }>;

export function OverviewView({ route, go }: { route: OverviewRoute; go(r: Route): void }) {
  const { t } = useLang();
  const overview = useQuery(OverviewDocument, {});
  return (
    <section className="view overview" data-testid="overview">
      <h1>{t('overviewTitle')}</h1>
      {overview.status === 'loading' && <Loading />}
      {overview.status === 'error' && <ErrorNotice error={overview.error} />}
      {overview.status === 'ok' && <Charts data={overview.data} />}
      <CoveragePanel scope={route.scope} onScope={(scope) => go({ view: 'overview', scope })} />
      {overview.status === 'ok' && <Indicators indicators={overview.data.indicators} />}
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
        <BarChart title={t('byKind')} bars={data.byKind} linked={false} />
        <BarChart title={t('byIndustry')} bars={data.byIndustry} linked />
        <BarChart title={t('byProgram')} bars={data.byProgram} linked />
        <BarChart title={t('byYear')} bars={data.byYear} linked={false} />
      </div>
    </>
  );
}

function Indicators({ indicators }: { indicators: OverviewQuery['indicators'] }) {
  const { lang, t } = useLang();
  const topics = [...new Set(indicators.map((i) => i.topic))];
  return (
    <section>
      <h2>{t('indicatorsByTopic')}</h2>
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
