// The operations both sides answer, each as our GraphQL request and the peer's, with a way to
// read either answer into one comparable form. The arguments come from the synthetic graph
// (operands.ts): a hub, a large industry, a name fragment, path ends.
import { pathStatementFor } from '../../src/data/paths.ts';
import { searchStatementFor } from '../../src/data/search.ts';
import { pathQuery } from '../bench/queries.ts';
import type { Operands } from './operands.ts';

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  ours: Request;
  peer: Request;
  /** Each side's `data` in one form; the two must be equal before anything is timed. */
  oursAnswer(data: Data): unknown;
  peerAnswer(data: Data): unknown;
}

// Answers are read loosely: a missing part reads as undefined and the two sides then differ.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

interface Named {
  id: string;
  name: string;
}
const named = (list: Named[] | undefined): Named[] =>
  (list ?? []).map(({ id, name }) => ({ id, name }));
const byName = (a: Named, b: Named): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
/** The first `n` by name of several lists: what one of our link fields answers for the peer's. */
const merged = (n: number, ...lists: (Named[] | undefined)[]): Named[] =>
  [...new Map(lists.flatMap(named).map((e) => [e.id, e])).values()].sort(byName).slice(0, n);

const SEARCH_KINDS = ['ENTERPRISE'] as const;
const SEARCH_FIRST = 20;
const search = (text: string) => searchStatementFor(text, SEARCH_KINDS, SEARCH_FIRST);

/**
 * Our full-text search statement for a Chinese name of more than one character (the operand is
 * one; Latin letters would add the pinyin branches), answering nodes as @cypher must.
 */
export const PEER_SEARCH_STATEMENT = `CALL () {${search('科技企业').cypher}}
MATCH (n:Entity {id: entity.id})
RETURN n`;

const PATH_PROBE = pathStatementFor({ ...pathQuery('from', 'to'), steps: false });
/** Our path statement, answering each path's length. */
export const PEER_PATHS_STATEMENT = `CALL () {${PATH_PROBE.cypher}}
UNWIND paths AS p
RETURN p.length AS length`;

const PAGE = 20;
const PEER_PAGE = `limit: ${PAGE}, sort: [{ name: ASC }, { id: ASC }]`;

