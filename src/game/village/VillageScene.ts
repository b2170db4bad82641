/**
 * The village itself: a street with a house and a person per villager, the scorer's table with the
 * ledger, and the information board. People walk to the table when their deed is scored, react to
 * what the scorer wrote (pleased, hurt, angry, grateful), gather at the board in the evening, and
 * receive the reward or are passed over. The one villager the scorer never sees stays away.
 * It only reads the store; everything it shows is also in the HTML beside it.
 */
import type { GameObjects } from '../phaser';
import { signed } from '../../core/format';
import { tr } from '../../core/content';
import type { Reaction, VillageLevel } from '../../core/village/schema';
import { postedBoard, reactions, standings, stoppedReporting, pendingDeed, deedOf, type BoardEntry, type VillageRun } from '../../core/village/rules';
import { followUpsOn, rerankedBeat } from '../../core/village/reveal';
import type { AppState } from '../../state/store';
import { COLOUR, HEX, ICONS, PORTRAITS } from '../../art';
import { StageScene, type StageContext } from '../stage';
import { villageLayout, type Point, type VillageLayout } from './layout';

type Session = { level: VillageLevel | null; run: VillageRun | null } | undefined;
const villageOf = (s: AppState) => s.sessions.village as Session;

/** Clothes and house colours, one per villager in level order (Okabe-Ito, with paper and ink). */
const CLOTHES = [COLOUR.blue, COLOUR.green, COLOUR.orange, COLOUR.purple, COLOUR.skyBlue, COLOUR.vermillion, COLOUR.yellow, 0x8a7a66, 0x4f6d7a, 0xb07a4f];
const ROOFS = [0x7d8590, 0xa3470a, 0x6e4a2a, 0x4f6d7a, 0x8a5a44];
const ICON_PX = 48;
const PORTRAIT_PX = 96;

interface Figure {
  id: string;
  box: GameObjects.Container;
  body: GameObjects.Graphics;
  head: GameObjects.Image;
  bubble: GameObjects.Image;
  mark: GameObjects.Image;
  seen: boolean;
  colour: number;
  at: Point | null;
}

interface Card {
  id: string;
  box: GameObjects.Container;
  bg: GameObjects.Graphics;
  portrait: GameObjects.Image;
  name: GameObjects.Text;
  points: GameObjects.Text;
  rosette: GameObjects.Image;
  slot: number;
}

interface Float {
  box: GameObjects.Container;
  bg: GameObjects.Graphics;
  text: GameObjects.Text;
}

export const villageScene = (ctx: StageContext) => new VillageScene(ctx);

export class VillageScene extends StageScene {
  private l!: VillageLayout;
  private backdrop!: GameObjects.Graphics;
  private furniture!: GameObjects.Graphics;
  private boardLabel!: GameObjects.Text;
  private figures = new Map<string, Figure>();
  private cards = new Map<string, Card>();
  private floats: Float[] = [];
  private nextFloat = 0;
  private choicesSeen = 0;
  private phaseSeen = '';

  constructor(ctx: StageContext) {
    super('village', ctx);
  }

  preload() {
    const level = villageOf(this.state)?.level;
    const px = PORTRAIT_PX * this.ctx.dpr;
    for (const v of level?.villagers ?? []) {
      const url = PORTRAITS[v.portrait];
      if (url && !this.textures.exists(`portrait-${v.portrait}`)) this.load.svg(`portrait-${v.portrait}`, url, { width: px, height: px });
    }
    for (const name of ['reaction-pleased', 'reaction-hurt', 'reaction-angry', 'reaction-grateful', 'reward', 'model-citizen', 'decline', 'pressure']) {
      const url = ICONS[name];
      if (url && !this.textures.exists(`icon-${name}`)) this.load.svg(`icon-${name}`, url, { width: ICON_PX * this.ctx.dpr, height: ICON_PX * this.ctx.dpr });
    }
  }

