// Replaces each WebGL render node no game object here uses (filters, lights, tiles, tile sprites, meshes, ropes, stamps, extern contexts): RenderNodeManager only constructs a node when asked for it by name.
module.exports = function UnavailableRenderNode() {
  throw new Error('This Phaser render node is not in the game\'s build (see src/tools/phaser-plugin.ts).');
};
