// A link to an entity's page, named in the current language, with its kind's colour.
import type { EntityKind } from '../generated/graphql.ts';
import { KINDS } from '../i18n/kinds.ts';
import { nameIn, useLang } from '../i18n/context.ts';
import { entityHref } from '../route.ts';

interface Named {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
}

export function EntityLink({ entity }: { entity: Named }) {
  const { lang } = useLang();
  return (
    <a className="entity-link" href={entityHref(entity.id, lang)} title={entity.id}>
      <i style={{ background: KINDS[entity.kind]?.colour }} />
      {nameIn(entity, lang)}
    </a>
  );
}

export function KindBadge({ kind }: { kind: EntityKind }) {
  const { lang } = useLang();
  return (
    <span className="kind" style={{ borderColor: KINDS[kind]?.colour }}>
      {KINDS[kind]?.[lang] ?? kind}
    </span>
  );
}
