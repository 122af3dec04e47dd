// The operations a change can hold, as stored on the Change (JSON): each record is in the
// loader's file format (README: Loading your own data), or names what it edits.
import { relationshipKey } from '../../seed/validate.ts';
import type { RelationshipType } from './vocabulary.ts';

export type RelationshipKey = {
  type: RelationshipType;
  from: string;
  to: string;
};

/** A record that names the version it edits (null or absent: it adds the record). */
type Versioned = Record<string, unknown> & { id: string; version?: number | null };

/** An alias as the loader reads one: cited ({ source, paragraph }) or the curators' ({ reason }). */
export type AliasRecord =
  { name: string; source: string; paragraph: number } | { name: string; reason: string };

export interface AliasOperation {
  entity: string;
  version: number;
  alias: AliasRecord;
}

export interface MergeOperation {
  keep: string;
  keepVersion: number;
  merge: string;
  mergeVersion: number;
}

/** What a merge moves: one relationship of the merged entity. */
export interface MovedLink {
  type: RelationshipType;
  /** True when the merged entity is its start. */
  out: boolean;
  other: string;
  props: Record<string, unknown>;
  /** The kept entity's relationship it joins, as it was (null: the merge creates it). */
  joins: Record<string, unknown> | null;
}

export interface MergeImage {
  /** The operation's index in its change, for messages. */
  index: number;
  merged: MergeOperation;
  keepProps: Record<string, unknown>;
  mergeProps: Record<string, unknown>;
  links: MovedLink[];
  /** Indicators about the merged entity: their position, and whether keep was in scope already. */
  about: { indicator: string; position: number; hadKeep: boolean }[];
  /** Ids merged earlier into the merged entity, now pointing at the kept one. */
  redirected: string[];
}

/** One operation as proposed. */
export type Operation =
  | { kind: 'ENTITY'; record: Versioned }
  | { kind: 'RELATIONSHIP'; record: Record<string, unknown> & RelationshipKey }
  | { kind: 'RETRACT'; record: RelationshipKey }
  | { kind: 'INDICATOR'; record: Versioned }
  | { kind: 'ALIAS'; record: AliasOperation }
  | { kind: 'MERGE'; record: MergeOperation };

/** What an operation is about, as Change.operations shows it. */
export function targetOf(op: Operation): string {
  switch (op.kind) {
    case 'ENTITY':
    case 'INDICATOR':
      return op.record.id;
    case 'ALIAS':
      return op.record.entity;
    case 'MERGE':
      return `${op.record.keep}<-${op.record.merge}`;
    default:
      return relationshipKey(op.record);
  }
}

/** The entity ids an operation writes: their mentions are relinked when it is applied. */
export function entitiesWritten(op: Operation): string[] {
  if (op.kind === 'ENTITY') return [op.record.id];
  if (op.kind === 'ALIAS') return [op.record.entity];
  if (op.kind === 'MERGE') return [op.record.keep, op.record.merge];
  return [];
}
