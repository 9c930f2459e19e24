// ESLint for the server, the admin and the tests (npm run lint; .ci/run runs it). Formatting is
// Prettier's (.prettierrc), so eslint-config-prettier switches off every stylistic rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', 'build/**', '.strapi/**', '.tmp/**', 'node_modules/**', 'types/generated/**', 'public/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, strapi: 'readonly' } },
    rules: {
      // Strapi's own typings force `any` at its edges (document service generics, koa ctx).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // The plugin boundary: app code reaches the synergy plugin through its public entry only
    // (tests/unit/plugin-boundary.test.ts checks the same, requires and built paths included).
    files: ['src/**/*.ts', 'src/**/*.tsx', 'database/**/*.ts', 'database/**/*.js', 'bench/**/*.js'],
    ignores: ['src/plugins/**', 'src/admin/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'plugins/synergy/(server|shared|admin)(/|$)',
              message: 'Import the synergy plugin through src/plugins/synergy/public.ts only (the plugin boundary, docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.test.js'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ['**/*.tsx', 'src/admin/**/*.ts', 'src/plugins/synergy/admin/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The browser suite and the benchmarks are plain Node scripts with their own test() helpers.
    files: ['tests/e2e/**/*.js', 'bench/**/*.js', 'tests/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  prettier
);
