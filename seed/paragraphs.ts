// How a source is cut into the paragraphs that citations number: the rule the curated data was
// cited by, and the one every stored document follows.

/** The non-empty blocks of a text separated by blank lines, as `awk 'BEGIN{RS=""}'` reads them. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
