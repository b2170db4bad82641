// Replaces Phaser's InputManager: every control is HTML and no scene has an input plugin, so nothing reads game.input (it no longer listens to, or cancels, mouse, touch and key events on the canvas).
module.exports = function InputManager(game) {
  this.game = game;
};
