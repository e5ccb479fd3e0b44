import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const frameworkImports = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/ is framework-free.' },
  { group: ['next', 'next/*'], message: 'lib/ is framework-free.' },
  { group: ['zustand', 'zustand/*'], message: 'lib/ is framework-free: stores live in stores/.' },
  {
    group: ['kysely', 'better-sqlite3', 'pg', '@/server/*', '**/server/*'],
    message: 'lib/ has no database access.',
  },
  {
    group: ['@/components/*', '@/stores/*', '@/app/*'],
    message: 'lib/ must not depend on UI code.',
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Pure domain code: no framework, store or database imports (STYLE.md principle 7).
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: frameworkImports }],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'lib/ runs anywhere; pass what you need in.' },
        { name: 'localStorage', message: 'lib/ runs anywhere; pass what you need in.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is a parameter in lib/.' },
        {
          object: 'Math',
          property: 'random',
          message: 'Randomness is a parameter (seed) in lib/.',
        },
      ],
    },
  },
  {
    // Scripts and migrations print and take Kysely<any> by design.
    files: ['scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Migrations are frozen in time: they see the schema of their own moment (STYLE.md principle 9).
    files: ['server/db/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'data/**',
    'coverage/**',
    'public/sw.js',
  ]),
]);
