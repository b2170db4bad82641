// Types for phaser-build.js: Phaser's own, narrowed to what the build holds (GameObjects lists only
// the game objects it includes, so `new GameObjects.Sprite` does not compile). `this.add.*` still has
// Phaser's full type: read phaser-build.js before using a factory no scene has used yet.
import type * as P from 'phaser';

export { AUTO, CANVAS, Game, Scale, Scene, Tweens, VERSION, WEBGL } from 'phaser';

export declare const GameObjects: Pick<typeof P.GameObjects, 'Container' | 'Graphics' | 'Image' | 'Layer' | 'Text'>;
export declare namespace GameObjects {
  type Container = P.GameObjects.Container;
  type Graphics = P.GameObjects.Graphics;
  type Image = P.GameObjects.Image;
  type Layer = P.GameObjects.Layer;
  type Text = P.GameObjects.Text;
}
