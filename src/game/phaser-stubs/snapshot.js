// Replaces Phaser's WebGLSnapshot and CanvasSnapshot: the renderers call them only after renderer.snapshot*() asks for a picture of the canvas, and nothing in the game does.
module.exports = function Snapshot() {
  throw new Error('Phaser\'s renderer snapshots are not in the game\'s build (see src/tools/phaser-plugin.ts).');
};
