// A horizontal bar chart in plain SVG: one bar per bucket, labelled in the current language.
// A bar for an industry or program links to its page.
import { useLang } from '../i18n/context.ts';
import { entityHref } from '../route.ts';

interface Bar {
  key: string;
  label: string;
  labelEn: string | null;
  count: number;
}

const ROW = 22;
const LABEL = 190;
const WIDTH = 460;

export function BarChart({ title, bars, linked }: { title: string; bars: Bar[]; linked: boolean }) {
  const { lang } = useLang();
  const most = Math.max(1, ...bars.map((b) => b.count));
  const scale = (WIDTH - LABEL - 40) / most;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        {bars.map((bar, i) => {
          const label = lang === 'en' ? (bar.labelEn ?? bar.label) : bar.label;
          const row = (
            <g transform={`translate(0 ${i * ROW})`}>
              <text x={LABEL - 6} y={15} textAnchor="end" className="bar-label">
                {label.length > 16 ? `${label.slice(0, 15)}…` : label}
                <title>{label}</title>
              </text>
              <rect x={LABEL} y={3} height={ROW - 6} width={Math.max(1, bar.count * scale)} />
              <text x={LABEL + bar.count * scale + 4} y={15} className="bar-count">
                {bar.count}
              </text>
            </g>
          );
          return linked ? (
            <a key={bar.key} href={entityHref(bar.key, lang)}>
              {row}
            </a>
          ) : (
            <g key={bar.key}>{row}</g>
          );
        })}
      </svg>
    </figure>
  );
}
