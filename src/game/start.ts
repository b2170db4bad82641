/**
 * Phaser's side of the game: created on demand for a role's stage, destroyed when the player
 * leaves, so a kiosk (or a test) can make and remove it again and again.
 */
import { AUTO, Game, Scale } from './phaser';
import { HEX } from '../art';
import { affordsSmoothing, probeSmoothing } from './quality';
import { warmShaders } from './shaders';
import type { StageContext, StageScene } from './stage';

/** Wait for the bundled fonts so no Phaser text is drawn in a fallback face. */
async function fontsReady(): Promise<void> {
  if (!('fonts' in document)) return;
  // The Chinese subset is only fetched for a Chinese page; an English stage never draws it.
  const chinese = document.documentElement.lang.startsWith('zh');
  await Promise.all([
    document.fonts.load(`16px "Noto Sans"`, 'Aa'),
    document.fonts.load(`700 16px "Noto Sans"`, 'Aa'),
    ...(chinese ? [document.fonts.load(`16px "Noto Sans SC"`, '王村'), document.fonts.load(`700 16px "Noto Sans SC"`, '王村')] : []),
  ]).catch(() => undefined);
}

/** A DOM event on document whose detail (true or false) pauses or resumes every stage. */
export const STAGE_PAUSE_EVENT = 'scored:stagepause';

export type SceneFactory = ((ctx: StageContext) => StageScene) & {
  /**
   * The colour the stage is cleared to before each frame (default: paper). A scene whose backdrop
   * is one colour names it here instead of filling the stage with it: a clear costs next to
   * nothing, while a shape the size of the stage is drawn pixel by pixel, every frame it moves.
   */
  readonly background?: string;
};

/** Start a stage in `parent`, sized to it and drawn at the device's pixel ratio; returns how to remove it. */
export async function startGame(parent: HTMLElement, makeScene: SceneFactory, ctx: Omit<StageContext, 'dpr'>): Promise<() => void> {
  await fontsReady();
  // Capped at 2: sharper than that costs memory and time on a school laptop for nothing visible.
  const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  const size = () => ({ w: Math.max(1, Math.round(parent.clientWidth)), h: Math.max(1, Math.round(parent.clientHeight)) });
  const { w, h } = size();
  // Smoothed edges only where the device can draw them in time (see quality.ts).
  const smooth = affordsSmoothing(probeSmoothing(), w * h * dpr * dpr);
  parent.dataset.smooth = String(smooth);
  const game = new Game({
    type: AUTO,
    parent,
    backgroundColor: makeScene.background ?? HEX.paper,
    antialiasGL: smooth,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Scale.NONE, width: w * dpr, height: h * dpr, zoom: 1 / dpr },
    scene: [],
  });
  // Once the stage is on screen, its shaders are built ahead in idle moments (see shaders.ts).
  let stopWarming = () => {};
  const scene = makeScene({
    ...ctx,
    dpr,
    onReady: () => {
      ctx.onReady();
      stopWarming = warmShaders(game);
    },
  });
  game.scene.add('stage', scene, true);
  const observer = new ResizeObserver(() => {
    // A stage being taken down (or hidden) measures 0 wide: keep the last real size rather than
    // lay the scene out in a 1-pixel box.
    if (!parent.isConnected || parent.clientWidth < 2 || parent.clientHeight < 2) return;
    const next = size();
    if (next.w * dpr !== game.scale.width || next.h * dpr !== game.scale.height) game.scale.resize(next.w * dpr, next.h * dpr);
  });
  observer.observe(parent);
  // Workshop mode can freeze the stage's motion (pause) and let it go on where it was.
  const onPause = (e: Event) => ((e as CustomEvent<boolean>).detail ? game.pause() : game.resume());
  document.addEventListener(STAGE_PAUSE_EVENT, onPause);
  return () => {
    stopWarming();
    document.removeEventListener(STAGE_PAUSE_EVENT, onPause);
    observer.disconnect();
    scene.detach();
    game.destroy(true);
    // Phaser defers the rest to its next frame, which a loop that a still scene has put to sleep may
    // never run: the game, its WebGL context and the page it sat on would then stay in memory (npm
    // run bench: Sesame kept 38 of 61 stages). We are never inside one of Phaser's frames here (scenes
    // only read the store), so a running game is taken down at once; one still starting is woken to
    // finish and go.
    const now = game as unknown as { isRunning: boolean; runDestroy(): void };
    if (now.isRunning) now.runDestroy();
    else if (!game.loop.running) game.loop.wake();
  };
}
