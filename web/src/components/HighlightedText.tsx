// A paragraph's text with spans marked (<mark>, which screen readers announce as highlighted):
// the names of a fact's ends, or where a passage matches a search.
interface Span {
  start: number;
  end: number;
}

export function HighlightedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(<mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
