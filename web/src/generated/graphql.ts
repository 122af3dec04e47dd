/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Another name of an entity: printed in a source (cite it), or the curators' own (give a reason). */
export type AliasInput = {
  name: string;
  reason?: string | null | undefined;
  source?: CitationInput | null | undefined;
};

/**
 * One more alias of an existing entity, at the version you read (CONFLICT if it moved on). Cite the
 * paragraph that prints it, or give the curators' reason (it is then marked as ours).
 */
export type AliasOperationInput = {
  alias: AliasInput;
  entity: string;
  version: number;
};

/** Where an alias comes from. */
export type AliasOrigin =
  /** The curators added it (no source prints it): `reason` says why. */
  | 'CURATORS'
  /** A source prints it: `source` is the paragraph. */
  | 'SOURCE';

/** A candidate of an ingested document to propose as a new entity. */
export type CandidateProposalInput = {
  /** The document's source id. */
  document: string;
  /** The new entity's id, e.g. `enterprise:ningbo-jincheng`. */
  id: string;
  /** By default the candidate's suggestedKind. */
  kind?: EntityKind | null | undefined;
  /** The candidate's name, as Query.candidates prints it; the new entity's name. */
  name: string;
  nameEn?: string | null | undefined;
  /** By default a sentence naming the document and the paragraphs cited. */
  reason?: string | null | undefined;
};

export type ChangeInput = {
  operations: Array<OperationInput>;
  reason: string;
};

export type ChangeStatus =
  | 'APPLIED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'REVERTED';

/** A paragraph of a source that states the fact. */
export type CitationInput = {
  paragraph: number;
  source: string;
};

/**
 * An entity to add, or to update: then `version` is the version you edited (Entity.version), and
 * the change is refused with CONFLICT if the entity has moved on since.
 */
export type EntityInput = {
  aliases?: Array<AliasInput> | null | undefined;
  description?: string | null | undefined;
  descriptionZh?: string | null | undefined;
  id: string;
  kind: EntityKind;
  /** Curator knowledge: why the curators know this without a source paragraph; needed when sources is empty. */
  knowledge?: string | null | undefined;
  name: string;
  nameEn?: string | null | undefined;
  /** The paragraphs that state it; may be empty only when knowledge says why. */
  sources: Array<CitationInput>;
  version?: number | null | undefined;
  year?: number | null | undefined;
};

/** The kinds of thing the Cixi graph holds. Each kind is one node label and one object type. */
export type EntityKind =
  | 'AGENCY'
  | 'ENTERPRISE'
  | 'EVENT'
  | 'INDUSTRY'
  | 'PLATFORM'
  | 'PROGRAM'
  | 'PROJECT'
  | 'REGION'
  | 'RESEARCH_INSTITUTE'
  | 'TALENT'
  | 'UNIVERSITY';

/** Where a fact comes from. */
export type FactOriginKind =
  /** Written last by an applied change (`change`). */
  | 'CHANGE'
  /** Loaded by npm run seed: the curated files (or a researcher's file), written by no change since. */
  | 'SEED';

/**
 * An indicator to add, or to update: then `version` is the version you edited (Indicator.version),
 * and the change is refused with CONFLICT, naming the current version and value, if it moved on.
 * The fields are the loader's (README: Loading your own data).
 */
export type IndicatorInput = {
  /** The figure exactly as printed. */
  display: string;
  id: string;
  /** Curator knowledge: why the curators know this without a source paragraph; needed when sources is empty. */
  knowledge?: string | null | undefined;
  /** The Chinese name, with the figure as printed. */
  name: string;
  nameEn?: string | null | undefined;
  period?: string | null | undefined;
  periodEn?: string | null | undefined;
  qualifier?: IndicatorQualifier | null | undefined;
  /** The entities the figure is about, by id, at least one. */
  scope: Array<string>;
  /** The paragraphs that state it; may be empty only when knowledge says why. */
  sources: Array<CitationInput>;
  status?: IndicatorStatus | null | undefined;
  topic: string;
  unit: string;
  /** The value in base units (49.24万人 is 492400). */
  value: number;
  version?: number | null | undefined;
};

/** How the printed figure relates to the value: 超 and 余 (more than), 近 (nearly), 约 (about). */
export type IndicatorQualifier =
  | 'ABOUT'
  | 'EXACT'
  | 'MORE_THAN'
  | 'NEARLY';

