// Names a report prints that the graph lacks, for curators to review: a phrase ending in a word
// that ends names of a kind (有限公司, 大学, 研究院, 计划, 大赛…), with the words before it that
// can belong to a name; a quoted or bracketed name before such a word (“科创伙伴”计划); and the
// segmenter's organisations (nt), people (nr, before a title such as 教授) and places (ns);
// items of lists; industries before 行业; people between post and speech (nameShapes.ts).
import type { EntityKind } from '../data/vocabulary.ts';
import type { TaggedWord, Tagger } from './segmenter.ts';
import {
  ENDINGS,
  PROPER,
  WORDLIKE,
  inName,
  CLOSE_QUOTE,
  TITLES,
  MAX_NAME,
  LAST_ITEM,
  INDUSTRY_WORDS,
} from './nameWords.ts';
import { balanced, quotedNames, speakers, type Found } from './nameShapes.ts';

export interface CandidateEntity {
  name: string;
  suggestedKind: EntityKind;
  /** Times printed in the report. */
  count: number;
  /** Paragraph numbers, ascending. */
  paragraphs: number[];
  /** How sure the rule is (3 a name-ending word, 2 an organisation, a quoted name or a list item, 1 a person or place). */
  strength: number;
}

const endingOf = (word: string): readonly [string, EntityKind] | undefined =>
  ENDINGS.find(([ending]) => word.endsWith(ending));

/** The index of the first word of the name that ends with words[end]. */
function nameStart(tokens: readonly TaggedWord[], end: number): number {
  let start = end;
  let length = (tokens[end] as TaggedWord).word.length;
  for (let i = end - 1; i >= 0; i--) {
    const t = tokens[i] as TaggedWord;
    const opener = CLOSE_QUOTE[t.word];
    if (opener !== undefined) {
      // A quoted name is one piece: take it whole, up to its opening quote, or stop.
      let j = i - 1;
      while (j >= 0 && (tokens[j] as TaggedWord).word !== opener && end - j < 15) j--;
      const span = tokens.slice(Math.max(j, 0), i + 1).reduce((n, w) => n + w.word.length, 0);
      if (j < 0 || (tokens[j] as TaggedWord).word !== opener || length + span > MAX_NAME) break;
      length += span;
      start = j;
      i = j;
      continue;
    }
    if (!inName(t) || length + t.word.length > MAX_NAME) break;
    length += t.word.length;
    start = i;
  }
  return start;
}