export function operations(o: Operands): Operation[] {
  const nodes = (d: Data): Named[] => named(d?.enterprises?.nodes);
  return [
    {
      name: 'a page of 20 enterprises by name',
      ours: { query: `{ enterprises(first: ${PAGE}) { nodes { id name } } }`, variables: {} },
      peer: { query: `{ enterprises(${PEER_PAGE}) { id name } }`, variables: {} },
      oursAnswer: nodes,
      peerAnswer: (d) => named(d?.enterprises),
    },
    {
      name: '… with 5 projects each',
      ours: {
        query: `{ enterprises(first: ${PAGE}) { nodes { id name projects(first: 5) { id name } } } }`,
        variables: {},
      },
      peer: {
        query: `{ enterprises(${PEER_PAGE}) { id name developsProjects(limit: 5, sort: [{ name: ASC }]) { id name } } }`,
        variables: {},
      },
      oursAnswer: (d) => (d?.enterprises?.nodes ?? []).map((e: Data) => [e.id, named(e.projects)]),
      peerAnswer: (d) =>
        (d?.enterprises ?? []).map((e: Data) => [e.id, merged(5, e.developsProjects)]),
    },
    {
      name: '… with 5 industries each',
      ours: {
        query: `{ enterprises(first: ${PAGE}) { nodes { id name industries(first: 5) { id name } } } }`,
        variables: {},
      },
      peer: {
        query: `{ enterprises(${PEER_PAGE}) { id name
          inIndustryIndustries(limit: 5, sort: [{ name: ASC }]) { id name }
          leadsChainIndustries(limit: 5, sort: [{ name: ASC }]) { id name } } }`,
        variables: {},
      },
      oursAnswer: (d) =>
        (d?.enterprises?.nodes ?? []).map((e: Data) => [e.id, named(e.industries)]),
      peerAnswer: (d) =>
        (d?.enterprises ?? []).map((e: Data) => [
          e.id,
          merged(5, e.inIndustryIndustries, e.leadsChainIndustries),
        ]),
    },
    {
      name: 'a hub enterprise by id, with 20 projects',
      ours: {
        query: `query Hub($id: ID!) { entity(id: $id) { id name ... on Enterprise { projects(first: 20) { id name } } } }`,
        variables: { id: o.hub },
      },
      peer: {
        query: `query Hub($id: String!) { enterprises(where: { id: { eq: $id } }) { id name developsProjects(limit: 20, sort: [{ name: ASC }]) { id name } } }`,
        variables: { id: o.hub },
      },
      oursAnswer: (d) => [d?.entity?.id, named(d?.entity?.projects)],
      peerAnswer: (d) => [
        d?.enterprises?.[0]?.id,
        merged(20, d?.enterprises?.[0]?.developsProjects),
      ],
    },
    {
      name: '10 enterprises → 5 projects → 5 events',
      ours: {
        query: `{ enterprises(first: 10) { nodes { id name projects(first: 5) { id name events(first: 5) { id name } } } } }`,
        variables: {},
      },
      peer: {
        query: `{ enterprises(limit: 10, sort: [{ name: ASC }, { id: ASC }]) { id name
          developsProjects(limit: 5, sort: [{ name: ASC }]) { id name
            competedInEvents(limit: 5, sort: [{ name: ASC }]) { id name } } } }`,
        variables: {},
      },
      oursAnswer: (d) =>
        (d?.enterprises?.nodes ?? []).map((e: Data) => [
          e.id,
          (e.projects ?? []).map((p: Data) => [p.id, named(p.events)]),
        ]),
      peerAnswer: (d) =>
        (d?.enterprises ?? []).map((e: Data) => [
          e.id,
          (e.developsProjects ?? []).map((p: Data) => [p.id, merged(5, p.competedInEvents)]),
        ]),
    },
    {
      name: 'full-text search',
      ours: {
        query: `query Search($q: String!) { search(query: $q, kinds: [ENTERPRISE], first: ${SEARCH_FIRST}) { id name } }`,
        variables: { q: o.searchText },
      },
      peer: {
        query: `query Search($lucene: String!, $exact: String!, $kinds: [String!]!, $first: Int!) {
          searchEnterprises(lucene: $lucene, exact: $exact, kinds: $kinds, first: $first) { id name } }`,
        variables: (({ lucene, exact, kinds }) => ({ lucene, exact, kinds, first: SEARCH_FIRST }))(
          search(o.searchText).params,
        ),
      },
      // The peer wraps our statement in its own, which need not keep its order: compared as sets.
      oursAnswer: (d) => named(d?.search).sort(byName),
      peerAnswer: (d) => named(d?.searchEnterprises).sort(byName),
    },
    {
      name: 'name contains',
      ours: {
        query: `query Contains($text: String!) { enterprises(first: ${PAGE}, filter: { nameContains: $text }) { nodes { id name } } }`,
        variables: { text: o.nameFragment },
      },
      peer: {
        query: `query Contains($text: String!) { enterprises(${PEER_PAGE}, where: { name: { contains: $text } }) { id name } }`,
        variables: { text: o.nameFragment },
      },
      oursAnswer: nodes,
      peerAnswer: (d) => named(d?.enterprises),
    },
    {
      name: 'count of enterprises',
      ours: { query: '{ enterprises { totalCount } }', variables: {} },
      peer: { query: '{ enterprisesConnection { totalCount } }', variables: {} },
      oursAnswer: (d) => d?.enterprises?.totalCount,
      peerAnswer: (d) => d?.enterprisesConnection?.totalCount,
    },
    {
      name: 'count of enterprises in one industry',
      ours: {
        query: `query InIndustry($id: ID!) { enterprises(filter: { industry: $id }) { totalCount } }`,
        variables: { id: o.industry },
      },
      peer: {
        query: `query InIndustry($id: String!) { enterprisesConnection(where: { OR: [
          { inIndustryIndustries: { some: { id: { eq: $id } } } },
          { leadsChainIndustries: { some: { id: { eq: $id } } } } ] }) { totalCount } }`,
        variables: { id: o.industry },
      },
      oursAnswer: (d) => d?.enterprises?.totalCount,
      peerAnswer: (d) => d?.enterprisesConnection?.totalCount,
    },
    {
      name: 'collaboration paths (the peer runs our Cypher)',
      ours: {
        query: `query Paths($from: ID!, $to: ID!) { collaborationPaths(from: $from, to: $to, maxHops: 4, first: 5) { length } }`,
        variables: { from: o.pathFrom, to: o.pathTo },
      },
      peer: {
        query: `query Paths($from: String!, $to: String!, $types: [String!]!, $through: [String!]!, $avoid: [String!]!, $first: Int!, $steps: Boolean!) {
          collaborationPathLengths(from: $from, to: $to, types: $types, through: $through, avoid: $avoid, first: $first, steps: $steps) }`,
        variables: (({ types, through, avoid, steps }) => ({
          from: o.pathFrom,
          to: o.pathTo,
          types,
          through,
          avoid,
          first: 5,
          steps,
        }))(PATH_PROBE.params),
      },
      oursAnswer: (d) => (d?.collaborationPaths ?? []).map((p: Data) => p.length),
      peerAnswer: (d) => d?.collaborationPathLengths,
    },
  ];
}
