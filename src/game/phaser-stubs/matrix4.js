// Replaces Phaser's Matrix4 (and the Vector3 it pulls in) for WebGLRenderer, which only needs an identity and an orthographic projection, read by the shaders through `.val`.
// The same arithmetic as Phaser 4.2.1's Matrix4 (MIT licensed).
function Matrix4() {
  this.val = new Float32Array(16);
  this.identity();
}
Matrix4.prototype.setValues = function (m00, m01, m02, m03, m10, m11, m12, m13, m20, m21, m22, m23, m30, m31, m32, m33) {
  var out = this.val;
  out[0] = m00; out[1] = m01; out[2] = m02; out[3] = m03;
  out[4] = m10; out[5] = m11; out[6] = m12; out[7] = m13;
  out[8] = m20; out[9] = m21; out[10] = m22; out[11] = m23;
  out[12] = m30; out[13] = m31; out[14] = m32; out[15] = m33;
  return this;
};
Matrix4.prototype.identity = function () {
  return this.setValues(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
};
Matrix4.prototype.ortho = function (left, right, bottom, top, near, far) {
  var lr = left - right;
  var bt = bottom - top;
  var nf = near - far;
  // Avoid division by zero.
  lr = lr === 0 ? lr : 1 / lr;
  bt = bt === 0 ? bt : 1 / bt;
  nf = nf === 0 ? nf : 1 / nf;
  return this.setValues(-2 * lr, 0, 0, 0, 0, -2 * bt, 0, 0, 0, 0, 2 * nf, 0, (left + right) * lr, (top + bottom) * bt, (far + near) * nf, 1);
};
module.exports = Matrix4;
