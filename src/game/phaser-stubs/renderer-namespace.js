// Replaces the WebGL and Snapshot namespaces of Phaser's renderer/index.js (which pull in every render node, shader, wrapper and snapshot): the renderers require the modules they use directly, and nothing in the build reads Renderer.WebGL or Renderer.Snapshot.
module.exports = {};
