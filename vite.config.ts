import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { levelCheckPlugin } from './src/tools/level-plugin.ts';
import { devStylesPlugin } from './src/tools/dev-styles-plugin.ts';
import { phaserStubsPlugin } from './src/tools/phaser-plugin.ts';

// Phaser's CommonJS sources, which src/game/phaser-build.js picks from (its package exports only the full build).
const PHASER_SRC = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');

// Phaser's build-time flags (its webpack configs set the same): WebGL with the Canvas renderer as the
// fallback for machines without WebGL; no sound, no debug checks, no 3D camera or Facebook plugins.
// Applied to the build and to the dev server's pre-bundling alike.
const PHASER_FLAGS = {
  'typeof CANVAS_RENDERER': JSON.stringify(true),
  'typeof WEBGL_RENDERER': JSON.stringify(true),
  'typeof WEBGL_DEBUG': JSON.stringify(false),
  'typeof FEATURE_SOUND': JSON.stringify(false),
  'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
  'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
};
const phaser = phaserStubsPlugin(PHASER_SRC);

export default defineConfig({
  // Relative paths: the built game works from any folder of any static host.
  base: './',
  // Copied as they are to the site's root: the web app icon.
  publicDir: 'assets/public',
  plugins: [
    levelCheckPlugin(process.cwd()),
    phaser,
    devStylesPlugin(),
    // Offline and installable: a service worker precaches everything the game can load (code,
    // levels, translations, fonts, art), so a kiosk keeps working without a network. It never takes
    // over mid-visit: src/offline.ts activates a new version at the next reset or start.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      includeAssets: [],
      manifest: {
        name: 'Scored',
        short_name: 'Scored',
        description: "An educational game about China's social credit systems, built from a 2019 report.",
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#F6EFE2',
        theme_color: '#2B2118',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Workbox's defaults cover only js, css and html: the game also needs its levels, fonts and art.
        globPatterns: ['**/*.{js,css,html,json,svg,woff2,webmanifest}'],
        // …and skip files over 2 MB; nothing of ours is that large, but say so on purpose.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  resolve: {
    alias: [
      { find: /^phaser-src\//, replacement: `${PHASER_SRC}/` },
    ],
  },
  define: PHASER_FLAGS,
  // The dev server pre-bundles Phaser's CommonJS sources with neither the aliases nor the flags of
  // the build unless told: the same stand-ins and flags here, so `npm start` runs the game's Phaser.
  optimizeDeps: {
    // Phaser is imported only when a role opens: named here, it is pre-bundled at start-up rather than
    // found on the first role's visit (which would reload the page).
    entries: ['index.html', 'src/game/phaser-build.js'],
    rolldownOptions: { transform: { define: PHASER_FLAGS, jsx: { runtime: 'automatic', importSource: 'preact' } }, plugins: [phaser] },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Never inline art as data: URLs (Phaser's loader expects real files for SVG textures), nor data
    // files (levels, translations): they are fetched, and stay out of the code.
    assetsInlineLimit: (file) => (/\.(svg|json)$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Phaser (the game's own build, src/game/phaser-build.js) in one chunk of its own, loaded
            // only when a role's stage opens.
            { name: 'phaser', test: /[\\/]node_modules[\\/](phaser|eventemitter3)[\\/]|[\\/]src[\\/]game[\\/](phaser-(build|visibility)\.js$|phaser-stubs[\\/])/, priority: 2 },
            // Everything the title needs, in one file: on a slow machine each extra chunk costs the
            // main thread more than its bytes (npm run bench: title usable 0.80x → 0.69x of a bare
            // Phaser game's first frame at 4x CPU slowdown). Each role's screen and scene stay lazy.
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
