// Replaces Phaser's FilterList (each camera's filters.internal and .external) with the same list minus its add<Filter> helpers, which pull in every filter: no scene adds a filter, so the lists stay empty.
// Otherwise Phaser 4.2.1's code (MIT licensed).
function isActive(filter) {
  return filter.active;
}
function FilterList(camera) {
  this.camera = camera;
  this.list = [];
}
FilterList.prototype.clear = function () {
  for (var i = 0; i < this.list.length; i++) {
    if (!this.list[i].ignoreDestroy) this.list[i].destroy();
  }
  this.list.length = 0;
  return this;
};
FilterList.prototype.add = function (filter, index) {
  if (index === undefined) this.list.push(filter);
  else this.list.splice(index, 0, filter);
  return filter;
};
FilterList.prototype.remove = function (filter, forceDestroy) {
  var index = this.list.indexOf(filter);
  if (index !== -1) {
    this.list.splice(index, 1);
    if (!filter.ignoreDestroy || forceDestroy) filter.destroy();
  }
  return this;
};
FilterList.prototype.getActive = function () {
  return this.list.filter(isActive);
};
FilterList.prototype.destroy = function () {
  this.clear();
  this.camera = null;
};
module.exports = FilterList;
