/**
 * What every role's scene shares: it reads the store (never writes it), lays itself out in CSS
 * pixels while drawing at the device's pixel ratio (sharp on high-density screens), honours reduced
 * motion, and says when it is ready.
 */
import { GameObjects, Scene, type Types } from './phaser';
import { HEX } from '../art';
import type { AppState, AppStore } from '../state/store';

/** The smallest stage side (CSS pixels) a scene lays itself out for. */
const MIN_SIDE = 24;

/** Frames drawn with nothing moving before the game loop sleeps. */
const STILL_FRAMES = 6;

export const FONT_STACK = '"Noto Sans", "Noto Sans SC", sans-serif';

export type Translate = (key: string, lang: string, params?: Record<string, string | number>) => string;

export interface StageContext {
  store: AppStore;
  translate: Translate;
  /** The device pixel ratio the canvas draws at. */
  dpr: number;
  onReady: () => void;
}

export function prefersReducedMotion(state: AppState): boolean {
  if (state.motion === 'on') return true;
  if (state.motion === 'off') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export abstract class StageScene extends Scene {
  /** Size of the stage in CSS pixels: scenes lay out in these units. */
  protected w = 0;
  protected h = 0;
  private unsubscribe: (() => void) | null = null;
  /** Frames drawn in a row with nothing moving (see rest). */
  private still = 0;
  private readonly wakeUp = () => this.wake();

  constructor(
    key: string,
    protected readonly ctx: StageContext,
  ) {
    super(key);
  }

  protected get state(): AppState {
    return this.ctx.store.getState();
  }

  protected get reduced(): boolean {
    return prefersReducedMotion(this.state);
  }

  protected t(key: string, params?: Record<string, string | number>): string {
    return this.ctx.translate(key, this.state.lang, params);
  }

  /** Text drawn at the device's pixel ratio, in the game's type. */
  protected label(x: number, y: number, text: string, style: Types.GameObjects.Text.TextStyle = {}): GameObjects.Text {
    return this.add.text(x, y, text, { fontFamily: FONT_STACK, color: HEX.ink, resolution: this.ctx.dpr, ...style });
  }

  /** Build the objects once (the state is ready). */
  protected abstract build(): void;
  /** Place everything for the current size (this.w × this.h). */
  protected abstract layout(): void;
  /** Show the state; `prev` is null on the first call and after a resize (no animation then). */
  protected abstract sync(state: AppState, prev: AppState | null): void;

  /** Whether anything on the stage is moving now: by default, any tween (one still in its delay included). */
  protected moving(): boolean {
    return this.tweens.getTweens().length > 0;
  }

  /**
   * Draw only while something moves. Once nothing has moved for a few frames the game loop sleeps
   * (the canvas keeps its last picture) until the state, the size, the page's visibility or the
   * WebGL context changes: a still stage costs no frames, which the HTML interface over it, a
   * school laptop's battery and a kiosk running for weeks all feel. Scenes with their own update
   * call rest with what they know.
   */
  update() {
    this.rest(this.moving());
  }

  protected rest(busy: boolean) {
    this.still = busy ? 0 : this.still + 1;
    if (this.still > STILL_FRAMES) this.game.loop.sleep();
  }

  protected wake() {
    this.still = 0;
    this.game.loop.wake();
  }

  create() {
    const dpr = this.ctx.dpr;
    this.cameras.main.setOrigin(0, 0).setZoom(dpr);
    this.measure();
    this.build();
    this.layout();
    this.sync(this.state, null);
    this.scale.on('resize', this.onResize, this);
    this.unsubscribe = this.ctx.store.subscribe((s, prev) => {
      this.wake();
      this.sync(s, prev);
    });
    document.addEventListener('visibilitychange', this.wakeUp);
    this.game.canvas.addEventListener('webglcontextrestored', this.wakeUp);
    const stop = () => this.detach();
    this.events.once('shutdown', stop);
    this.events.once('destroy', stop);
    this.ctx.onReady();
  }

  /**
   * Stop following the store and the stage's size. Called as the stage is taken down, before
   * Phaser's own (deferred) destroy: no state change may reach a scene that is on its way out.
   */
  detach() {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.scale?.off('resize', this.onResize, this);
    document.removeEventListener('visibilitychange', this.wakeUp);
    this.game?.canvas?.removeEventListener('webglcontextrestored', this.wakeUp);
  }

  private measure() {
    this.w = this.scale.width / this.ctx.dpr;
    this.h = this.scale.height / this.ctx.dpr;
  }

  private onResize() {
    // Smaller than this is a stage on its way out, not one anyone sees: keep the last layout.
    if (this.scale.width / this.ctx.dpr < MIN_SIDE || this.scale.height / this.ctx.dpr < MIN_SIDE) return;
    this.wake();
    this.measure();
    this.layout();
    this.sync(this.state, null);
  }
}
