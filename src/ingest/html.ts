// An HTML page's article, as text blocks: Mozilla's Readability (Firefox's reader view) keeps
// the article and drops the site chrome around it (navigation, headline lists, footers) on any
// site, where selectors would have to be written per site. linkedom gives it a DOM without a
// browser. Both are imported when the first page is read, so a text-only ingest never loads them.

/** Elements whose text is one paragraph of the article. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface Node {
  textContent: string | null;
  querySelectorAll(selector: string): Iterable<Node>;
}

const linkText = (e: Node): string =>
  oneLine([...e.querySelectorAll('a')].map((a) => a.textContent ?? '').join(' '));

/** The article's blocks: its headline first, then its paragraphs; empty when none is found. */
export async function articleBlocks(html: string): Promise<string[]> {
  const [{ parseHTML }, { Readability }] = await Promise.all([
    import('linkedom'),
    import('@mozilla/readability'),
  ]);
  const { document } = parseHTML(html);
  // Readability takes the headline out of the content; the page's own h1 is the one printed.
  const headline = oneLine(document.querySelector('h1')?.textContent ?? '');
  const article = new Readability(document).parse();
  if (!article?.content) return [];
  const body = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document;
  const blocks = [...body.querySelectorAll(BLOCKS)]
    // A block inside another block (a p in an li) is read with its container.
    .filter((e) => !e.parentElement?.closest(BLOCKS))
    // A block that is all links is a menu or a headline list Readability kept, not article text.
    .filter((e) => oneLine(e.textContent ?? '') !== linkText(e))
    .map((e) => oneLine(e.textContent ?? ''));
  if (blocks.length === 0) return [];
  const title = headline || oneLine(article.title ?? '');
  return title && blocks[0] !== title ? [title, ...blocks] : blocks;
}
