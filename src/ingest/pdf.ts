// A PDF's text layer, as text blocks, read with pdf-parse (pdf.js underneath; its 2.x line runs
// on Node 20, where unpdf and the current pdfjs-dist need Node 22). A PDF keeps lines, not
// paragraphs, so lines are joined back: a line ends its paragraph when it ends a sentence or
// stops short of the page's measure (a heading, a paragraph's last line). pdf.js takes about
// 400 MB, so it is imported only when a PDF is read.

export type PdfText = { ok: true; blocks: string[] } | { ok: false; pages: number; why?: string };

const ENDS_SENTENCE = /[。！？!?；;：:]$/;
/** A line shorter than this share of the page's longest line ends its paragraph. */
const SHORT_LINE = 0.8;

function pageBlocks(text: string): { blocks: string[]; open: boolean } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const measure = Math.max(0, ...lines.map((l) => [...l].length));
  const blocks: string[] = [];
  let current = '';
  let open = false;
  for (const line of lines) {
    current += line;
    open = !(ENDS_SENTENCE.test(line) || [...line].length < SHORT_LINE * measure);
    if (!open) {
      blocks.push(current);
      current = '';
    }
  }
  if (current) blocks.push(current);
  return { blocks, open };
}

/** The PDF's paragraphs; a paragraph left open at a page's foot continues on the next page. */
export async function pdfBlocks(bytes: Uint8Array): Promise<PdfText> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: bytes });
  try {
    const result = await parser.getText();
    const blocks: string[] = [];
    let carry = false;
    for (const page of result.pages) {
      const { blocks: found, open } = pageBlocks(page.text);
      if (carry && found.length > 0 && blocks.length > 0)
        blocks.push(`${blocks.pop() as string}${found.shift() as string}`);
      blocks.push(...found);
      carry = open;
    }
    return blocks.length > 0 ? { ok: true, blocks } : { ok: false, pages: result.pages.length };
  } catch (error) {
    return { ok: false, pages: 0, why: (error as Error).message };
  } finally {
    await parser.destroy();
  }
}
