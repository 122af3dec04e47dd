// The path finder: two entities, a hop limit, which kinds of link to follow and how far along
// they must be, and the paths between them drawn and read out as sentences, each step with its
// sources. The fields follow the URL, so Back and Forward show
// the ends of the paths and the choices made for them; a full name typed without picking a suggestion is taken
// when exactly one entity bears it.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { CollaborationPathsDocument, SearchDocument } from '../generated/graphql.ts';
import { useQuery } from '../api/useQuery.ts';
import { ApiError, request } from '../api/request.ts';
import { errorSentence } from '../i18n/errors.ts';
import { useLang } from '../i18n/context.ts';
import { STATUSES } from '../i18n/relationships.ts';
import { entityHref, type Route } from '../route.ts';
import { EntityPicker, exactMatch } from '../components/EntityPicker.tsx';
import { ErrorNotice, Loading } from '../components/ErrorNotice.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { ViewHeading } from '../components/ViewHeading.tsx';
import { NetworkGraph } from '../graph/NetworkGraph.tsx';
import { PathCard, type Path } from './PathCard.tsx';
import {
  argumentsOf,
  chosenIn,
  DEFAULT_CATEGORIES,
  PathChoices,
  unlessAll,
  type PathsRoute,
} from './PathChoices.tsx';

const HOPS = [1, 2, 3, 4, 5, 6];
const FIRST = 10;

interface End {
  id: string;
  text: string;
  error: string | null;
}

const endAt = (id: string): End => ({ id, text: '', error: null });

