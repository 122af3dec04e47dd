// Reading a report into paragraphs: each format and encoding on a fixture shaped like what
// researchers bring (a policy notice as text, a news page with its site chrome, a GBK file, a
// PDF), and each file that cannot be a report refused with its name and what to do.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/ingest/report.ts';
import { MAX_REPORT_BYTES } from '../../src/ingest/limits.ts';
import { tempDir } from '../helpers/files.ts';
import { pdfOf } from '../helpers/pdf.ts';

const fixture = (name: string): string =>
  new URL(`../fixtures/reports/${name}`, import.meta.url).pathname;
const dir = tempDir('reports');
const written = (name: string, bytes: Buffer | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('reading a report', { timeout: 30_000 }, () => {
  it('cuts plain UTF-8 text into its non-empty blocks', async () => {
    const report = await readReport(fixture('policy-notice.txt'));
    expect(report).toMatchObject({ format: 'text', encoding: 'UTF-8' });
    expect(report.paragraphs).toHaveLength(6);
    expect(report.paragraphs[1]).toBe('各镇（街道）、各有关单位：');
    expect(report.paragraphs[5]).toMatch(/^三、其他事项。/);
    expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('detects GBK and reads the same paragraphs as the UTF-8 text', async () => {
    const report = await readReport(fixture('appliance-news.gbk.txt'));
    expect(report).toMatchObject({ format: 'text', encoding: 'GB18030' });
    expect(report.paragraphs).toEqual([
      '慈溪日报讯 前湾新区智能家电产业链招商推介会昨日举行',
      '会上，宁波海创电器有限公司与宁波工程学院签署校企合作协议，双方将共建智能家电联合创新中心。',
      '据悉，前湾新区今年已引进高层次人才团队十二个，其中刘海峰博士团队落户杭州湾智能制造研究院。',
    ]);
    const utf8 = await readReport(written('appliance-news.txt', report.paragraphs.join('\n\n')));
    expect(utf8.contentHash).toBe(report.contentHash);
  });

  it('keeps a news page’s headline and article, not its navigation, headline list or footer', async () => {
    const report = await readReport(fixture('university-news.html'));
    expect(report).toMatchObject({ format: 'html', encoding: 'UTF-8' });
    expect(report.paragraphs).toHaveLength(5);
    expect(report.paragraphs[0]).toBe('校地合作再结硕果 武汉科技大学与慈溪企业共建联合实验室');
    expect(report.paragraphs[1]).toMatch(/^日前，武汉科技大学与宁波锦程智能装备有限公司签约/);
    const all = report.paragraphs.join('\n');
    for (const chrome of ['首页', '24小时最新新闻', '浙东大运河文化节', '报料热线', '版权所有'])
      expect(all).not.toContain(chrome);
  });

  it('reads a GBK news page', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="gbk"><title>t</title></head><body><ul><li><a href="/">首页</a></li></ul><article><h1>慈溪召开科技创新大会</h1><p>${'会议表彰了一批科技创新先进企业，宁波海创电器有限公司获评创新示范企业。'.repeat(4)}</p><p>${'会议要求各地加快建设上林科创走廊。'.repeat(4)}</p></article></body></html>`;
    const report = await readReport(written('gbk.html', iconv.encode(html, 'gbk')));
    expect(report).toMatchObject({ format: 'html', encoding: 'GB18030' });
    expect(report.paragraphs[0]).toBe('慈溪召开科技创新大会');
    expect(report.paragraphs).toHaveLength(3);
  });

  it('reads a PDF’s text layer, joining lines back into paragraphs across pages', async () => {
    const path = written(
      'notice.pdf',
      pdfOf([
        [
          '慈溪市科学技术局',
          '关于公布2026年度企业研发中心名单的通知',
          '各镇（街道）：经企业申报、专家评审，宁波东升精密机械有限公司等',
          '十家企业的研发中心入选，现予公布。',
          '入选企业应加强与武汉科技大学等高校的合作，每年报送研发投入情况，',
        ],
        ['并接受年度考核。'],
      ]),
    );
    const report = await readReport(path);
    expect(report).toMatchObject({ format: 'pdf', encoding: null });
    expect(report.paragraphs).toEqual([
      '慈溪市科学技术局',
      '关于公布2026年度企业研发中心名单的通知',
      '各镇（街道）：经企业申报、专家评审，宁波东升精密机械有限公司等十家企业的研发中心入选，现予公布。',
      '入选企业应加强与武汉科技大学等高校的合作，每年报送研发投入情况，并接受年度考核。',
    ]);
  });
});

describe('refusing what is not a report', { timeout: 30_000 }, () => {
  it.each([
    ['an empty file', 'empty.txt', () => '', /empty\.txt: is empty .*give a report with its text/],
    ['blank lines only', 'blank.txt', () => '\n \n\t\n', /blank\.txt: is empty/],
    [
      'binary data',
      'photo.txt',
      () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
      /photo\.txt: holds binary data, not text; ingest reads plain text \(\.txt\), HTML/,
    ],
    [
      'an encoding other than UTF-8 or GBK',
      'big5.txt',
      () => iconv.encode('慈溪市科技創新大會在前灣新區舉行，表彰一批創新企業。', 'big5'),
      /big5\.txt: its text is neither UTF-8 nor GB18030\/GBK \(it looks like Big5\); save it as UTF-8/,
    ],
    [
      'a PDF with no text layer',
      'scan.pdf',
      () => pdfOf([null, null]),
      /scan\.pdf: this PDF has no text layer \(2 page\(s\), .*run OCR on it/,
    ],
    [
      'a broken PDF',
      'broken.pdf',
      () => '%PDF-1.7\n1 0 obj\n<< /Type /Catalog',
      /broken\.pdf: is not a PDF that can be read/,
    ],
    [
      'an HTML page with no article',
      'menu.html',
      () => '<!DOCTYPE html><html><body><ul><li><a href="/">首页</a></li></ul></body></html>',
      /menu\.html: no article text was found/,
    ],
  ])('refuses %s, naming the file', async (_what, name, bytes, message) => {
    await expect(readReport(written(name, bytes()))).rejects.toThrow(message);
  });

  it('refuses a file over the size limit before reading it, saying the limit', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(path, MAX_REPORT_BYTES + 1);
    await expect(readReport(path)).rejects.toThrow(
      `huge.txt: ${MAX_REPORT_BYTES + 1} bytes (50.0 MB); one report may be at most ${MAX_REPORT_BYTES} bytes (50.0 MB). Split it`,
    );
  });

  it('refuses a folder and a missing file', async () => {
    await expect(readReport(dir)).rejects.toThrow(/: is not a file; give a report file/);
    await expect(readReport(join(dir, 'missing.txt'))).rejects.toThrow(
      /missing\.txt: cannot be read \(ENOENT\)/,
    );
  });
});
