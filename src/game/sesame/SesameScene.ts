/**
 * "A Sesame Credit user": a drawn phone running an invented payment app (no real logo, no real
 * colours: a kumquat, ink and paper). Its score is a gauge from 350 to 950 that moves on every
 * change, with the last move beside the number; perks light up at their thresholds and go dark
 * when lost or after leaving; the streak, badges and the friends' leaderboard react (friends who
 * share back climb, removed friends slide away); the app's notifications slide in at day end; the
 * court's list is a band across the app and a stamp over a refused luxury purchase, and, beside the
 * phone when there is room, the court itself, outside the app, with its line into the platform.
 * In the reveal the phone's screen shows the hidden weights, the week's path, the choices made for
 * the number, the same week under a FICO-like reading, and the report's 520 million of 802 million.
 *
 * It reads the store only; everything it shows is also in the HTML panel. With reduced motion it
 * shows every state without movement. Every object is made once and reused.
 */
import type { GameObjects } from '../phaser';
import { tr, type LText } from '../../core/content';
import { signed } from '../../core/format';
import { BEATS, actionOf, type SesameRun } from '../../core/sesame/rules';
import { chasing, contributions, evening, ficoReading, hiddenWeights, status, type LeaderRow, type Status } from '../../core/sesame/reveal';
import { SCORE_MAX, SCORE_MIN, type SesameLevel } from '../../core/sesame/schema';
import type { AppState } from '../../state/store';
import { COLOUR, HEX, ICONS, PORTRAITS } from '../../art';
import { StageScene, type StageContext } from '../stage';
import { FILL_MAX_WIDTH, dotGrid, gaugeAngle, gaugePoint, pathPoints, sesameLayout, type PhoneLayout, type Rect } from './layout';

type Session = { level: SesameLevel | null; run: SesameRun | null } | undefined;
const sesameOf = (s: AppState) => s.sessions.sesame as Session;

/** The invented app's colours: a kumquat's orange on ink and paper (no real payment app's palette). */
const KUMQUAT = 0xe69f00;
const KUMQUAT_SOFT = 0xfbe7b8;
const LEAF = 0x2f7d4f;
const GREEN_TEXT = '#006B4F';
const RED_TEXT = '#A3470A';
const RED = 0xa3470a;
const RULE = 0xcdbfa8;
const FAINT = 0xe9e1d2;

/**
 * The report's numbers for the last beat (§3.1: "520 million users", "802 million" Chinese
 * internet users in 2018), drawn as dots; the panel beside the canvas gives both sentences, cited.
 */
const USERS_MILLION = 520;
const ONLINE_MILLION = 802;
const DOT_MILLION = 10;

const ICON_PX = 48;
const ICON_NAMES = [
  'bike', 'hotel', 'visa', 'streak', 'badge', 'gavel', 'institution-court', 'shop-luxury', 'leave', 'gauge', 'share', 'leaderboard', 'illustrative',
  'reaction-pleased', 'reaction-hurt', 'friend-add', 'friend-drop', 'bill', 'profile', 'loan', 'shop-practical', 'train', 'blacklist',
];
const AVATAR_FILL = [COLOUR.skyBlue, COLOUR.yellow, COLOUR.orange, COLOUR.purple, COLOUR.hill, COLOUR.cork];

interface Row {
  id: string;
  box: GameObjects.Container;
  g: GameObjects.Graphics;
  rank: GameObjects.Text;
  face: GameObjects.Graphics;
  initial: GameObjects.Text;
  portrait: GameObjects.Image | null;
  name: GameObjects.Text;
  score: GameObjects.Text;
  tag: GameObjects.Text;
  shown: boolean;
  y: number;
}

interface PerkRow {
  id: string;
  box: GameObjects.Container;
  g: GameObjects.Graphics;
  icon: GameObjects.Image;
  name: GameObjects.Text;
  state: GameObjects.Text;
  open: boolean | null;
}

/** A choice of the week, as a tile beside the phone: what the player did, and what the number did. */
interface Tile {
  box: GameObjects.Container;
  g: GameObjects.Graphics;
  icon: GameObjects.Image;
  delta: GameObjects.Text;
  key: string;
}

interface Banner {
  box: GameObjects.Container;
  g: GameObjects.Graphics;
  icon: GameObjects.Image;
  text: GameObjects.Text;
}

export const sesameScene = (ctx: StageContext) => new SesameScene(ctx);

export class SesameScene extends StageScene {
  private l!: PhoneLayout;
  private backdrop!: GameObjects.Graphics;
  private phoneG!: GameObjects.Graphics;
  private statusText!: GameObjects.Text;
  private appName!: GameObjects.Text;
  private bellG!: GameObjects.Graphics;
  private bellCount!: GameObjects.Text;
  // The app.
  private gaugeG!: GameObjects.Graphics;
  private scoreText!: GameObjects.Text;
  private scoreName!: GameObjects.Text;
  private scorePencil!: GameObjects.Image;
  private deltaText!: GameObjects.Text;
  private rankText!: GameObjects.Text;
  private streakIcon!: GameObjects.Image;
  private streakText!: GameObjects.Text;
  private badgeIcon!: GameObjects.Image;
  private badgeText!: GameObjects.Text;
  private perkRows: PerkRow[] = [];
  private boardTitle!: GameObjects.Text;
  private boardPencil!: GameObjects.Image;
  private rows = new Map<string, Row>();
  private band!: GameObjects.Container;
  private bandG!: GameObjects.Graphics;
  private bandIcon!: GameObjects.Image;
  private bandText!: GameObjects.Text;
  private stamp!: GameObjects.Container;
  private stampG!: GameObjects.Graphics;
  private stampIcon!: GameObjects.Image;
  private stampText!: GameObjects.Text;
  private banners: Banner[] = [];
  // The world outside the app.
  private worldG!: GameObjects.Graphics;
  private worldTitle!: GameObjects.Text;
  private courtIcon!: GameObjects.Image;
  private courtText!: GameObjects.Text;
  private lineText!: GameObjects.Text;
  private magpieText!: GameObjects.Text;
  private ratingTexts: GameObjects.Text[] = [];
  private tiles: Tile[] = [];
  private leftIcon!: GameObjects.Image;
  private leftText!: GameObjects.Text;
  // The reveal.
  private revealG!: GameObjects.Graphics;
  private revealTexts: GameObjects.Text[] = [];
  private revealPencil!: GameObjects.Image;

  private appObjects: { setVisible(v: boolean): unknown }[] = [];
  private gaugeValue = 0;
  private gaugeLeft = false;
  private counter = { v: 0 };
  /** When banners shown without movement (reduced motion) are taken down (ms, the scene's clock). */
  private bannersUntil = 0;
  private revealProgress = { p: 1 };

  constructor(ctx: StageContext) {
    super('sesame', ctx);
  }

  preload() {
    const px = ICON_PX * this.ctx.dpr;
    const level = sesameOf(this.state)?.level;
    const names = new Set([...ICON_NAMES, ...(level?.notifications.flatMap((n) => (n.icon ? [n.icon] : [])) ?? []), ...(level?.actions.flatMap((a) => (a.icon ? [a.icon] : [])) ?? [])]);
    for (const name of names) {
      const url = ICONS[name];
      if (url && !this.textures.exists(`icon-${name}`)) this.load.svg(`icon-${name}`, url, { width: px, height: px });
    }
    const you = PORTRAITS['player-sesame'];
    if (you && !this.textures.exists('portrait-you')) this.load.svg('portrait-you', you, { width: px, height: px });
  }

  private icon(name: string): string {
    return this.textures.exists(`icon-${name}`) ? `icon-${name}` : '__DEFAULT';
  }

  // ---------------------------------------------------------------------------------------------
  // Building (once)

  protected build() {
    const level = sesameOf(this.state)?.level;
    this.backdrop = this.add.graphics();
    this.worldG = this.add.graphics();
    this.worldTitle = this.label(0, 0, '', { fontStyle: 'bold', color: HEX.muted });
    this.courtIcon = this.add.image(0, 0, this.icon('institution-court'));
    this.courtText = this.label(0, 0, '', { fontStyle: 'bold', align: 'center' }).setOrigin(0.5, 0);
    this.lineText = this.label(0, 0, '', { fontStyle: 'bold', color: RED_TEXT, align: 'center', backgroundColor: HEX.paper }).setOrigin(0.5, 0.5);
    this.magpieText = this.label(0, 0, '', { align: 'left' });
    for (let i = 0; i < 3; i++) this.ratingTexts.push(this.label(0, 0, '', {}));
    for (let i = 0; i < 30; i++) {
      const g = this.add.graphics();
      const icon = this.add.image(0, 0, this.icon('gauge'));
      const delta = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5, 1);
      this.tiles.push({ box: this.add.container(0, 0, [g, icon, delta]).setVisible(false), g, icon, delta, key: '' });
    }
    this.leftIcon = this.add.image(0, 0, this.icon('leave'));
    this.leftText = this.label(0, 0, '', { fontStyle: 'bold' });

