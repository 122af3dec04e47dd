// A paragraph's text with each mention a link to the entity it names (the link's title gives the
// entity's name in the current language, for a short form such as 武科大).
import type { EntityKind } from '../generated/graphql.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { entityHref } from '../route.ts';

interface Mention {
  start: number;
  end: number;
  entity: { id: string; kind: EntityKind; name: string; nameEn: string | null };
}

export function LinkedText({ text, mentions }: { text: string; mentions: readonly Mention[] }) {
  const { lang } = useLang();
  const parts: React.ReactNode[] = [];
  let at = 0;
  // Longest first where two start together: a name nested in a longer one (宁波 in 宁波工程学院)
  // is left inside the longer name's link, as is a name several entities share but the first.
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <a
        key={m.start}
        className="mention"
        href={entityHref(m.entity.id, lang)}
        title={nameIn(m.entity, lang)}
      >
        {text.slice(m.start, m.end)}
      </a>,
    );
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