export function PathsView({ route, go }: { route: PathsRoute; go(r: Route): void }) {
  const { lang, t } = useLang();
  const [from, setFrom] = useState(() => endAt(route.from));
  const [to, setTo] = useState(() => endAt(route.to));
  const [hops, setHops] = useState(route.hops);
  const [categories, setCategories] = useState(() =>
    chosenIn(route.categories, DEFAULT_CATEGORIES),
  );
  const [statuses, setStatuses] = useState(() => chosenIn(route.statuses, STATUSES));
  const [hubs, setHubs] = useState(route.hubs);
  // Back, Forward or a link: the fields show the place's ends and choices again.
  useEffect(() => setFrom(endAt(route.from)), [route.from]);
  useEffect(() => setTo(endAt(route.to)), [route.to]);
  useEffect(() => setHops(route.hops), [route.hops]);
  // Keyed on the lists' text: each render parses a new array from the URL, of the same choices.
  const placedCategories = route.categories.join(',');
  const placedStatuses = route.statuses.join(',');
  useEffect(
    () => setCategories(chosenIn(route.categories, DEFAULT_CATEGORIES)),
    [placedCategories],
  );
  useEffect(() => setStatuses(chosenIn(route.statuses, STATUSES)), [placedStatuses]);
  useEffect(() => setHubs(route.hubs), [route.hubs]);

  const asked = route.from && route.to;
  const args = argumentsOf(route);
  const paths = useQuery(CollaborationPathsDocument, asked ? { ...args, first: FIRST } : null);

  const resolve = async (end: End, label: string): Promise<End> => {
    if (end.id) return end;
    const text = end.text.trim();
    if (!text) return { ...end, error: t('pickerEmpty', { label }) };
    const { search } = await request(SearchDocument, { query: text, first: 20 });
    const match = exactMatch(text, search);
    if ('id' in match) return { ...end, id: match.id, error: null };
    if ('several' in match)
      return { ...end, error: t('pickerAmbiguous', { n: match.several, text }) };
    return { ...end, error: t('pickerNoMatch', { text }) };
  };
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = (end: End, label: string): Promise<End> =>
      resolve(end, label).catch((error: unknown) => ({
        ...end,
        error:
          error instanceof ApiError
            ? errorSentence(error.code, error.message, lang)
            : errorSentence('NETWORK_ERROR', '', lang),
      }));
    const [start, end] = await Promise.all([
      checked(from, t('pathFrom')),
      checked(to, t('pathTo')),
    ]);
    setFrom(start);
    setTo(end);
    if (start.error || end.error) {
      document.querySelector<HTMLElement>('.path-form [aria-invalid="true"]')?.focus();
      return;
    }
    go({
      view: 'paths',
      from: start.id,
      to: end.id,
      hops,
      categories: unlessAll(categories, DEFAULT_CATEGORIES),
      statuses: unlessAll(statuses, STATUSES),
      hubs,
    });
  };

  return (
    <section className="view paths" data-testid="paths-view">
      <ViewHeading title={t('pathsTitle')}>{t('pathsTitle')}</ViewHeading>
      <form className="path-form" onSubmit={(e) => void submit(e)} noValidate>
        <EntityPicker
          label={t('pathFrom')}
          value={from.id}
          placed={route.from}
          onPick={(id) => setFrom({ id, text: '', error: null })}
          onType={(text) => setFrom({ id: '', text, error: null })}
          error={from.error}
          testId="path-from"
        />
        <EntityPicker
          label={t('pathTo')}
          value={to.id}
          placed={route.to}
          onPick={(id) => setTo({ id, text: '', error: null })}
          onType={(text) => setTo({ id: '', text, error: null })}
          error={to.error}
          testId="path-to"
        />
        <div className="field">
          <label htmlFor="hops">{t('hops')}</label>
          <select
            id="hops"
            value={hops}
            onChange={(e) => setHops(Number(e.target.value))}
            data-testid="hops"
          >
            {HOPS.map((h) => (
              <option key={h}>{h}</option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={categories.length === 0 || statuses.length === 0}
          data-testid="find-paths"
        >
          {t('findPaths')}
        </button>
        <PathChoices
          categories={categories}
          statuses={statuses}
          hubs={hubs}
          onCategories={setCategories}
          onStatuses={setStatuses}
          onHubs={setHubs}
        />
      </form>
      {!asked && <p className="hint">{t('pathsHint')}</p>}
      {asked && (
        <ExportButtons
          label={t('exportPaths')}
          path="paths"
          params={{
            ...Object.fromEntries(
              Object.entries(args).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
            ),
            first: FIRST,
          }}
        />
      )}
      <p className="visually-hidden" role="status">
        {paths.status === 'ok' ? t('pathCount', { n: paths.data.collaborationPaths.length }) : ''}
      </p>
      <div className="results-area">
        {paths.status === 'loading' && <Loading />}
        {paths.status === 'error' && <ErrorNotice error={paths.error} />}
        {paths.status === 'ok' && (
          <PathResults
            paths={paths.data.collaborationPaths}
            from={route.from}
            to={route.to}
            onSelect={(id) => {
              window.location.hash = entityHref(id, lang);
            }}
          />
        )}
      </div>
    </section>
  );
}

function PathResults(props: {
  paths: Path[];
  from: string;
  to: string;
  onSelect(id: string): void;
}) {
  const { t } = useLang();
  const union = useMemo(() => unionOf(props.paths), [props.paths]);
  if (props.paths.length === 0) return <p data-testid="no-paths">{t('noPaths')}</p>;
  return (
    <>
      <h2 data-testid="path-count">{t('pathCount', { n: props.paths.length })}</h2>
      <NetworkGraph
        nodes={union.nodes}
        edges={union.edges}
        centre={props.from}
        ends={[props.from, props.to]}
        shape="columns"
        onSelect={props.onSelect}
        edgeLabels
      />
      <ol className="path-list" data-testid="path-list">
        {props.paths.map((path, i) => (
          <PathCard key={i} path={path} />
        ))}
      </ol>
    </>
  );
}

/** Every node and relationship of the paths, each once, to draw them together. */
function unionOf(paths: Path[]) {
  const nodes = new Map(paths.flatMap((p) => p.nodes).map((n) => [n.id, n]));
  const edges = new Map(
    paths
      .flatMap((p) => p.relationships)
      .map((r) => [r.id, { id: r.id, type: r.type, from: r.from.id, to: r.to.id }]),
  );
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
