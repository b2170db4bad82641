// Replaces Phaser's camera effects (fade, flash, pan, shake, rotate, zoom): no scene starts one, so each stays idle; starting one throws.
function IdleEffect(camera) {
  this.camera = camera;
  this.isRunning = false;
  this.isComplete = false;
}
IdleEffect.prototype.start = function () {
  throw new Error('Phaser\'s camera effects are not in the game\'s build (see src/tools/phaser-plugin.ts).');
};
IdleEffect.prototype.preRender = function () {};
IdleEffect.prototype.update = function () {};
IdleEffect.prototype.reset = function () {};
IdleEffect.prototype.destroy = function () {};
IdleEffect.prototype.postRenderWebGL = function () {
  return false;
};
IdleEffect.prototype.postRenderCanvas = function () {
  return false;
};
module.exports = { Fade: IdleEffect, Flash: IdleEffect, Pan: IdleEffect, Shake: IdleEffect, RotateTo: IdleEffect, Zoom: IdleEffect };
