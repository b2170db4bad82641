import { defineConfig } from 'vitest/config';
import { levelCheckPlugin } from './src/tools/levels.ts';

export default defineConfig({
  // Relative paths: the built game works from any folder of any static host.
  base: './',
  plugins: [levelCheckPlugin(process.cwd())],
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
