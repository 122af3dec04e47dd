// A folder of synthetic reports for the ingest speed figure: news-shaped paragraphs naming
// curated entities and invented ones, written to a temporary folder, never to the curated data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from './holdOut.ts';

const SYLLABLES = '锦程东升海创瑞达华腾恒远博宇中科盛泰新宏金鼎天和永康嘉禾汇丰'.match(/../g) ?? [];
const ENDINGS = ['科技有限公司', '智能装备有限公司', '研究院', '创新中心', '产业园', '集团'];
const TEMPLATES = [
  (a: string, b: string, c: string) =>
    `${a}与${b}签署合作协议，双方将共建${c}，围绕关键技术开展联合攻关。`,
  (a: string, b: string, c: string) => `近日，${c}在慈溪揭牌运行，${a}、${b}等单位负责人出席活动。`,
  (a: string, b: string, c: string) =>
    `据悉，${a}今年已与${b}合作推进项目三项，${c}也将加快建设进度。`,
];

/** `count` reports of about `bytes` each in `dir`, drawing names from `known`. */
export function writeSyntheticReports(
  dir: string,
  count: number,
  known: readonly string[],
  bytes = 2_000,
): void {
  mkdirSync(dir, { recursive: true });
  const next = seeded(20261202);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const invented = () => `宁波${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(ENDINGS)}`;
  for (let i = 0; i < count; i++) {
    const paragraphs = [`第${i + 1}期 慈溪科技创新动态`];
    while (Buffer.byteLength(paragraphs.join('\n\n')) < bytes)
      paragraphs.push(pick(TEMPLATES)(pick(known), pick(known), invented()));
    writeFileSync(
      join(dir, `report-${String(i + 1).padStart(4, '0')}.txt`),
      paragraphs.join('\n\n'),
    );
  }
}
