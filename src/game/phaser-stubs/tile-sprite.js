// Replaces the TileSprite the TextureManager makes at boot: only DynamicTexture's repeat() draws with it, and DynamicTexture is not in the build.
function TileSprite() {}
TileSprite.prototype.setOrigin = function () {
  return this;
};
TileSprite.prototype.destroy = function () {};
module.exports = TileSprite;
