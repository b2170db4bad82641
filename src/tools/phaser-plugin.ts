/**
 * A Vite (and Rolldown) plugin for the game's own Phaser build: parts of Phaser the game never uses,
 * which Phaser's own modules still require, are swapped for small stand-ins in
 * src/game/phaser-stubs/ (each one's first line says what it replaces and why that is safe).
 *
 * A swap applies only to a `require` written in Phaser's own sources (node_modules/phaser/src), so a
 * file of ours that happens to import './device' or './effects' is never touched. The same plugin
 * runs in the build and in the dev server's pre-bundling, so `npm start` and `npm run build` run the
 * same Phaser. To use a part that is swapped out, remove its line here first.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const stub = (file: string) => fileURLToPath(new URL(`../game/phaser-stubs/${file}`, import.meta.url));

/** Specifier (as Phaser's sources write it) → stand-in, with the Phaser file(s) that write it. */
const SWAPS: [RegExp, string][] = [
  // core/Game.js: ours removes its document listener when the game is destroyed; Phaser's leaks one per stage.
  [/^\.\/VisibilityHandler$/, '../phaser-visibility.js'],
  // renderer/index.js: its WebGL and Snapshot namespaces.
  [/^\.\/(webgl|snapshot)$/, 'renderer-namespace.js'],
  // renderNodes/RenderNodeManager.js: the render nodes of filters, lights, tiles, tile sprites,
  // meshes, ropes, stamps and extern game objects.
  [/^\.\/filters\/(Base)?Filter[A-Za-z]*$/, 'render-node.js'],
  [/^\.\/(BatchHandler(PointLight|Strip|TileSprite|Tri)|DynamicTextureHandler|RebindContext|YieldContext)$/, 'render-node.js'],
  [/^\.\/(submitter\/Submitter(MeshToQuad|Tile|TilemapGPULayer|TileSprite)|texturer\/TexturerTileSprite|transformer\/Transformer(Stamp|Tile|TileSprite|Vertex))$/, 'render-node.js'],
  // core/Game.js.
  [/^\.\.\/input\/InputManager$/, 'input-manager.js'],
  [/^\.\.\/animations\/AnimationManager$/, 'animation-manager.js'],
  [/^\.\/DebugHeader$/, 'debug-header.js'],
  // textures/TextureManager.js.
  [/^\.\/parsers$/, 'texture-parsers.js'],
  [/^\.\/DynamicTexture$/, 'dynamic-texture.js'],
  [/^\.\.\/gameobjects\/tilesprite\/TileSprite$/, 'tile-sprite.js'],
  // core/Config.js ('../math/') and utils/object/GetAdvancedValue.js ('../../math').
  [/^(\.\.\/math\/|\.\.\/\.\.\/math)$/, 'math-index.js'],
  // renderer/webgl/WebGLRenderer.js.
  [/^\.\.\/\.\.\/math\/Matrix4$/, 'matrix4.js'],
  // cameras/2d/Camera.js.
  [/^\.\/effects$/, 'camera-effects.js'],
  // gameobjects/components/index.js.
  [/^\.\/FilterList$/, 'filter-list.js'],
  [/^\.\/Filters$/, 'filters-component.js'],
  // renderer/webgl/WebGLRenderer.js and renderer/canvas/CanvasRenderer.js.
  [/^\.\.\/snapshot\/(WebGL|Canvas)Snapshot$/, 'snapshot.js'],
  // core/Config.js, core/Game.js ('../device') and utils/array/StableSort.js ('../../device').
  [/^\.\.\/(\.\.\/)?device$/, 'device.js'],
  // gameobjects/components/Depth.js, gameobjects/container/Container.js ('../../utils/array') and
  // structs/List.js ('../utils/array').
  [/^(\.\.\/)+utils\/array$/, 'array-utils.js'],
];

export function phaserStubsPlugin(phaserSrc: string): Plugin {
  const inPhaser = (importer: string | undefined) => !!importer && importer.replace(/\\/g, '/').startsWith(phaserSrc.replace(/\\/g, '/'));
  return {
    name: 'scored-phaser-stubs',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!inPhaser(importer)) return null;
      for (const [find, file] of SWAPS) if (find.test(source)) return stub(file);
      return null;
    },
  };
}