/** Whether the figure is an achieved result, a plan target or a forecast. */
export type IndicatorStatus =
  | 'ACTUAL'
  | 'FORECAST'
  | 'TARGET';

/**
 * Two entities that are the same thing: `merge` goes into `keep`. Its relationships move to keep
 * (one of the same type and other end joins the kept one, with all their citations), its names
 * become aliases of keep, its citations and mentions join keep's, and it leaves every read; its
 * id then answers keep (Query.entity). Both versions are the ones you read (CONFLICT otherwise).
 */
export type MergeInput = {
  keep: string;
  keepVersion: number;
  merge: string;
  mergeVersion: number;
};

/** Exactly one of the fields. */
export type OperationInput = {
  alias?: AliasOperationInput | null | undefined;
  entity?: EntityInput | null | undefined;
  indicator?: IndicatorInput | null | undefined;
  merge?: MergeInput | null | undefined;
  relationship?: RelationshipInput | null | undefined;
  retract?: RelationshipKeyInput | null | undefined;
};

/**
 * Which family a relationship type belongs to. Paths follow COLLABORATION, PARTICIPATION and
 * AFFILIATION by default: they say who works with whom. POLICY links say where a thing is, what a
 * government runs, builds, holds or cultivates, and which industry or chain a thing is in.
 */
export type RelationshipCategory =
  /** Works at, studies at, is part of. */
  | 'AFFILIATION'
  /** Pairing, cooperation, co-building, hosting, leading, joining, developing, supporting. */
  | 'COLLABORATION'
  /** Taking part in a program, project or event: selected for, takes part in, competed in, won. */
  | 'PARTICIPATION'
  /** Located in, runs, builds, holds, cultivates, in an industry, leads a chain, serves. */
  | 'POLICY';

/** A relationship to add, or to update (the same type, from and to). */
export type RelationshipInput = {
  from: string;
  /** Curator knowledge: why the curators know this without a source paragraph; needed when sources is empty. */
  knowledge?: string | null | undefined;
  program?: string | null | undefined;
  role?: string | null | undefined;
  roleEn?: string | null | undefined;
  since?: number | null | undefined;
  /** The paragraphs that state it; may be empty only when knowledge says why. */
  sources: Array<CitationInput>;
  status?: RelationshipStatus | null | undefined;
  to: string;
  type: RelationshipType;
};

/** A relationship to take out of the graph; the change keeps it, so its history does too. */
export type RelationshipKeyInput = {
  from: string;
  to: string;
  type: RelationshipType;
};

/**
 * How far a relationship has got, as the paragraph that states it says. Only ACTUAL links are
 * in place; the others are stated as plans, pushes or trials and must not be read as done.
 */
export type RelationshipStatus =
  /** Done, held, in force or under way (建成, 举办, 实施, 入选). */
  | 'ACTUAL'
  /** Explored or piloted (探索建立, 试点, 前期项目对接). */
  | 'EXPLORING'
  /** An intention, plan or target not yet done (谋划建设, 按照规划, 将, 预计). */
  | 'PLANNED'
  /** Pushed or encouraged, without saying it is in place (推广应用, 鼓励, 加强). */
  | 'PROMOTED';

/**
 * The stated kinds of link. Collaboration: PAIRED_WITH (科创伙伴 pairing), COOPERATES_WITH,
 * CO_BUILDS, HOSTS, LEADS, JOINED, DEVELOPS, SUPPORTS. Participation: SELECTED_FOR,
 * PARTICIPATES_IN, COMPETED_IN, WON. Affiliation: WORKS_AT, STUDIES_AT, PART_OF. Policy:
 * LOCATED_IN, LAUNCHED (runs a program or scheme), BUILDS (a platform), HOLDS (an event),
 * CULTIVATES (holders of a title or designation), IN_INDUSTRY, LEADS_CHAIN, SERVES.
 */
