// The words of names in Chinese reports: what ends a name of each kind, what can and cannot
// stand inside one, and the quotation marks and titles around names (candidateNames.ts reads them).
import type { EntityKind } from '../data/vocabulary.ts';
import type { TaggedWord } from './segmenter.ts';

/** Words that end names of a kind, longest first so 有限公司 wins over 公司. */
export const ENDINGS: readonly (readonly [string, EntityKind])[] = (
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
      '计划 行动 工程 战略 机制 模式 体系 政策 补贴 补助 项目库 专项 冠军 能手 工匠 改革 认证',
    ),
    ...words(
      'EVENT',
      '大赛 峰会 论坛 决赛 赛区 赛道 活动 学堂 游学 训练营 沙龙 研讨会 音乐节 专场 博览会 交流会 推介会 对接会 夜市',
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
export const PROPER = /^(nr|nrt|nrfg|ns|nt|nz|j|x|eng)$/;
/** A word that is text: not punctuation or a symbol. */
export const WORDLIKE = /^[\p{Script=Han}\p{L}\p{N}+·]+$/u;

/** Verbs that are part of names (协同创新中心, 技术转移基地); any other verb is the predicate before one. */
const VERBS_IN_NAMES = new Set(
  '创新 集聚 转移 协同 协调 服务 合作 引育 培育 融合 孵化 研发 制造 应用 交易 对接 转化 引才 发展 推广 检测 检验 示范 共享 创业 驱动 引领 联合 进 爱上 走进 覆盖 安居'.split(
    ' ',
  ),
);

export const inName = (t: TaggedWord): boolean =>
  WORDLIKE.test(t.word) &&
  !NOT_IN_NAME.test(t.tag) &&
  !NEVER_IN_NAME.has(t.word) &&
  (!t.tag.startsWith('v') || t.tag === 'vn' || VERBS_IN_NAMES.has(t.word));
export const CLOSE_QUOTE: Record<string, string> = {
  '”': '“',
  '」': '「',
  '’': '‘',
  '》': '《',
  '"': '"',
  ')': '(',
  '）': '（',
};
/** Quotation marks around a name of its own (brackets hold a part of a name: 环杭州湾(慈星)产业园). */
export const QUOTES: Record<string, string> = { '”': '“', '」': '「', '’': '‘', '》': '《' };
/** Words after a person's name that make it one: 陈立华教授, 刘海峰博士团队. */
export const TITLES = new Set(
  '教授 博士 院士 研究员 工程师 主任 书记 院长 校长 董事长 总经理 经理 同志 先生 女士 创始人 负责人 团队'.split(
    ' ',
  ),
);
/**
 * A person named after their post and before what they say: 总经理温原介绍, 技术总监舒建明说
 * (the segmenter splits some such names, so the text is read, not its words).
 */
export const SPEAKER =
  /(?:总经理|总监|董事长|负责人|创始人|主任|院长|校长|所长|教授|博士)(\p{Script=Han}{2,3}?)(?:说|介绍|表示|告诉|坦言|自豪地说)/gu;
/** Parts of speech no person's name holds (pronouns, prepositions, adverbs, conjunctions…). */
export const NOT_A_PERSON = /^(r|p|d|c|u|uj|ul|q|m|t|f|v|zg)$/;
/** Words after a list's last comma-separated item that join one more item: 甲、乙和丙. */
export const LAST_ITEM = new Set(['和', '及', '与', '以及']);
/** Words that follow the name of an industry: 轴承行业龙头企业. */
export const INDUSTRY_WORDS = /^(行业|产业链|产业集群)/;
/** Characters a name spans at most. */
export const MAX_NAME = 30;
