// Which colour is which kind, for the kinds the drawing shows.
import { KINDS, KIND_NAMES } from '../i18n/kinds.ts';
import { useLang } from '../i18n/context.ts';

export function KindLegend({ kinds }: { kinds: string[] }) {
  const { lang, t } = useLang();
  const shown = KIND_NAMES.filter((k) => kinds.includes(k));
  return (
    <figcaption className="legend" aria-label={t('legend')}>
      {shown.map((kind) => (
        <span key={kind}>
          <i style={{ background: KINDS[kind].colour }} />
          {KINDS[kind][lang]}
        </span>
      ))}
    </figcaption>
  );
}
