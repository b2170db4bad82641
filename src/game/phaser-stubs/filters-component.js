// Replaces Phaser's Filters component (mixed into every game object): it only acts once enableFilters() gives an object a filter camera, and no scene uses filters.
module.exports = {
  enableFilters: function () {
    throw new Error('Phaser\'s filters are not in the game\'s build (see src/tools/phaser-plugin.ts).');
  },
};