export type RelationshipType =
  | 'BUILDS'
  | 'COMPETED_IN'
  | 'COOPERATES_WITH'
  | 'CO_BUILDS'
  | 'CULTIVATES'
  | 'DEVELOPS'
  | 'HOLDS'
  | 'HOSTS'
  | 'IN_INDUSTRY'
  | 'JOINED'
  | 'LAUNCHED'
  | 'LEADS'
  | 'LEADS_CHAIN'
  | 'LOCATED_IN'
  | 'PAIRED_WITH'
  | 'PARTICIPATES_IN'
  | 'PART_OF'
  | 'SELECTED_FOR'
  | 'SERVES'
  | 'STUDIES_AT'
  | 'SUPPORTS'
  | 'WON'
  | 'WORKS_AT';

export type ReviewDecision =
  | 'ACCEPT'
  | 'REJECT';

/**
 * What a key allows. Reads are open to everyone unless the server sets READ_REQUIRES_KEY=true;
 * a reader key then reads. Curators propose changes and add documents, reviewers accept, reject
 * and revert them, admins manage keys. Each role may do what the roles before it may.
 */
export type Role =
  | 'admin'
  | 'curator'
  | 'reader'
  | 'reviewer';

/** A link an ingested document suggests, to propose as a relationship. */
export type SuggestedLinkProposalInput = {
  /** The document's source id. */
  document: string;
  /** The relationship runs from → to as given, whichever the suggestion lists first. */
  from: string;
  /** By default a sentence naming the document and the paragraphs cited. */
  reason?: string | null | undefined;
  to: string;
  type: RelationshipType;
};

export type CoverageScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageScopesQuery = { industries: Array<{ key: string, label: string, labelEn: string | null, count: number }>, programs: Array<{ key: string, label: string, labelEn: string | null, count: number }> };

export type CoverageQueryVariables = Exact<{
  of: string;
}>;


export type CoverageQuery = { coverage: { enterprises: number, share: number, withTalent: number, withProject: number, withUniversity: number, scope: { id: string, kind: EntityKind, name: string, nameEn: string | null }, covered: Array<{ enterprise: { id: string, kind: EntityKind, name: string, nameEn: string | null }, talents: Array<{ id: string, kind: EntityKind, name: string, nameEn: string | null }>, projects: Array<{ id: string, kind: EntityKind, name: string, nameEn: string | null }>, universities: Array<{ id: string, kind: EntityKind, name: string, nameEn: string | null }> }>, uncovered: Array<{ id: string, kind: EntityKind, name: string, nameEn: string | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, role: Role } | null };

export type ChangeSummaryFragment = { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null };

export type ChangeDetailFragment = { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null, operations: Array<{ kind: string, target: string, record: string, evidence: Array<{ paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } }> }> };

export type ChangesQueryVariables = Exact<{
  status?: ChangeStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: { totalCount: number, nodes: Array<{ id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null, operations: Array<{ kind: string, target: string, record: string, evidence: Array<{ paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } }> }> }> } };

export type ChangeByIdQueryVariables = Exact<{
  id: string;
}>;


export type ChangeByIdQuery = { change: { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null, operations: Array<{ kind: string, target: string, record: string, evidence: Array<{ paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } }> }> } | null };

export type EntityNowQueryVariables = Exact<{
  id: string;
}>;


export type EntityNowQuery = { entity: { version: number, description: string | null, descriptionZh: string | null, year: number | null, aliases: Array<string>, id: string, kind: EntityKind, name: string, nameEn: string | null } | null };

export type LinkEndsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type LinkEndsQuery = { from: { id: string, kind: EntityKind, name: string, nameEn: string | null } | null, to: { id: string, kind: EntityKind, name: string, nameEn: string | null } | null };

export type EntityHistoryQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntityHistoryQuery = { entity: { id: string, version: number, origin: { kind: FactOriginKind, change: { id: string } | null }, history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ appliedAt: string, node: { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null } }> } } | null };

export type ProposeChangeMutationVariables = Exact<{
  input: ChangeInput;
}>;


export type ProposeChangeMutation = { proposeChange: { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null } };

export type ProposeCandidateMutationVariables = Exact<{
  input: CandidateProposalInput;
}>;


export type ProposeCandidateMutation = { proposeCandidate: { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null } };

export type ProposeSuggestedLinkMutationVariables = Exact<{
  input: SuggestedLinkProposalInput;
}>;


export type ProposeSuggestedLinkMutation = { proposeSuggestedLink: { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null } };

