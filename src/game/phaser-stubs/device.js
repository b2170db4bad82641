// Replaces Phaser's device/index.js (game.device): the same checks without audio and video, which only Phaser's sound and video modules read, and the build has neither.
/* eslint-disable @typescript-eslint/no-require-imports */
module.exports = {
  os: require('phaser-src/device/OS.js'),
  browser: require('phaser-src/device/Browser.js'),
  features: require('phaser-src/device/Features.js'),
  input: require('phaser-src/device/Input.js'),
  fullscreen: require('phaser-src/device/Fullscreen.js'),
  canvasFeatures: require('phaser-src/device/CanvasFeatures.js'),
};