    this.phoneG = this.add.graphics();
    this.statusText = this.label(0, 0, '', { color: HEX.muted });
    this.appName = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0, 0.5);
    this.bellG = this.add.graphics();
    this.bellCount = this.label(0, 0, '', { fontStyle: 'bold', color: HEX.card }).setOrigin(0.5);

    this.gaugeG = this.add.graphics();
    this.scoreText = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5, 1);
    this.scoreName = this.label(0, 0, '', { color: HEX.muted }).setOrigin(0.5, 0);
    this.scorePencil = this.add.image(0, 0, this.icon('illustrative'));
    this.deltaText = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5, 0);
    this.rankText = this.label(0, 0, '', { fontStyle: 'bold' });
    this.streakIcon = this.add.image(0, 0, this.icon('streak'));
    this.streakText = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0, 0.5);
    this.badgeIcon = this.add.image(0, 0, this.icon('badge'));
    this.badgeText = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0, 0.5);
    for (const p of level?.perks ?? []) {
      const g = this.add.graphics();
      const icon = this.add.image(0, 0, this.icon(p.icon ?? 'badge'));
      const name = this.label(0, 0, '', {}).setOrigin(0, 0.5);
      const state = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(1, 0.5);
      this.perkRows.push({ id: p.id, box: this.add.container(0, 0, [g, icon, name, state]), g, icon, name, state, open: null });
    }
    this.boardTitle = this.label(0, 0, '', { fontStyle: 'bold', color: HEX.muted });
    this.boardPencil = this.add.image(0, 0, this.icon('illustrative'));
    for (const id of ['you', ...(level?.friends.map((f) => f.id) ?? [])]) this.rows.set(id, this.makeRow(id));

    this.bandG = this.add.graphics();
    this.bandIcon = this.add.image(0, 0, this.icon('gavel'));
    this.bandText = this.label(0, 0, '', { fontStyle: 'bold', color: RED_TEXT }).setOrigin(0, 0.5);
    this.band = this.add.container(0, 0, [this.bandG, this.bandIcon, this.bandText]).setVisible(false);

    this.stampG = this.add.graphics();
    this.stampIcon = this.add.image(0, 0, this.icon('shop-luxury'));
    this.stampText = this.label(0, 0, '', { fontStyle: 'bold', color: RED_TEXT, align: 'center' }).setOrigin(0.5);
    this.stamp = this.add.container(0, 0, [this.stampG, this.stampIcon, this.stampText]).setVisible(false).setDepth(40);

    this.revealG = this.add.graphics();
    for (let i = 0; i < 16; i++) this.revealTexts.push(this.label(0, 0, '', {}).setVisible(false));
    this.revealPencil = this.add.image(0, 0, this.icon('illustrative')).setVisible(false);

    for (let i = 0; i < 3; i++) {
      const g = this.add.graphics();
      const icon = this.add.image(0, 0, this.icon('gauge'));
      const text = this.label(0, 0, '', {});
      this.banners.push({ box: this.add.container(0, 0, [g, icon, text]).setVisible(false).setDepth(60), g, icon, text });
    }

    this.appObjects = [
      this.gaugeG, this.scoreText, this.scoreName, this.scorePencil, this.deltaText, this.rankText, this.streakIcon, this.streakText,
      this.badgeIcon, this.badgeText, ...this.perkRows.map((p) => p.box), this.boardTitle, this.boardPencil,
    ];
  }

  private makeRow(id: string): Row {
    const g = this.add.graphics();
    const rank = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5, 0.5);
    const face = this.add.graphics();
    const initial = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5);
    const portrait = id === 'you' && this.textures.exists('portrait-you') ? this.add.image(0, 0, 'portrait-you') : null;
    const name = this.label(0, 0, '', {}).setOrigin(0, 0.5);
    const score = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(1, 0.5);
    const tag = this.label(0, 0, '', { fontStyle: 'bold', color: GREEN_TEXT }).setOrigin(1, 0.5);
    const parts = [g, rank, face, initial, ...(portrait ? [portrait] : []), name, score, tag];
    return { id, box: this.add.container(0, 0, parts).setVisible(false), g, rank, face, initial, portrait, name, score, tag, shown: false, y: 0 };
  }

  // ---------------------------------------------------------------------------------------------
  // Layout (on every size)

  /** Moving: any tween, or banners shown without movement (reduced motion) that are still up. */
  protected moving() {
    if (this.bannersUntil && performance.now() >= this.bannersUntil) {
      this.bannersUntil = 0;
      for (const b of this.banners) b.box.setVisible(false);
    }
    return super.moving() || this.bannersUntil > 0;
  }

  protected layout() {
    this.wake();
    const fill = typeof matchMedia === 'function' ? matchMedia(`(max-width: ${FILL_MAX_WIDTH}px)`).matches : this.w <= FILL_MAX_WIDTH;
    this.l = sesameLayout(this.w, this.h, fill);
    // Banners belong to the moment they arrived in; a new size drops them (the bell keeps the count).
    for (const b of this.banners) {
      this.tweens.killTweensOf(b.box);
      b.box.setVisible(false);
    }
    this.drawBackdrop();
    this.drawPhone();
    this.placeApp();
    this.placeWorld();
  }

  private drawBackdrop() {
    const g = this.backdrop;
    g.clear();
    if (this.l.mode === 'fill') return;
    // A calm city behind the phone: blocks of buildings, a few lit windows.
    const base = this.h * 0.86;
    let x = 0;
    let i = 0;
    while (x < this.w) {
      const bw = 40 + ((i * 37) % 50);
      const bh = this.h * (0.18 + ((i * 53) % 30) / 100);
      g.fillStyle(i % 2 ? COLOUR.hill : FAINT, 1).fillRect(x, base - bh, bw - 6, bh);
      g.fillStyle(COLOUR.card, 0.7);
      for (let wy = base - bh + 12; wy < base - 20; wy += 30) g.fillRect(x + 8, wy, bw - 22, 10);
      x += bw;
      i++;
    }
    g.fillStyle(COLOUR.field, 1).fillRect(0, base, this.w, this.h - base);
  }

  private drawPhone() {
    const { phone, screen, radius, bezel, status, appBar, mode } = this.l;
    const g = this.phoneG;
    g.clear();
    g.fillStyle(COLOUR.ink, 1).fillRoundedRect(phone.x, phone.y, phone.w, phone.h, radius);
    g.fillStyle(COLOUR.card, 1).fillRoundedRect(screen.x, screen.y, screen.w, screen.h, Math.max(4, radius - bezel));
    if (mode === 'side') {
      // The speaker slot and the camera: a drawn, unbranded phone.
      fillBox(g.fillStyle(0x4a3d31, 1), phone.x + phone.w / 2 - phone.w * 0.12, phone.y + bezel * 0.3, phone.w * 0.24, bezel * 0.4, bezel * 0.2);
    }
    // The app bar: the invented app's mark (a kumquat with a leaf) and its name.
    g.fillStyle(COLOUR.paper, 1).fillRect(appBar.x, appBar.y, appBar.w, appBar.h);
    g.lineStyle(1, RULE, 1).lineBetween(appBar.x, appBar.y + appBar.h, appBar.x + appBar.w, appBar.y + appBar.h);
    const r = appBar.h * 0.3;
    const cx = appBar.x + appBar.h * 0.55;
    const cy = appBar.y + appBar.h / 2 + 1;
    g.fillStyle(KUMQUAT, 1).fillCircle(cx, cy, r);
    g.lineStyle(1.5, COLOUR.ink, 1).strokeCircle(cx, cy, r);
    g.fillStyle(LEAF, 1).fillTriangle(cx, cy - r, cx + r * 0.9, cy - r * 1.5, cx + r * 0.3, cy - r * 0.6);
    this.appName.setFontSize(Math.max(11, appBar.h * 0.42)).setPosition(cx + r + 6, cy);
    this.statusText.setFontSize(Math.max(9, (status?.h ?? 14) * 0.62)).setVisible(!!status);
    if (status) this.statusText.setPosition(status.x + 10, status.y + status.h * 0.15);
    if (mode === 'side' && status) {
      // A battery, drawn.
      const bw = status.h * 1.2;
      const bx = status.x + status.w - bw - 10;
      const by = status.y + status.h * 0.3;
      g.lineStyle(1.2, COLOUR.muted, 1).strokeRect(bx, by, bw, status.h * 0.45);
      g.fillStyle(COLOUR.muted, 1).fillRect(bx + 2, by + 2, bw * 0.6, status.h * 0.45 - 4);
    }
    // The line where the HTML panel begins, in fill mode.
    if (mode === 'fill') g.lineStyle(2, RULE, 1).lineBetween(screen.x, this.l.panelTop - 1, screen.x + screen.w, this.l.panelTop - 1);
  }

  private placeApp() {
    const { gauge, info, perks, perkRow, board, rowH, font, mode, band, appBar } = this.l;
    const scoreSize = Math.max(18, gauge.r * 0.46);
    this.scoreText.setFontSize(scoreSize).setPosition(gauge.cx, gauge.cy - gauge.r * 0.08);
    this.scoreName.setFontSize(font * 0.95).setPosition(gauge.cx - font * 0.5, gauge.cy + 2);
    this.scorePencil.setDisplaySize(font * 1.2, font * 1.2);
    this.deltaText.setFontSize(font * 1.1).setPosition(gauge.cx, gauge.cy - gauge.r * 0.08 - scoreSize * 1.05 - font * 1.45);
    // Info: the streak and the badges (and, on a phone, the rank under the gauge).
    const ih = info.h;
    this.streakIcon.setDisplaySize(ih * 0.9, ih * 0.9).setPosition(info.x + ih * 0.45, info.y + ih / 2);
    this.streakText.setFontSize(font).setPosition(info.x + ih + 2, info.y + ih / 2);
    const half = mode === 'fill' ? info.w * 0.5 : info.w * 0.34;
    this.badgeIcon.setDisplaySize(ih * 0.9, ih * 0.9).setPosition(info.x + half + ih * 0.45, info.y + ih / 2);
    this.badgeText.setFontSize(font).setPosition(info.x + half + ih + 2, info.y + ih / 2);
    if (mode === 'fill') this.rankText.setFontSize(font).setOrigin(0.5, 0).setPosition(gauge.cx, gauge.cy + font * 1.7);
    else this.rankText.setFontSize(font).setOrigin(1, 0.5).setPosition(info.x + info.w, info.y + ih / 2);
    // Perks: a row each.
    this.perkRows.forEach((p, i) => {
      p.box.setPosition(perks.x, perks.y + i * perkRow);
      p.icon.setDisplaySize(perkRow * 0.7, perkRow * 0.7).setPosition(perkRow * 0.5, perkRow / 2);
      p.name.setFontSize(font * 0.9).setPosition(perkRow + 2, perkRow / 2).setVisible(mode === 'side');
      p.state.setFontSize(font * 0.85).setPosition(perks.w - 6, perkRow / 2);
      p.open = null;
    });
    // The board.
    this.boardTitle.setVisible(!!board);
    this.boardPencil.setVisible(!!board);
    if (board) {
      this.boardTitle.setFontSize(font * 0.9).setPosition(board.x, board.y + rowH * 0.2);
      this.boardPencil.setDisplaySize(font * 1.1, font * 1.1);
    }
    for (const row of this.rows.values()) this.placeRow(row);
    // The court's band.
    this.bandG.clear();
    fillBox(this.bandG.fillStyle(0xfbe9df, 1), 0, 0, band.w, band.h, 4);
    strokeBox(this.bandG.lineStyle(2, RED, 1), 0, 0, band.w, band.h, 4);
    this.band.setPosition(band.x, band.y);
    this.bandIcon.setDisplaySize(band.h * 0.8, band.h * 0.8).setPosition(band.h * 0.5, band.h / 2);
    this.bandText.setFontSize(Math.max(9, font * (mode === 'fill' ? 0.8 : 0.9))).setPosition(band.h + 2, band.h / 2).setWordWrapWidth(wrapAt(band.w - band.h - 6), true);
    // The bell in the app bar.
    this.bellCount.setFontSize(Math.max(9, appBar.h * 0.32));
    this.drawBell(0);
    // The banners: full width of the screen, under the status bar.
    for (const b of this.banners) {
      b.text.setFontSize(font * 0.95).setWordWrapWidth(wrapAt(appBar.w - 20 - font * 2.6), true);
      b.icon.setDisplaySize(font * 1.8, font * 1.8);
    }
    this.stampText.setFontSize(Math.max(12, font * 1.15));
    this.revealPencil.setDisplaySize(font * 1.2, font * 1.2);
  }

  private placeRow(row: Row) {
    const { board, rowH, font } = this.l;
    if (!board) return;
    const d = rowH * 0.78;
    row.rank.setFontSize(font * 0.9).setPosition(rowH * 0.35, rowH / 2);
    row.face.setPosition(rowH * 0.75 + d / 2, rowH / 2);
    row.initial.setFontSize(d * 0.45).setPosition(rowH * 0.75 + d / 2, rowH / 2);
    row.portrait?.setDisplaySize(d, d).setPosition(rowH * 0.75 + d / 2, rowH / 2);
    row.name.setFontSize(font * 0.9).setPosition(rowH * 0.85 + d + 4, rowH / 2);
    row.score.setFontSize(font * 0.9).setPosition(board.w - 4, rowH / 2);
    row.tag.setFontSize(font * 0.75).setPosition(board.w - font * 2.6, rowH / 2);
  }

  private placeWorld() {
    const wr = this.l.world;
    const shown = !!wr;
    for (const o of [this.worldTitle, this.courtIcon, this.courtText, this.magpieText, ...this.ratingTexts, this.leftIcon, this.leftText, this.lineText]) o.setVisible(shown);
    this.worldG.clear();
    for (const tile of this.tiles) {
      tile.key = '';
      if (!wr) tile.box.setVisible(false);
    }
    if (!wr) return;
    const f = this.l.font;
    this.worldTitle.setFontSize(f).setPosition(wr.x + 4, wr.y);
    const cw = Math.min(wr.w * 0.5, this.l.phone.w * 0.5);
    this.courtIcon.setDisplaySize(cw * 0.34, cw * 0.34);
    this.courtText.setFontSize(f * 0.95).setWordWrapWidth(wrapAt(cw * 1.4), true);
    this.lineText.setFontSize(f * 0.85).setWordWrapWidth(wrapAt(wr.w * 0.6), true);
    this.magpieText.setFontSize(f * 0.9).setWordWrapWidth(wrapAt(wr.w - 70), true);
    for (const t of this.ratingTexts) t.setFontSize(f * 0.9).setWordWrapWidth(wrapAt(wr.w - 90), true);
    this.leftIcon.setDisplaySize(f * 2.4, f * 2.4);
    this.leftText.setFontSize(f * 0.95).setWordWrapWidth(wrapAt(wr.w - f * 3.5), true);
  }

  // ---------------------------------------------------------------------------------------------
  // Showing the state

  protected sync(state: AppState, prev: AppState | null) {
    const session = sesameOf(state);
    const level = session?.level;
    const run = session?.run;
    if (!level || !run || !this.l) return;
    const prevRun = prev ? sesameOf(prev)?.run : undefined;
    if (prev && prevRun === run && prev.lang === state.lang && prev.motion === state.motion) return;
    this.wake();
    const sameWeek = !!prevRun && prevRun.seed === run.seed && prevRun.route === run.route;
    const animate = prev !== null && sameWeek && prevRun !== run && !this.reduced;
    const st = status(level, run);
    const before = sameWeek && prevRun ? status(level, prevRun) : null;
    const lang = state.lang;

    this.appName.setText(tr(level.app.name, lang));
    const day = run.phase === 'day' || run.phase === 'evening' ? this.t('sesame.scene.day', { day: run.dayIndex + 1, total: run.dayIds.length }) : '';
    this.statusText.setText(day);

    const inReveal = run.phase === 'reveal';
    for (const o of this.appObjects) o.setVisible(!inReveal);
    if (inReveal) {
      for (const row of this.rows.values()) row.box.setVisible(false);
      this.band.setVisible(false);
      this.stamp.setVisible(false);
      this.showReveal(level, run, animate && (prevRun?.phase !== 'reveal' || prevRun.beat !== run.beat));
    } else {
      this.hideReveal();
      this.boardTitle.setVisible(!!this.l.board);
      this.boardPencil.setVisible(!!this.l.board);
      this.showGauge(level, run, st, before, animate);
      this.showInfo(st, animate && !!before && (st.streak !== before.streak || st.badges.length !== before.badges.length));
      this.showPerks(st, animate);
      this.showBoard(st, animate);
      this.band.setVisible(st.listed);
      if (st.listed) this.bandText.setText(this.t('sesame.scene.listed'));
      this.showStamp(level, run, st, animate && prevRun?.taken.length !== run.taken.length);
    }
    this.showWorld(level, run, animate);
    // Banners arrive in the evening with or without movement (reduced motion shows them still).
    this.showBanners(level, run, prevRun ?? undefined, prev !== null && sameWeek && prevRun !== run);
  }

  // The gauge -----------------------------------------------------------------------------------

  private showGauge(level: SesameLevel, run: SesameRun, st: Status, before: Status | null, animate: boolean) {
    const target = st.score;
    const left = st.shown === null;
    this.scoreName.setText(tr(level.app.score, this.state.lang));
    this.scorePencil.setPosition(this.scoreName.x + this.scoreName.width / 2 + this.l.font * 0.8, this.scoreName.y + this.scoreName.height / 2);
    // The last move, beside the number: the last choice's during a day, the day's in the evening.
    let move: number | null = null;
    if (run.phase === 'day' && st.last && st.last.taken.day === run.dayIndex && !st.last.taken.blocked && st.last.taken.member) move = st.last.delta;
    if (run.phase === 'evening') {
      const e = evening(level, run);
      if (e && e.log.member) move = e.scoreEnd - e.scoreStart;
    }
    this.deltaText.setVisible(!left && move !== null && move !== 0);
    if (move !== null && move !== 0) {
      this.deltaText.setText(`${move > 0 ? '▲' : '▼'} ${signed(move)}`).setColor(move > 0 ? GREEN_TEXT : RED_TEXT);
    }
    this.tweens.killTweensOf([this.counter, this.deltaText, this.scoreText]);
    const from = this.gaugeValue;
    this.gaugeLeft = left;
    if (animate && before && (before.score !== target || before.shown !== st.shown)) {
      this.counter.v = from;
      this.tweens.add({
        targets: this.counter,
        v: target,
        duration: 900,
        ease: 'Cubic.easeOut',
        onUpdate: () => this.drawGauge(this.counter.v),
        onComplete: () => this.drawGauge(target),
      });
      if (this.deltaText.visible) {
        const y = this.deltaText.y;
        this.deltaText.setAlpha(0).setY(y + 10);
        this.tweens.add({ targets: this.deltaText, alpha: 1, y, duration: 450, ease: 'Back.easeOut' });
      }
      this.scoreText.setScale(1);
      this.tweens.add({ targets: this.scoreText, scale: 1.12, duration: 180, yoyo: true, ease: 'Quad.easeOut' });
    } else {
      this.deltaText.setAlpha(1);
      this.scoreText.setScale(1);
      this.drawGauge(target);
    }
  }

  private drawGauge(v: number) {
    this.gaugeValue = v;
    const { gauge } = this.l;
    const g = this.gaugeG;
    const left = this.gaugeLeft;
    const level = sesameOf(this.state)?.level;
    g.clear();
    // The track, then the score's arc, in the app's orange (grey after leaving).
    g.lineStyle(gauge.thickness, FAINT, 1);
    g.beginPath();
    g.arc(gauge.cx, gauge.cy, gauge.r, Math.PI, Math.PI * 2, false);
    g.strokePath();
    if (!left) {
      g.lineStyle(gauge.thickness, KUMQUAT, 1);
      g.beginPath();
      g.arc(gauge.cx, gauge.cy, gauge.r, Math.PI, gaugeAngle(v), false);
      g.strokePath();
      const tip = gaugePoint(gauge, v);
      g.fillStyle(COLOUR.card, 1).fillCircle(tip.x, tip.y, gauge.thickness * 0.62);
      g.lineStyle(2.5, COLOUR.ink, 1).strokeCircle(tip.x, tip.y, gauge.thickness * 0.62);
    }
    // Each perk's threshold: a tick across the track.
    for (const p of level?.perks ?? []) {
      const a = gauge.thickness * 0.5;
      const p1 = gaugePoint(gauge, p.threshold.score, -a);
      const p2 = gaugePoint(gauge, p.threshold.score, a + 3);
      g.lineStyle(2, COLOUR.ink, left ? 0.3 : 0.8).lineBetween(p1.x, p1.y, p2.x, p2.y);
    }
    // The ends: 350 and 950.
    const f = this.l.font * 0.75;
    g.lineStyle(1, COLOUR.muted, 1);
    for (const s of [SCORE_MIN, SCORE_MAX]) {
      const p1 = gaugePoint(gauge, s, gauge.thickness * 0.5);
      const p2 = gaugePoint(gauge, s, gauge.thickness * 0.5 + f * 0.6);
      g.lineBetween(p1.x, p1.y, p2.x, p2.y);
    }
    this.scoreText.setText(left ? '—' : String(Math.round(v))).setColor(left ? HEX.muted : HEX.ink);
  }

  // Streak, badges, rank --------------------------------------------------------------------------

  private showInfo(st: Status, pulse: boolean) {
    // On a phone the header is narrow: the flame and the medal with their numbers (the panel says them in words).
    const compact = this.l.mode === 'fill';
    this.streakText.setText(compact ? String(st.streak) : this.t('sesame.scene.streak', { count: st.streak }));
    this.badgeText.setText(compact ? String(st.badges.length) : this.t('sesame.scene.badges', { count: st.badges.length }));
    // The badges follow the streak's words, whatever their length in this language.
    const { info } = this.l;
    const bx = Math.max(info.x + (compact ? info.w * 0.3 : info.w * 0.34), this.streakText.x + this.streakText.width + info.h * 0.6);
    this.badgeIcon.setPosition(bx + info.h * 0.45, info.y + info.h / 2);
    this.badgeText.setPosition(bx + info.h + 2, info.y + info.h / 2);
    const me = st.leaderboard.find((r) => r.id === 'you');
    this.rankText.setText(me ? this.t('sesame.scene.rank', { rank: me.rank, count: st.leaderboard.length }) : this.t('sesame.scene.notRanked'));
    this.rankText.setVisible(this.l.mode === 'fill' || !this.l.board);
    const dim = st.member ? 1 : 0.4;
    for (const o of [this.streakIcon, this.streakText, this.badgeIcon, this.badgeText]) o.setAlpha(dim);
    if (pulse) {
      for (const o of [this.streakIcon, this.badgeIcon]) {
        const s = o.scaleX;
        this.tweens.add({ targets: o, scaleX: s * 1.35, scaleY: s * 1.35, duration: 220, yoyo: true, ease: 'Quad.easeOut' });
      }
    }
  }

  // Perks -------------------------------------------------------------------------------------------

  private showPerks(st: Status, animate: boolean) {
    const { perks, perkRow } = this.l;
    const lang = this.state.lang;
    st.perks.forEach(({ perk, open }, i) => {
      const row = this.perkRows[i];
      if (!row) return;
      const changed = row.open !== null && row.open !== open;
      row.name.setText(tr(perk.name, lang));
      row.state.setText(open ? this.t('sesame.scene.open') : st.member ? this.t('sesame.scene.from', { score: perk.threshold.score }) : this.t('sesame.scene.gone'));
      row.state.setColor(open ? GREEN_TEXT : HEX.muted);
      // Keep the name clear of the state's words.
      row.name.setFontSize(this.l.font * 0.9);
      const room = perks.w - 6 - row.state.width - (perkRow + 2) - this.l.font * 0.6;
      if (row.name.width > room) row.name.setFontSize(Math.max(8, Math.floor(this.l.font * 0.9 * (room / row.name.width))));
      const g = row.g;
      g.clear();
      const inset = 2;
      if (open) {
        fillBox(g.fillStyle(KUMQUAT_SOFT, 1), 0, inset, perks.w, perkRow - 2 * inset, 6);
        strokeBox(g.lineStyle(2, KUMQUAT, 1), 0, inset, perks.w, perkRow - 2 * inset, 6);
      } else {
        strokeBox(g.lineStyle(1, RULE, 1), 0, inset, perks.w, perkRow - 2 * inset, 6);
        // A small padlock beside a closed perk: a shape, not only a colour.
        const lx = perkRow * 0.78;
        const ly = perkRow * 0.68;
        const s = perkRow * 0.16;
        g.fillStyle(COLOUR.muted, 1).fillRect(lx - s, ly - s * 0.4, s * 2, s * 1.5);
        g.lineStyle(1.5, COLOUR.muted, 1).beginPath();
        g.arc(lx, ly - s * 0.4, s * 0.7, Math.PI, Math.PI * 2, false);
        g.strokePath();
      }
      row.icon.setAlpha(open ? 1 : 0.35);
      this.tweens.killTweensOf(row.box);
      row.box.setScale(1).setAlpha(1);
      if (changed && animate) {
        if (open) {
          row.box.setAlpha(0.3);
          this.tweens.add({ targets: row.box, alpha: 1, duration: 500, ease: 'Quad.easeOut' });
          this.tweens.add({ targets: row.icon, angle: { from: -20, to: 0 }, duration: 600, ease: 'Back.easeOut' });
        } else {
          row.box.setAlpha(1);
          this.tweens.add({ targets: row.box, alpha: { from: 0.2, to: 1 }, duration: 700, ease: 'Quad.easeIn' });
        }
      }
      row.open = open;
    });
  }

  // The board ---------------------------------------------------------------------------------------

  private showBoard(st: Status, animate: boolean) {
    const { board, rowH, font } = this.l;
    const lang = this.state.lang;
    const level = sesameOf(this.state)?.level;
    if (!board || !level) {
      for (const row of this.rows.values()) row.box.setVisible(false);
      return;
    }
    this.boardTitle.setText(this.t('sesame.scene.board'));
    this.boardPencil.setPosition(board.x + this.boardTitle.width + font, this.boardTitle.y + this.boardTitle.height / 2);
    // The rows that fit: the top ones, and the player's own always.
    let rows: LeaderRow[] = st.leaderboard.slice(0, this.l.boardRows);
    const me = st.leaderboard.find((r) => r.id === 'you');
    if (me && !rows.includes(me)) rows = [...rows.slice(0, this.l.boardRows - 1), me];
    const shown = new Set(rows.map((r) => r.id));
    rows.forEach((r, i) => {
      const row = this.rows.get(r.id);
      if (!row) return;
      const y = board.y + rowH * (i + 1);
      const fi = level.friends.findIndex((f) => f.id === r.id);
      const name = r.friend ? tr(r.friend.name, lang) : this.t('sesame.scene.you');
      row.rank.setText(String(r.rank));
      row.name.setText(name);
      row.score.setText(String(r.score));
      row.tag.setText(r.reacted ? this.t('sesame.scene.sharedBack') : '').setVisible(r.reacted);
      row.initial.setText(r.friend ? initialOf(name, lang) : '').setVisible(!row.portrait);
      const d = rowH * 0.78;
      row.face.clear().fillStyle(r.friend ? (AVATAR_FILL[fi % AVATAR_FILL.length] ?? COLOUR.sky) : COLOUR.paper, 1).fillCircle(0, 0, d / 2);
      row.face.lineStyle(1.5, COLOUR.ink, 1).strokeCircle(0, 0, d / 2);
      row.g.clear();
      if (r.id === 'you') {
        fillBox(row.g.fillStyle(0xfbf8d9, 1), 0, 1, board.w, rowH - 2, 4);
        strokeBox(row.g.lineStyle(1.5, COLOUR.ink, 1), 0, 1, board.w, rowH - 2, 4);
      } else row.g.lineStyle(1, FAINT, 1).lineBetween(0, rowH - 0.5, board.w, rowH - 0.5);
      this.tweens.killTweensOf(row.box);
      this.tweens.killTweensOf(row.tag);
      const wasShown = row.shown;
      row.box.setVisible(true).setX(board.x).setAlpha(1);
      if (animate && wasShown && row.y !== y) {
        row.box.setY(row.y);
        this.tweens.add({ targets: row.box, y, duration: 700, ease: 'Cubic.easeInOut' });
      } else if (animate && !wasShown) {
        row.box.setY(y).setAlpha(0).setX(board.x + 20);
        this.tweens.add({ targets: row.box, x: board.x, alpha: 1, duration: 500, ease: 'Cubic.easeOut' });
      } else row.box.setY(y);
      if (animate && r.reacted) this.tweens.add({ targets: row.tag, scale: { from: 1.5, to: 1 }, duration: 500, ease: 'Back.easeOut' });
      row.y = y;
      row.shown = true;
    });
    // Rows no longer there (a friend removed, or the player outside the programme) slide away.
    for (const row of this.rows.values()) {
      if (shown.has(row.id) || !row.shown) {
        if (!shown.has(row.id)) row.box.setVisible(false);
        continue;
      }
      row.shown = false;
      this.tweens.killTweensOf(row.box);
      if (animate) {
        this.tweens.add({ targets: row.box, x: board.x + board.w * 0.6, alpha: 0, duration: 700, ease: 'Cubic.easeIn', onComplete: () => row.box.setVisible(false) });
      } else row.box.setVisible(false);
    }
  }

  // The refused purchase ---------------------------------------------------------------------------

  private showStamp(level: SesameLevel, run: SesameRun, st: Status, fresh: boolean) {
    const last = st.last;
    const show = run.phase === 'day' && !!last && last.taken.blocked && last.taken.day === run.dayIndex;
    this.tweens.killTweensOf(this.stamp);
    if (!show || !last) {
      this.stamp.setVisible(false);
      return;
    }
    const { screen, mode, perks, font } = this.l;
    const w = mode === 'fill' ? perks.w : screen.w * 0.78;
    const h = mode === 'fill' ? perks.h : Math.max(90, screen.h * 0.2);
    const cx = mode === 'fill' ? perks.x + perks.w / 2 : screen.x + screen.w / 2;
    const cy = mode === 'fill' ? perks.y + perks.h / 2 : perks.y + perks.h * 0.6;
    const g = this.stampG;
    g.clear();
    // A shop item on a card, and across it the platform's refusal, stamped in a double frame.
    fillBox(g.fillStyle(COLOUR.card, 1), -w / 2, -h / 2, w, h, 8);
    strokeBox(g.lineStyle(2, COLOUR.ink, 1), -w / 2, -h / 2, w, h, 8);
    const icon = actionOf(level, last.taken.action).icon ?? 'shop-luxury';
    this.stampIcon.setTexture(this.icon(icon)).setDisplaySize(h * 0.5, h * 0.5).setPosition(-w / 2 + h * 0.38, 0).setAlpha(0.5);
    this.stampText.setText(this.t('sesame.scene.refused')).setFontSize(Math.max(11, Math.min(font * 1.2, h * 0.2))).setWordWrapWidth(wrapAt(w * 0.62), true);
    const tw = this.stampText.width + 16;
    const th = this.stampText.height + 10;
    const sx = w * 0.12;
    this.stampText.setPosition(sx, 0).setAngle(-8);
    g.save();
    g.translateCanvas(sx, 0);
    g.rotateCanvas((-8 * Math.PI) / 180);
    g.fillStyle(0xfbe9df, 0.9).fillRect(-tw / 2, -th / 2, tw, th);
    g.lineStyle(3, RED, 1).strokeRect(-tw / 2, -th / 2, tw, th);
    g.lineStyle(1.5, RED, 1).strokeRect(-tw / 2 + 4, -th / 2 + 4, tw - 8, th - 8);
    g.restore();
    this.stamp.setPosition(cx, cy).setVisible(true).setAlpha(1).setScale(1);
    if (fresh && !this.reduced) {
      this.stamp.setScale(1.5).setAlpha(0);
      this.tweens.add({ targets: this.stamp, scale: 1, alpha: 1, duration: 260, ease: 'Quad.easeIn' });
    }
  }

  // Notifications -----------------------------------------------------------------------------------

  private drawBell(count: number) {
    const { appBar } = this.l;
    const g = this.bellG;
    const s = appBar.h * 0.28;
    const x = appBar.x + appBar.w - appBar.h * 0.7;
    const y = appBar.y + appBar.h / 2;
    g.clear();
    g.fillStyle(COLOUR.ink, 1);
    g.fillTriangle(x - s, y + s * 0.7, x + s, y + s * 0.7, x, y - s * 1.1);
    g.fillCircle(x, y - s * 0.2, s * 0.75);
    g.fillCircle(x, y + s * 0.95, s * 0.28);
    this.bellCount.setVisible(count > 0);
    if (count > 0) {
      const bx = x + s * 1.0;
      const by = y - s * 0.9;
      g.fillStyle(RED, 1).fillCircle(bx, by, s * 0.75);
      this.bellCount.setText(String(count)).setPosition(bx, by);
    }
  }

  private showBanners(level: SesameLevel, run: SesameRun, prevRun: SesameRun | undefined, fresh: boolean) {
    const e = run.phase === 'evening' ? evening(level, run) : null;
    const notes = e?.notifications ?? [];
    this.drawBell(notes.length);
    const arriving = fresh && prevRun?.phase === 'day' && run.phase === 'evening';
    if (!arriving) {
      if (run.phase !== 'evening') for (const b of this.banners) b.box.setVisible(false);
      // A change of language or motion mid-evening redraws the banners still up.
      if (run.phase === 'evening') this.banners.forEach((b, i) => b.box.visible && this.drawBanner(b, notes[i]?.text, notes[i]?.icon));
      return;
    }
    const { appBar, font } = this.l;
    let y = (this.l.status?.y ?? appBar.y) + 4;
    this.bannersUntil = 0;
    this.banners.forEach((b, i) => {
      const n = notes[i];
      this.tweens.killTweensOf(b.box);
      if (!n) {
        b.box.setVisible(false);
        return;
      }
      const h = this.drawBanner(b, n.text, n.icon);
      b.box.setPosition(appBar.x + 6, y).setVisible(true).setAlpha(1);
      const stay = 3600 + i * 700;
      if (this.reduced) {
        // Without movement: all at once, then gone (the evening's panel lists them).
        this.bannersUntil = performance.now() + stay;
      } else {
        b.box.setAlpha(0).setY(y - font * 1.5);
        this.tweens.add({ targets: b.box, y, alpha: 1, delay: 400 + i * 700, duration: 420, ease: 'Cubic.easeOut' });
        this.tweens.add({ targets: b.box, y: y - font, alpha: 0, delay: stay + 400, duration: 400, ease: 'Cubic.easeIn', onComplete: () => b.box.setVisible(false) });
      }
      y += h + 4;
    });
  }

  private drawBanner(b: Banner, text: LText | undefined, icon: string | undefined): number {
    const { appBar, font } = this.l;
    const w = appBar.w - 12;
    b.text.setText(text ? tr(text, this.state.lang) : '');
    const h = Math.max(font * 2.6, b.text.height + font);
    b.g.clear();
    fillBox(b.g.fillStyle(0x000000, 0.15), 2, 3, w, h, 10);
    fillBox(b.g.fillStyle(COLOUR.card, 1), 0, 0, w, h, 10);
    strokeBox(b.g.lineStyle(1.5, COLOUR.ink, 1), 0, 0, w, h, 10);
    b.g.fillStyle(KUMQUAT, 1).fillRect(0, 8, 4, h - 16);
    b.icon.setTexture(this.icon(icon ?? 'gauge')).setDisplaySize(font * 1.6, font * 1.6).setPosition(font * 1.6, h / 2);
    b.text.setPosition(font * 2.7, h / 2 - b.text.height / 2);
    return h;
  }

  // The world outside the app -------------------------------------------------------------------

  private showWorld(level: SesameLevel, run: SesameRun, animate: boolean) {
    const wr = this.l.world;
    if (!wr) return;
    const lang = this.state.lang;
    const f = this.l.font;
    const g = this.worldG;
    g.clear();
    this.worldTitle.setText(this.t('sesame.scene.outside'));
    const tilesBottom = this.showTiles(level, run, wr, animate);
    const took = (pred: (id: string) => boolean) => run.taken.some((t) => !t.blocked && pred(t.action));
    const listed = run.court === 'listed' || run.court === 'paying';

    // The court: a building with columns at the foot of the column.
    const cw = Math.min(wr.w * 0.5, this.l.phone.w * 0.5);
    const ch = cw * 0.7;
    const cx = wr.x + wr.w - cw / 2 - 4;
    const base = wr.y + wr.h - f * 3.2;
    const top = base - ch;
    const active = run.court !== 'none';
    g.fillStyle(COLOUR.card, 1).fillRect(cx - cw / 2, top + ch * 0.3, cw, ch * 0.7);
    g.fillTriangle(cx - cw / 2 - 6, top + ch * 0.3, cx + cw / 2 + 6, top + ch * 0.3, cx, top);
    g.lineStyle(2, COLOUR.ink, active ? 1 : 0.45);
    g.strokeTriangle(cx - cw / 2 - 6, top + ch * 0.3, cx + cw / 2 + 6, top + ch * 0.3, cx, top);
    g.strokeRect(cx - cw / 2, top + ch * 0.3, cw, ch * 0.7);
    for (let i = 1; i < 5; i++) {
      const x = cx - cw / 2 + (cw * i) / 5;
      g.lineBetween(x, top + ch * 0.38, x, base - 4);
    }
    g.lineBetween(cx - cw / 2 - 8, base, cx + cw / 2 + 8, base);
    this.courtIcon.setPosition(cx, top + ch * 0.17).setDisplaySize(ch * 0.26, ch * 0.26).setAlpha(active ? 1 : 0.5);
    this.courtText.setText(this.t('sesame.scene.court')).setPosition(cx, base + 4).setAlpha(active ? 1 : 0.6);

    // Listed: the state's list reaches into the platform, a thick dashed line from the court to the phone.
    this.lineText.setVisible(listed || run.court === 'paid');
    if (listed) {
      const x1 = this.l.phone.x + this.l.phone.w;
      const y1 = this.l.band.y + this.l.band.h / 2;
      const x0 = cx - cw / 2 - 6;
      const y0 = top + ch * 0.6;
      g.lineStyle(4, RED, 1);
      const n = 14;
      for (let i = 0; i < n; i += 2) g.lineBetween(x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * i) / n, x0 + ((x1 - x0) * (i + 1)) / n, y0 + ((y1 - y0) * (i + 1)) / n);
      g.fillStyle(RED, 1).fillTriangle(x1, y1, x1 + 14, y1 - 8, x1 + 14, y1 + 8);
      this.lineText.setText(this.t('sesame.scene.listLine')).setPosition((x0 + x1) / 2 + 10, (y0 + y1) / 2 - f * 1.6);
      if (animate && this.lineText.alpha === 1 && run.listedOn === run.dayIndex && run.phase === 'evening') {
        this.lineText.setAlpha(0);
        this.tweens.add({ targets: this.lineText, alpha: 1, duration: 600 });
      }
    } else if (run.court === 'paid' && run.listedOn !== null) {
      this.lineText.setText(this.t('sesame.scene.lifted')).setColor(GREEN_TEXT).setPosition(cx, top - f * 1.4).setAlpha(1);
    }
    if (listed) this.lineText.setColor(RED_TEXT);

    // A competing score, also on the phone's owner.
    const magpie = run.competitor;
    this.magpieText.setVisible(magpie);
    let y = tilesBottom + f;
    if (magpie) {
      const mw = wr.w - 8;
      const mh = f * 4.4;
      fillBox(g.fillStyle(COLOUR.card, 1), wr.x + 4, y, mw, mh, 8);
      strokeBox(g.lineStyle(1.5, COLOUR.ink, 1), wr.x + 4, y, mw, mh, 8);
      // The competing app's mark: a black-and-white bird's wing shape, invented.
      const mx = wr.x + 4 + mh * 0.5;
      const my = y + mh / 2;
      g.fillStyle(COLOUR.ink, 1).fillCircle(mx, my, mh * 0.3);
      g.fillStyle(COLOUR.card, 1).fillTriangle(mx - mh * 0.05, my - mh * 0.18, mx + mh * 0.26, my, mx - mh * 0.05, my + mh * 0.18);
      this.magpieText.setText(this.t('sesame.scene.magpie', { app: tr(level.app.competitor, lang) })).setPosition(mx + mh * 0.45, my - this.magpieText.height / 2);
      y += mh + f;
    }

    // The rating moment: the app rates you; you cannot rate it. Platforms that rate both ways, beside it.
    const triedRate = took((id) => actionOf(level, id).rateBack);
    const twoWay = run.taken.some((t) => t.action === 'rate-two-way') || triedRate;
    const texts = this.ratingTexts;
    texts.forEach((t) => t.setVisible(false));
    if (triedRate || twoWay) {
      const lines: [string, 'one' | 'none' | 'both'][] = [
        [this.t('sesame.scene.ratesYou', { app: tr(level.app.name, lang) }), 'one'],
        [this.t('sesame.scene.noRateBack'), 'none'],
        [this.t('sesame.scene.twoWay'), 'both'],
      ];
      const ax = wr.x + 8;
      for (const [i, [text, kind]] of lines.entries()) {
        if (kind === 'none' && !triedRate) continue;
        const t = texts[i];
        if (!t) continue;
        t.setText(text).setVisible(true).setPosition(ax + 78, y);
        const my = y + Math.max(t.height, f * 1.4) / 2;
        g.lineStyle(3, kind === 'none' ? RED : COLOUR.ink, 1);
        if (kind === 'one') {
          g.lineBetween(ax, my, ax + 60, my).fillStyle(COLOUR.ink, 1).fillTriangle(ax + 68, my, ax + 58, my - 6, ax + 58, my + 6);
        } else if (kind === 'none') {
          g.lineBetween(ax + 8, my, ax + 68, my).fillStyle(RED, 1).fillTriangle(ax, my, ax + 10, my - 6, ax + 10, my + 6);
          g.lineStyle(3, RED, 1).lineBetween(ax + 26, my - 9, ax + 44, my + 9).lineBetween(ax + 26, my + 9, ax + 44, my - 9);
        } else {
          g.lineBetween(ax + 8, my - 4, ax + 60, my - 4).lineBetween(ax + 8, my + 4, ax + 60, my + 4);
          g.fillStyle(COLOUR.ink, 1).fillTriangle(ax + 68, my - 4, ax + 58, my - 10, ax + 58, my + 2).fillTriangle(ax, my + 4, ax + 10, my - 2, ax + 10, my + 10);
        }
        y += Math.max(t.height, f * 1.4) + f * 0.8;
      }
      y += f * 0.6;
    }

    // Leaving: a door, and what it cost.
    const left = !run.member;
    this.leftIcon.setVisible(left);
    this.leftText.setVisible(left);
    if (left) {
      this.leftIcon.setPosition(wr.x + f * 1.4, y + f * 1.2);
      this.leftText.setText(this.t('sesame.scene.left')).setPosition(wr.x + f * 3, y + f * 0.2);
    }
  }

  /** The week's choices as tiles: the thing done, and the score's answer under it. Returns the grid's bottom. */
  private showTiles(level: SesameLevel, run: SesameRun, wr: Rect, animate: boolean): number {
    const f = this.l.font;
    const area: Rect = { x: wr.x, y: wr.y + f * 2, w: wr.w, h: wr.h * 0.36 };
    const capacity = Math.min(this.tiles.length, Math.max(9, run.dayIds.length * 3));
    const grid = dotGrid(capacity, area);
    const pitch = Math.min(grid.pitch, f * 5);
    const size = pitch * 0.88;
    const moved = new Map(contributions(level, run).map((c) => [c.taken.index, c.immediate]));
    // From the reveal's third beat on, the choices made only for the number are ringed in the app's orange.
    const chased = run.phase === 'debrief' || (run.phase === 'reveal' && run.beat >= BEATS.indexOf('chasing')) ? new Set(chasing(level, run).choices.map((c) => c.taken.index)) : new Set<number>();
    const shown = run.taken.slice(-this.tiles.length);
    this.tiles.forEach((tile, i) => {
      const t = shown[i];
      if (!t) {
        tile.box.setVisible(false);
        tile.key = '';
        return;
      }
      const d = moved.get(t.index) ?? 0;
      const only = chased.has(t.index);
      const key = `${t.index}|${t.action}|${d}|${size}|${only}|${this.state.lang}`;
      const x = area.x + (i % grid.cols) * pitch;
      const y = area.y + Math.floor(i / grid.cols) * pitch;
      const fresh = tile.key !== '' ? false : animate;
      if (tile.key !== key) {
        const g = tile.g;
        g.clear();
        fillBox(g.fillStyle(COLOUR.card, 1), 0, 0, size, size, 6);
        if (t.blocked) {
          strokeBox(g.lineStyle(3, RED, 1), 0, 0, size, size, 6);
          strokeBox(g.lineStyle(1.5, RED, 1), 3, 3, size - 6, size - 6, 4);
        } else if (!t.member) {
          g.lineStyle(1.5, COLOUR.muted, 1);
          for (let k = 0; k < size; k += 6) {
            g.lineBetween(k, 0, Math.min(k + 3, size), 0).lineBetween(k, size, Math.min(k + 3, size), size);
            g.lineBetween(0, k, 0, Math.min(k + 3, size)).lineBetween(size, k, size, Math.min(k + 3, size));
          }
        } else strokeBox(g.lineStyle(1.5, COLOUR.ink, 1), 0, 0, size, size, 6);
        if (only) strokeBox(g.lineStyle(4, KUMQUAT, 1), -3, -3, size + 6, size + 6, 8);
        const icon = actionOf(level, t.action).icon ?? 'gauge';
        tile.icon.setTexture(this.icon(icon)).setDisplaySize(size * 0.5, size * 0.5).setPosition(size / 2, size * 0.36).setAlpha(t.blocked || !t.member ? 0.45 : 1);
        const word = t.blocked ? '✗' : !t.member ? '—' : d === 0 ? '0' : `${d > 0 ? '▲' : '▼'}${signed(d)}`;
        tile.delta
          .setText(word)
          .setFontSize(Math.max(9, size * 0.22))
          .setColor(t.blocked ? RED_TEXT : d > 0 && t.member ? GREEN_TEXT : d < 0 && t.member ? RED_TEXT : HEX.muted)
          .setPosition(size / 2, size - 3);
        tile.key = key;
      }
      this.tweens.killTweensOf(tile.box);
      tile.box.setPosition(x, y).setVisible(true).setAlpha(1).setScale(1);
      if (fresh) {
        tile.box.setScale(0.4).setAlpha(0);
        this.tweens.add({ targets: tile.box, scale: 1, alpha: 1, duration: 380, ease: 'Back.easeOut' });
      }
    });
    const rows = Math.max(1, Math.ceil(Math.max(shown.length, 1) / grid.cols));
    return area.y + rows * pitch;
  }

  // The reveal ----------------------------------------------------------------------------------------

  private hideReveal() {
    this.tweens.killTweensOf(this.revealProgress);
    this.revealG.clear();
    this.revealTexts.forEach((t) => t.setVisible(false));
    this.revealPencil.setVisible(false);
  }

  private showReveal(level: SesameLevel, run: SesameRun, animate: boolean) {
    this.tweens.killTweensOf(this.revealProgress);
    const draw = (p: number) => this.drawReveal(level, run, p);
    if (animate) {
      this.revealProgress.p = 0;
      this.tweens.add({ targets: this.revealProgress, p: 1, duration: 1400, ease: 'Cubic.easeOut', onUpdate: () => draw(this.revealProgress.p), onComplete: () => draw(1) });
    } else {
      this.revealProgress.p = 1;
    }
    draw(this.revealProgress.p);
  }

  private text(i: number, s: string, x: number, y: number, size: number, style: { bold?: boolean; color?: string; ox?: number; oy?: number; wrap?: number } = {}) {
    const t = this.revealTexts[i];
    if (!t) return null;
    t.setText(s).setFontSize(size).setPosition(x, y).setOrigin(style.ox ?? 0, style.oy ?? 0).setVisible(true);
    t.setFontStyle(style.bold ? 'bold' : '').setColor(style.color ?? HEX.ink).setWordWrapWidth(style.wrap ? wrapAt(style.wrap) : 0, true);
    return t;
  }

  private drawReveal(level: SesameLevel, run: SesameRun, p: number) {
    const box = this.l.reveal;
    const f = this.l.font;
    const g = this.revealG;
    const lang = this.state.lang;
    g.clear();
    this.revealTexts.forEach((t) => t.setVisible(false));
    this.revealPencil.setVisible(false);
    const beat = BEATS[run.beat] ?? 'weights';
    const fill = this.l.mode === 'fill';
    const title = this.text(0, this.t(`sesame.scene.beat.${beat}`), box.x, box.y, f * 1.05, { bold: true, wrap: box.w - f * 2 });
    const top = box.y + (title?.height ?? f) + f * 0.6;
    const area: Rect = { x: box.x, y: top, w: box.w, h: box.y + box.h - top };
    const pencil = (x: number, y: number) => this.revealPencil.setPosition(x, y).setVisible(true);
    if (title && beat !== 'reality') pencil(title.x + title.width + f * 0.9, title.y + title.height / 2);

    if (beat === 'weights') {
      const rows = hiddenWeights(level);
      const rh = Math.min(area.h / rows.length, f * (fill ? 2.2 : 3.4));
      const labelW = fill ? area.w * 0.42 : area.w;
      rows.forEach((r, i) => {
        const y = area.y + i * rh;
        const barY = fill ? y + rh * 0.2 : y + f * 1.35;
        const barX = fill ? area.x + labelW : area.x;
        const barW = (fill ? area.w - labelW - f * 3 : area.w - f * 3.2) * (r.percent / 100) * 2.2 * p;
        this.text(1 + i * 2, tr(r.factor.name, lang), area.x, y, f * 0.85, { wrap: labelW - 4 });
        g.fillStyle(KUMQUAT, 1).fillRect(barX, barY, Math.max(2, Math.min(barW, area.w - (barX - area.x) - f * 3)), Math.max(6, rh * (fill ? 0.5 : 0.3)));
        g.lineStyle(1, COLOUR.ink, 1).strokeRect(barX, barY, Math.max(2, Math.min(barW, area.w - (barX - area.x) - f * 3)), Math.max(6, rh * (fill ? 0.5 : 0.3)));
        this.text(2 + i * 2, `${r.percent}%`, Math.min(barX + barW, area.x + area.w - f * 3) + 4, barY - 2, f * 0.85, { bold: true });
      });
      return;
    }

    if (beat === 'moves' || beat === 'chasing') {
      const all = contributions(level, run);
      const scoreOnly = new Set(chasing(level, run).choices.map((c) => c.taken.index));
      const path = [level.model.start];
      const from: number[] = [-1];
      for (const e of run.ledger) {
        path.push((path[path.length - 1] ?? 0) + e.delta);
        from.push(e.from);
      }
      const chart: Rect = { x: area.x + f * 2.6, y: area.y + f * 0.4, w: area.w - f * 3.4, h: Math.min(area.h - f * 2.2, area.w * 0.75) };
      const pts = pathPoints(path, chart);
      const upto = Math.max(1, Math.round(p * (pts.length - 1)) + 1);
      // The start's line, dashed, so every rise and fall reads against it.
      const y0 = pts[0]?.y ?? chart.y;
      g.lineStyle(1, COLOUR.muted, 1);
      for (let x = chart.x; x < chart.x + chart.w; x += 8) g.lineBetween(x, y0, Math.min(x + 4, chart.x + chart.w), y0);
      for (let i = 1; i < upto; i++) {
        const a = pts[i - 1];
        const b = pts[i];
        if (!a || !b) continue;
        const only = beat === 'chasing' && scoreOnly.has(from[i] ?? -1);
        g.lineStyle(only ? 5 : 2.5, only ? KUMQUAT : beat === 'chasing' ? RULE : COLOUR.ink, 1).lineBetween(a.x, a.y, b.x, b.y);
        if (only) g.lineStyle(2, COLOUR.ink, 1).strokeRect(b.x - 5, b.y - 5, 10, 10);
        g.fillStyle(COLOUR.ink, 1).fillRect(b.x - 2.5, b.y - 2.5, 5, 5);
      }
      g.fillStyle(COLOUR.ink, 1).fillRect((pts[0]?.x ?? 0) - 3.5, y0 - 3.5, 7, 7);
      this.text(3, String(level.model.start), area.x, y0, f * 0.85, { oy: 0.5, color: HEX.muted });
      const end = pts[upto - 1];
      if (end && p >= 1) this.text(4, String(path[path.length - 1]), Math.min(end.x + 6, area.x + area.w - f * 2), end.y - f * 1.4, f * 0.95, { bold: true });
      const c = chasing(level, run);
      const caption =
        beat === 'moves'
          ? this.t('sesame.scene.movesCaption', { count: all.length })
          : this.t('sesame.scene.chasingCaption', { count: c.count, of: c.of });
      this.text(5, caption, area.x, Math.min(area.y + area.h - f * 1.3, chart.y + chart.h + f * 0.8), f * 0.85, { color: HEX.muted, wrap: area.w });
      return;
    }

    if (beat === 'fico') {
      const r = ficoReading(level, run);
      const pairs: [string, number][] = [
        [tr(level.app.score, lang), r.score],
        [this.t('sesame.scene.ficoName'), r.fico],
      ];
      const side = area.w > area.h * 1.3;
      const gr = side ? Math.min(area.w / 4.6, area.h * 0.5) : Math.min(area.w * 0.3, area.h / 5);
      pairs.forEach(([name, value], i) => {
        const cx = side ? area.x + area.w * (i === 0 ? 0.27 : 0.73) : area.x + area.w / 2;
        const cy = side ? area.y + gr + f * 0.8 : area.y + gr * 1.2 + i * (gr * 1.2 + f * 3.6);
        const v = r.start + (value - r.start) * p;
        const gg = { cx, cy, r: gr, thickness: Math.max(6, gr * 0.18) };
        g.lineStyle(gg.thickness, FAINT, 1).beginPath();
        g.arc(cx, cy, gr, Math.PI, Math.PI * 2, false);
        g.strokePath();
        g.lineStyle(gg.thickness, i === 0 ? KUMQUAT : COLOUR.blue, 1).beginPath();
        g.arc(cx, cy, gr, Math.PI, gaugeAngle(v), false);
        g.strokePath();
        this.text(1 + i * 2, String(Math.round(v)), cx, cy - 2, Math.max(14, gr * 0.42), { bold: true, ox: 0.5, oy: 1 });
        this.text(2 + i * 2, name, cx, cy + 4, f * 0.85, { ox: 0.5, wrap: side ? area.w * 0.45 : area.w, color: HEX.muted });
      });
      return;
    }

    // Reality: 802 million online in 2018, 520 million Sesame Credit users: one dot for ten million.
    const total = Math.round(ONLINE_MILLION / DOT_MILLION);
    const users = Math.round(USERS_MILLION / DOT_MILLION);
    const legendH = f * (fill ? 2.8 : 5.4);
    const gridBox: Rect = { x: area.x, y: area.y, w: area.w, h: Math.max(30, area.h - legendH) };
    const grid = dotGrid(total, gridBox);
    const shownUsers = Math.round(users * p);
    const r = grid.pitch * 0.36;
    for (let i = 0; i < total; i++) {
      const x = gridBox.x + (i % grid.cols) * grid.pitch + grid.pitch / 2;
      const y = gridBox.y + Math.floor(i / grid.cols) * grid.pitch + grid.pitch / 2;
      if (i < shownUsers) g.fillStyle(KUMQUAT, 1).fillRect(x - r, y - r, 2 * r, 2 * r).lineStyle(1, COLOUR.ink, 1).strokeRect(x - r, y - r, 2 * r, 2 * r);
      else g.lineStyle(1.2, COLOUR.muted, 1).strokeRect(x - r, y - r, 2 * r, 2 * r);
    }
    const ly = gridBox.y + grid.rows * grid.pitch + f * 0.4;
    g.fillStyle(KUMQUAT, 1).fillRect(area.x + f * 0.1, ly + f * 0.2, f * 0.8, f * 0.8);
    this.text(1, this.t('sesame.scene.users', { n: millions(USERS_MILLION, lang) }), area.x + f * 1.3, ly, f * 0.85, { wrap: area.w - f * 1.4 });
    g.lineStyle(1.2, COLOUR.muted, 1).strokeRect(area.x + f * 0.1, ly + f * 1.6, f * 0.8, f * 0.8);
    this.text(2, this.t('sesame.scene.online', { n: millions(ONLINE_MILLION, lang) }), area.x + f * 1.3, ly + f * 1.4, f * 0.85, { wrap: area.w - f * 1.4 });
    if (!fill) this.text(3, this.t('sesame.scene.dot', { n: millions(DOT_MILLION, lang) }), area.x, ly + f * 3.0, f * 0.8, { color: HEX.muted, wrap: area.w });
  }
}

