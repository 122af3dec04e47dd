// Reads a path as a sentence: one clause per relationship, in the direction the source states it,
// worded for its status (计划建设 / plans to build), with the role where one is given.
import type { Entity, Relationship } from './records.ts';
import { STATUS_NAMES, wording } from './vocabulary.ts';

function clause(r: Relationship, language: 'zh' | 'en'): string {
  const name = (e: Entity): string => (language === 'zh' ? e.name : (e.nameEn ?? e.name));
  const { clause: words, tagged } = wording(r.type, r.status);
  const text = words[language].replace('{from}', name(r.from)).replace('{to}', name(r.to));
  const role = language === 'zh' ? r.role : (r.roleEn ?? r.role);
  const notes = [...(tagged ? [STATUS_NAMES[r.status][language]] : []), ...(role ? [role] : [])];
  if (notes.length === 0) return text;
  return language === 'zh' ? `${text}（${notes.join('；')}）` : `${text} (${notes.join('; ')})`;
}

export function explain(relationships: readonly Relationship[], language: 'zh' | 'en'): string {
  const clauses = relationships.map((r) => clause(r, language));
  return language === 'zh' ? `${clauses.join('；')}。` : `${clauses.join('; ')}.`;
}
