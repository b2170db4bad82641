// Replaces Phaser's math/index.js where Config (which seeds Math.RND) and GetAdvancedValue (which reads it) require it: the full index pulls in 3D vectors, matrices, quaternions and noise hashes.
/* eslint-disable @typescript-eslint/no-require-imports */
module.exports = {
  RandomDataGenerator: require('phaser-src/math/random-data-generator/RandomDataGenerator.js'),
  RND: null,
};
