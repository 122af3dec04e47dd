// Names a report prints that the graph lacks, for curators to review: a phrase ending in a word
// that ends names of a kind (有限公司, 大学, 研究院, 计划, 大赛…), with the words before it that
// can belong to a name; a quoted or bracketed name before such a word (“科创伙伴”计划); and the
// segmenter's organisations (nt), people (nr, before a title such as 教授) and places (ns).
import type { EntityKind } from '../data/vocabulary.ts';
import type { TaggedWord, Tagger } from './segmenter.ts';

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

/** Words that end names of a kind, longest first so 有限公司 wins over 公司. */
const ENDINGS: readonly (readonly [string, EntityKind])[] = (
  [
    ...words('ENTERPRISE', '有限公司 股份公司 公司 集团 电器 医疗 厂'),
    ...words('UNIVERSITY', '大学 学院 研究生院 职业学院 技师学院 学校'),
    ...words('RESEARCH_INSTITUTE', '研究院 研究所 实验室 研究中心'),
    ...words(
      'PLATFORM',
      '中心 基地 工作站 工作室 平台 大厦 之家 走廊 市场 分市场 联盟 综合体 集聚区 产业园 园区 驿站 公寓 会客厅 信息库 需求库 企业库 孵化器 众创空间',
    ),
    ...words(
      'PROGRAM',
      '计划 行动 工程 战略 机制 模式 体系 政策 补贴 补助 项目库 专项 冠军 能手 工匠 改革',
    ),
    ...words(
      'EVENT',
      '大赛 峰会 论坛 决赛 赛区 赛道 活动 学堂 游学 训练营 沙龙 研讨会 音乐节 专场 博览会 交流会 推介会 对接会',
    ),
    ...words('TALENT', '团队 教授团队'),
    ...words(
      'AGENCY',
      '人才办 委员会 管委会 人民政府 办公室 科技局 规划局 人社局 经信局 财政局 教育局 商务局',
    ),
    ...words('INDUSTRY', '产业链 产业集群'),
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

function words(kind: EntityKind, list: string): [string, EntityKind][] {
  return list.split(' ').map((w) => [w, kind]);
}

/** Parts of speech that end a name going leftwards: conjunctions, prepositions, particles, pronouns, adverbs, measure words, interjections. */
const NOT_IN_NAME = /^(c|p|u|uj|ul|uz|uv|ud|ug|r|d|q|y|e|o|w|zg)$/;
/** Words that are in no name, though tagged as nouns or verbs: predicates and frames around a name. */
const NEVER_IN_NAME = new Set(
  '我市 全市 该市 其中 以及 包括 依托 借助 通过 共建 签约 签署 成立 组建 建设 建立 打造 举办 实施 开展 推进 深化 完善 优化 动态优化 引进 落户 入驻 入选 获评 荣获 获得 围绕 推动 加快 支持 探索 健全 强化 加强 提升 做强 壮大 全面 持续 积极 着力 形成 启动 出台 发布 设立 携手 升级 参加 加入 一批 首批 多家 首届 今年 去年 此次 本次 期间 目前 已经 累计 新增 年度 系列 相关 有关 各类 一系列 等 的'.split(
    ' ',
  ),
);
/** Parts of speech of proper names: people, places, organisations, other names, abbreviations, unknown words. */
const PROPER = /^(nr|nrt|nrfg|ns|nt|nz|j|x|eng)$/;
/** A word that is text: not punctuation or a symbol. */
const WORDLIKE = /^[\p{Script=Han}\p{L}\p{N}+·]+$/u;

/** Verbs that are part of names (协同创新中心, 技术转移基地); any other verb is the predicate before one. */
const VERBS_IN_NAMES = new Set(
  '创新 集聚 转移 协同 协调 服务 合作 引育 培育 融合 孵化 研发 制造 应用 交易 对接 转化 引才 发展 推广 检测 检验 示范 共享 创业 驱动 引领 联合 进 爱上 走进'.split(
    ' ',
  ),
);

const inName = (t: TaggedWord): boolean =>
  WORDLIKE.test(t.word) &&
  !NOT_IN_NAME.test(t.tag) &&
  !NEVER_IN_NAME.has(t.word) &&
  (!t.tag.startsWith('v') || t.tag === 'vn' || VERBS_IN_NAMES.has(t.word));
const CLOSE_QUOTE: Record<string, string> = {
  '”': '“',
  '」': '「',
  '’': '‘',
  '》': '《',
  '"': '"',
  ')': '(',
  '）': '（',
};
/** Quotation marks around a name of its own (brackets hold a part of a name: 环杭州湾(慈星)产业园). */
const QUOTES: Record<string, string> = { '”': '“', '」': '「', '’': '‘', '》': '《' };
/** Words after a person's name that make it one: 陈立华教授, 刘海峰博士团队. */
const TITLES = new Set(
  '教授 博士 院士 研究员 工程师 主任 书记 院长 校长 董事长 总经理 经理 同志 先生 女士 创始人 负责人 团队'.split(
    ' ',
  ),
);
/** Characters a name spans at most. */
const MAX_NAME = 30;

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

interface Found {
  name: string;
  kind: EntityKind;
  strength: number;
}

const unquoted = (name: string): string => name.replace(/[“”"「」‘’]/g, '');

/** Text in quotes that nothing follows: 青英弄潮 in 实施“青英弄潮”“青苗回归”等系列行动. */
function quotedNames(tokens: readonly TaggedWord[]): Found[] {
  const found: Found[] = [];
  tokens.forEach((t, i) => {
    const opener = QUOTES[t.word];
    if (opener === undefined) return;
    let j = i - 1;
    while (j >= 0 && i - j <= 8 && WORDLIKE.test((tokens[j] as TaggedWord).word)) j--;
    const inner = tokens
      .slice(j + 1, i)
      .map((w) => w.word)
      .join('');
    const next = tokens[i + 1];
    if ((tokens[j]?.word ?? '') !== opener || inner.length < 2 || inner.length > 12) return;
    if (next && inName(next)) return;
    found.push({ name: inner, kind: 'PROGRAM', strength: 2 });
  });
  return found;
}

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
    const end = next < 0 ? tokens.length : next;
    if (tokens[end]?.word !== '、') {
      items.push(itemAt(i + 1, end));
      lists.push(items.filter((x) => x !== ''));
      items = [];
    }
  });
  return lists;
}

function namesIn(tokens: readonly TaggedWord[], known: ReadonlyMap<string, EntityKind>): Found[] {
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
      const proper = tokens.findLastIndex((w, k) => k > start && k < i && PROPER.test(w.tag));
      if (proper > start) found.push({ name: join(proper), kind: ending[1], strength: 3 });
      found.push({ name, kind: ending[1], strength: 3 });
      return;
    }
    const next = tokens[i + 1]?.word ?? '';
    if (t.tag === 'nt' && t.word.length >= 4)
      found.push({ name: t.word, kind: 'ENTERPRISE', strength: 2 });
    else if (t.tag === 'nr' && t.word.length >= 2 && t.word.length <= 3 && TITLES.has(next))
      found.push({ name: t.word, kind: 'TALENT', strength: 1 });
    else if (t.tag === 'ns' && t.word.length >= 2)
      found.push({ name: t.word, kind: 'REGION', strength: 1 });
  });
  return found;
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
    const found = namesIn(tag(text), known);
    for (const { name, kind, strength } of found) {
      const key = comparable(name);
      if (key.length < 2 || known.has(key) || known.has(unquoted(key))) continue;
      // A tagged word inside a longer name found here (武汉 in 武汉科技大学) is part of that
      // name; a person's name stays a name of its own beside the team named after them.
      const inside = found.some((f) => f.name.length > name.length && f.name.includes(name));
      if (strength < 3 && kind !== 'TALENT' && inside) continue;
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
