/**
 * The one place the game imports Phaser from. At run time the names come from phaser-build.js, the
 * game's own smaller Phaser build (only the parts the scenes use: read its header before using a
 * Phaser feature no scene has used yet); the types are Phaser's own.
 */
export { AUTO, Game, GameObjects, Scale, Scene, Tweens } from './phaser-build';
export type { Types } from 'phaser';