/** A wrapping width never narrower than a word: a stage squeezed for a moment (a resize) must not break the text. */
function wrapAt(width: number): number {
  return Math.max(80, width);
}

/** A number of millions as the language says it: "520 million", "5.2亿". */
function millions(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { notation: 'compact', compactDisplay: 'long' }).format(n * 1_000_000);
}

/** A friend's initial for the drawn face: the family name's character in Chinese, the first letters in English. */
function initialOf(name: string, lang: string): string {
  if (lang === 'zh') return name.slice(0, 1);
  return name
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/**
 * A box with cut corners: rectangles and triangles only, which Phaser draws as plain quads every
 * frame (a rounded rectangle is a path triangulated again on every frame: too slow for a school laptop).
 */
function fillBox(g: GameObjects.Graphics, x: number, y: number, w: number, h: number, c = 4) {
  const k = Math.max(0, Math.min(c, w / 2, h / 2));
  g.fillRect(x + k, y, w - 2 * k, h);
  g.fillRect(x, y + k, k, h - 2 * k);
  g.fillRect(x + w - k, y + k, k, h - 2 * k);
  if (k > 0) {
    g.fillTriangle(x, y + k, x + k, y, x + k, y + k);
    g.fillTriangle(x + w - k, y, x + w, y + k, x + w - k, y + k);
    g.fillTriangle(x, y + h - k, x + k, y + h - k, x + k, y + h);
    g.fillTriangle(x + w - k, y + h - k, x + w, y + h - k, x + w - k, y + h);
  }
  return g;
}

function strokeBox(g: GameObjects.Graphics, x: number, y: number, w: number, h: number, c = 4) {
  const k = Math.max(0, Math.min(c, w / 2, h / 2));
  g.beginPath();
  g.moveTo(x + k, y);
  g.lineTo(x + w - k, y);
  g.lineTo(x + w, y + k);
  g.lineTo(x + w, y + h - k);
  g.lineTo(x + w - k, y + h);
  g.lineTo(x + k, y + h);
  g.lineTo(x, y + h - k);
  g.lineTo(x, y + k);
  g.closePath();
  g.strokePath();
  return g;
}
