/**
 * Whether the stage draws with smoothed (multisampled) edges. Smoothing costs little on a graphics
 * card but a lot where WebGL is drawn in software (a school laptop whose graphics driver the
 * browser does not trust, a virtual machine): there, npm run bench measured every role's busiest
 * animation at 33 to 50 ms a frame with smoothing and 16.7 ms without it.
 *
 * So the first stage of a visit times one small smoothed drawing, once, and keeps smoothing only
 * if the whole stage would still draw in time. The timing is used on the spot for this one choice:
 * it is not stored, not sent anywhere and not shown. No Phaser here, so the rule is tested in Node.
 */

/** The probe: this many full passes over a square canvas of this side, smoothed. */
export const PROBE = { side: 256, passes: 8 } as const;
/** How many times a typical stage covers its own area in one frame (backdrop, scenery, figures, cards). */
export const OVERDRAW = 3;
/** What drawing one frame may take, leaving the rest of a 60 Hz frame to everything else. */
export const DRAW_BUDGET_MS = 8;

/** Smoothing is kept if the stage's estimated drawing time fits the budget. */
export function affordsSmoothing(probeMs: number, stagePixels: number): boolean {
  if (!Number.isFinite(probeMs) || probeMs < 0) return false;
  const probePixels = PROBE.side * PROBE.side * PROBE.passes;
  const estimate = (probeMs / probePixels) * stagePixels * OVERDRAW;
  return estimate <= DRAW_BUDGET_MS;
}

let measured: number | null = null;

/** Milliseconds one smoothed probe drawing takes here (measured on the first call, then remembered for the visit); Infinity without WebGL. */
export function probeSmoothing(): number {
  if (measured !== null) return measured;
  measured = Infinity;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = PROBE.side;
  const gl = canvas.getContext('webgl', { antialias: true, alpha: false, depth: false, stencil: false });
  if (!gl) return measured;
  try {
    const shader = (type: number, source: string) => {
      const s = gl.createShader(type) as WebGLShader;
      gl.shaderSource(s, source);
      gl.compileShader(s);
      return s;
    };
    const program = gl.createProgram() as WebGLProgram;
    gl.attachShader(program, shader(gl.VERTEX_SHADER, 'attribute vec2 p; void main() { gl_Position = vec4(p, 0.0, 1.0); }'));
    gl.attachShader(program, shader(gl.FRAGMENT_SHADER, 'precision mediump float; void main() { gl_FragColor = vec4(0.5, 0.3, 0.2, 0.5); }'));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) return measured;
    gl.useProgram(program);
    // Each pass: two triangles over the whole canvas, one edge slanted so that there is an edge to smooth.
    const pass = [-1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 0.9, 1];
    const vertices = new Float32Array(PROBE.passes * pass.length);
    for (let i = 0; i < PROBE.passes; i++) vertices.set(pass, i * pass.length);
    gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
    gl.bufferData(gl.ARRAY_BUFFER, vertices, gl.STATIC_DRAW);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
    const pixel = new Uint8Array(4);
    // Reading a pixel waits until the drawing is done.
    const draw = () => {
      gl.clear(gl.COLOR_BUFFER_BIT);
      gl.drawArrays(gl.TRIANGLES, 0, vertices.length / 2);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    };
    // The first drawing also compiles and allocates: only the second is timed.
    draw();
    const t0 = performance.now();
    draw();
    measured = performance.now() - t0;
  } catch {
    measured = Infinity;
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return measured;
}
