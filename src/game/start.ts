/**
 * Phaser's side of the game: created on demand, destroyed when the player leaves the role,
 * so a kiosk (or a test) can make and remove it again and again.
 */
import { AUTO, Game, Scale } from 'phaser';
import type { AppStore } from '../state/store';
import { VillageScene } from './VillageScene';

export const FONT_STACK = '"Noto Sans", "Noto Sans SC", sans-serif';

/** Wait for the bundled fonts so no Phaser text is drawn in a fallback face. */
async function fontsReady(): Promise<void> {
  if (!('fonts' in document)) return;
  await Promise.all([
    document.fonts.load(`16px "Noto Sans"`, 'Aa'),
    document.fonts.load(`700 16px "Noto Sans"`, 'Aa'),
    document.fonts.load(`16px "Noto Sans SC"`, '王村'),
  ]).catch(() => undefined);
}

export type Translate = (key: string, lang: string) => string;

export async function startGame(parent: HTMLElement, store: AppStore, translate: Translate): Promise<() => void> {
  await fontsReady();
  const game = new Game({
    type: AUTO,
    parent,
    backgroundColor: '#F6EFE2',
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Scale.RESIZE, width: parent.clientWidth || 640, height: parent.clientHeight || 360 },
    scene: [],
  });
  game.scene.add('village', new VillageScene(store, translate, () => (parent.dataset.ready = 'true')), true);
  return () => {
    delete parent.dataset.ready;
    game.destroy(true);
  };
}
