// Reads a path as a sentence: one clause per relationship, in the direction the source states it,
// with the role where one is given.
import type { Entity, Relationship } from './records.ts';
import { RELATIONSHIP_TYPES } from './vocabulary.ts';

function clause(r: Relationship, language: 'zh' | 'en'): string {
  const name = (e: Entity): string => (language === 'zh' ? e.name : (e.nameEn ?? e.name));
  const text = RELATIONSHIP_TYPES[r.type][language]
    .replace('{from}', name(r.from))
    .replace('{to}', name(r.to));
  const role = language === 'zh' ? r.role : (r.roleEn ?? r.role);
  if (!role) return text;
  return language === 'zh' ? `${text}（${role}）` : `${text} (${role})`;
}

export function explain(relationships: readonly Relationship[], language: 'zh' | 'en'): string {
  const clauses = relationships.map((r) => clause(r, language));
  return language === 'zh' ? `${clauses.join('；')}。` : `${clauses.join('; ')}.`;
}
