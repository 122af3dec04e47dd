// What a path may follow, chosen in words: the kinds of link (by default the ones that say
// "through whom": collaboration, taking part, affiliation), how far along each link must be, and
// whether a path may pass through regions and industries. And how the choices reach the URL
// and the API: a choice equal to the API's default is left out, so the default applies.
import type {
  CollaborationPathsQueryVariables,
  RelationshipCategory,
  RelationshipStatus,
} from '../generated/graphql.ts';
import { useLang } from '../i18n/context.ts';
import { KIND_NAMES } from '../i18n/kinds.ts';
import { CATEGORIES, STATUSES, categoryLabel, statusLabel } from '../i18n/relationships.ts';
import { Choices } from '../components/Choices.tsx';
import type { Route } from '../route.ts';

export type PathsRoute = Extract<Route, { view: 'paths' }>;

/** What the API follows when no category is chosen (schema/paths.graphql). */
export const DEFAULT_CATEGORIES: RelationshipCategory[] = [
  'COLLABORATION',
  'PARTICIPATION',
  'AFFILIATION',
];

/** The query's arguments for a route: defaults left out, so the API's own apply. */
export function argumentsOf(route: PathsRoute): Omit<CollaborationPathsQueryVariables, 'first'> {
  return {
    from: route.from,
    to: route.to,
    maxHops: route.hops,
    ...(route.categories.length ? { categories: route.categories } : {}),
    ...(route.statuses.length ? { statuses: route.statuses } : {}),
    ...(route.hubs ? { throughKinds: KIND_NAMES } : {}),
  };
}

/** The choices a route holds; none in the URL means the default ones. */
export const chosenIn = <T extends string>(chosen: readonly T[], byDefault: readonly T[]): T[] =>
  chosen.length ? [...chosen] : [...byDefault];

/** The choices as the URL keeps them: none when they are the default ones. */
export const unlessAll = <T extends string>(chosen: readonly T[], byDefault: readonly T[]): T[] =>
  chosen.length === byDefault.length && chosen.every((x) => byDefault.includes(x))
    ? []
    : [...chosen];

export function PathChoices(props: {
  categories: RelationshipCategory[];
  statuses: RelationshipStatus[];
  hubs: boolean;
  onCategories(c: RelationshipCategory[]): void;
  onStatuses(s: RelationshipStatus[]): void;
  onHubs(h: boolean): void;
}) {
  const { lang, t } = useLang();
  return (
    <>
      <Choices
        legend={t('pathLinks')}
        testId="path-links"
        options={CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, lang) }))}
        chosen={props.categories}
        onChange={props.onCategories}
      />
      <Choices
        legend={t('pathStatuses')}
        testId="path-statuses"
        options={STATUSES.map((s) => ({ value: s, label: statusLabel(s, lang) }))}
        chosen={props.statuses}
        onChange={props.onStatuses}
      />
      <label className="hubs">
        <input
          type="checkbox"
          checked={props.hubs}
          onChange={(e) => props.onHubs(e.target.checked)}
          data-testid="path-hubs"
        />{' '}
        {t('pathHubs')}
      </label>
    </>
  );
}
