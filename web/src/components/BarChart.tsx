// A bar chart as a table: each row's name (a link for an industry or program, with a link to its
// coverage where asked), its count as text, and a bar drawn beside it. Screen readers read a
// table with its numbers; the bars are for the eye only.
import { useLang } from '../i18n/context.ts';
import { coverageHref, entityHref } from '../route.ts';

interface Bar {
  key: string;
  label: string;
  labelEn: string | null;
  count: number;
}

interface Props {
  title: string;
  bars: Bar[];
  /** Rows link to the industry's or program's page. */
  linked: boolean;
  /** Rows also link to the coverage of their industry or program. */
  coverage?: boolean;
  testId?: string;
}

export function BarChart({ title, bars, linked, coverage, testId }: Props) {
  const { lang, t } = useLang();
  const most = Math.max(1, ...bars.map((b) => b.count));
  return (
    <table className="chart" data-testid={testId}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('count')}</th>
          {coverage && (
            <th scope="col">
              <span className="visually-hidden">{t('coverageLink')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => {
          const label = lang === 'en' ? (bar.labelEn ?? bar.label) : bar.label;
          return (
            <tr key={bar.key}>
              <th scope="row">
                {linked ? <a href={entityHref(bar.key, lang)}>{label}</a> : label}
              </th>
              <td className="bar-cell">
                <span className="count">{bar.count}</span>
                <span
                  className="bar"
                  aria-hidden="true"
                  style={{ width: `${(bar.count / most) * 100}%` }}
                />
              </td>
              {coverage && (
                <td>
                  <a
                    href={coverageHref(bar.key, lang)}
                    aria-label={`${t('coverageLink')}: ${label}`}
                  >
                    {t('coverageLink')}
                  </a>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
