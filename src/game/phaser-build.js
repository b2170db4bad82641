/**
 * The game's own Phaser build: only the parts the scenes use, from Phaser's CommonJS sources
 * (`phaser-src/` is node_modules/phaser/src, see vite.config.ts). Phaser's full build is about
 * 357 KB gzipped and its `phaser-core.js` entry about 226 KB; this one is smaller still, because the
 * game has no physics, no Phaser input (every control is HTML), no sound, no sprites or animations.
 *
 * Build-time flags (`typeof WEBGL_RENDERER` etc.) are set by `define` in vite.config.ts.
 *
 * Scenes may use: Scene; this.add.graphics / image / text / container / layer; this.tweens;
 * this.time; this.cameras; this.load.image / svg; this.textures; this.scale; this.events.
 * Anything else (this.add.sprite, this.input, this.sound, this.physics…) is NOT in the build:
 * TypeScript will not stop you (the types are Phaser's full ones), so add the module here first —
 * its Factory file for a game object, its plugin or file type otherwise — and re-run `npm run bench`
 * to see what it costs.
 *
 * What these modules still require but no scene uses (Phaser input, animations, filters, camera
 * effects, dynamic textures, atlas parsers, the render nodes of other game objects…) is swapped for
 * small stand-ins in phaser-stubs/ by src/tools/phaser-plugin.ts. A feature behind a stand-in throws
 * "… not in the game's build" (or is simply absent): drop its line there first, and measure again.
 */
// First, as Phaser's own entries do: its renderer modules require each other in a cycle that only
// resolves when the renderer index is entered before anything else. (The build swaps its WebGL and
// Snapshot namespaces, which nothing reads, for an empty stand-in: see src/tools/phaser-plugin.ts.)
import 'phaser-src/renderer/index.js';
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import Scene from 'phaser-src/scene/Scene.js';
import Scale from 'phaser-src/scale/index.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import Layer from 'phaser-src/gameobjects/layer/Layer.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import Tweens from 'phaser-src/tweens/index.js';

// Scene plugins register themselves with Phaser's plugin cache when their module runs. Those left
// out (InputPlugin, DataManagerPlugin, LightsPlugin) are skipped by every scene.
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/time/Clock.js';
import 'phaser-src/loader/LoaderPlugin.js';

// File types for this.load.*: they register with the loader the same way.
import 'phaser-src/loader/filetypes/ImageFile.js';
import 'phaser-src/loader/filetypes/SVGFile.js';

// Game object factories: each adds its this.add.<name>.
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/layer/LayerFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';

export const AUTO = CONST.AUTO;
export const WEBGL = CONST.WEBGL;
export const CANVAS = CONST.CANVAS;
export const VERSION = CONST.VERSION;
export { Game, Scale, Scene, Tweens };
export const GameObjects = { Container, Graphics, Image, Layer, Text };