const unquoted = (name: string): string => name.replace(/[“”"「」‘’]/g, '');

/** The items of lists such as 智能家电、关键基础件、汽车制造等产业: each with its words. */
function listItems(tokens: readonly TaggedWord[]): string[][] {
  const lists: string[][] = [];
  let items: string[] = [];
  const itemAt = (from: number, to: number): string =>
    tokens
      .slice(from, to)
      .map((w) => w.word)
      .join('');
  let start = 0;
  tokens.forEach((t, i) => {
    if (t.word !== '、') return;
    if (items.length === 0) start = nameStart(tokens, i - 1);
    items.push(itemAt(start, i));
    start = i + 1;
    const next = tokens.findIndex(
      (w, k) =>
        k > i &&
        (w.word === '、' || !inName(w)) &&
        !(w.word in CLOSE_QUOTE) &&
        !['“', '「', '‘'].includes(w.word),
    );
    let from = i + 1;
    let end = next < 0 ? tokens.length : next;
    if (tokens[end]?.word !== '、') {
      // 数字经济、生命健康、新能源汽车和智能装备等: the item after 和 is the list's last.
      if (LAST_ITEM.has(tokens[end]?.word ?? '')) {
        items.push(itemAt(from, end));
        from = end + 1;
        const after = tokens.findIndex((w, k) => k >= from && !inName(w));
        end = after < 0 ? tokens.length : after;
      }
      items.push(itemAt(from, end));
      lists.push(items.filter((x) => x !== ''));
      items = [];
    }
  });
  return lists;
}

function namesIn(
  tokens: readonly TaggedWord[],
  known: ReadonlyMap<string, EntityKind>,
  tag: Tagger,
): Found[] {
  const found: Found[] = [...quotedNames(tokens)];
  // An item of a list that names a known entity is probably of the same kind.
  for (const items of listItems(tokens)) {
    const kind = items.map((x) => known.get(unquoted(comparable(x)))).find((k) => k);
    if (kind) for (const name of items) found.push({ name, kind, strength: 2 });
  }
  tokens.forEach((t, i) => {
    // The ending may be split over two words (集聚/区, 需求/库).
    const previous = tokens[i - 1]?.word ?? '';
    const ending =
      endingOf(t.word) ?? (WORDLIKE.test(previous) ? endingOf(previous + t.word) : undefined);
    if (ending) {
      let start = nameStart(tokens, i);
      // A verb does not start a name: 培育制造业单项冠军 names 制造业单项冠军.
      while (start < i && (tokens[start] as TaggedWord).tag.startsWith('v')) start++;
      const join = (from: number): string =>
        tokens
          .slice(from, i + 1)
          .map((w) => w.word)
          .join('');
      const name = join(start);
      if (name.length < ending[0].length + 2) return;
      // Words before the last proper name may describe it (轴承行业龙头企业环驰集团), or belong
      // to it (浙江瑞堂塑料科技股份有限公司): both are offered.
      // A quotation mark or bracket is tagged x like an unknown word, but starts no name.
      const proper = tokens.findLastIndex(
        (w, k) => k > start && k < i && PROPER.test(w.tag) && /^[\p{L}\p{N}]/u.test(w.word),
      );
      // …and never from inside a quotation: 宁波”产业大赛 is a piece of “AI宁波”产业大赛.
      if (proper > start && balanced(join(proper)))
        found.push({ name: join(proper), kind: ending[1], strength: 3 });
      found.push({ name, kind: ending[1], strength: 3 });
      return;
    }
    // An industry is named before 行业 or 产业链 (轴承行业龙头企业, 智能家电产业链).
    if (INDUSTRY_WORDS.test(t.word) && i > 0) {
      let start = nameStart(tokens, i - 1);
      while (start < i && (tokens[start] as TaggedWord).tag.startsWith('v')) start++;
      const name = tokens
        .slice(start, i)
        .map((w) => w.word)
        .join('');
      if (name.length >= 2) found.push({ name, kind: 'INDUSTRY', strength: 2 });
    }
    const next = tokens[i + 1]?.word ?? '';
    if (t.tag === 'nt' && t.word.length >= 4)
      found.push({ name: t.word, kind: 'ENTERPRISE', strength: 2 });
    else if (t.tag === 'nr' && t.word.length >= 2 && t.word.length <= 3 && TITLES.has(next))
      found.push({ name: t.word, kind: 'TALENT', strength: 1 });
    else if (t.tag === 'ns' && t.word.length >= 2)
      found.push({ name: t.word, kind: 'REGION', strength: 1 });
  });
  return [...found, ...speakers(tokens, tag)];
}

/** Normalised for comparison with the graph's names: no spaces, straight quotes as printed. */
export const comparable = (name: string): string => name.replace(/\s+/g, '');

/**
 * The names `paragraphs` print that `known` (every name and alias in the graph, comparable) does
 * not hold, strongest first, then most printed, then by name.
 */
export function candidateNames(
  paragraphs: readonly string[],
  known: ReadonlyMap<string, EntityKind>,
  tag: Tagger,
): CandidateEntity[] {
  const byName = new Map<string, CandidateEntity>();
  const knownNames = [...known.keys()].filter((k) => k.length >= 2);
  paragraphs.forEach((text, index) => {
    const found = namesIn(tag(text), known, tag);
    for (const { name, kind, strength } of found) {
      const key = comparable(name);
      if (key.length < 2 || known.has(key) || known.has(unquoted(key))) continue;
      // A tagged word inside a longer name found here (武汉 in 武汉科技大学) is part of that
      // name; a person's name stays a name of its own beside the team named after them.
      const inside = found.some((f) => f.name.length > name.length && f.name.includes(name));
      // So is an industry named before 行业 (轴承 in 轴承行业龙头企业环驰集团), not part of what follows.
      if (strength < 3 && kind !== 'TALENT' && kind !== 'INDUSTRY' && inside) continue;
      // Words before a known name (轴承行业龙头企业环驰集团) describe it; the start of a known
      // name printed here (慈溪生物医学工程 of …研究所) is that name.
      if (knownNames.some((k) => key.endsWith(k) || (k.startsWith(key) && text.includes(k))))
        continue;
      const seen = byName.get(key);
      if (!seen) {
        byName.set(key, {
          name: key,
          suggestedKind: kind,
          count: 1,
          paragraphs: [index + 1],
          strength,
        });
        continue;
      }
      seen.count++;
      if (seen.paragraphs.at(-1) !== index + 1) seen.paragraphs.push(index + 1);
      if (strength > seen.strength) Object.assign(seen, { strength, suggestedKind: kind });
    }
  });
  return [...byName.values()].sort(
    (a, b) => b.strength - a.strength || b.count - a.count || (a.name < b.name ? -1 : 1),
  );
}
