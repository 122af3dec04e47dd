import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node (and so Apollo) loads graphql's CommonJS build; Vite would pick its ES build for our
  // files, and two copies of graphql refuse each other's schema objects.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    // One throwaway Neo4j for the whole run, on a free port, never the one `npm start` uses.
    globalSetup: ['tests/integration/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
