// An id nobody has (a stale or mistyped shared link): say so, and offer a search instead.
import { useLang } from '../i18n/context.ts';
import type { Route } from '../route.ts';
import { SearchBox } from '../components/SearchBox.tsx';

export function NotFound({ id, go }: { id: string; go(r: Route): void }) {
  const { t } = useLang();
  return (
    <section className="view not-found" data-testid="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText', { id })}</p>
      <SearchBox
        q=""
        kinds={[]}
        showKinds={false}
        onSearch={(q) => go({ view: 'search', q, kinds: [] })}
      />
    </section>
  );
}
