/**
 * The village and its information board. It only reads the store: the rules decide the ranking,
 * this scene draws it and animates the changes.
 */
import { GameObjects, Scene } from 'phaser';
import { signed } from '../core/format';
import { tr, type VillageLevel } from '../core/schema';
import { pendingDeed, postedBoard } from '../core/village/rules';
import type { AppState, AppStore } from '../state/store';
import { PORTRAITS } from '../ui/assets';
import { stageLayout, type StageLayout } from './layout';
import { FONT_STACK, type Translate } from './start';

const INK = 0x2b2118;
const PAPER = 0xfffdf7;
const WOOD = 0x9a6b3f;
const WOOD_DARK = 0x6e4a2a;
const YELLOW = 0xf0e442;
const ORANGE = 0xe69f00;
const SKY_BLUE = 0x56b4e9;
const GREEN = 0x009e73;

interface Card {
  id: string;
  box: GameObjects.Container;
  bg: GameObjects.Graphics;
  portrait: GameObjects.Image;
  name: GameObjects.Text;
  points: GameObjects.Text;
  ribbon: GameObjects.Graphics;
  slot: number;
}

export function prefersReducedMotion(state: AppState): boolean {
  if (state.motion === 'on') return true;
  if (state.motion === 'off') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class VillageScene extends Scene {
  private backdrop!: GameObjects.Graphics;
  private boardTitle!: GameObjects.Graphics;
  private boardLabel!: GameObjects.Text;
  private cards = new Map<string, Card>();
  private layout!: StageLayout;
  private unsubscribe: (() => void) | null = null;
  private lastChoices = 0;

  constructor(
    private readonly store: AppStore,
    private readonly translate: Translate,
    private readonly onReady: () => void,
  ) {
    super('village');
  }

  preload() {
    const level = this.store.getState().village.level;
    for (const v of level?.villagers ?? []) {
      const url = PORTRAITS[v.portrait];
      if (url) this.load.svg(`portrait-${v.portrait}`, url, { width: 160, height: 160 });
    }
  }

  create() {
    const level = this.store.getState().village.level;
    if (!level) return;
    this.backdrop = this.add.graphics();
    this.boardTitle = this.add.graphics();
    this.boardLabel = this.add.text(0, 0, '', { fontFamily: FONT_STACK, color: '#2B2118', fontStyle: 'bold' }).setOrigin(0.5);
    level.villagers.forEach((v, i) => this.cards.set(v.id, this.makeCard(level, v.id, i)));
    this.relayout();
    this.scale.on('resize', this.relayout, this);
    this.lastChoices = Object.keys(this.store.getState().village.run?.choices ?? {}).length;
    this.unsubscribe = this.store.subscribe((s, prev) => {
      if (s.village.run !== prev.village.run || s.village.view !== prev.village.view || s.lang !== prev.lang || s.motion !== prev.motion)
        this.sync(s, true);
    });
    this.events.once('shutdown', () => this.unsubscribe?.());
    this.events.once('destroy', () => this.unsubscribe?.());
    this.sync(this.store.getState(), false);
    this.onReady();
  }

  private makeCard(level: VillageLevel, id: string, slot: number): Card {
    const v = level.villagers.find((x) => x.id === id);
    const bg = this.add.graphics();
    const key = `portrait-${v?.portrait}`;
    const portrait = this.add.image(0, 0, this.textures.exists(key) ? key : '__DEFAULT');
    const name = this.add.text(0, 0, '', { fontFamily: FONT_STACK, color: '#2B2118', align: 'center' }).setOrigin(0.5, 0);
    const points = this.add.text(0, 0, '', { fontFamily: FONT_STACK, color: '#2B2118', fontStyle: 'bold' }).setOrigin(0.5, 0);
    const ribbon = this.add.graphics();
    const box = this.add.container(0, 0, [bg, portrait, name, points, ribbon]);
    if (v && !v.seen) box.setAlpha(0.55);
    return { id, box, bg, portrait, name, points, ribbon, slot };
  }

  private relayout() {
    const { width, height } = this.scale;
    const level = this.store.getState().village.level;
    if (!level) return;
    this.layout = stageLayout(width, height, level.villagers.length);
    this.drawBackdrop(width, height);
    for (const card of this.cards.values()) this.drawCard(card);
    this.sync(this.store.getState(), false);
  }

  private drawBackdrop(width: number, height: number) {
    const g = this.backdrop;
    const { board, horizon } = this.layout;
    g.clear();
    // Sky and far hills.
    g.fillStyle(0xf6efe2, 1).fillRect(0, 0, width, height);
    g.fillStyle(0xe3eef2, 1).fillRect(0, 0, width, horizon * 0.75);
    // Soft hills resting on the horizon, whatever the stage's shape.
    const ground = horizon * 0.85;
    const hillH = Math.min(ground * 0.35, width * 0.12);
    g.fillStyle(0xc9d9c0, 1);
    for (let i = 0; i < 4; i++) g.fillEllipse(width * (0.1 + i * 0.3), ground, width * 0.5, hillH * (i % 2 ? 1.6 : 2.2));
    g.fillStyle(0xb5cba8, 1);
    for (let i = 0; i < 3; i++) g.fillEllipse(width * (0.25 + i * 0.35), ground, width * 0.42, hillH * 1.2);
    // Fields.
    g.fillStyle(0xe8d9b5, 1).fillRect(0, horizon * 0.85, width, height - horizon * 0.85);
    g.lineStyle(2, 0xd6c39b, 1);
    for (let x = -height; x < width; x += 48) g.lineBetween(x, height, x + height * 0.6, horizon * 0.85);
    // Houses along the horizon.
    const houseW = Math.max(36, width / 14);
    for (let i = 0; i < 7; i++) {
      const x = (i + 0.3) * (width / 7);
      const h = houseW * 0.7;
      const y = horizon * 0.85 - h;
      g.fillStyle(0xf3e6cf, 1).fillRect(x, y, houseW, h);
      g.lineStyle(2, INK, 1).strokeRect(x, y, houseW, h);
      g.fillStyle(0x7d8590, 1).fillTriangle(x - 6, y, x + houseW + 6, y, x + houseW / 2, y - h * 0.55);
      g.lineStyle(2, INK, 1).strokeTriangle(x - 6, y, x + houseW + 6, y, x + houseW / 2, y - h * 0.55);
      g.fillStyle(i % 2 ? SKY_BLUE : ORANGE, 1).fillRect(x + houseW * 0.38, y + h * 0.4, houseW * 0.24, h * 0.6);
    }
    // The basketball hoop whose basket the report mentions, and a tree.
    const hx = width * 0.08;
    const hy = horizon * 0.85;
    g.lineStyle(4, INK, 1).lineBetween(hx, hy, hx, hy - houseW * 1.6);
    g.fillStyle(PAPER, 1).fillRect(hx - 4, hy - houseW * 1.9, houseW * 0.7, houseW * 0.45);
    g.lineStyle(2, INK, 1).strokeRect(hx - 4, hy - houseW * 1.9, houseW * 0.7, houseW * 0.45);
    g.lineStyle(3, ORANGE, 1).strokeEllipse(hx + houseW * 0.45, hy - houseW * 1.45, houseW * 0.4, houseW * 0.12);
    g.fillStyle(GREEN, 1).fillCircle(width * 0.93, hy - houseW * 0.9, houseW * 0.55);
    g.lineStyle(2, INK, 1).strokeCircle(width * 0.93, hy - houseW * 0.9, houseW * 0.55);
    g.lineStyle(5, WOOD_DARK, 1).lineBetween(width * 0.93, hy, width * 0.93, hy - houseW * 0.4);
    // The information board: posts, frame, cork.
    g.fillStyle(WOOD_DARK, 1).fillRect(board.x + board.w * 0.08, board.y, 10, this.scale.height - board.y);
    g.fillRect(board.x + board.w * 0.92 - 10, board.y, 10, this.scale.height - board.y);
    g.fillStyle(WOOD, 1).fillRoundedRect(board.x - 8, board.y - 8, board.w + 16, board.h + 16, 8);
    g.lineStyle(3, INK, 1).strokeRoundedRect(board.x - 8, board.y - 8, board.w + 16, board.h + 16, 8);
    g.fillStyle(0xd9b98c, 1).fillRect(board.x, board.y, board.w, board.h);
    // The board's heading strip: a pinned paper with the board's name.
    this.boardTitle.clear();
    const stripH = Math.max(14, board.h * 0.12);
    this.boardTitle.fillStyle(PAPER, 1).fillRect(board.x + board.w * 0.3, board.y + stripH * 0.15, board.w * 0.4, stripH * 0.7);
    this.boardTitle.lineStyle(2, INK, 1).strokeRect(board.x + board.w * 0.3, board.y + stripH * 0.15, board.w * 0.4, stripH * 0.7);
    this.boardLabel.setPosition(board.x + board.w / 2, board.y + stripH * 0.5).setFontSize(Math.max(9, stripH * 0.42));
  }

  private drawCard(card: Card) {
    const slot = this.layout.slots[0];
    if (!slot) return;
    const { w, h } = slot;
    const p = this.layout.portrait;
    card.bg.clear();
    card.bg.fillStyle(0x000000, 0.12).fillRect(3, 4, w, h);
    card.bg.fillStyle(PAPER, 1).fillRect(0, 0, w, h);
    card.bg.lineStyle(2, INK, 1).strokeRect(0, 0, w, h);
    card.bg.fillStyle(0xcc79a7, 1).fillCircle(w / 2, 5, 4);
    card.portrait.setDisplaySize(p, p).setPosition(w / 2, 8 + p / 2);
    const fs = this.layout.fontSize;
    // Too small to read on a phone: there the names are only in the HTML table.
    card.name.setFontSize(fs).setPosition(w / 2, 10 + p).setWordWrapWidth(w - 6).setVisible(fs >= 9);
    card.points.setFontSize(fs * 1.15).setPosition(w / 2, 10 + p + (fs >= 9 ? fs * 1.35 : 0));
  }

  private sync(state: AppState, animate: boolean) {
    const { level, run } = state.village;
    if (!level || !run || !this.layout) return;
    const reduced = prefersReducedMotion(state);
    const board = postedBoard(level, run);
    this.boardLabel.setText(this.translate('village.boardTitle', state.lang));
    // Nobody is singled out before the week begins.
    const pending = state.village.view === 'intro' ? undefined : pendingDeed(run);
    const pendingVillager = pending ? level.deeds.find((d) => d.id === pending)?.villager : undefined;
    board.forEach((entry, i) => {
      const card = this.cards.get(entry.villager.id);
      const slot = this.layout.slots[i];
      if (!card || !slot) return;
      card.name.setText(tr(entry.villager.name, state.lang));
      card.points.setText(signed(entry.points));
      card.ribbon.clear();
      if (entry.modelCitizen) {
        const r = Math.max(7, slot.w * 0.09);
        card.ribbon.fillStyle(YELLOW, 1).fillCircle(slot.w - r - 2, r + 2, r);
        card.ribbon.lineStyle(2, INK, 1).strokeCircle(slot.w - r - 2, r + 2, r);
        card.ribbon.fillStyle(ORANGE, 1).fillTriangle(slot.w - r * 1.7, r * 2, slot.w - r * 1.1, r * 2, slot.w - r * 1.6, r * 3.3);
        card.ribbon.fillTriangle(slot.w - r * 0.9, r * 2, slot.w - r * 0.3, r * 2, slot.w - r * 0.4, r * 3.3);
      }
      const highlighted = entry.villager.id === pendingVillager;
      const targetY = slot.y - (highlighted ? Math.min(10, slot.h * 0.08) : 0);
      const moved = card.slot !== i;
      card.slot = i;
      this.tweens.killTweensOf(card.box);
      if (animate && !reduced && (moved || card.box.y !== targetY)) {
        this.tweens.add({ targets: card.box, x: slot.x, y: targetY, duration: moved ? 700 : 250, ease: 'Cubic.easeInOut' });
      } else {
        card.box.setPosition(slot.x, targetY);
      }
      card.box.setDepth(highlighted ? 2 : 1);
      card.box.setScale(highlighted ? 1.06 : 1);
    });
    // A score just written: show it rising from the card (skipped with reduced motion).
    const count = Object.keys(run.choices).length;
    if (animate && count > this.lastChoices && !reduced) {
      const last = run.plan.flat().filter((id) => id in run.choices).pop();
      const deed = level.deeds.find((d) => d.id === last);
      const choice = last ? run.choices[last] : undefined;
      const card = deed ? this.cards.get(deed.villager) : undefined;
      if (card && choice) {
        const label = choice.kind === 'points' ? signed(choice.points) : '\u2013';
        const slot = this.layout.slots[card.slot];
        const float = this.add
          .text((slot?.x ?? 0) + (slot?.w ?? 0) / 2, slot?.y ?? 0, label, {
            fontFamily: FONT_STACK,
            fontSize: `${this.layout.fontSize * 2}px`,
            fontStyle: 'bold',
            color: '#2B2118',
            backgroundColor: choice.kind === 'points' && choice.points > 0 ? '#F0E442' : '#FFFDF7',
            padding: { x: 6, y: 2 },
          })
          .setOrigin(0.5, 1)
          .setDepth(5);
        this.tweens.add({ targets: float, y: float.y - 40, alpha: 0, duration: 1100, ease: 'Quad.easeOut', onComplete: () => float.destroy() });
      }
    }
    this.lastChoices = count;
  }
}