export type ReviewChangeMutationVariables = Exact<{
  id: string;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;


export type ReviewChangeMutation = { reviewChange: { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null } };

export type RevertChangeMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RevertChangeMutation = { revertChange: { id: string, status: ChangeStatus, author: string, reviewer: string | null, createdAt: string, decidedAt: string | null, reason: string, note: string | null, revertedBy: string | null, revertedAt: string | null, revertReason: string | null } };

export type DocumentPageQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type DocumentPageQuery = { document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, dateNote: string | null, fileName: string, contentHash: string | null, paragraphs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ number: number, text: string, mentions: Array<{ start: number, end: number, entity: { id: string, kind: EntityKind, name: string, nameEn: string | null } }> }> } } | null, candidates: { totalCount: number, nodes: Array<{ rank: number, name: string, suggestedKind: EntityKind, count: number, paragraphs: Array<number> }> }, suggestedLinks: { totalCount: number, nodes: Array<{ rank: number, paragraphs: Array<number>, mentions: number, corroborates: Array<string>, from: { id: string, kind: EntityKind, name: string, nameEn: string | null }, to: { id: string, kind: EntityKind, name: string, nameEn: string | null } }> } };

export type EntityPageQueryVariables = Exact<{
  id: string;
}>;


export type EntityPageQuery = { entity: { version: number, description: string | null, descriptionZh: string | null, year: number | null, id: string, kind: EntityKind, name: string, nameEn: string | null, aliasOrigins: Array<{ name: string, origin: AliasOrigin, reason: string | null, source: { paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } } | null }>, sources: Array<{ paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } }>, relationships: Array<{ id: string, type: RelationshipType, category: RelationshipCategory, status: RelationshipStatus, since: number | null, role: string | null, roleEn: string | null, from: { id: string, kind: EntityKind, name: string, nameEn: string | null }, to: { id: string, kind: EntityKind, name: string, nameEn: string | null }, program: { id: string, kind: EntityKind, name: string, nameEn: string | null } | null, sources: Array<{ paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } }> }>, mentions: { totalCount: number, nodes: Array<{ start: number, end: number, paragraph: { number: number, text: string, document: { id: string, title: string, titleEn: string | null } } }> } } | null };

export type EntityNameQueryVariables = Exact<{
  id: string;
}>;


export type EntityNameQuery = { entity: { id: string, kind: EntityKind, name: string, nameEn: string | null } | null };

export type EntityLabelFragment = { id: string, kind: EntityKind, name: string, nameEn: string | null };

export type SourceCitationFragment = { paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } };

export type QuotedParagraphFragment = { number: number, text: string, document: { id: string, title: string, titleEn: string | null } };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth: number;
  maxNodes: number;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, name: string, nameEn: string | null }>, relationships: Array<{ id: string, type: RelationshipType, from: { id: string }, to: { id: string } }> } };

export type NeighborhoodSizeQueryVariables = Exact<{
  id: string;
  depth: number;
}>;


export type NeighborhoodSizeQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string }> } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { stats: { entities: number, relationships: number, indicators: number, sources: number }, byKind: Array<{ key: string, label: string, labelEn: string | null, count: number }>, byIndustry: Array<{ key: string, label: string, labelEn: string | null, count: number }>, byProgram: Array<{ key: string, label: string, labelEn: string | null, count: number }>, byYear: Array<{ key: string, label: string, labelEn: string | null, count: number }>, indicators: Array<{ id: string, name: string, nameEn: string | null, display: string, period: string | null, periodEn: string | null, topic: string, status: IndicatorStatus, sources: Array<{ paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } }> }> };

export type BarFragment = { key: string, label: string, labelEn: string | null, count: number };

export type CollaborationPathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops: number;
  first?: number | null | undefined;
  categories?: Array<RelationshipCategory> | RelationshipCategory | null | undefined;
  statuses?: Array<RelationshipStatus> | RelationshipStatus | null | undefined;
  throughKinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type CollaborationPathsQuery = { collaborationPaths: Array<{ length: number, explanation: string, explanationEn: string, nodes: Array<{ id: string, kind: EntityKind, name: string, nameEn: string | null }>, relationships: Array<{ id: string, type: RelationshipType, status: RelationshipStatus, role: string | null, roleEn: string | null, from: { id: string }, to: { id: string }, sources: Array<{ paragraph: number, text: string | null, highlights: Array<{ start: number, end: number }>, document: { id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, fileName: string } }> }> }> };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ aliases: Array<string>, id: string, kind: EntityKind, name: string, nameEn: string | null }> };

