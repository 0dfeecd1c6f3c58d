// ESLint (flat config) with typescript-eslint's recommended rules: `npm run lint`, run by CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's globals for the plain .mjs scripts (the TypeScript files get them from @types/node). */
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout'].map((g) => [g, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'demo-report/**',
      'test-artifacts/**',
      'test-results/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Hostile-input tests and the value cleaners match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: NODE_GLOBALS } },
  // The CommonJS launcher (bin/) and tool configs: Node's CommonJS globals and require().
  {
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...NODE_GLOBALS, require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Small modules: no source file of the tool over 400 lines (issue 16).
  { files: ['src/**/*.ts', 'rules/**/*.ts'], rules: { 'max-lines': ['error', { max: 400 }] } },
);
