// The operations of examples/*.graphql, read at build time, so the playground offers exactly
// the operations the examples test runs against the curated data.
const files = import.meta.glob<string>('../../../examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Example {
  /** The file name without `.graphql`, e.g. `wust-to-ruitang-paths`. */
  name: string;
  query: string;
}

export const EXAMPLES: Example[] = Object.entries(files)
  .map(([path, query]) => ({ name: path.replace(/^.*\/|\.graphql$/g, ''), query }))
  .sort((a, b) => a.name.localeCompare(b.name));