export type SearchPassagesQueryVariables = Exact<{
  query: string;
}>;


export type SearchPassagesQuery = { searchDocuments: Array<{ paragraph: { number: number, text: string, document: { id: string, title: string, titleEn: string | null } }, highlights: Array<{ start: number, end: number }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChangeSummaryFragmentDoc = new TypedDocumentString(`
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}
    `, {"fragmentName":"ChangeSummary"}) as unknown as TypedDocumentString<ChangeSummaryFragment, unknown>;
export const SourceCitationFragmentDoc = new TypedDocumentString(`
    fragment SourceCitation on SourceRef {
  paragraph
  text
  highlights {
    start
    end
  }
  document {
    id
    title
    titleEn
    publisher
    date
    fileName
  }
}
    `, {"fragmentName":"SourceCitation"}) as unknown as TypedDocumentString<SourceCitationFragment, unknown>;
export const ChangeDetailFragmentDoc = new TypedDocumentString(`
    fragment ChangeDetail on Change {
  ...ChangeSummary
  operations {
    kind
    target
    record
    evidence {
      ...SourceCitation
    }
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}
fragment SourceCitation on SourceRef {
  paragraph
  text
  highlights {
    start
    end
  }
  document {
    id
    title
    titleEn
    publisher
    date
    fileName
  }
}`, {"fragmentName":"ChangeDetail"}) as unknown as TypedDocumentString<ChangeDetailFragment, unknown>;
export const EntityLabelFragmentDoc = new TypedDocumentString(`
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}
    `, {"fragmentName":"EntityLabel"}) as unknown as TypedDocumentString<EntityLabelFragment, unknown>;
export const QuotedParagraphFragmentDoc = new TypedDocumentString(`
    fragment QuotedParagraph on Paragraph {
  number
  text
  document {
    id
    title
    titleEn
  }
}
    `, {"fragmentName":"QuotedParagraph"}) as unknown as TypedDocumentString<QuotedParagraphFragment, unknown>;
export const BarFragmentDoc = new TypedDocumentString(`
    fragment Bar on CountBucket {
  key
  label
  labelEn
  count
}
    `, {"fragmentName":"Bar"}) as unknown as TypedDocumentString<BarFragment, unknown>;
export const CoverageScopesDocument = new TypedDocumentString(`
    query CoverageScopes {
  industries: counts(
    by: INDUSTRY
    kinds: [ENTERPRISE]
    orderBy: COUNT_DESC
    first: 500
  ) {
    ...Bar
  }
  programs: counts(
    by: PROGRAM
    kinds: [ENTERPRISE]
    orderBy: COUNT_DESC
    first: 500
  ) {
    ...Bar
  }
}
    fragment Bar on CountBucket {
  key
  label
  labelEn
  count
}`) as unknown as TypedDocumentString<CoverageScopesQuery, CoverageScopesQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($of: ID!) {
  coverage(of: $of) {
    scope {
      ...EntityLabel
    }
    enterprises
    share
    withTalent
    withProject
    withUniversity
    covered {
      enterprise {
        ...EntityLabel
      }
      talents {
        ...EntityLabel
      }
      projects {
        ...EntityLabel
      }
      universities {
        ...EntityLabel
      }
    }
    uncovered {
      ...EntityLabel
    }
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    name
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($status: ChangeStatus, $first: Int) {
  changes(status: $status, first: $first) {
    nodes {
      ...ChangeDetail
    }
    totalCount
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}
fragment ChangeDetail on Change {
  ...ChangeSummary
  operations {
    kind
    target
    record
    evidence {
      ...SourceCitation
    }
  }
}
fragment SourceCitation on SourceRef {
  paragraph
  text
  highlights {
    start
    end
  }
  document {
    id
    title
    titleEn
    publisher
    date
    fileName
  }
}`) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const ChangeByIdDocument = new TypedDocumentString(`
    query ChangeById($id: ID!) {
  change(id: $id) {
    ...ChangeDetail
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}
fragment ChangeDetail on Change {
  ...ChangeSummary
  operations {
    kind
    target
    record
    evidence {
      ...SourceCitation
    }
  }
}
fragment SourceCitation on SourceRef {
  paragraph
  text
  highlights {
    start
    end
  }
  document {
    id
    title
    titleEn
    publisher
    date
    fileName
  }
}`) as unknown as TypedDocumentString<ChangeByIdQuery, ChangeByIdQueryVariables>;
export const EntityNowDocument = new TypedDocumentString(`
    query EntityNow($id: ID!) {
  entity(id: $id) {
    ...EntityLabel
    version
    description
    descriptionZh
    year
    aliases
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}`) as unknown as TypedDocumentString<EntityNowQuery, EntityNowQueryVariables>;
export const LinkEndsDocument = new TypedDocumentString(`
    query LinkEnds($from: ID!, $to: ID!) {
  from: entity(id: $from) {
    ...EntityLabel
  }
  to: entity(id: $to) {
    ...EntityLabel
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}`) as unknown as TypedDocumentString<LinkEndsQuery, LinkEndsQueryVariables>;
export const EntityHistoryDocument = new TypedDocumentString(`
    query EntityHistory($id: ID!, $first: Int, $after: String) {
  entity(id: $id) {
    id
    version
    origin {
      kind
      change {
        id
      }
    }
    history(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        appliedAt
        node {
          ...ChangeSummary
        }
      }
    }
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}`) as unknown as TypedDocumentString<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const ProposeChangeDocument = new TypedDocumentString(`
    mutation ProposeChange($input: ChangeInput!) {
  proposeChange(input: $input) {
    ...ChangeSummary
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}`) as unknown as TypedDocumentString<ProposeChangeMutation, ProposeChangeMutationVariables>;
export const ProposeCandidateDocument = new TypedDocumentString(`
    mutation ProposeCandidate($input: CandidateProposalInput!) {
  proposeCandidate(input: $input) {
    ...ChangeSummary
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}`) as unknown as TypedDocumentString<ProposeCandidateMutation, ProposeCandidateMutationVariables>;
export const ProposeSuggestedLinkDocument = new TypedDocumentString(`
    mutation ProposeSuggestedLink($input: SuggestedLinkProposalInput!) {
  proposeSuggestedLink(input: $input) {
    ...ChangeSummary
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}`) as unknown as TypedDocumentString<ProposeSuggestedLinkMutation, ProposeSuggestedLinkMutationVariables>;
export const ReviewChangeDocument = new TypedDocumentString(`
    mutation ReviewChange($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewChange(id: $id, decision: $decision, note: $note) {
    ...ChangeSummary
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}`) as unknown as TypedDocumentString<ReviewChangeMutation, ReviewChangeMutationVariables>;
export const RevertChangeDocument = new TypedDocumentString(`
    mutation RevertChange($id: ID!, $reason: String!) {
  revertChange(id: $id, reason: $reason) {
    ...ChangeSummary
  }
}
    fragment ChangeSummary on Change {
  id
  status
  author
  reviewer
  createdAt
  decidedAt
  reason
  note
  revertedBy
  revertedAt
  revertReason
}`) as unknown as TypedDocumentString<RevertChangeMutation, RevertChangeMutationVariables>;
export const DocumentPageDocument = new TypedDocumentString(`
    query DocumentPage($id: ID!, $after: String) {
  document(id: $id) {
    id
    title
    titleEn
    publisher
    date
    dateNote
    fileName
    contentHash
    paragraphs(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        number
        text
        mentions(first: 40) {
          start
          end
          entity {
            ...EntityLabel
          }
        }
      }
    }
  }
  candidates(document: $id, first: 50) {
    totalCount
    nodes {
      rank
      name
      suggestedKind
      count
      paragraphs
    }
  }
  suggestedLinks(document: $id, first: 50) {
    totalCount
    nodes {
      rank
      from {
        ...EntityLabel
      }
      to {
        ...EntityLabel
      }
      paragraphs
      mentions
      corroborates
    }
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}`) as unknown as TypedDocumentString<DocumentPageQuery, DocumentPageQueryVariables>;
export const EntityPageDocument = new TypedDocumentString(`
    query EntityPage($id: ID!) {
  entity(id: $id) {
    ...EntityLabel
    version
    aliasOrigins {
      name
      origin
      reason
      source {
        ...SourceCitation
      }
    }
    description
    descriptionZh
    year
    sources {
      ...SourceCitation
    }
    relationships(first: 200) {
      id
      type
      category
      status
      since
      role
      roleEn
      from {
        ...EntityLabel
      }
      to {
        ...EntityLabel
      }
      program {
        ...EntityLabel
      }
      sources {
        ...SourceCitation
      }
    }
    mentions(first: 20) {
      totalCount
      nodes {
        start
        end
        paragraph {
          ...QuotedParagraph
        }
      }
    }
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}
fragment SourceCitation on SourceRef {
  paragraph
  text
  highlights {
    start
    end
  }
  document {
    id
    title
    titleEn
    publisher
    date
    fileName
  }
}
fragment QuotedParagraph on Paragraph {
  number
  text
  document {
    id
    title
    titleEn
  }
}`) as unknown as TypedDocumentString<EntityPageQuery, EntityPageQueryVariables>;
export const EntityNameDocument = new TypedDocumentString(`
    query EntityName($id: ID!) {
  entity(id: $id) {
    ...EntityLabel
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}`) as unknown as TypedDocumentString<EntityNameQuery, EntityNameQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int!, $maxNodes: Int!) {
  neighborhood(id: $id, depth: $depth, maxNodes: $maxNodes) {
    truncated
    nodes {
      ...EntityLabel
    }
    relationships {
      id
      type
      from {
        id
      }
      to {
        id
      }
    }
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NeighborhoodSizeDocument = new TypedDocumentString(`
    query NeighborhoodSize($id: ID!, $depth: Int!) {
  neighborhood(id: $id, depth: $depth, maxNodes: 500) {
    truncated
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NeighborhoodSizeQuery, NeighborhoodSizeQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  stats {
    entities
    relationships
    indicators
    sources
  }
  byKind: counts(by: KIND) {
    ...Bar
  }
  byIndustry: counts(by: INDUSTRY, kinds: [ENTERPRISE], first: 12) {
    ...Bar
  }
  byProgram: counts(by: PROGRAM, first: 12) {
    ...Bar
  }
  byYear: counts(by: YEAR, orderBy: KEY_ASC) {
    ...Bar
  }
  indicators(first: 100) {
    id
    name
    nameEn
    display
    period
    periodEn
    topic
    status
    sources {
      ...SourceCitation
    }
  }
}
    fragment SourceCitation on SourceRef {
  paragraph
  text
  highlights {
    start
    end
  }
  document {
    id
    title
    titleEn
    publisher
    date
    fileName
  }
}
fragment Bar on CountBucket {
  key
  label
  labelEn
  count
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const CollaborationPathsDocument = new TypedDocumentString(`
    query CollaborationPaths($from: ID!, $to: ID!, $maxHops: Int!, $first: Int = 10, $categories: [RelationshipCategory!], $statuses: [RelationshipStatus!], $throughKinds: [EntityKind!]) {
  collaborationPaths(
    from: $from
    to: $to
    maxHops: $maxHops
    first: $first
    categories: $categories
    statuses: $statuses
    throughKinds: $throughKinds
  ) {
    length
    nodes {
      ...EntityLabel
    }
    relationships {
      id
      type
      status
      role
      roleEn
      from {
        id
      }
      to {
        id
      }
      sources {
        ...SourceCitation
      }
    }
    explanation
    explanationEn
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}
fragment SourceCitation on SourceRef {
  paragraph
  text
  highlights {
    start
    end
  }
  document {
    id
    title
    titleEn
    publisher
    date
    fileName
  }
}`) as unknown as TypedDocumentString<CollaborationPathsQuery, CollaborationPathsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $kinds: [EntityKind!], $first: Int = 10) {
  search(query: $query, kinds: $kinds, first: $first) {
    ...EntityLabel
    aliases
  }
}
    fragment EntityLabel on Entity {
  id
  kind
  name
  nameEn
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchPassagesDocument = new TypedDocumentString(`
    query SearchPassages($query: String!) {
  searchDocuments(query: $query, first: 10) {
    paragraph {
      ...QuotedParagraph
    }
    highlights {
      start
      end
    }
  }
}
    fragment QuotedParagraph on Paragraph {
  number
  text
  document {
    id
    title
    titleEn
  }
}`) as unknown as TypedDocumentString<SearchPassagesQuery, SearchPassagesQueryVariables>;