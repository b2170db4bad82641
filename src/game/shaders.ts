/**
 * Phaser 4 builds its image shader once for each number of textures a batch draws from (one up to
 * the device's limit, 16 on most), the first time a frame needs that number. With a graphics card
 * a build takes a millisecond or two; on a software renderer it can hold one frame for 80 ms, and
 * it happens mid-animation (the firm's building rising showed a 112 ms frame). A stage therefore
 * builds them ahead, one per idle moment once it is on screen: a still stage has idle time to spare.
 */
import type { Game } from './phaser';

/** What this needs of Phaser's quad batch handler (Phaser.Renderer.WebGL.RenderNodes.BatchHandlerQuad). */
interface QuadBatch {
  maxTexturesPerBatch: number;
  finalizeTextureCount(count: number): void;
  programManager: { getCurrentProgramSuite(): unknown };
}

function quadBatch(game: Game): QuadBatch | null {
  const nodes = (game.renderer as unknown as { renderNodes?: { getNode(name: string): unknown } } | null)?.renderNodes;
  const node = nodes?.getNode('BatchHandlerQuad') as Partial<QuadBatch> | undefined;
  if (!node || typeof node.finalizeTextureCount !== 'function' || typeof node.programManager?.getCurrentProgramSuite !== 'function') return null;
  return node as QuadBatch;
}

/** The texture counts to build, most textures first (the slowest builds, and the likeliest to come up mid-animation). */
export function shaderCounts(max: number): number[] {
  const top = Math.max(1, Math.floor(max));
  return Array.from({ length: top }, (_, i) => top - i);
}

/**
 * Build the image shader for every texture count, one per idle callback, outside Phaser's frames
 * (each frame sets the count again before it draws, so nothing here changes what is drawn).
 * Returns a function that stops early (the stage is taken down).
 */
export function warmShaders(game: Game): () => void {
  const batch = quadBatch(game);
  if (!batch) return () => undefined;
  const counts = shaderCounts(batch.maxTexturesPerBatch);
  let stopped = false;
  let handle = 0;
  const idle = typeof globalThis.requestIdleCallback === 'function';
  const schedule = () => {
    handle = idle ? globalThis.requestIdleCallback(step, { timeout: 3000 }) : (globalThis.setTimeout(step, 200) as unknown as number);
  };
  const step = () => {
    const count = counts.shift();
    if (stopped || count === undefined || !game.renderer) return;
    try {
      batch.finalizeTextureCount(count);
      batch.programManager.getCurrentProgramSuite();
    } catch {
      // A lost context or a renderer on its way out: the frame builds what it needs, as Phaser would.
      return;
    }
    schedule();
  };
  schedule();
  return () => {
    stopped = true;
    if (idle) globalThis.cancelIdleCallback(handle);
    else globalThis.clearTimeout(handle);
  };
}
