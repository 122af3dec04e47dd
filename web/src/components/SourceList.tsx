// Where a fact is stated: each source document and paragraph.
import { useLang } from '../i18n/context.ts';

interface Citation {
  paragraph: number;
  document: { id: string; title: string; titleEn: string | null; fileName: string };
}

export function SourceList({ sources }: { sources: Citation[] }) {
  const { lang, t } = useLang();
  // The same paragraph can state several steps of a path: cite it once.
  const unique = [...new Map(sources.map((s) => [`${s.document.id}#${s.paragraph}`, s])).entries()];
  return (
    <ul className="sources">
      {unique.map(([key, s]) => (
        <li key={key}>
          <cite title={s.document.fileName}>
            {lang === 'en' ? (s.document.titleEn ?? s.document.title) : s.document.title}
          </cite>{' '}
          <span className="paragraph">{t('paragraph', { n: s.paragraph })}</span>
        </li>
      ))}
    </ul>
  );
}
