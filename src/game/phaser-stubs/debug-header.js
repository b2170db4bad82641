// Replaces Phaser's DebugHeader (the console banner): the game always starts Phaser with `banner: false`.
module.exports = function DebugHeader() {};
