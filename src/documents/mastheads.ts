// Publishers' names: newspapers, news sites and the media centres behind them. Such a name holds
// a region's name (慈溪 in 慈溪日报) without being about the region: the matcher takes them as
// blockers, so a source line or a site's masthead yields no mention of 慈溪. The fixed list holds
// the mastheads the Cixi news site prints around its articles (the tech-engine report's page
// prints each of them); the publishers the sources themselves state are added from
// the graph (documentStore.ts), so a report ingested with --publisher blocks its own name too.
export const MASTHEADS: readonly string[] = [
  '慈溪新闻网',
  '慈溪日报',
  '慈溪市融媒体中心',
  '中国宁波网',
  '宁波日报',
  '宁波晚报',
  '东南商报',
  '现代金报',
  '都市快报',
];

/** The names in a stated publisher: 慈溪新闻网-慈溪日报 is 慈溪新闻网 and 慈溪日报. */
export const publisherNames = (publisher: string): string[] =>
  publisher
    .split(/[-–—|/、，,;；]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
