// Run with -c from the project root; paths below are relative to it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The rules of the game stay pure: no Phaser, no DOM, no UI library, no storage.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*'], message: 'src/core must not import Phaser.' },
            { group: ['preact', 'preact/*'], message: 'src/core must not import the interface layer.' },
            { group: ['**/ui/**', '**/game/**', '**/state/**'], message: 'src/core must not depend on outer layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'location', 'fetch'],
    },
  },
  {
    // The scenes draw what the store says; they never reach into the interface (shared art lives in src/art).
    files: ['src/game/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'phaser', message: 'import Phaser only through src/game/phaser.ts' }],
          patterns: [{ group: ['**/ui/**', '**/ui'], message: 'src/game must not import the interface: share through src/art or src/core.' }],
        },
      ],
    },
  },
  {
    files: ['src/game/phaser.ts', 'src/game/phaser-*.js', 'src/game/phaser-*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
