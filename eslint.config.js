import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** A string that reads as a Cypher statement: a clause keyword followed by a pattern or value. */
const CYPHER = String.raw`/\b(MATCH|MERGE|UNWIND|RETURN|CREATE|DETACH DELETE|CALL db)\b\s+[\w({$]/`;

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'src/generated/',
      'neo4j/target/',
      '.neo4j/',
      'web/dist/',
      'web/src/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // The layering (src/README.md): the HTTP edge sits on top; nothing below it imports it; only
  // src/data writes Cypher (and src/neo4j its own probes); the tests' helpers serve tests only.
  {
    files: ['src/**/*.ts', 'seed/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: [
                './src/data',
                './src/neo4j',
                './src/graphql',
                './src/exports',
                './src/access',
                './seed',
              ],
              from: './src/http',
              message: 'Only the HTTP edge (and main.ts) may import src/http.',
            },
            {
              target: ['./src', './seed', './scripts'],
              from: './tests',
              message: "The tests' helpers are for tests; src, seed and scripts never import them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/http/**/*.ts', 'src/graphql/**/*.ts', 'src/exports/**/*.ts', 'src/access/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'Only src/neo4j and src/data talk to Neo4j.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[value=${CYPHER}]`,
          message: 'Cypher belongs in src/data: call a data function instead.',
        },
        {
          selector: `TemplateElement[value.raw=${CYPHER}]`,
          message: 'Cypher belongs in src/data: call a data function instead.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(read|writeTransaction)$/]',
          message: 'Statements are sent from src/data: call a data function instead.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