  protected build() {
    const level = villageOf(this.state)?.level;
    if (!level) return;
    this.backdrop = this.add.graphics();
    this.furniture = this.add.graphics();
    this.boardLabel = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5);
    level.villagers.forEach((v, i) => {
      const card = this.makeCard(v.id, v.portrait, i);
      this.cards.set(v.id, card);
    });
    level.villagers.forEach((v, i) => this.figures.set(v.id, this.makeFigure(v.id, v.portrait, v.seen, CLOTHES[i % CLOTHES.length] as number)));
    for (let i = 0; i < 3; i++) this.floats.push(this.makeFloat());
    const run = villageOf(this.state)?.run;
    this.choicesSeen = run?.choices.length ?? 0;
    this.phaseSeen = run?.phase ?? '';
  }

  private icon(name: string): string {
    return this.textures.exists(`icon-${name}`) ? `icon-${name}` : '__DEFAULT';
  }

  private makeFigure(id: string, portrait: string, seen: boolean, colour: number): Figure {
    const body = this.add.graphics();
    const key = `portrait-${portrait}`;
    const head = this.add.image(0, 0, this.textures.exists(key) ? key : '__DEFAULT');
    const bubble = this.add.image(0, 0, this.icon('reaction-pleased')).setVisible(false);
    const mark = this.add.image(0, 0, this.icon('reward')).setVisible(false);
    const box = this.add.container(0, 0, [body, head, bubble, mark]);
    if (!seen) box.setAlpha(0.45);
    return { id, box, body, head, bubble, mark, seen, colour, at: null };
  }

  private makeCard(id: string, portrait: string, slot: number): Card {
    const bg = this.add.graphics();
    const key = `portrait-${portrait}`;
    const p = this.add.image(0, 0, this.textures.exists(key) ? key : '__DEFAULT');
    const name = this.label(0, 0, '', { align: 'center' }).setOrigin(0.5, 0);
    const points = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5, 0);
    const rosette = this.add.image(0, 0, this.icon('model-citizen')).setVisible(false);
    const box = this.add.container(0, 0, [bg, p, name, points, rosette]);
    return { id, box, bg, portrait: p, name, points, rosette, slot };
  }

  private makeFloat(): Float {
    const bg = this.add.graphics();
    const text = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5);
    const box = this.add.container(0, 0, [bg, text]).setVisible(false).setDepth(10_000);
    return { box, bg, text };
  }

  protected layout() {
    const level = villageOf(this.state)?.level;
    if (!level) return;
    this.l = villageLayout(this.w, this.h, level.villagers.length, level.villagers.filter((v) => v.seen).length);
    this.drawBackdrop(level);
    this.drawFurniture();
    for (const f of this.figures.values()) this.drawFigure(f);
    for (const c of this.cards.values()) this.drawCard(c);
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing (on layout only)

  private drawBackdrop(level: VillageLevel) {
    const g = this.backdrop;
    const { w, h } = this;
    const { horizon, homes, houseW } = this.l;
    g.clear();
    g.fillStyle(COLOUR.sky, 1).fillRect(0, 0, w, horizon);
    const hillH = Math.min(horizon * 0.5, w * 0.1);
    g.fillStyle(COLOUR.hill, 1);
    for (let i = 0; i < 4; i++) g.fillEllipse(w * (0.1 + i * 0.3), horizon, w * 0.5, hillH * (i % 2 ? 1.4 : 2));
    g.fillStyle(COLOUR.hillNear, 1);
    for (let i = 0; i < 3; i++) g.fillEllipse(w * (0.25 + i * 0.35), horizon, w * 0.42, hillH * 1.1);
    g.fillStyle(COLOUR.field, 1).fillRect(0, horizon, w, h - horizon);
    g.lineStyle(2, 0xd6c39b, 1);
    for (let x = -h; x < w; x += 56) g.lineBetween(x, h, x + h * 0.5, horizon);
    // A house behind each home, each its own; the one whose owner is away stays shut.
    level.villagers.forEach((v, i) => {
      const home = homes[i] as Point;
      const hw = houseW * (0.8 + (i % 3) * 0.12);
      const hh = hw * (0.62 + (i % 2) * 0.12);
      const x = home.x - hw / 2;
      const y = horizon + hh * 0.2 - hh;
      g.fillStyle(i % 2 ? 0xf3e6cf : 0xefe0c4, 1).fillRect(x, y, hw, hh);
      g.lineStyle(2, COLOUR.ink, 1).strokeRect(x, y, hw, hh);
      const roof = ROOFS[i % ROOFS.length] as number;
      g.fillStyle(roof, 1).fillTriangle(x - 5, y, x + hw + 5, y, x + hw / 2, y - hh * (0.45 + (i % 3) * 0.08));
      g.lineStyle(2, COLOUR.ink, 1).strokeTriangle(x - 5, y, x + hw + 5, y, x + hw / 2, y - hh * (0.45 + (i % 3) * 0.08));
      const doorColour = v.seen ? (CLOTHES[i % CLOTHES.length] as number) : 0x8a7a66;
      g.fillStyle(doorColour, 1).fillRect(x + hw * 0.38, y + hh * 0.42, hw * 0.24, hh * 0.58);
      if (!v.seen) {
        // Shut and padlocked: the owner works far away.
        g.lineStyle(2, COLOUR.ink, 1).lineBetween(x + hw * 0.38, y + hh * 0.42, x + hw * 0.62, y + hh);
        g.lineBetween(x + hw * 0.62, y + hh * 0.42, x + hw * 0.38, y + hh);
      }
    });
  }

  private drawFurniture() {
    const g = this.furniture;
    const { table, board, compact } = this.l;
    g.clear();
    // The information board: posts, frame, cork, a paper heading.
    g.fillStyle(COLOUR.woodDark, 1).fillRect(board.x + board.w * 0.1, board.y, 8, board.h + this.l.figure * 0.6);
    g.fillRect(board.x + board.w * 0.9 - 8, board.y, 8, board.h + this.l.figure * 0.6);
    g.fillStyle(COLOUR.wood, 1).fillRoundedRect(board.x - 6, board.y - 6, board.w + 12, board.h + 12, 6);
    g.lineStyle(3, COLOUR.ink, 1).strokeRoundedRect(board.x - 6, board.y - 6, board.w + 12, board.h + 12, 6);
    g.fillStyle(COLOUR.cork, 1).fillRect(board.x, board.y, board.w, board.h);
    const strip = Math.max(14, board.h * 0.12);
    g.fillStyle(COLOUR.card, 1).fillRect(board.x + board.w * 0.2, board.y + strip * 0.12, board.w * 0.6, strip * 0.76);
    g.lineStyle(2, COLOUR.ink, 1).strokeRect(board.x + board.w * 0.2, board.y + strip * 0.12, board.w * 0.6, strip * 0.76);
    this.boardLabel.setPosition(board.x + board.w / 2, board.y + strip * 0.5).setFontSize(Math.max(9, strip * 0.44));
    this.boardLabel.setVisible(!compact || board.w > 120);
    // The scorer's table with the open ledger: this is where you sit.
    g.fillStyle(COLOUR.woodDark, 1).fillRect(table.x + 8, table.y + table.h * 0.4, 8, table.h * 0.6);
    g.fillRect(table.x + table.w - 16, table.y + table.h * 0.4, 8, table.h * 0.6);
    g.fillStyle(COLOUR.wood, 1).fillRoundedRect(table.x, table.y + table.h * 0.25, table.w, table.h * 0.2, 4);
    g.lineStyle(2, COLOUR.ink, 1).strokeRoundedRect(table.x, table.y + table.h * 0.25, table.w, table.h * 0.2, 4);
    const bookW = table.w * 0.5;
    const bx = table.x + table.w * 0.25;
    const by = table.y;
    g.fillStyle(COLOUR.card, 1).fillRect(bx, by, bookW / 2, table.h * 0.3).fillRect(bx + bookW / 2, by, bookW / 2, table.h * 0.3);
    g.lineStyle(2, COLOUR.ink, 1).strokeRect(bx, by, bookW / 2, table.h * 0.3).strokeRect(bx + bookW / 2, by, bookW / 2, table.h * 0.3);
    g.lineStyle(1, COLOUR.vermillion, 0.8);
    for (let i = 1; i < 4; i++) {
      const ly = by + (table.h * 0.3 * i) / 4;
      g.lineBetween(bx + 4, ly, bx + bookW / 2 - 4, ly);
      g.lineBetween(bx + bookW / 2 + 4, ly, bx + bookW - 4, ly);
    }
  }

  private drawFigure(f: Figure) {
    const s = this.l.figure;
    const g = f.body;
    g.clear();
    const headD = s * 0.46;
    // Legs, body and arms: drawn up from the feet at (0, 0).
    g.fillStyle(COLOUR.ink, 1).fillRoundedRect(-s * 0.13, -s * 0.3, s * 0.1, s * 0.3, 3).fillRoundedRect(s * 0.03, -s * 0.3, s * 0.1, s * 0.3, 3);
    g.fillStyle(f.colour, 1).fillRoundedRect(-s * 0.2, -s * 0.62, s * 0.4, s * 0.38, s * 0.08);
    g.lineStyle(2, COLOUR.ink, 1).strokeRoundedRect(-s * 0.2, -s * 0.62, s * 0.4, s * 0.38, s * 0.08);
    if (!f.seen) {
      // Not there: a dashed outline where they would stand.
      g.clear();
      g.lineStyle(2, COLOUR.ink, 0.8);
      const dash = (x1: number, y1: number, x2: number, y2: number) => {
        const n = Math.max(2, Math.round(Math.hypot(x2 - x1, y2 - y1) / 6));
        for (let i = 0; i < n; i += 2) g.lineBetween(x1 + ((x2 - x1) * i) / n, y1 + ((y2 - y1) * i) / n, x1 + ((x2 - x1) * (i + 1)) / n, y1 + ((y2 - y1) * (i + 1)) / n);
      };
      dash(-s * 0.2, 0, -s * 0.2, -s * 0.62);
      dash(s * 0.2, 0, s * 0.2, -s * 0.62);
      dash(-s * 0.2, -s * 0.62, s * 0.2, -s * 0.62);
    }
    f.head.setDisplaySize(headD, headD).setPosition(0, -s * 0.62 - headD * 0.42);
    const b = s * 0.36;
    f.bubble.setDisplaySize(b, b).setPosition(s * 0.3, -s * 1.05);
    f.mark.setDisplaySize(b * 0.8, b * 0.8).setPosition(-s * 0.3, -s * 1.0);
  }

  private drawCard(c: Card) {
    const slot = this.l.slots[0];
    if (!slot) return;
    const { w, h } = slot;
    const fs = this.l.fontSize;
    const p = Math.max(14, Math.min(w * 0.62, h - fs * 2.8 - 10));
    c.bg.clear();
    c.bg.fillStyle(0x000000, 0.12).fillRect(3, 4, w, h);
    c.bg.fillStyle(COLOUR.card, 1).fillRect(0, 0, w, h);
    c.bg.lineStyle(2, COLOUR.ink, 1).strokeRect(0, 0, w, h);
    c.bg.fillStyle(COLOUR.purple, 1).fillCircle(w / 2, 4, 3.5);
    c.portrait.setDisplaySize(p, p).setPosition(w / 2, 6 + p / 2);
    const names = fs >= 9 && !this.l.compact;
    c.name.setFontSize(fs).setPosition(w / 2, 8 + p).setWordWrapWidth(w - 4).setVisible(names);
    c.points.setFontSize(fs * 1.1).setPosition(w / 2, 8 + p + (names ? fs * 1.3 : 0));
    const r = Math.max(14, w * 0.3);
    c.rosette.setDisplaySize(r, r).setPosition(w - r * 0.35, r * 0.35);
  }

  // ---------------------------------------------------------------------------------------------
  // Showing the state

  protected sync(state: AppState, prev: AppState | null) {
    const v = villageOf(state);
    const level = v?.level;
    const run = v?.run;
    if (!level || !run || !this.l) return;
    const before = prev ? villageOf(prev) : undefined;
    if (prev && before?.run === run && prev.lang === state.lang && prev.motion === state.motion) return;
    const animate = prev !== null && !this.reduced;
    this.boardLabel.setText(this.t('village.boardTitle')).setScale(1);
    const room = this.l.board.w * 0.56;
    if (this.boardLabel.width > room) this.boardLabel.setScale(room / this.boardLabel.width);

    // The board: the player's own ranking, or the media account's during that part of the reveal.
    const rerank = run.phase === 'reveal' && (run.beat === 1 || run.beat === 2);
    const board: BoardEntry[] = rerank ? rerankedBeat(level, run).report : postedBoard(level, run);
    // Someone the scorer never sees is not on the board at all.
    board.filter((e) => e.villager.seen).forEach((e, i) => this.placeCard(e, i, state.lang, animate));
    for (const e of board) if (!e.villager.seen) this.cards.get(e.villager.id)?.box.setVisible(false);

    // What just happened answers back, over the right person, where they stand as it happens.
    if (run.choices.length > this.choicesSeen) {
      const c = run.choices[run.choices.length - 1];
      if (c) {
        for (const r of reactions(level, c)) this.react(r.villager, r.reaction);
        this.float(deedOf(level, c.deedId).villager, c.kind === 'decline' ? null : c.points, animate);
      }
    }

    // People: where each one is now.
    const pending = pendingDeed(run);
    const deed = run.phase === 'day' && pending ? deedOf(level, pending) : undefined;
    const gathered = run.phase !== 'intro' && run.phase !== 'day';
    const silent = stoppedReporting(level, run);
    const order = new Map(board.map((e, i) => [e.villager.id, i]));
    level.villagers.forEach((villager, i) => {
      const f = this.figures.get(villager.id);
      if (!f) return;
      let to: Point = this.l.homes[i] as Point;
      if (villager.seen && deed?.villager === villager.id) to = this.l.atTable;
      else if (villager.seen && deed?.favour?.from === villager.id) to = this.l.asker;
      else if (villager.seen && gathered && (!this.l.compact || (order.get(villager.id) ?? 99) < 3)) to = this.l.crowd[order.get(villager.id) ?? i] as Point;
      this.walk(f, to, animate);
      f.box.setAlpha(!villager.seen ? 0.45 : silent.has(villager.id) ? 0.7 : 1);
    });

    // The evening: scenes at the board, and the reward for the model citizens.
    if (run.phase === 'board' && this.phaseSeen !== 'board') {
      for (const e of followUpsOn(level, run).scenes) if (e.scene?.reaction) this.react(e.scene.villager, e.scene.reaction);
    }
    const models = new Set((run.phase === 'day' || run.phase === 'intro' ? postedBoard(level, run) : standings(level, run)).filter((e) => e.modelCitizen).map((e) => e.villager.id));
    for (const f of this.figures.values()) {
      const showReward = gathered && models.has(f.id);
      f.mark.setTexture(this.icon(silent.has(f.id) ? 'decline' : 'reward')).setVisible(showReward || silent.has(f.id));
    }
    this.choicesSeen = run.choices.length;
    this.phaseSeen = run.phase;
  }

  private placeCard(e: BoardEntry, i: number, lang: string, animate: boolean) {
    const c = this.cards.get(e.villager.id);
    if (!c) return;
    const slot = this.l.slots[i];
    // A phone's strip shows only the top three.
    c.box.setVisible(slot !== undefined);
    if (!slot) return;
    c.name.setText(tr(e.villager.name, lang));
    c.points.setText(signed(e.points)).setColor(e.points < 0 ? HEX.vermillion : HEX.ink);
    c.rosette.setVisible(e.modelCitizen);
    c.box.setAlpha(e.villager.seen ? 1 : 0.55);
    const moved = c.slot !== i;
    c.slot = i;
    this.tweens.killTweensOf(c.box);
    if (animate && moved) this.tweens.add({ targets: c.box, x: slot.x, y: slot.y, duration: 700, ease: 'Cubic.easeInOut' });
    else c.box.setPosition(slot.x, slot.y);
  }

  private walk(f: Figure, to: Point, animate: boolean) {
    const same = f.at && Math.abs(f.at.x - to.x) < 0.5 && Math.abs(f.at.y - to.y) < 0.5;
    f.at = to;
    f.box.setDepth(to.y);
    if (same) return;
    this.tweens.killTweensOf(f.box);
    if (!animate || (f.box.x === 0 && f.box.y === 0)) {
      f.box.setPosition(to.x, to.y);
      return;
    }
    const distance = Math.hypot(to.x - f.box.x, to.y - f.box.y);
    this.tweens.add({ targets: f.box, x: to.x, y: to.y, duration: Math.min(1100, 300 + distance * 1.5), ease: 'Sine.easeInOut' });
  }

  /** A feeling, shown by the shape of its bubble (never by colour alone), for a few seconds. */
  private react(villagerId: string, reaction: Reaction) {
    const f = this.figures.get(villagerId);
    if (!f || !f.seen) return;
    const b = f.bubble;
    this.tweens.killTweensOf(b);
    b.setTexture(this.icon(`reaction-${reaction}`)).setVisible(true).setAlpha(1);
    const size = this.l.figure * 0.36;
    if (!this.reduced) {
      b.setDisplaySize(size * 0.3, size * 0.3);
      this.tweens.add({ targets: b, displayWidth: size, displayHeight: size, duration: 260, ease: 'Back.easeOut' });
    } else b.setDisplaySize(size, size);
    this.tweens.add({ targets: b, alpha: 0, delay: 3200, duration: this.reduced ? 0 : 400, onComplete: () => b.setVisible(false) });
  }

  /** The points just written, over the villager they belong to: a gain in a rounded tag with ▲, a loss in a notched one with ▼. */
  private float(villagerId: string, points: number | null, animate: boolean) {
    const f = this.figures.get(villagerId);
    if (!f) return;
    const fl = this.floats[this.nextFloat++ % this.floats.length] as Float;
    this.tweens.killTweensOf(fl.box);
    const fs = Math.max(12, this.l.figure * 0.2);
    const label = points === null ? '–' : `${points > 0 ? '▲' : '▼'} ${signed(points)}`;
    fl.text.setText(label).setFontSize(fs);
    const w = fl.text.width + fs;
    const h = fs * 1.6;
    const g = fl.bg;
    g.clear();
    if (points === null) {
      g.fillStyle(COLOUR.card, 1).fillRoundedRect(-w / 2, -h / 2, w, h, h / 2);
      g.lineStyle(2, COLOUR.ink, 0.6).strokeRoundedRect(-w / 2, -h / 2, w, h, h / 2);
    } else if (points > 0) {
      g.fillStyle(COLOUR.yellow, 1).fillRoundedRect(-w / 2, -h / 2, w, h, h / 2);
      g.lineStyle(2, COLOUR.ink, 1).strokeRoundedRect(-w / 2, -h / 2, w, h, h / 2);
    } else {
      // A notched tag: a different shape, not only a different colour.
      const pts = [
        { x: -w / 2 - h * 0.3, y: 0 },
        { x: -w / 2, y: -h / 2 },
        { x: w / 2, y: -h / 2 },
        { x: w / 2 + h * 0.3, y: 0 },
        { x: w / 2, y: h / 2 },
        { x: -w / 2, y: h / 2 },
      ];
      // Phaser only reads x and y of each point.
      g.fillStyle(0xfbe9df, 1).fillPoints(pts as Phaser.Math.Vector2[], true);
      g.lineStyle(2, COLOUR.vermillion, 1).strokePoints(pts as Phaser.Math.Vector2[], true);
    }
    const x = f.box.x;
    const y = f.box.y - this.l.figure * 1.2;
    fl.box.setPosition(x, y).setVisible(true).setAlpha(1);
    if (animate) this.tweens.add({ targets: fl.box, y: y - this.l.figure * 0.4, alpha: 0, delay: 600, duration: 1200, ease: 'Quad.easeOut', onComplete: () => fl.box.setVisible(false) });
    else this.tweens.add({ targets: fl.box, alpha: 0, delay: 2000, duration: 0, onComplete: () => fl.box.setVisible(false) });
  }
}
