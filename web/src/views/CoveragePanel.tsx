// Coverage of one program or industry: how many of its enterprises have a talent, a project and
// a university link, each counted apart, and which enterprises lack the link the reader asks
// about ("which have no talent link"). Only programs and industries with enterprises are offered.
import type { CoverageQuery, CoverageScopesQuery } from '../generated/graphql.ts';
import type { QueryState } from '../api/useQuery.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { formatPlace, type CoverageGap } from '../route.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';

type Coverage = CoverageQuery['coverage'];
type Links = Coverage['covered'][number];

interface Props {
  scope: string;
  without: CoverageGap;
  scopes: CoverageScopesQuery;
  coverage: QueryState<CoverageQuery>;
  onChange(scope: string, without: CoverageGap): void;
}

const GAPS = [
  { gap: 'talent', count: 'withTalent', list: 'talents', word: 'withTalent' },
  { gap: 'project', count: 'withProject', list: 'projects', word: 'withProject' },
  { gap: 'university', count: 'withUniversity', list: 'universities', word: 'withUniversity' },
] as const;

export function CoveragePanel({ scope, without, scopes, coverage, onChange }: Props) {
  const { lang, t } = useLang();
  const option = (b: CoverageScopesQuery['industries'][number]) => (
    <option key={b.key} value={b.key}>
      {lang === 'en' ? (b.labelEn ?? b.label) : b.label} ({t('coverageEnterprises', { n: b.count })}
      )
    </option>
  );
  return (
    <section className="coverage" data-testid="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('coverageTitle')}</h2>
      <div className="coverage-controls">
        <label>
          {t('coveragePick')}{' '}
          <select
            value={scope}
            onChange={(e) => onChange(e.target.value, without)}
            data-testid="coverage-scope"
          >
            <option value="">{t('coverageNone')}</option>
            <optgroup label={t('industries')}>{scopes.industries.map(option)}</optgroup>
            <optgroup label={t('programs')}>{scopes.programs.map(option)}</optgroup>
          </select>
        </label>
        {scope && (
          <label>
            {t('coverageFilter')}{' '}
            <select
              value={without}
              onChange={(e) => onChange(scope, e.target.value as CoverageGap)}
              data-testid="coverage-without"
            >
              <option value="">{t('coverageAll')}</option>
              {GAPS.map((g) => (
                <option key={g.gap} value={g.gap}>
                  {t('coverageWithout', { what: t(g.word) })}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {coverage.status === 'loading' && <Loading />}
      {coverage.status === 'error' && <ErrorNotice error={coverage.error} />}
      {coverage.status === 'ok' && (
        <CoverageResult coverage={coverage.data.coverage} without={without} lang={lang} />
      )}
    </section>
  );
}

function CoverageResult({
  coverage,
  without,
  lang,
}: {
  coverage: Coverage;
  without: CoverageGap;
  lang: 'zh' | 'en';
}) {
  const { t } = useLang();
  const total = coverage.enterprises;
  const share = (n: number): string => `${total ? Math.round((n / total) * 100) : 0}%`;
  const gap = GAPS.find((g) => g.gap === without);
  const all = [
    ...coverage.covered,
    ...coverage.uncovered.map((enterprise): Links => ({
      enterprise,
      talents: [],
      projects: [],
      universities: [],
    })),
  ].sort((a, b) =>
    nameIn(a.enterprise, lang).localeCompare(
      nameIn(b.enterprise, lang),
      lang === 'en' ? 'en' : 'zh-CN',
    ),
  );
  const lacking = gap ? all.filter((row) => row[gap.list].length === 0) : [];
  return (
    <div>
      <p data-testid="coverage-share">
        {t('coverageShare', {
          covered: coverage.covered.length,
          total,
          share: share(coverage.covered.length),
        })}
      </p>
      <table className="coverage-counts" data-testid="coverage-counts">
        <caption className="visually-hidden">{t('coverageTitle')}</caption>
        <tbody>
          {GAPS.map((g) => (
            <tr key={g.gap}>
              <th scope="row">{t(g.word)}</th>
              <td>
                {coverage[g.count]}/{total}
              </td>
              <td className="bar-cell" aria-hidden="true">
                <span className="bar" style={{ width: share(coverage[g.count]) }} />
              </td>
              <td>
                <a
                  href={formatPlace({
                    lang,
                    route: { view: 'overview', scope: coverage.scope.id, without: g.gap },
                  })}
                  data-testid={`without-${g.gap}`}
                >
                  {t('coverageWithoutCount', { what: t(g.word), n: total - coverage[g.count] })}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {gap ? (
        <>
          <h3>
            {t('coverageWithout', { what: t(gap.word) })} ({lacking.length})
          </h3>
          <ul className="coverage-list" data-testid="coverage-lacking">
            {lacking.map((row) => (
              <li key={row.enterprise.id}>
                <EntityLink entity={row.enterprise} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="columns">
          <div>
            <h3>
              {t('covered')} ({coverage.covered.length})
            </h3>
            <ul className="coverage-list">
              {coverage.covered.map((c) => (
                <li key={c.enterprise.id}>
                  <EntityLink entity={c.enterprise} />
                  <LinkList label={t('talents')} list={c.talents} />
                  <LinkList label={t('projects')} list={c.projects} />
                  <LinkList label={t('universities')} list={c.universities} />
                </li>
              ))}
            </ul>
          </div>
          <div data-testid="coverage-uncovered">
            <h3>
              {t('uncovered')} ({coverage.uncovered.length})
            </h3>
            <ul className="coverage-list">
              {coverage.uncovered.map((e) => (
                <li key={e.id}>
                  <EntityLink entity={e} />
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}

function LinkList({ label, list }: { label: string; list: Links['talents'] }) {
  if (list.length === 0) return null;
  return (
    <div className="links">
      {label}:{' '}
      {list.map((e) => (
        <EntityLink key={e.id} entity={e} />
      ))}
    </div>
  );
}
