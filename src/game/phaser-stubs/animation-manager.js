// Replaces Phaser's AnimationManager (game.anims): only sprites and their AnimationState use it, and the build has neither.
module.exports = function AnimationManager(game) {
  this.game = game;
};
