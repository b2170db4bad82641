// Replaces Phaser's textures/parsers/index.js: the game loads only images and SVGs (Parser.Image); the atlas, sprite-sheet and compressed-texture parsers are left out.
/* eslint-disable @typescript-eslint/no-require-imports */
var unavailable = function () {
  throw new Error('This Phaser texture format is not in the game\'s build (see src/tools/phaser-plugin.ts).');
};
module.exports = {
  Image: require('phaser-src/textures/parsers/Image.js'),
  AtlasXML: unavailable,
  JSONArray: unavailable,
  JSONHash: unavailable,
  PCT: unavailable,
  SpriteSheet: unavailable,
  SpriteSheetFromAtlas: unavailable,
  UnityYAML: unavailable,
};
