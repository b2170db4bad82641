// Replaces Phaser's DynamicTexture: only textures.addDynamicTexture (render textures, masks, filters) makes one, and no scene calls it.
module.exports = function DynamicTexture() {
  throw new Error('Phaser\'s DynamicTexture is not in the game\'s build (see src/tools/phaser-plugin.ts).');
};
