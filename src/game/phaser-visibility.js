/**
 * Phaser 4.2.1's core/VisibilityHandler.js, which the game's Phaser build uses in its place (see
 * the alias in vite.config.ts): the same behaviour, but it lets go when its game is destroyed.
 * Phaser's own adds a `visibilitychange` listener to the document for every Game and never removes
 * it, so each stage a player opened and left kept one (npm run bench: listeners and heap grew with
 * every enter-and-leave cycle). CommonJS, like the Phaser module it replaces. Phaser is MIT licensed.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
var Events = require('phaser-src/core/events/index.js');

module.exports = function VisibilityHandler(game) {
  var emitter = game.events;
  var hiddenVar = document.hidden !== undefined ? 'visibilitychange' : null;

  var onChange = function (event) {
    emitter.emit(document.hidden || event.type === 'pause' ? Events.HIDDEN : Events.VISIBLE);
  };
  var onBlur = function () {
    emitter.emit(Events.BLUR);
  };
  var onFocus = function () {
    emitter.emit(Events.FOCUS);
  };

  if (hiddenVar) document.addEventListener(hiddenVar, onChange, false);
  window.onblur = onBlur;
  window.onfocus = onFocus;

  // Game.runDestroy emits DESTROY, then removes every listener of its emitter.
  emitter.once(Events.DESTROY, function () {
    if (hiddenVar) document.removeEventListener(hiddenVar, onChange, false);
    if (window.onblur === onBlur) window.onblur = null;
    if (window.onfocus === onFocus) window.onfocus = null;
  });

  // Automatically give the window focus unless config says otherwise.
  if (window.focus && game.config.autoFocus) window.focus();
};
