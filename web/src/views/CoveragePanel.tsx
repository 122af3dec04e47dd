// Coverage of one program or industry: which of its enterprises have a talent, project or
// university link, which have none, and the share.
import {
  CoverageDocument,
  CoverageScopesDocument,
  type CoverageQuery,
} from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';

export function CoveragePanel({ scope, onScope }: { scope: string; onScope(id: string): void }) {
  const { lang, t } = useLang();
  const scopes = useQuery(CoverageScopesDocument, {});
  const coverage = useQuery(CoverageDocument, scope ? { of: scope } : null);
  return (
    <section className="coverage" data-testid="coverage">
      <h2>{t('coverageTitle')}</h2>
      <label>
        {t('coveragePick')}{' '}
        <select
          value={scope}
          onChange={(e) => onScope(e.target.value)}
          data-testid="coverage-scope"
        >
          <option value="">{t('coverageNone')}</option>
          {scopes.status === 'ok' && (
            <>
              <optgroup label={t('industries')}>
                {scopes.data.industries.nodes.map((e) => (
                  <option key={e.id} value={e.id}>
                    {nameIn(e, lang)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('programs')}>
                {scopes.data.programs.nodes.map((e) => (
                  <option key={e.id} value={e.id}>
                    {nameIn(e, lang)}
                  </option>
                ))}
              </optgroup>
            </>
          )}
        </select>
      </label>
      {scopes.status === 'error' && <ErrorNotice error={scopes.error} />}
      {coverage.status === 'loading' && <Loading />}
      {coverage.status === 'error' && <ErrorNotice error={coverage.error} />}
      {coverage.status === 'ok' && <CoverageResult coverage={coverage.data.coverage} />}
    </section>
  );
}

function CoverageResult({ coverage }: { coverage: CoverageQuery['coverage'] }) {
  const { t } = useLang();
  const share = `${Math.round(coverage.share * 100)}%`;
  return (
    <div>
      <p data-testid="coverage-share">
        {t('coverageShare', {
          covered: coverage.covered.length,
          total: coverage.enterprises,
          share,
        })}
      </p>
      <meter min={0} max={1} value={coverage.share} />
      <div className="columns">
        <div>
          <h3>
            {t('covered')} ({coverage.covered.length})
          </h3>
          <ul>
            {coverage.covered.map((c) => (
              <li key={c.enterprise.id}>
                <EntityLink entity={c.enterprise} />
                <Links label={t('talents')} list={c.talents} />
                <Links label={t('projects')} list={c.projects} />
                <Links label={t('universities')} list={c.universities} />
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>
            {t('uncovered')} ({coverage.uncovered.length})
          </h3>
          <ul>
            {coverage.uncovered.map((e) => (
              <li key={e.id}>
                <EntityLink entity={e} />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function Links({
  label,
  list,
}: {
  label: string;
  list: Parameters<typeof EntityLink>[0]['entity'][];
}) {
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
