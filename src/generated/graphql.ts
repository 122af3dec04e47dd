import type { GraphQLResolveInfo } from 'graphql';
import type { Entity as EntityRecord, Relationship as RelationshipRecord, KnowledgeRecord as KnowledgeRecordRecord, Indicator as IndicatorRecord, Source as SourceRecord, SourceRef as SourceRefRecord } from '../data/records.ts';
import type { ChangeRecord as ChangeRecordRecord } from '../data/changeRecords.ts';
import type { ChangeOperationRecord as ChangeOperationRecordRecord } from '../data/operationRecords.ts';
import type { HistoryPage as HistoryPageRecord, HistoryItem as HistoryItemRecord, OriginRecord as OriginRecordRecord } from '../data/history.ts';
import type { FeedAnswer as FeedAnswerRecord } from '../data/changeFeed.ts';
import type { ParagraphRecord as ParagraphRecordRecord, MentionRecord as MentionRecordRecord, ParagraphPage as ParagraphPageRecord, MentionPage as MentionPageRecord, SourcePage as SourcePageRecord } from '../data/documents.ts';
import type { PassageRecord as PassageRecordRecord } from '../data/passages.ts';
import type { RawPath as RawPathRecord } from '../data/paths.ts';
import type { RawSubgraph as RawSubgraphRecord } from '../data/neighbourhood.ts';
import type { Recommendation as RecommendationRecord, BrokerScore as BrokerScoreRecord, EnterpriseLinks as EnterpriseLinksRecord, Coverage as CoverageRecord, CountRow as CountRowRecord } from '../data/analytics.ts';
import type { Connection as ConnectionRecord } from '../data/lists.ts';
import type { Context } from '../graphql/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A government body. */
export type Agency = Entity & {
  __typename?: 'Agency';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Programs, platforms and events it runs, builds or holds (of any status). */
  launched: Array<Entity>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** Enterprises, talents, projects and platforms it supported, matched or encouraged. */
  supported: Array<Entity>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A government body. */
export type AgencyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A government body. */
export type AgencyLaunchedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A government body. */
export type AgencyMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A government body. */
export type AgencyRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A government body. */
export type AgencySupportedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  nodes: Array<Agency>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

/** An alias of an entity and its origin. */
export type Alias = {
  __typename?: 'Alias';
  name: Scalars['String']['output'];
  origin: AliasOrigin;
  /** Why the curators added it (origin CURATORS), e.g. the company's usual full name. */
  reason: Maybe<Scalars['String']['output']>;
  /** The paragraph that prints it (origin SOURCE). */
  source: Maybe<SourceRef>;
};

/** Another name of an entity: printed in a source (cite it), or the curators' own (give a reason). */
export type AliasInput = {
  name: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<CitationInput>;
};

/**
 * One more alias of an existing entity, at the version you read (CONFLICT if it moved on). Cite the
 * paragraph that prints it, or give the curators' reason (it is then marked as ours).
 */
export type AliasOperationInput = {
  alias: AliasInput;
  entity: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Where an alias comes from. */
export type AliasOrigin =
  /** The curators added it (no source prints it): `reason` says why. */
  | 'CURATORS'
  /** A source prints it: `source` is the paragraph. */
  | 'SOURCE';

/** An API key as stored: its name and role, never the key itself (only its hash is kept). */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** When it was revoked (ISO 8601); null while it is live. */
  revokedAt: Maybe<Scalars['String']['output']>;
  role: Role;
};

/** An entity lying on shortest collaboration paths between two groups. */
export type Broker = {
  __typename?: 'Broker';
  entity: Entity;
  /** How many pairs have at least one shortest path through it. */
  pairs: Scalars['Int']['output'];
  /**
   * Over all pairs (a, b) of the two groups: the share of a's shortest paths to b that pass
   * through this entity, summed (pair-restricted betweenness).
   */
  score: Scalars['Float']['output'];
};

/**
 * A name an ingested report prints that the graph lacks: a proposal for curators to review, never
 * a fact. Suggested by `npm run ingest`.
 */
export type Candidate = {
  __typename?: 'Candidate';
  /** Times the report prints it. */
  count: Scalars['Int']['output'];
  /** The name as the report prints it. */
  name: Scalars['String']['output'];
  /** Numbers of the document's paragraphs that print it, ascending. */
  paragraphs: Array<Scalars['Int']['output']>;
  /** 1 for the strongest proposal of the document. */
  rank: Scalars['Int']['output'];
  /** The kind its wording suggests (有限公司: an enterprise, 研究院: a research institute, …). */
  suggestedKind: EntityKind;
};

export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  nodes: Array<Candidate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A candidate of an ingested document to propose as a new entity. */
export type CandidateProposalInput = {
  /** The document's source id. */
  document: Scalars['ID']['input'];
  /** The new entity's id, e.g. `enterprise:ningbo-jincheng`. */
  id: Scalars['ID']['input'];
  /** By default the candidate's suggestedKind. */
  kind?: InputMaybe<EntityKind>;
  /** The candidate's name, as Query.candidates prints it; the new entity's name. */
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** By default a sentence naming the document and the paragraphs cited. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A change to the graph, proposed by a curator and accepted (then applied, in one transaction) or
 * rejected by a reviewer. Its operations are checked by the loader's own rules when proposed and
 * again when applied.
 */
export type Change = {
  __typename?: 'Change';
  /** The name of the key that proposed it. */
  author: Scalars['String']['output'];
  /** ISO 8601. */
  createdAt: Scalars['String']['output'];
  decidedAt: Maybe<Scalars['String']['output']>;
  /** change:<uuid> */
  id: Scalars['ID']['output'];
  /** The reviewer's note. */
  note: Maybe<Scalars['String']['output']>;
  /** Its operations, in order; a change holds at most 100 (ChangeInput), and is costed so. */
  operations: Array<ChangeOperation>;
  /** Why the change is needed, in the curator's words. */
  reason: Scalars['String']['output'];
  /** Why it was reverted, in the reviewer's words. */
  revertReason: Maybe<Scalars['String']['output']>;
  /** ISO 8601, when it was reverted. */
  revertedAt: Maybe<Scalars['String']['output']>;
  /** The name of the key that reverted it (status REVERTED). */
  revertedBy: Maybe<Scalars['String']['output']>;
  /** The name of the key that accepted or rejected it. */
  reviewer: Maybe<Scalars['String']['output']>;
  status: ChangeStatus;
  /** ISO 8601: when its status last changed (its createdAt, decidedAt or revertedAt); the feed's order. */
  updatedAt: Scalars['String']['output'];
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
  pageInfo: PageInfo;
  /** How many changes wrote the fact, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** When the change was applied (ISO 8601). */
  appliedAt: Scalars['String']['output'];
  cursor: Scalars['String']['output'];
  node: Change;
};

/** A page of the feed of changes. */
export type ChangeFeed = {
  __typename?: 'ChangeFeed';
  edges: Array<ChangeFeedEdge>;
  nodes: Array<Change>;
  pageInfo: PageInfo;
  /** How many changes match the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ChangeFeedEdge = {
  __typename?: 'ChangeFeedEdge';
  /** Pass as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  node: Change;
};

export type ChangeInput = {
  operations: Array<OperationInput>;
  reason: Scalars['String']['input'];
};

/** One operation of a change, as proposed. */
export type ChangeOperation = {
  __typename?: 'ChangeOperation';
  /**
   * Every paragraph the operation cites (its sources and its aliases' sources), once each in the
   * order cited, with its text and the names of the fact's ends marked; empty for a retraction.
   */
  evidence: Array<SourceRef>;
  /**
   * ENTITY (add or update), RELATIONSHIP (add or update), RETRACT (a relationship), INDICATOR (add
   * or update), ALIAS (one more alias of an entity) or MERGE (two entities into one).
   */
  kind: Scalars['String']['output'];
  /** The operation's record as JSON, in the loader's file format (README: Loading your own data). */
  record: Scalars['String']['output'];
  /** The entity or indicator id, the relationship as from|TYPE|to, or for a merge keep<-merge. */
  target: Scalars['String']['output'];
};

export type ChangeStatus =
  | 'APPLIED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'REVERTED';

/** A paragraph of a source that states the fact. */
export type CitationInput = {
  paragraph: Scalars['Int']['input'];
  source: Scalars['ID']['input'];
};

/** One bar of a grouped count. */
export type CountBucket = {
  __typename?: 'CountBucket';
  count: Scalars['Int']['output'];
  /** The industry, program or region itself (null for kinds and years). */
  entity: Maybe<Entity>;
  /** The kind, the year, or the id of the industry, program or region. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  labelEn: Maybe<Scalars['String']['output']>;
};

/** What entities are grouped by. */
export type CountDimension =
  | 'INDUSTRY'
  | 'KIND'
  | 'PROGRAM'
  | 'REGION'
  | 'YEAR';

export type CountOrder =
  | 'COUNT_ASC'
  | 'COUNT_DESC'
  | 'KEY_ASC';

/** Which enterprises of a program or industry have a talent, project or university link. */
export type Coverage = {
  __typename?: 'Coverage';
  /** Enterprises with at least one talent, project or university link. */
  covered: Array<EnterpriseLinks>;
  /** Enterprises linked to the program or industry. */
  enterprises: Scalars['Int']['output'];
  scope: Entity;
  /** covered / enterprises, from 0 to 1 (0 when there are no enterprises). */
  share: Scalars['Float']['output'];
  /** Enterprises with none. */
  uncovered: Array<Enterprise>;
  withProject: Scalars['Int']['output'];
  withTalent: Scalars['Int']['output'];
  withUniversity: Scalars['Int']['output'];
};

/**
 * Why the curators know a fact that no source paragraph states (`sources` may then be empty). It
 * is the curators' word, not a source's.
 */
export type CuratorKnowledge = {
  __typename?: 'CuratorKnowledge';
  /** The change that asserted it; null when it came with a load of npm run seed. */
  change: Maybe<Change>;
  /** The curators' reason, as the change (or the seed file) gave it. */
  reason: Scalars['String']['output'];
};

/** Filters for documents; all given conditions must hold. */
export type DocumentFilter = {
  /** Only documents whose text the store holds (true), or lacks (false). */
  hasText?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the publisher's name. */
  publisherContains?: InputMaybe<Scalars['String']['input']>;
  /** Part of the title, Chinese or English (case-insensitive). */
  titleContains?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A report to ingest (addDocument), as `npm run ingest` reads a file: give exactly one of `text`
 * or `base64`. Its format is told by `fileName`'s extension (.txt, .text, .md, .markdown, .html,
 * .htm or .pdf) and by its bytes, as the command tells a file's.
 */
export type DocumentInput = {
  /** The file's bytes in base64, for any format (a PDF must come this way). At most DOCUMENT_MAX_BYTES bytes before encoding. */
  base64?: InputMaybe<Scalars['String']['input']>;
  /** Publication date, YYYY-MM-DD. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The report's file name, e.g. `cixi-news-2025-11.html`; stored as the Source's fileName. */
  fileName: Scalars['String']['input'];
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The report as text: plain text, Markdown or HTML (UTF-8). At most DOCUMENT_MAX_BYTES bytes. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The title; by default the first 120 characters of its first paragraph. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it is published, http:// or https://. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** An enterprise (company or group) named in the sources. */
export type Enterprise = Entity & {
  __typename?: 'Enterprise';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** Industries and chains it belongs to or leads. */
  industries: Array<Industry>;
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Universities, institutes, enterprises and teams it collaborates with. */
  partners: Array<Entity>;
  /** Platforms it builds or uses. */
  platforms: Array<Platform>;
  /** Programs it was selected for, paired under or supported by. */
  programs: Array<Program>;
  /** Projects it develops or takes part in. */
  projects: Array<Project>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** People and teams who work at, joined or lead it. */
  talents: Array<Talent>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterpriseHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterpriseIndustriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterpriseMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterprisePartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterprisePlatformsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterpriseProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterpriseProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterpriseRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** An enterprise (company or group) named in the sources. */
export type EnterpriseTalentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  edges: Array<EnterpriseEdge>;
  nodes: Array<Enterprise>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  cursor: Scalars['String']['output'];
  node: Enterprise;
};

/** An enterprise of the program or industry and its links to talents, projects and universities. */
export type EnterpriseLinks = {
  __typename?: 'EnterpriseLinks';
  enterprise: Enterprise;
  projects: Array<Project>;
  talents: Array<Talent>;
  universities: Array<University>;
};

/**
 * Anything named in the sources: an organisation, a person or team, a project, a program,
 * an event, an industry, a region or an agency.
 */
export type Entity = {
  /** Each alias with where it comes from, in the order of `aliases`. */
  aliasOrigins: Array<Alias>;
  /**
   * Other names: short forms a source prints (武科大) and names the curators added to help
   * matching (公牛集团). `aliasOrigins` says which is which; only a printed alias is a source's word.
   */
  aliases: Array<Scalars['String']['output']>;
  /** A summary in English, in our own words. */
  description: Maybe<Scalars['String']['output']>;
  /** The same summary in Chinese. */
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  /** Stable readable id, e.g. `university:wust`. */
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  /** Chinese name exactly as the source prints it. */
  name: Scalars['String']['output'];
  /**
   * English name, ours: the sources print none. The official English name where one exists,
   * otherwise our translation; persons in pinyin.
   */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Stated relationships of this entity, in either direction, ordered by type and then the other end's name. */
  relationships: Array<Relationship>;
  /** Where the sources state this entity: document and paragraph. */
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  /** The year the thing was founded, launched or held, where a source states one. */
  year: Maybe<Scalars['Int']['output']>;
};


/**
 * Anything named in the sources: an organisation, a person or team, a project, a program,
 * an event, an industry, a region or an agency.
 */
export type EntityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Anything named in the sources: an organisation, a person or team, a project, a program,
 * an event, an industry, a region or an agency.
 */
export type EntityMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Anything named in the sources: an organisation, a person or team, a project, a program,
 * an event, an industry, a region or an agency.
 */
export type EntityRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** Filters for lists; all given conditions must hold. */
export type EntityFilter = {
  /** Only entities linked to this industry (id), e.g. `industry:smart-appliances`. */
  industry?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the Chinese name, English name or an alias (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only entities linked to this program (id). */
  program?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities linked to this region (id). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities whose year is this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A group of entities: of these kinds, optionally linked to an industry or program, or these ids. */
export type EntityGroup = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  kinds: Array<EntityKind>;
  program?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * An entity to add, or to update: then `version` is the version you edited (Entity.version), and
 * the change is refused with CONFLICT if the entity has moved on since.
 */
export type EntityInput = {
  aliases?: InputMaybe<Array<AliasInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionZh?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: EntityKind;
  /** Curator knowledge: why the curators know this without a source paragraph; needed when sources is empty. */
  knowledge?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** The paragraphs that state it; may be empty only when knowledge says why. */
  sources: Array<CitationInput>;
  version?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
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

/** Ways to sort a list. Each has a stable tie-break on id, so cursors stay valid. */
export type EntityOrder =
  /** Most connected first. */
  | 'CONNECTIONS_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC'
  | 'NAME_EN_ASC'
  | 'YEAR_ASC'
  | 'YEAR_DESC';

/** A named event: competition, summit, festival or activity. */
export type Event = Entity & {
  __typename?: 'Event';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Regions, agencies, organisations and platforms that held or hosted it. */
  organisers: Array<Entity>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Who competed, took part or won. */
  participants: Array<Entity>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A named event: competition, summit, festival or activity. */
export type EventHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named event: competition, summit, festival or activity. */
export type EventMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named event: competition, summit, festival or activity. */
export type EventOrganisersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named event: competition, summit, festival or activity. */
export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named event: competition, summit, festival or activity. */
export type EventRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** Where a fact's current content comes from. */
export type FactOrigin = {
  __typename?: 'FactOrigin';
  /** The change that wrote it last (kind CHANGE). */
  change: Maybe<Change>;
  kind: FactOriginKind;
};

/** Where a fact comes from. */
export type FactOriginKind =
  /** Written last by an applied change (`change`). */
  | 'CHANGE'
  /** Loaded by npm run seed: the curated files (or a researcher's file), written by no change since. */
  | 'SEED';

export type FeedOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

/** Totals over the whole graph. */
export type GraphStats = {
  __typename?: 'GraphStats';
  entities: Scalars['Int']['output'];
  indicators: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

/** A figure the sources state: what it counts, its value in base units, its scope and source. */
export type Indicator = {
  __typename?: 'Indicator';
  /** The figure exactly as printed, e.g. 49.24万人. */
  display: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Chinese name, with the figure as printed. */
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  period: Maybe<Scalars['String']['output']>;
  periodEn: Maybe<Scalars['String']['output']>;
  qualifier: IndicatorQualifier;
  /** The entities the figure is about (a region, a program, a university, …). */
  scope: Array<Entity>;
  sources: Array<SourceRef>;
  status: IndicatorStatus;
  /** talent, postdoctoral, university-cooperation, capital, skills, enterprises, … */
  topic: Scalars['String']['output'];
  /** people, enterprises, projects, CNY, percent, rank, person-times, square_metres, … */
  unit: Scalars['String']['output'];
  /** Value in base units: 49.24万人 is 492400 people, 超20亿元 is 2000000000 CNY, 44% is 44 percent. */
  value: Scalars['Float']['output'];
  /** 0 for an indicator no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
};

/**
 * An indicator to add, or to update: then `version` is the version you edited (Indicator.version),
 * and the change is refused with CONFLICT, naming the current version and value, if it moved on.
 * The fields are the loader's (README: Loading your own data).
 */
export type IndicatorInput = {
  /** The figure exactly as printed. */
  display: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** Curator knowledge: why the curators know this without a source paragraph; needed when sources is empty. */
  knowledge?: InputMaybe<Scalars['String']['input']>;
  /** The Chinese name, with the figure as printed. */
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  periodEn?: InputMaybe<Scalars['String']['input']>;
  qualifier?: InputMaybe<IndicatorQualifier>;
  /** The entities the figure is about, by id, at least one. */
  scope: Array<Scalars['ID']['input']>;
  /** The paragraphs that state it; may be empty only when knowledge says why. */
  sources: Array<CitationInput>;
  status?: InputMaybe<IndicatorStatus>;
  topic: Scalars['String']['input'];
  unit: Scalars['String']['input'];
  /** The value in base units (49.24万人 is 492400). */
  value: Scalars['Float']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
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

/** An industry, industry chain or sector. */
export type Industry = Entity & {
  __typename?: 'Industry';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** Enterprises in it. */
  enterprises: Array<Enterprise>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Leading (龙头) enterprises of the chain. */
  leadingEnterprises: Array<Enterprise>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Platforms that serve it. */
  platforms: Array<Platform>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** An industry, industry chain or sector. */
export type IndustryEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An industry, industry chain or sector. */
export type IndustryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An industry, industry chain or sector. */
export type IndustryLeadingEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An industry, industry chain or sector. */
export type IndustryMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An industry, industry chain or sector. */
export type IndustryPlatformsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An industry, industry chain or sector. */
export type IndustryRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

export type IndustryConnection = {
  __typename?: 'IndustryConnection';
  edges: Array<IndustryEdge>;
  nodes: Array<Industry>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type IndustryEdge = {
  __typename?: 'IndustryEdge';
  cursor: Scalars['String']['output'];
  node: Industry;
};

/** One occurrence of an entity's name (or alias, or its traditional spelling) in a paragraph. */
export type Mention = {
  __typename?: 'Mention';
  end: Scalars['Int']['output'];
  entity: Entity;
  paragraph: Paragraph;
  /** Offsets in the paragraph's text, UTF-16 code units, `end` exclusive. */
  start: Scalars['Int']['output'];
  /** The name as the paragraph prints it. */
  text: Scalars['String']['output'];
  /**
   * The entity whose longer name this one is printed inside (武汉 inside 武汉科技大学), where the
   * longer name is the paragraph's mention; null for a mention of its own.
   */
  within: Maybe<Entity>;
};

export type MentionConnection = {
  __typename?: 'MentionConnection';
  edges: Array<MentionEdge>;
  nodes: Array<Mention>;
  pageInfo: PageInfo;
  /** How many mentions the entity has, across all documents and pages. */
  totalCount: Scalars['Int']['output'];
};

export type MentionEdge = {
  __typename?: 'MentionEdge';
  cursor: Scalars['String']['output'];
  node: Mention;
};

/**
 * Two entities that are the same thing: `merge` goes into `keep`. Its relationships move to keep
 * (one of the same type and other end joins the kept one, with all their citations), its names
 * become aliases of keep, its citations and mentions join keep's, and it leaves every read; its
 * id then answers keep (Query.entity). Both versions are the ones you read (CONFLICT otherwise).
 */
export type MergeInput = {
  keep: Scalars['ID']['input'];
  keepVersion: Scalars['Int']['input'];
  merge: Scalars['ID']['input'];
  mergeVersion: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Ingests a report (curator or above), through the same pipeline as `npm run ingest`: its
   * paragraphs, mentions, candidate entities and suggested links (Query.candidates,
   * Query.suggestedLinks) in one transaction, with an audit record. A report whose text is stored
   * already is answered with its Source (alreadyStored: true).
   */
  addDocument: Source;
  /**
   * Proposes a document's candidate as a new entity (curator or above), citing the document's
   * paragraphs that print it (the first 20). NOT_FOUND when the document has no such candidate.
   */
  proposeCandidate: Change;
  /** Proposes a change (curator or above). Nothing in the graph changes until it is accepted. */
  proposeChange: Change;
  /**
   * Proposes a relationship for a pair the document suggests (curator or above), citing the
   * paragraphs that name both (the first 20). NOT_FOUND when the document suggests no such pair.
   */
  proposeSuggestedLink: Change;
  /**
   * Reverts an applied change (reviewer or above), in one transaction: every fact it wrote gets
   * back what it was before (an entity it added is deleted, a relationship it retracted returns),
   * and it becomes REVERTED. Each entity put back gets a new version. CONFLICT, writing nothing,
   * when a later change has written one of those facts since: the message names it.
   */
  revertChange: Change;
  /**
   * Accepts a proposed change, applying it in one transaction, or rejects it (reviewer or above).
   * A reviewer cannot accept their own change unless CURATION_SELF_REVIEW=true.
   */
  reviewChange: Change;
};


export type MutationAddDocumentArgs = {
  input: DocumentInput;
};


export type MutationProposeCandidateArgs = {
  input: CandidateProposalInput;
};


export type MutationProposeChangeArgs = {
  input: ChangeInput;
};


export type MutationProposeSuggestedLinkArgs = {
  input: SuggestedLinkProposalInput;
};


export type MutationRevertChangeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReviewChangeArgs = {
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Exactly one of the fields. */
export type OperationInput = {
  alias?: InputMaybe<AliasOperationInput>;
  entity?: InputMaybe<EntityInput>;
  indicator?: InputMaybe<IndicatorInput>;
  merge?: InputMaybe<MergeInput>;
  relationship?: InputMaybe<RelationshipInput>;
  retract?: InputMaybe<RelationshipKeyInput>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A paragraph of a stored document: the non-empty blocks of the file, counted from 1. */
export type Paragraph = {
  __typename?: 'Paragraph';
  document: Source;
  /**
   * The entities it names, in text order. Where names overlap the longest one is the mention, and
   * the known names printed inside it are its nested mentions (`within` set).
   */
  mentions: Array<Mention>;
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};


/** A paragraph of a stored document: the non-empty blocks of the file, counted from 1. */
export type ParagraphMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ParagraphConnection = {
  __typename?: 'ParagraphConnection';
  edges: Array<ParagraphEdge>;
  nodes: Array<Paragraph>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParagraphEdge = {
  __typename?: 'ParagraphEdge';
  cursor: Scalars['String']['output'];
  node: Paragraph;
};

/** An entity not yet linked to the one asked about, and why it is suggested. */
export type PartnerRecommendation = {
  __typename?: 'PartnerRecommendation';
  entity: Entity;
  score: Scalars['Float']['output'];
  /** The neighbours both share, which justify the suggestion. */
  sharedNeighbours: Array<Entity>;
};

/** How partner candidates are scored from the neighbours they share with the entity. */
export type PartnerScore =
  /** Shared neighbours weighted by 1 / ln(degree): a rarely linked shared neighbour counts more. */
  | 'ADAMIC_ADAR'
  /** The number of shared neighbours. */
  | 'COMMON_NEIGHBOURS';

/** A paragraph found by passage search, with where it matches. */
export type PassageHit = {
  __typename?: 'PassageHit';
  /** The spans of the paragraph that match the query's words. */
  highlights: Array<TextSpan>;
  paragraph: Paragraph;
};

/** A chain of stated relationships from one entity to another. */
export type Path = {
  __typename?: 'Path';
  /** The path read as a sentence in Chinese. */
  explanation: Scalars['String']['output'];
  /** The path read as a sentence in English. */
  explanationEn: Scalars['String']['output'];
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** Starts at `from` and ends at `to`. */
  nodes: Array<Entity>;
  /** relationships[i] links nodes[i] and nodes[i + 1] (in either direction; see its from and to). */
  relationships: Array<Relationship>;
};

/** A platform: workstation, base, joint centre, service complex, market, corridor or facility. */
export type Platform = Entity & {
  __typename?: 'Platform';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** Industries it serves. */
  industries: Array<Industry>;
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Enterprises, universities, institutes, teams and agencies that build or run it. */
  organisations: Array<Entity>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Where it is. */
  regions: Array<Region>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A platform: workstation, base, joint centre, service complex, market, corridor or facility. */
export type PlatformHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A platform: workstation, base, joint centre, service complex, market, corridor or facility. */
export type PlatformIndustriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A platform: workstation, base, joint centre, service complex, market, corridor or facility. */
export type PlatformMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A platform: workstation, base, joint centre, service complex, market, corridor or facility. */
export type PlatformOrganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A platform: workstation, base, joint centre, service complex, market, corridor or facility. */
export type PlatformRegionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A platform: workstation, base, joint centre, service complex, market, corridor or facility. */
export type PlatformRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

export type PlatformConnection = {
  __typename?: 'PlatformConnection';
  edges: Array<PlatformEdge>;
  nodes: Array<Platform>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PlatformEdge = {
  __typename?: 'PlatformEdge';
  cursor: Scalars['String']['output'];
  node: Platform;
};

/** Who sends a request, as the key in its Authorization header says. */
export type Principal = {
  __typename?: 'Principal';
  /** The name the key was created with (npm run keys -- create --name NAME). */
  name: Scalars['String']['output'];
  role: Role;
};

/** A program, plan, policy, action or strategy. */
export type Program = Entity & {
  __typename?: 'Program';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Regions and agencies that launched or run it. */
  launchedBy: Array<Entity>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Entities selected for, taking part in, supported or served by it, or that won it. */
  participants: Array<Entity>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A program, plan, policy, action or strategy. */
export type ProgramHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A program, plan, policy, action or strategy. */
export type ProgramLaunchedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A program, plan, policy, action or strategy. */
export type ProgramMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A program, plan, policy, action or strategy. */
export type ProgramParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A program, plan, policy, action or strategy. */
export type ProgramRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  nodes: Array<Program>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  cursor: Scalars['String']['output'];
  node: Program;
};

/** A project, product development or research project. */
export type Project = Entity & {
  __typename?: 'Project';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** Events it competed in. */
  events: Array<Event>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Who develops, leads or hosts it. */
  participants: Array<Entity>;
  /** Programs under which it runs. */
  programs: Array<Program>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A project, product development or research project. */
export type ProjectEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project, product development or research project. */
export type ProjectHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project, product development or research project. */
export type ProjectMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project, product development or research project. */
export type ProjectParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project, product development or research project. */
export type ProjectProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project, product development or research project. */
export type ProjectRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  nodes: Array<Project>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type Query = {
  __typename?: 'Query';
  /** Agency list: `first` 1..100, `after` a cursor from this list and order. */
  agencies: AgencyConnection;
  /** Every API key, live and revoked, by name. Needs the admin role. */
  apiKeys: Array<ApiKey>;
  /**
   * The entities most often on shortest paths (at most `maxHops`, 1..6, following relationships of
   * `categories`, by default those paths follow, not through regions or industries) between members
   * of the two groups, highest score first. Each group is cut at 100 members.
   */
  brokers: Array<Broker>;
  /** The candidate entities an ingested document proposes, strongest first. */
  candidates: CandidateConnection;
  /** One change by id. */
  change: Maybe<Change>;
  /**
   * The feed of changes, by when each last changed status (proposed, decided, reverted), newest
   * first unless `order` says otherwise, a page at a time. A mirror syncs with `since` (its last
   * sync) and `order: OLDEST_FIRST`, following `pageInfo.endCursor`; a change whose status moves
   * comes again, with its new status.
   */
  changes: ChangeFeed;
  /**
   * Up to `first` (1..50) distinct paths from `from` to `to` of at most `maxHops` (1..6)
   * relationships, shortest first, ties in a stable order, following relationships in either
   * direction. By default paths answer "through whom": they follow COLLABORATION, PARTICIPATION
   * (in a project, an event or a program) and AFFILIATION relationships, and leave out POLICY
   * links (located in, runs, builds, holds, in an industry) and hubs (regions and industries),
   * which would make every path trivially short. `categories` or `types` choose the relationships a
   * path may use (`types` wins when both are given), `statuses` how far along they must be (all by
   * default; [ACTUAL] keeps only links in place), `throughKinds` the kinds of entity a path may
   * pass through, `avoid` ids it must not pass.
   */
  collaborationPaths: Array<Path>;
  /**
   * Entities counted by kind, industry, program, region or year, for bar charts. `statuses`
   * counts only what links of those statuses support: by INDUSTRY, PROGRAM or REGION an entity
   * counts for a group only through a link of one of them (statuses: [ACTUAL] leaves out programs
   * merely planned or promoted); by KIND or YEAR only entities with at least one such link count.
   */
  counts: Array<CountBucket>;
  /** For a program or an industry (its id): which of its enterprises have links, which do not. */
  coverage: Coverage;
  /** A source document by id, with its paragraphs; null when no source has that id. */
  document: Maybe<Source>;
  /** The source documents, by id. */
  documents: SourceConnection;
  /** Enterprise list: `first` 1..100, `after` a cursor from this list and order. */
  enterprises: EnterpriseConnection;
  /** Any entity by id, whatever its kind; null when no entity has that id. */
  entity: Maybe<Entity>;
  /** Event list: `first` 1..100, `after` a cursor from this list and order. */
  events: EventConnection;
  /**
   * Indicators whose name, English name or printed figure contains `query` (case-insensitive),
   * optionally of one topic, ordered by topic and id.
   */
  indicators: Array<Indicator>;
  /** Industry list: `first` 1..100, `after` a cursor from this list and order. */
  industries: IndustryConnection;
  /** The key this request was sent with; null for an anonymous request. */
  me: Maybe<Principal>;
  /**
   * The entity, its neighbours up to `depth` (1..3) relationships away, nearest and best connected
   * first, and every relationship among them; at most `maxNodes` (1..500) nodes. `types` limits the
   * relationships followed; `kinds` limits which neighbours are returned; `throughKinds` limits
   * the kinds the search may pass through on its way (all by default; leave out REGION and
   * INDUSTRY to keep hubs from pulling in half the graph).
   */
  neighborhood: Subgraph;
  /**
   * Entities not yet linked to `id` that share neighbours with it, best first (1..50). Shared
   * neighbours are found through `categories` of relationships (by default those paths follow) and
   * are never regions or industries.
   */
  partnerRecommendations: Array<PartnerRecommendation>;
  /** Platform list: `first` 1..100, `after` a cursor from this list and order. */
  platforms: PlatformConnection;
  /** Program list: `first` 1..100, `after` a cursor from this list and order. */
  programs: ProgramConnection;
  /** Project list: `first` 1..100, `after` a cursor from this list and order. */
  projects: ProjectConnection;
  /** Region list: `first` 1..100, `after` a cursor from this list and order. */
  regions: RegionConnection;
  /** ResearchInstitute list: `first` 1..100, `after` a cursor from this list and order. */
  researchInstitutes: ResearchInstituteConnection;
  /**
   * Entities whose Chinese name, English name or alias contains the text (any part of a Chinese
   * name, whole or leading English words, case-insensitive), best match first.
   */
  search: Array<Entity>;
  /**
   * Paragraphs whose text contains the query's words (Chinese in any two-character part, simplified
   * or traditional; English words), best match first.
   */
  searchDocuments: Array<PassageHit>;
  /** The source documents, by id. */
  sources: Array<Source>;
  /** What the graph holds right now. */
  stats: GraphStats;
  /** The links an ingested document suggests between known entities, strongest first. */
  suggestedLinks: SuggestedLinkConnection;
  /** Talent list: `first` 1..100, `after` a cursor from this list and order. */
  talents: TalentConnection;
  /** University list: `first` 1..100, `after` a cursor from this list and order. */
  universities: UniversityConnection;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryBrokersArgs = {
  and: EntityGroup;
  between: EntityGroup;
  categories?: InputMaybe<Array<RelationshipCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  document: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryChangeArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  author?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<FeedOrder>;
  since?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ChangeStatus>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryCollaborationPathsArgs = {
  avoid?: InputMaybe<Array<Scalars['ID']['input']>>;
  categories?: InputMaybe<Array<RelationshipCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<RelationshipStatus>>;
  throughKinds?: InputMaybe<Array<EntityKind>>;
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryCountsArgs = {
  by: CountDimension;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  orderBy?: InputMaybe<CountOrder>;
  statuses?: InputMaybe<Array<RelationshipStatus>>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryCoverageArgs = {
  of: Scalars['ID']['input'];
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryIndustriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  throughKinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryPartnerRecommendationsArgs = {
  categories?: InputMaybe<Array<RelationshipCategory>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  score?: InputMaybe<PartnerScore>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryPlatformsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryResearchInstitutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QuerySearchDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QuerySuggestedLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  document: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryTalentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read-only queries over the Cixi innovation graph. Every fact carries its source and paragraph. */
export type QueryUniversitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};

/** A city, district or region. */
export type Region = Entity & {
  __typename?: 'Region';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Organisations, platforms and events located in it. */
  located: Array<Entity>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** The region it belongs to. */
  parentRegion: Maybe<Region>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A city, district or region. */
export type RegionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A city, district or region. */
export type RegionLocatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A city, district or region. */
export type RegionMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A city, district or region. */
export type RegionRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  nodes: Array<Region>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

/** A stated link between two entities, read from `from` to `to`. */
export type Relationship = {
  __typename?: 'Relationship';
  category: RelationshipCategory;
  from: Entity;
  /** The applied and reverted changes that wrote it (added, updated, retracted), newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** The program under which the link was made, where stated. */
  program: Maybe<Program>;
  /** The role or nature of the link as the source gives it (Chinese). */
  role: Maybe<Scalars['String']['output']>;
  roleEn: Maybe<Scalars['String']['output']>;
  /** The year the link began, where stated. */
  since: Maybe<Scalars['Int']['output']>;
  sources: Array<SourceRef>;
  /** How far the link has got as its paragraph states it: in place, planned, promoted or explored. */
  status: RelationshipStatus;
  to: Entity;
  type: RelationshipType;
};


/** A stated link between two entities, read from `from` to `to`. */
export type RelationshipHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  from: Scalars['ID']['input'];
  /** Curator knowledge: why the curators know this without a source paragraph; needed when sources is empty. */
  knowledge?: InputMaybe<Scalars['String']['input']>;
  program?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  roleEn?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
  /** The paragraphs that state it; may be empty only when knowledge says why. */
  sources: Array<CitationInput>;
  status?: InputMaybe<RelationshipStatus>;
  to: Scalars['ID']['input'];
  type: RelationshipType;
};

/** A relationship to take out of the graph; the change keeps it, so its history does too. */
export type RelationshipKeyInput = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
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

/** A research institute. */
export type ResearchInstitute = Entity & {
  __typename?: 'ResearchInstitute';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Organisations it works with. */
  partners: Array<Entity>;
  /** Programs it takes part in. */
  programs: Array<Program>;
  /** Projects it hosts. */
  projects: Array<Project>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A research institute. */
export type ResearchInstituteHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A research institute. */
export type ResearchInstituteMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A research institute. */
export type ResearchInstitutePartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A research institute. */
export type ResearchInstituteProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A research institute. */
export type ResearchInstituteProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A research institute. */
export type ResearchInstituteRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

export type ResearchInstituteConnection = {
  __typename?: 'ResearchInstituteConnection';
  edges: Array<ResearchInstituteEdge>;
  nodes: Array<ResearchInstitute>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ResearchInstituteEdge = {
  __typename?: 'ResearchInstituteEdge';
  cursor: Scalars['String']['output'];
  node: ResearchInstitute;
};

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

/** A source document the curated data is taken from. */
export type Source = {
  __typename?: 'Source';
  /**
   * On the Source addDocument answers: true when the store held this text already (the Source is
   * answered as it was, nothing stored again and no audit record), false when the call stored it.
   * Null on every other read.
   */
  alreadyStored: Maybe<Scalars['Boolean']['output']>;
  /** SHA-256 of the stored document; null when the store lacks its text. */
  contentHash: Maybe<Scalars['String']['output']>;
  /** Publication date (ISO 8601) where the document prints one. */
  date: Maybe<Scalars['String']['output']>;
  /** What the document shows about its date when it prints none. */
  dateNote: Maybe<Scalars['String']['output']>;
  /** Entities this document supports, by name. */
  entities: Array<Entity>;
  /** The file name under the sources folder. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Indicators this document supports. */
  indicators: Array<Indicator>;
  paragraphCount: Scalars['Int']['output'];
  /** The document's paragraphs in order; empty when the store lacks its text. */
  paragraphs: ParagraphConnection;
  /** Publisher as printed; null where the document prints none. */
  publisher: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  titleEn: Maybe<Scalars['String']['output']>;
};


/** A source document the curated data is taken from. */
export type SourceEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source document the curated data is taken from. */
export type SourceIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source document the curated data is taken from. */
export type SourceParagraphsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/** A paragraph of a source document that states a fact. */
export type SourceRef = {
  __typename?: 'SourceRef';
  document: Source;
  /** Where the paragraph prints the names of the fact's ends (the entity, or both ends of a link). */
  highlights: Array<TextSpan>;
  /** Paragraph number: the non-empty blocks of the source file, counted from 1. */
  paragraph: Scalars['Int']['output'];
  /** The cited paragraph's text; null when the store lacks that document. */
  text: Maybe<Scalars['String']['output']>;
};

/** Entities and the relationships among them, ready to draw. */
export type Subgraph = {
  __typename?: 'Subgraph';
  nodes: Array<Entity>;
  relationships: Array<Relationship>;
  /** True when the node or relationship bound cut the result. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Two known entities named in the same paragraphs of an ingested report: a proposed link for
 * curators to review, never a fact. When the graph already links them, the report is evidence for
 * those relationships instead (`corroborates`).
 */
export type SuggestedLink = {
  __typename?: 'SuggestedLink';
  /** Types of the relationships the graph already holds between them; empty for a new link. */
  corroborates: Array<Scalars['String']['output']>;
  /** The pair has no direction: `from` is the one whose id sorts first. */
  from: Entity;
  /** Mentions of either in those paragraphs. */
  mentions: Scalars['Int']['output'];
  /** Numbers of the document's paragraphs that name both, ascending. */
  paragraphs: Array<Scalars['Int']['output']>;
  /** 1 for the strongest, by shared paragraphs, then mentions. */
  rank: Scalars['Int']['output'];
  to: Entity;
};

export type SuggestedLinkConnection = {
  __typename?: 'SuggestedLinkConnection';
  nodes: Array<SuggestedLink>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A link an ingested document suggests, to propose as a relationship. */
export type SuggestedLinkProposalInput = {
  /** The document's source id. */
  document: Scalars['ID']['input'];
  /** The relationship runs from → to as given, whichever the suggestion lists first. */
  from: Scalars['ID']['input'];
  /** By default a sentence naming the document and the paragraphs cited. */
  reason?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  type: RelationshipType;
};

/** A person or a named team. */
export type Talent = Entity & {
  __typename?: 'Talent';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** Events they competed in or won. */
  events: Array<Event>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Enterprises, universities, schools and institutes they work at, joined, lead or study at. */
  organisations: Array<Entity>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** Programs they were selected for. */
  programs: Array<Program>;
  /** Projects they lead or take part in. */
  projects: Array<Project>;
  relationships: Array<Relationship>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A person or a named team. */
export type TalentEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a named team. */
export type TalentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a named team. */
export type TalentMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a named team. */
export type TalentOrganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a named team. */
export type TalentProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a named team. */
export type TalentProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or a named team. */
export type TalentRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};

export type TalentConnection = {
  __typename?: 'TalentConnection';
  edges: Array<TalentEdge>;
  nodes: Array<Talent>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TalentEdge = {
  __typename?: 'TalentEdge';
  cursor: Scalars['String']['output'];
  node: Talent;
};

/**
 * A span of a paragraph's text: offsets in UTF-16 code units (as JavaScript's `slice` counts),
 * `end` exclusive, and the text it covers as printed.
 */
export type TextSpan = {
  __typename?: 'TextSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A university, college or school (a school of a university links to it by PART_OF). */
export type University = Entity & {
  __typename?: 'University';
  aliasOrigins: Array<Alias>;
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  descriptionZh: Maybe<Scalars['String']['output']>;
  /** Its professors, teams and students named in the sources. */
  experts: Array<Talent>;
  /** The applied and reverted changes that wrote it, newest first; none for a fact from the seed. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Curator knowledge: set when the curators state this without a source paragraph, with why. */
  knowledge: Maybe<CuratorKnowledge>;
  /** Where the stored documents name it, across all documents, in document and text order. */
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where its current content comes from: a load of the seed, or the change that wrote it. */
  origin: FactOrigin;
  /** The university this school belongs to. */
  parentUniversity: Maybe<University>;
  /** Enterprises it is paired or cooperates with. */
  partnerEnterprises: Array<Enterprise>;
  /** Platforms it built or takes part in. */
  platforms: Array<Platform>;
  /** Projects of its people. */
  projects: Array<Project>;
  relationships: Array<Relationship>;
  /** Its schools and colleges. */
  schools: Array<University>;
  sources: Array<SourceRef>;
  /** 0 for an entity no change has written; each applied change, and each revert, adds one. */
  version: Scalars['Int']['output'];
  year: Maybe<Scalars['Int']['output']>;
};


/** A university, college or school (a school of a university links to it by PART_OF). */
export type UniversityExpertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, college or school (a school of a university links to it by PART_OF). */
export type UniversityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, college or school (a school of a university links to it by PART_OF). */
export type UniversityMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, college or school (a school of a university links to it by PART_OF). */
export type UniversityPartnerEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, college or school (a school of a university links to it by PART_OF). */
export type UniversityPlatformsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, college or school (a school of a university links to it by PART_OF). */
export type UniversityProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, college or school (a school of a university links to it by PART_OF). */
export type UniversityRelationshipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A university, college or school (a school of a university links to it by PART_OF). */
export type UniversitySchoolsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UniversityConnection = {
  __typename?: 'UniversityConnection';
  edges: Array<UniversityEdge>;
  nodes: Array<University>;
  pageInfo: PageInfo;
  /** How many match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UniversityEdge = {
  __typename?: 'UniversityEdge';
  cursor: Scalars['String']['output'];
  node: University;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<EntityRecord>;
  AgencyConnection: ResolverTypeWrapper<ConnectionRecord>;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  Alias: ResolverTypeWrapper<Omit<Alias, 'source'> & { source?: Maybe<ResolversTypes['SourceRef']> }>;
  AliasInput: AliasInput;
  AliasOperationInput: AliasOperationInput;
  AliasOrigin: AliasOrigin;
  ApiKey: ResolverTypeWrapper<ApiKey>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Broker: ResolverTypeWrapper<BrokerScoreRecord>;
  Candidate: ResolverTypeWrapper<Candidate>;
  CandidateConnection: ResolverTypeWrapper<CandidateConnection>;
  CandidateProposalInput: CandidateProposalInput;
  Change: ResolverTypeWrapper<ChangeRecordRecord>;
  ChangeConnection: ResolverTypeWrapper<HistoryPageRecord>;
  ChangeEdge: ResolverTypeWrapper<HistoryItemRecord>;
  ChangeFeed: ResolverTypeWrapper<FeedAnswerRecord>;
  ChangeFeedEdge: ResolverTypeWrapper<Omit<ChangeFeedEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeInput: ChangeInput;
  ChangeOperation: ResolverTypeWrapper<ChangeOperationRecordRecord>;
  ChangeStatus: ChangeStatus;
  CitationInput: CitationInput;
  CountBucket: ResolverTypeWrapper<CountRowRecord>;
  CountDimension: CountDimension;
  CountOrder: CountOrder;
  Coverage: ResolverTypeWrapper<CoverageRecord>;
  CuratorKnowledge: ResolverTypeWrapper<KnowledgeRecordRecord>;
  DocumentFilter: DocumentFilter;
  DocumentInput: DocumentInput;
  Enterprise: ResolverTypeWrapper<EntityRecord>;
  EnterpriseConnection: ResolverTypeWrapper<ConnectionRecord>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseLinks: ResolverTypeWrapper<EnterpriseLinksRecord>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityFilter: EntityFilter;
  EntityGroup: EntityGroup;
  EntityInput: EntityInput;
  EntityKind: EntityKind;
  EntityOrder: EntityOrder;
  Event: ResolverTypeWrapper<EntityRecord>;
  EventConnection: ResolverTypeWrapper<ConnectionRecord>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  FactOrigin: ResolverTypeWrapper<OriginRecordRecord>;
  FactOriginKind: FactOriginKind;
  FeedOrder: FeedOrder;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorRecord>;
  IndicatorInput: IndicatorInput;
  IndicatorQualifier: IndicatorQualifier;
  IndicatorStatus: IndicatorStatus;
  Industry: ResolverTypeWrapper<EntityRecord>;
  IndustryConnection: ResolverTypeWrapper<ConnectionRecord>;
  IndustryEdge: ResolverTypeWrapper<Omit<IndustryEdge, 'node'> & { node: ResolversTypes['Industry'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mention: ResolverTypeWrapper<MentionRecordRecord>;
  MentionConnection: ResolverTypeWrapper<MentionPageRecord>;
  MentionEdge: ResolverTypeWrapper<Omit<MentionEdge, 'node'> & { node: ResolversTypes['Mention'] }>;
  MergeInput: MergeInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OperationInput: OperationInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paragraph: ResolverTypeWrapper<ParagraphRecordRecord>;
  ParagraphConnection: ResolverTypeWrapper<ParagraphPageRecord>;
  ParagraphEdge: ResolverTypeWrapper<Omit<ParagraphEdge, 'node'> & { node: ResolversTypes['Paragraph'] }>;
  PartnerRecommendation: ResolverTypeWrapper<RecommendationRecord>;
  PartnerScore: PartnerScore;
  PassageHit: ResolverTypeWrapper<PassageRecordRecord>;
  Path: ResolverTypeWrapper<RawPathRecord>;
  Platform: ResolverTypeWrapper<EntityRecord>;
  PlatformConnection: ResolverTypeWrapper<ConnectionRecord>;
  PlatformEdge: ResolverTypeWrapper<Omit<PlatformEdge, 'node'> & { node: ResolversTypes['Platform'] }>;
  Principal: ResolverTypeWrapper<Principal>;
  Program: ResolverTypeWrapper<EntityRecord>;
  ProgramConnection: ResolverTypeWrapper<ConnectionRecord>;
  ProgramEdge: ResolverTypeWrapper<Omit<ProgramEdge, 'node'> & { node: ResolversTypes['Program'] }>;
  Project: ResolverTypeWrapper<EntityRecord>;
  ProjectConnection: ResolverTypeWrapper<ConnectionRecord>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<EntityRecord>;
  RegionConnection: ResolverTypeWrapper<ConnectionRecord>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  Relationship: ResolverTypeWrapper<RelationshipRecord>;
  RelationshipCategory: RelationshipCategory;
  RelationshipInput: RelationshipInput;
  RelationshipKeyInput: RelationshipKeyInput;
  RelationshipStatus: RelationshipStatus;
  RelationshipType: RelationshipType;
  ResearchInstitute: ResolverTypeWrapper<EntityRecord>;
  ResearchInstituteConnection: ResolverTypeWrapper<ConnectionRecord>;
  ResearchInstituteEdge: ResolverTypeWrapper<Omit<ResearchInstituteEdge, 'node'> & { node: ResolversTypes['ResearchInstitute'] }>;
  ReviewDecision: ReviewDecision;
  Role: Role;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceConnection: ResolverTypeWrapper<SourcePageRecord>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceRef: ResolverTypeWrapper<SourceRefRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<RawSubgraphRecord>;
  SuggestedLink: ResolverTypeWrapper<Omit<SuggestedLink, 'from' | 'to'> & { from: ResolversTypes['Entity'], to: ResolversTypes['Entity'] }>;
  SuggestedLinkConnection: ResolverTypeWrapper<Omit<SuggestedLinkConnection, 'nodes'> & { nodes: Array<ResolversTypes['SuggestedLink']> }>;
  SuggestedLinkProposalInput: SuggestedLinkProposalInput;
  Talent: ResolverTypeWrapper<EntityRecord>;
  TalentConnection: ResolverTypeWrapper<ConnectionRecord>;
  TalentEdge: ResolverTypeWrapper<Omit<TalentEdge, 'node'> & { node: ResolversTypes['Talent'] }>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
  University: ResolverTypeWrapper<EntityRecord>;
  UniversityConnection: ResolverTypeWrapper<ConnectionRecord>;
  UniversityEdge: ResolverTypeWrapper<Omit<UniversityEdge, 'node'> & { node: ResolversTypes['University'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: EntityRecord;
  AgencyConnection: ConnectionRecord;
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  Alias: Omit<Alias, 'source'> & { source?: Maybe<ResolversParentTypes['SourceRef']> };
  AliasInput: AliasInput;
  AliasOperationInput: AliasOperationInput;
  ApiKey: ApiKey;
  Boolean: Scalars['Boolean']['output'];
  Broker: BrokerScoreRecord;
  Candidate: Candidate;
  CandidateConnection: CandidateConnection;
  CandidateProposalInput: CandidateProposalInput;
  Change: ChangeRecordRecord;
  ChangeConnection: HistoryPageRecord;
  ChangeEdge: HistoryItemRecord;
  ChangeFeed: FeedAnswerRecord;
  ChangeFeedEdge: Omit<ChangeFeedEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeInput: ChangeInput;
  ChangeOperation: ChangeOperationRecordRecord;
  CitationInput: CitationInput;
  CountBucket: CountRowRecord;
  Coverage: CoverageRecord;
  CuratorKnowledge: KnowledgeRecordRecord;
  DocumentFilter: DocumentFilter;
  DocumentInput: DocumentInput;
  Enterprise: EntityRecord;
  EnterpriseConnection: ConnectionRecord;
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  EnterpriseLinks: EnterpriseLinksRecord;
  Entity: EntityRecord;
  EntityFilter: EntityFilter;
  EntityGroup: EntityGroup;
  EntityInput: EntityInput;
  Event: EntityRecord;
  EventConnection: ConnectionRecord;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  FactOrigin: OriginRecordRecord;
  Float: Scalars['Float']['output'];
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorRecord;
  IndicatorInput: IndicatorInput;
  Industry: EntityRecord;
  IndustryConnection: ConnectionRecord;
  IndustryEdge: Omit<IndustryEdge, 'node'> & { node: ResolversParentTypes['Industry'] };
  Int: Scalars['Int']['output'];
  Mention: MentionRecordRecord;
  MentionConnection: MentionPageRecord;
  MentionEdge: Omit<MentionEdge, 'node'> & { node: ResolversParentTypes['Mention'] };
  MergeInput: MergeInput;
  Mutation: Record<PropertyKey, never>;
  OperationInput: OperationInput;
  PageInfo: PageInfo;
  Paragraph: ParagraphRecordRecord;
  ParagraphConnection: ParagraphPageRecord;
  ParagraphEdge: Omit<ParagraphEdge, 'node'> & { node: ResolversParentTypes['Paragraph'] };
  PartnerRecommendation: RecommendationRecord;
  PassageHit: PassageRecordRecord;
  Path: RawPathRecord;
  Platform: EntityRecord;
  PlatformConnection: ConnectionRecord;
  PlatformEdge: Omit<PlatformEdge, 'node'> & { node: ResolversParentTypes['Platform'] };
  Principal: Principal;
  Program: EntityRecord;
  ProgramConnection: ConnectionRecord;
  ProgramEdge: Omit<ProgramEdge, 'node'> & { node: ResolversParentTypes['Program'] };
  Project: EntityRecord;
  ProjectConnection: ConnectionRecord;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  Query: Record<PropertyKey, never>;
  Region: EntityRecord;
  RegionConnection: ConnectionRecord;
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  Relationship: RelationshipRecord;
  RelationshipInput: RelationshipInput;
  RelationshipKeyInput: RelationshipKeyInput;
  ResearchInstitute: EntityRecord;
  ResearchInstituteConnection: ConnectionRecord;
  ResearchInstituteEdge: Omit<ResearchInstituteEdge, 'node'> & { node: ResolversParentTypes['ResearchInstitute'] };
  Source: SourceRecord;
  SourceConnection: SourcePageRecord;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceRef: SourceRefRecord;
  String: Scalars['String']['output'];
  Subgraph: RawSubgraphRecord;
  SuggestedLink: Omit<SuggestedLink, 'from' | 'to'> & { from: ResolversParentTypes['Entity'], to: ResolversParentTypes['Entity'] };
  SuggestedLinkConnection: Omit<SuggestedLinkConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SuggestedLink']> };
  SuggestedLinkProposalInput: SuggestedLinkProposalInput;
  Talent: EntityRecord;
  TalentConnection: ConnectionRecord;
  TalentEdge: Omit<TalentEdge, 'node'> & { node: ResolversParentTypes['Talent'] };
  TextSpan: TextSpan;
  University: EntityRecord;
  UniversityConnection: ConnectionRecord;
  UniversityEdge: Omit<UniversityEdge, 'node'> & { node: ResolversParentTypes['University'] };
};

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = Context, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MaxSizeDirectiveArgs = {
  max: Scalars['Int']['input'];
};

export type MaxSizeDirectiveResolver<Result, Parent, ContextType = Context, Args = MaxSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RangeDirectiveArgs = {
  max: Scalars['Int']['input'];
  min: Scalars['Int']['input'];
};

export type RangeDirectiveResolver<Result, Parent, ContextType = Context, Args = RangeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<AgencyHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  launched?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<AgencyLaunchedArgs, 'first'>>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<AgencyMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<AgencyRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  supported?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<AgencySupportedArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgencyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyConnection'] = ResolversParentTypes['AgencyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type AliasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['AliasOrigin'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['SourceRef']>, ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type BrokerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Broker'] = ResolversParentTypes['Broker']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  pairs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestedKind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type CandidateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateConnection'] = ResolversParentTypes['CandidateConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['ChangeOperation']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revertReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revertedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revertedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChangeStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  appliedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangeFeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeFeed'] = ResolversParentTypes['ChangeFeed']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeFeedEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeFeedEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeFeedEdge'] = ResolversParentTypes['ChangeFeedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangeOperationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeOperation'] = ResolversParentTypes['ChangeOperation']> = {
  evidence?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountBucket'] = ResolversParentTypes['CountBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  covered?: Resolver<Array<ResolversTypes['EnterpriseLinks']>, ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  uncovered?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  withProject?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withTalent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withUniversity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CuratorKnowledgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CuratorKnowledge'] = ResolversParentTypes['CuratorKnowledge']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EnterpriseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<EnterpriseHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<EnterpriseIndustriesArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<EnterpriseMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<EnterprisePartnersArgs, 'first'>>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<EnterprisePlatformsArgs, 'first'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<EnterpriseProgramsArgs, 'first'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<EnterpriseProjectsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EnterpriseRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  talents?: Resolver<Array<ResolversTypes['Talent']>, ParentType, ContextType, RequireFields<EnterpriseTalentsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnterpriseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnterpriseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
};

export type EnterpriseLinksResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterpriseLinks'] = ResolversParentTypes['EnterpriseLinks']> = {
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  talents?: Resolver<Array<ResolversTypes['Talent']>, ParentType, ContextType>;
  universities?: Resolver<Array<ResolversTypes['University']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Agency' | 'Enterprise' | 'Event' | 'Industry' | 'Platform' | 'Program' | 'Project' | 'Region' | 'ResearchInstitute' | 'Talent' | 'University', ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<EventHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<EventMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisers?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<EventOrganisersArgs, 'first'>>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<EventParticipantsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EventRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type FactOriginResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactOrigin'] = ResolversParentTypes['FactOrigin']> = {
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactOriginKind'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['IndicatorQualifier'], ParentType, ContextType>;
  scope?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<IndustryEnterprisesArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<IndustryHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  leadingEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<IndustryLeadingEnterprisesArgs, 'first'>>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<IndustryMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<IndustryPlatformsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<IndustryRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndustryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryConnection'] = ResolversParentTypes['IndustryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndustryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndustryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryEdge'] = ResolversParentTypes['IndustryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['Paragraph'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  within?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addDocument?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationAddDocumentArgs, 'input'>>;
  proposeCandidate?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationProposeCandidateArgs, 'input'>>;
  proposeChange?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationProposeChangeArgs, 'input'>>;
  proposeSuggestedLink?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationProposeSuggestedLinkArgs, 'input'>>;
  revertChange?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'id' | 'reason'>>;
  reviewChange?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationReviewChangeArgs, 'decision' | 'id'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParagraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Paragraph'] = ResolversParentTypes['Paragraph']> = {
  document?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<ParagraphMentionsArgs, 'first'>>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ParagraphConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParagraphConnection'] = ResolversParentTypes['ParagraphConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParagraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParagraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParagraphEdge'] = ResolversParentTypes['ParagraphEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Paragraph'], ParentType, ContextType>;
};

export type PartnerRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerRecommendation'] = ResolversParentTypes['PartnerRecommendation']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedNeighbours?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PassageHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PassageHit'] = ResolversParentTypes['PassageHit']> = {
  highlights?: Resolver<Array<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['Paragraph'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<PlatformHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<PlatformIndustriesArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<PlatformMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<PlatformOrganisationsArgs, 'first'>>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<PlatformRegionsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PlatformRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlatformConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformConnection'] = ResolversParentTypes['PlatformConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlatformEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlatformEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformEdge'] = ResolversParentTypes['PlatformEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
};

export type PrincipalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Principal'] = ResolversParentTypes['Principal']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<ProgramHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  launchedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<ProgramLaunchedByArgs, 'first'>>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ProgramMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<ProgramParticipantsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ProgramRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgramConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgramConnection'] = ResolversParentTypes['ProgramConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgramEdge'] = ResolversParentTypes['ProgramEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<ProjectEventsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<ProjectHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ProjectMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<ProjectParticipantsArgs, 'first'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<ProjectProgramsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ProjectRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, RequireFields<QueryAgenciesArgs, 'first' | 'orderBy'>>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  brokers?: Resolver<Array<ResolversTypes['Broker']>, ParentType, ContextType, RequireFields<QueryBrokersArgs, 'and' | 'between' | 'categories' | 'first' | 'maxHops'>>;
  candidates?: Resolver<ResolversTypes['CandidateConnection'], ParentType, ContextType, RequireFields<QueryCandidatesArgs, 'document' | 'first'>>;
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryChangeArgs, 'id'>>;
  changes?: Resolver<ResolversTypes['ChangeFeed'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first' | 'order'>>;
  collaborationPaths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryCollaborationPathsArgs, 'avoid' | 'categories' | 'first' | 'from' | 'maxHops' | 'statuses' | 'throughKinds' | 'to'>>;
  counts?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType, RequireFields<QueryCountsArgs, 'by' | 'first' | 'orderBy' | 'statuses'>>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType, RequireFields<QueryCoverageArgs, 'of'>>;
  document?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<QueryEnterprisesArgs, 'first' | 'orderBy'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'orderBy'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorsArgs, 'first'>>;
  industries?: Resolver<ResolversTypes['IndustryConnection'], ParentType, ContextType, RequireFields<QueryIndustriesArgs, 'first' | 'orderBy'>>;
  me?: Resolver<Maybe<ResolversTypes['Principal']>, ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'maxNodes'>>;
  partnerRecommendations?: Resolver<Array<ResolversTypes['PartnerRecommendation']>, ParentType, ContextType, RequireFields<QueryPartnerRecommendationsArgs, 'categories' | 'first' | 'id' | 'kinds' | 'score'>>;
  platforms?: Resolver<ResolversTypes['PlatformConnection'], ParentType, ContextType, RequireFields<QueryPlatformsArgs, 'first' | 'orderBy'>>;
  programs?: Resolver<ResolversTypes['ProgramConnection'], ParentType, ContextType, RequireFields<QueryProgramsArgs, 'first' | 'orderBy'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first' | 'orderBy'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first' | 'orderBy'>>;
  researchInstitutes?: Resolver<ResolversTypes['ResearchInstituteConnection'], ParentType, ContextType, RequireFields<QueryResearchInstitutesArgs, 'first' | 'orderBy'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  searchDocuments?: Resolver<Array<ResolversTypes['PassageHit']>, ParentType, ContextType, RequireFields<QuerySearchDocumentsArgs, 'first' | 'query'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  suggestedLinks?: Resolver<ResolversTypes['SuggestedLinkConnection'], ParentType, ContextType, RequireFields<QuerySuggestedLinksArgs, 'document' | 'first'>>;
  talents?: Resolver<ResolversTypes['TalentConnection'], ParentType, ContextType, RequireFields<QueryTalentsArgs, 'first' | 'orderBy'>>;
  universities?: Resolver<ResolversTypes['UniversityConnection'], ParentType, ContextType, RequireFields<QueryUniversitiesArgs, 'first' | 'orderBy'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<RegionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  located?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<RegionLocatedArgs, 'first'>>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<RegionMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  parentRegion?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<RegionRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  category?: Resolver<ResolversTypes['RelationshipCategory'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<RelationshipHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationshipStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type ResearchInstituteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResearchInstitute'] = ResolversParentTypes['ResearchInstitute']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<ResearchInstituteHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ResearchInstituteMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<ResearchInstitutePartnersArgs, 'first'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<ResearchInstituteProgramsArgs, 'first'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<ResearchInstituteProjectsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ResearchInstituteRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResearchInstituteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResearchInstituteConnection'] = ResolversParentTypes['ResearchInstituteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResearchInstituteEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ResearchInstitute']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResearchInstituteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResearchInstituteEdge'] = ResolversParentTypes['ResearchInstituteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResearchInstitute'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  alreadyStored?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<SourceEntitiesArgs, 'first'>>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<SourceIndicatorsArgs, 'first'>>;
  paragraphCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphs?: Resolver<ResolversTypes['ParagraphConnection'], ParentType, ContextType, RequireFields<SourceParagraphsArgs, 'first'>>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceRef'] = ResolversParentTypes['SourceRef']> = {
  document?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SuggestedLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestedLink'] = ResolversParentTypes['SuggestedLink']> = {
  corroborates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type SuggestedLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestedLinkConnection'] = ResolversParentTypes['SuggestedLinkConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['SuggestedLink']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TalentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Talent'] = ResolversParentTypes['Talent']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<TalentEventsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<TalentHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<TalentMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<TalentOrganisationsArgs, 'first'>>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<TalentProgramsArgs, 'first'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<TalentProjectsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<TalentRelationshipsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TalentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TalentConnection'] = ResolversParentTypes['TalentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TalentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Talent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TalentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TalentEdge'] = ResolversParentTypes['TalentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UniversityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['University'] = ResolversParentTypes['University']> = {
  aliasOrigins?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  experts?: Resolver<Array<ResolversTypes['Talent']>, ParentType, ContextType, RequireFields<UniversityExpertsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<UniversityHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  knowledge?: Resolver<Maybe<ResolversTypes['CuratorKnowledge']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<UniversityMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FactOrigin'], ParentType, ContextType>;
  parentUniversity?: Resolver<Maybe<ResolversTypes['University']>, ParentType, ContextType>;
  partnerEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<UniversityPartnerEnterprisesArgs, 'first'>>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<UniversityPlatformsArgs, 'first'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<UniversityProjectsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<UniversityRelationshipsArgs, 'first'>>;
  schools?: Resolver<Array<ResolversTypes['University']>, ParentType, ContextType, RequireFields<UniversitySchoolsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UniversityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UniversityConnection'] = ResolversParentTypes['UniversityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UniversityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['University']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UniversityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UniversityEdge'] = ResolversParentTypes['UniversityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['University'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  Alias?: AliasResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  Broker?: BrokerResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CandidateConnection?: CandidateConnectionResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeFeed?: ChangeFeedResolvers<ContextType>;
  ChangeFeedEdge?: ChangeFeedEdgeResolvers<ContextType>;
  ChangeOperation?: ChangeOperationResolvers<ContextType>;
  CountBucket?: CountBucketResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CuratorKnowledge?: CuratorKnowledgeResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  EnterpriseLinks?: EnterpriseLinksResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  FactOrigin?: FactOriginResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryConnection?: IndustryConnectionResolvers<ContextType>;
  IndustryEdge?: IndustryEdgeResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paragraph?: ParagraphResolvers<ContextType>;
  ParagraphConnection?: ParagraphConnectionResolvers<ContextType>;
  ParagraphEdge?: ParagraphEdgeResolvers<ContextType>;
  PartnerRecommendation?: PartnerRecommendationResolvers<ContextType>;
  PassageHit?: PassageHitResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformConnection?: PlatformConnectionResolvers<ContextType>;
  PlatformEdge?: PlatformEdgeResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramConnection?: ProgramConnectionResolvers<ContextType>;
  ProgramEdge?: ProgramEdgeResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  ResearchInstitute?: ResearchInstituteResolvers<ContextType>;
  ResearchInstituteConnection?: ResearchInstituteConnectionResolvers<ContextType>;
  ResearchInstituteEdge?: ResearchInstituteEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceRef?: SourceRefResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SuggestedLink?: SuggestedLinkResolvers<ContextType>;
  SuggestedLinkConnection?: SuggestedLinkConnectionResolvers<ContextType>;
  Talent?: TalentResolvers<ContextType>;
  TalentConnection?: TalentConnectionResolvers<ContextType>;
  TalentEdge?: TalentEdgeResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  University?: UniversityResolvers<ContextType>;
  UniversityConnection?: UniversityConnectionResolvers<ContextType>;
  UniversityEdge?: UniversityEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
  maxSize?: MaxSizeDirectiveResolver<any, any, ContextType>;
  range?: RangeDirectiveResolver<any, any, ContextType>;
};
