// The bare Phaser game, built with the same Vite as the game (its defaults, no plugins).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
