import { defineConfig } from 'vitest/config';

// Node (and so Apollo) loads graphql's CommonJS build; Vite would pick its ES build for our
// files, and two copies of graphql refuse each other's schema objects.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

// Three tiers: unit (pure code: no Neo4j, no JVM, seconds), integration (a real Neo4j started by
// tests/helpers/neo4j.ts) and e2e (the same Neo4j, and Chromium: tests/helpers/chromium.ts).
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/reporter.ts'],
    projects: [
      {
        resolve,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads' },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/neo4j.ts'],
          testTimeout: 30_000,
          hookTimeout: 240_000,
          pool: 'forks',
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/neo4j.ts', 'tests/helpers/chromium.ts'],
          testTimeout: 30_000,
          hookTimeout: 240_000,
          pool: 'forks',
        },
      },
    ],
  },
});
