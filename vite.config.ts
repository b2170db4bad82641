import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { checkLevelFiles, levelFiles } from './src/tools/levels';

/** The build fails on a broken level, with the same messages as `npm run validate-levels`. */
function validateLevels(): Plugin {
  const root = process.cwd();
  return {
    name: 'scored-validate-levels',
    buildStart() {
      const errors = checkLevelFiles(levelFiles(root), root);
      if (errors.length) this.error(`Level check failed:\n  ${errors.join('\n  ')}`);
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes('/levels/') || !file.endsWith('.json')) return;
      const errors = checkLevelFiles([file], root);
      if (errors.length) server.config.logger.error(`Level check failed:\n  ${errors.join('\n  ')}`);
    },
  };
}

export default defineConfig({
  // Relative paths: the built game works from any folder of any static host.
  base: './',
  plugins: [validateLevels()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Never inline art as data: URLs; Phaser's loader expects real files for SVG textures.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
