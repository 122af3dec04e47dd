// A PDF written byte by byte for the reader tests: one page per list of lines, the lines set in a
// CID font whose ToUnicode map gives each glyph id its own code point (so the text layer reads back
// exactly, Chinese included, with no font file needed), or a page with only a drawn box, as a
// scan without a text layer has.

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** Identity ToUnicode: glyph id n is code point n (the BMP, one range per high byte). */
function toUnicode(): string {
  const ranges = Array.from({ length: 256 }, (_, hi) => {
    const lo = hi << 8;
    return `<${hex4(lo)}> <${hex4(lo + 255)}> <${hex4(lo)}>`;
  });
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    blocks.push(`${part.length} beginbfrange\n${part.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

function pageContent(lines: readonly string[] | null): string {
  if (lines === null) return '0.5 g 72 600 300 150 re f';
  return lines
    .map((line, i) => {
      const glyphs = [...line].map((c) => hex4(c.codePointAt(0) as number)).join('');
      return `BT /F1 12 Tf 72 ${760 - i * 24} Td <${glyphs}> Tj ET`;
    })
    .join('\n');
}

/** A PDF whose pages hold `pages` (each a list of lines; null for a page with no text). */
export function pdfOf(pages: readonly (readonly string[] | null)[]): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesRef = add('');
  const cmap = toUnicode();
  const cmapRef = add(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${cmapRef} 0 R >>`,
  );
  const kids = pages.map((lines) => {
    const content = pageContent(lines);
    const contentRef = add(
      `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    );
    return add(
      `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contentRef} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`;
  objects[pagesRef - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.7\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'utf8');
}
