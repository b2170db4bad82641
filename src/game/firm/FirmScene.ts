/**
 * "A firm under audit" as a calm documentary map: the institutions on a ring around the National
 * Credit Information Sharing Platform, joined by lines (who honours whose blacklist, arrows pointing
 * the way a listing travels), and the firm below as one long building with a bay per operation,
 * its grade plaque, its budget, and the legal representative with three ways to travel.
 *
 * When a record lands, it travels from the firm to an institution and on along the lines, node by
 * node; each institution that lists the firm takes its badge, and the bay it closes rolls its
 * shutter down. Lifted listings clear (a tick); what was lost meanwhile stays on the bay. The
 * timing comes from model.ts, which the panel uses too, so its list lights the same steps.
 * With reduced motion every step is drawn at once, numbered in the order it happened.
 * It only reads the store; everything it shows is also in the HTML beside it.
 */
import type { GameObjects } from '../phaser';
import { signed } from '../../core/format';
import { tr } from '../../core/content';
import { BUDGET_LINES, type FirmLevel, type GradeId } from '../../core/firm/schema';
import { currentScore, errorOf, eventOf, gradeOf, outcomeOf, pending, profileOf, type FirmRun } from '../../core/firm/rules';
import type { AppState } from '../../state/store';
import { COLOUR, HEX, ICONS } from '../../art';
import { StageScene, type StageContext } from '../stage';
import { firmLayout, type Box, type FirmLayout, type Spot } from './layout';
import { LINE_ICON, TRAVEL_MS, losses, showFor, standingAt, travellingAt, type Show, type Standing } from './model';

type Session = { level: FirmLevel | null; run: FirmRun | null } | undefined;
const firmOf = (s: AppState) => s.sessions.firm as Session;

const ICON_PX = 48;
const LISTED_FILL = 0xfbe9df;
const CLEARED = 0x006b4f;
/** Text-safe partners of vermillion and green (as in the stylesheet). */
const LOSS_TEXT = '#A3470A';
const GAIN_TEXT = '#006B4F';
const FACADE = 0xefe0c4;
const OPENING = 0xd9c8a8;
const SHUTTER = 0x8a7a66;
const GRADE_CHAR: Record<GradeId, string> = { excellent: '优', good: '良', medium: '中', poor: '差' };
const MAX_BAYS = 12;

interface NodeView {
  icon: GameObjects.Image;
  label: GameObjects.Text;
  num: GameObjects.Text;
  badge: GameObjects.Image;
  review: GameObjects.Image;
}

interface BayView {
  label: GameObjects.Text;
  loss: GameObjects.Text;
  shutter: number;
}

interface Trip {
  path: { x: number; y: number }[];
  start: number;
  icon: string;
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(b.x - a.x, b.y - a.y);

export const firmScene = (ctx: StageContext) => new FirmScene(ctx);

export class FirmScene extends StageScene {
  private l: FirmLayout | null = null;
  private bg!: GameObjects.Graphics;
  private edgesG!: GameObjects.Graphics;
  private nodesG!: GameObjects.Graphics;
  private firmG!: GameObjects.Graphics;
  private shutterG!: GameObjects.Graphics;
  private meterG!: GameObjects.Graphics;
  private overG!: GameObjects.Graphics;
  private tokenG!: GameObjects.Graphics;
  private tokenIcon!: GameObjects.Image;
  private nodes = new Map<string, NodeView>();
  private bays: BayView[] = [];
  private sign!: GameObjects.Text;
  private plaqueChar!: GameObjects.Text;
  private score!: GameObjects.Text;
  private meterIcons: GameObjects.Image[] = [];
  private meterNums: GameObjects.Text[] = [];
  private meterVals = [0, 0, 0, 0, 0];
  private repName!: GameObjects.Text;
  private travelIcons: GameObjects.Image[] = [];
  private travelLabels: GameObjects.Text[] = [];
  private flowIcon!: GameObjects.Image;
  private redlist!: GameObjects.Image;
  private float!: GameObjects.Text;
  private floatStart = -1e9;
  private note!: GameObjects.Text;
  private empty!: GameObjects.Text;

  private show: Show | null = null;
  private showStart = 0;
  private standing: Standing | null = null;
  private trip: Trip | null = null;
  private rise = 0;
  private profile: string | null = null;
  private answered = 0;
  private appealFiled = false;
  private pulses = new Map<string, number>();
  private lastFrame = 0;
  private dirtyNet = true;
  private dirtyFirm = true;
  private dirtyShutters = true;
  private dirtyMeters = true;
  private dirtyOver = true;

  constructor(ctx: StageContext) {
    super('firm', ctx);
  }

  /** Chinese wraps anywhere; other languages only between words. */
  private get cjk(): boolean {
    return this.state.lang === 'zh';
  }

  private get level(): FirmLevel | null {
    return firmOf(this.state)?.level ?? null;
  }

  private get run(): FirmRun | null {
    return firmOf(this.state)?.run ?? null;
  }

  preload() {
    const level = this.level;
    const names = new Set<string>(['blacklist', 'redlist', 'appeal', 'gavel', 'train', 'plane', 'reaction-angry', 'bill', ...Object.values(LINE_ICON)]);
    for (const i of level?.institutions ?? []) names.add(i.icon);
    for (const c of level?.channels ?? []) names.add(c.icon);
    for (const e of level?.events ?? []) if (e.icon) names.add(e.icon);
    const px = ICON_PX * this.ctx.dpr;
    for (const name of names) {
      const url = ICONS[name];
      if (url && !this.textures.exists(`icon-${name}`)) this.load.svg(`icon-${name}`, url, { width: px, height: px });
    }
  }

  private icon(name: string): string {
    return this.textures.exists(`icon-${name}`) ? `icon-${name}` : '__DEFAULT';
  }

  protected build() {
    const level = this.level;
    this.bg = this.add.graphics();
    this.edgesG = this.add.graphics();
    this.nodesG = this.add.graphics();
    this.firmG = this.add.graphics();
    this.shutterG = this.add.graphics();
    this.meterG = this.add.graphics();
    for (const inst of level?.institutions ?? []) {
      this.nodes.set(inst.id, {
        icon: this.add.image(0, 0, this.icon(inst.icon)),
        label: this.label(0, 0, '', { align: 'center' }).setOrigin(0.5, 0),
        num: this.label(0, 0, '', { color: HEX.card, fontStyle: 'bold' }).setOrigin(0.5).setDepth(5),
        badge: this.add.image(0, 0, this.icon('blacklist')).setVisible(false).setDepth(4),
        review: this.add.image(0, 0, this.icon('appeal')).setVisible(false).setDepth(4),
      });
    }
    for (let i = 0; i < MAX_BAYS; i++) {
      this.bays.push({
        label: this.label(0, 0, '', { align: 'center', color: HEX.ink, maxLines: 3 }).setOrigin(0.5, 0),
        loss: this.label(0, 0, '', { fontStyle: 'bold', color: LOSS_TEXT, backgroundColor: HEX.card, padding: { x: 3, y: 1 } }).setOrigin(0.5, 0).setDepth(3),
        shutter: 0,
      });
    }
    this.sign = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0, 0.5);
    this.plaqueChar = this.label(0, 0, '', { fontStyle: 'bold', fontFamily: '"Noto Sans SC", sans-serif' }).setOrigin(0.5).setDepth(3);
    this.score = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0, 0.5);
    BUDGET_LINES.forEach((line) => {
      this.meterIcons.push(this.add.image(0, 0, this.icon(LINE_ICON[line])).setDepth(3));
      this.meterNums.push(this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0, 0.5).setDepth(3));
    });
    this.repName = this.label(0, 0, '', { align: 'center' }).setOrigin(0.5, 0);
    for (const name of ['plane', 'train', 'train']) {
      this.travelIcons.push(this.add.image(0, 0, this.icon(name)).setDepth(3));
      this.travelLabels.push(this.label(0, 0, '').setOrigin(0, 0.5));
    }
    this.overG = this.add.graphics().setDepth(6);
    this.flowIcon = this.add.image(0, 0, this.icon('filing')).setVisible(false).setDepth(7);
    this.redlist = this.add.image(0, 0, this.icon('redlist')).setVisible(false).setDepth(7);
    this.tokenG = this.add.graphics().setDepth(8);
    this.tokenIcon = this.add.image(0, 0, this.icon('blacklist')).setVisible(false).setDepth(9);
    this.float = this.label(0, 0, '', { fontStyle: 'bold', backgroundColor: HEX.card, padding: { x: 6, y: 2 } }).setOrigin(0.5).setVisible(false).setDepth(10);
    this.note = this.label(0, 0, '', { align: 'center', backgroundColor: HEX.card, padding: { x: 8, y: 4 } }).setOrigin(0.5, 0).setVisible(false).setDepth(10);
    this.empty = this.label(0, 0, '', { align: 'center', color: HEX.muted, fontStyle: 'bold' }).setOrigin(0.5);
    const run = this.run;
    this.profile = run?.profile ?? null;
    this.rise = this.profile ? 1 : 0;
    this.answered = run ? Object.keys(run.answers).length : 0;
    this.appealFiled = run?.appeal !== null && run?.appeal !== undefined;
  }

  protected layout() {
    const level = this.level;
    if (!level) return;
    this.wake();
    const run = this.run;
    const ops = (run && profileOf(level, run)?.operations.length) || Math.max(...level.profiles.map((p) => p.operations.length));
    const centre = level.institutions.find((i) => i.centre)?.id ?? '';
    this.l = firmLayout(this.w, this.h, level.institutions.map((i) => i.id), centre, Math.min(ops, MAX_BAYS));
    this.drawBackdrop();
    const l = this.l;
    const iconFor = (s: Spot) => s.r * 1.25;
    for (const s of l.nodes) {
      const v = this.nodes.get(s.id);
      if (!v) continue;
      v.icon.setPosition(s.x, s.y).setDisplaySize(iconFor(s), iconFor(s));
      v.label.setPosition(s.x, s.y + s.r + 3).setFontSize(l.font).setVisible(!l.compact);
      if (!l.compact) v.label.setWordWrapWidth(Math.max(l.labelW, l.font * 3), this.cjk);
      const b = Math.max(12, s.r * 0.95);
      v.badge.setDisplaySize(b, b).setPosition(s.x + s.r * 0.85, s.y - s.r * 0.75);
      v.review.setDisplaySize(b, b).setPosition(s.x + s.r * 0.85, s.y + s.r * 0.75);
      v.num.setFontSize(Math.max(9, s.r * 0.55)).setPosition(s.x - s.r * 0.9, s.y - s.r * 0.8);
    }
    this.bays.forEach((b, i) => {
      const box = l.bays[i];
      b.label.setVisible(!!box && !l.compact && this.rise > 0);
      if (!box) return;
      b.label.setFontSize(l.small).setPosition(box.x + box.w / 2, box.y + box.h + 3);
      if (!l.compact) b.label.setWordWrapWidth(Math.max(box.w + 6, l.small * 3), this.cjk);
      b.loss.setFontSize(Math.max(9, l.small - 1)).setPosition(box.x + box.w / 2, box.y + 2);
    });
    const p = l.plaque;
    this.plaqueChar.setFontSize(p.h * 0.52).setPosition(p.x + p.w / 2, p.y + p.h / 2);
    this.score.setFontSize(l.compact ? 11 : l.font * 1.25).setPosition(p.x + p.w + 6, p.y + p.h / 2);
    this.meterIcons.forEach((img, i) => {
      const m = l.meters[i];
      img.setVisible(!!m);
      if (!m) return;
      const s = Math.min(m.h, 26);
      img.setDisplaySize(s, s).setPosition(m.x + s / 2, m.y + m.h / 2);
      this.meterNums[i]?.setFontSize(l.small).setPosition(m.x + s + 3, m.y + m.h * 0.3);
    });
    this.meterNums.forEach((t, i) => t.setVisible(!!l.meters[i]));
    this.repName.setFontSize(l.compact ? 9 : l.small).setPosition(l.rep.x, l.rep.y + 2).setWordWrapWidth(180, this.cjk).setVisible(!l.compact);
    this.travelIcons.forEach((img, i) => {
      const t = l.travel[i] as Box;
      img.setDisplaySize(t.w, t.h).setPosition(t.x + t.w / 2, t.y + t.h / 2);
      this.travelLabels[i]?.setFontSize(l.small).setPosition(t.x + t.w + 5, t.y + t.h / 2).setVisible(!l.compact);
    });
    const fs = Math.max(22, l.plaque.h * 0.6);
    this.flowIcon.setDisplaySize(fs, fs);
    this.redlist.setDisplaySize(fs * 0.8, fs * 0.8).setPosition(l.roof.x + l.roof.w - fs * 0.4 - 2, l.roof.y - fs * 0.3);
    this.tokenIcon.setDisplaySize(l.compact ? 16 : 26, l.compact ? 16 : 26);
    this.float.setFontSize(l.compact ? 12 : l.font * 1.3);
    this.note.setFontSize(l.compact ? 9 : l.small).setWordWrapWidth(Math.max(120, Math.min(this.w * 0.5, 300)), this.cjk);
    this.empty.setFontSize(l.font * 1.2).setPosition(l.facade.x + l.facade.w / 2, l.facade.y + l.facade.h / 2);
    this.markAll();
  }

  private drawBackdrop() {
    const g = this.bg;
    g.clear();
    g.fillStyle(COLOUR.paper, 1).fillRect(0, 0, this.w, this.h);
    // A faint map grid, like squared paper.
    g.lineStyle(1, 0xe6dac4, 1);
    for (let x = 0; x < this.w; x += 40) g.lineBetween(x, 0, x, this.h);
    for (let y = 0; y < this.h; y += 40) g.lineBetween(0, y, this.w, y);
    const l = this.l;
    if (!l) return;
    g.fillStyle(COLOUR.field, 1).fillRect(0, l.facade.y + l.facade.h, this.w, this.h - l.facade.y - l.facade.h);
  }

  // ---------------------------------------------------------------------------------------------
  // The state

  protected sync(state: AppState, prev: AppState | null) {
    const level = this.level;
    const run = this.run;
    if (!level || !run || !this.l) return;
    const before = prev ? (firmOf(prev)?.run ?? null) : null;
    const langChanged = !prev || prev.lang !== state.lang;
    if (prev && before === run && !langChanged && prev.motion === state.motion) return;
    const now = performance.now();
    this.wake();
    const animate = prev !== null && !this.reduced;

    // A new firm (or a new week): the building rises.
    if (run.profile !== this.profile) {
      this.profile = run.profile;
      this.rise = run.profile && !animate ? 1 : 0;
      this.layout();
    }
    // A new show (a closed quarter, a beat of the reveal) starts from its beginning; a resize keeps it going.
    const show = showFor(level, run);
    if (!this.show || this.show.key !== show.key || this.show.moves.length !== show.moves.length) {
      this.show = show;
      this.showStart = now;
    } else this.show = show;

    // An answer: its record travels from the firm to the institution that gets the data, then to the platform.
    const answered = Object.keys(run.answers).length;
    if (run.phase === 'events' && answered > this.answered && before) {
      const id = Object.keys(run.answers).find((k) => !(k in before.answers));
      const event = id ? eventOf(level, id) : undefined;
      if (event && run.split) {
        const targetId = event.via ?? level.categories.find((c) => c.id === event.category)?.institution;
        const target = targetId ? this.nodeSpot(targetId) : undefined;
        const res = outcomeOf(event, run.answers[id as string] ?? null, run.split);
        if (target && event.kind !== 'outside') {
          const channel = level.channels.find((c) => c.id === event.channel);
          const firm = this.firmPoint();
          const centre = this.nodeSpot(level.institutions.find((i) => i.centre)?.id ?? '');
          const path = event.kind === 'consequence' ? [target, firm] : centre && centre !== target ? [firm, target, centre] : [firm, target];
          this.trip = { path, start: now, icon: channel?.icon ?? event.icon ?? 'bill' };
        }
        if (res) this.showFloat(res.outcome.delta, now);
      }
    }
    this.answered = run.phase === 'events' ? answered : 0;
    // An appeal filed: the firm's case goes to the institution that made the error.
    const filed = run.appeal !== null;
    if (filed && !this.appealFiled && before) {
      const origin = errorOf(level, run)?.institution;
      const to = origin ? this.nodeSpot(origin) : undefined;
      if (to) this.trip = { path: [this.firmPoint(), to], start: now, icon: 'appeal' };
    }
    this.appealFiled = filed;
    // A closed quarter: the grade's change floats over the plaque.
    if (before && before.phase === 'events' && run.phase === 'quarter') {
      const log = run.log[run.log.length - 1];
      if (log) this.showFloat(log.score - log.scoreBefore, now);
    }
    if (!animate) {
      this.meterVals = BUDGET_LINES.map((l) => run.split?.[l] ?? 0);
      this.trip = null;
    }
    if (langChanged) {
      if (prev) this.layout();
      this.setTexts(level, state.lang);
    }
    this.setStatusTexts(level, run, state.lang);
    this.markAll();
    this.lastFrame = now;
    this.update();
  }

  private setTexts(level: FirmLevel, lang: string) {
    for (const inst of level.institutions) this.nodes.get(inst.id)?.label.setText(tr(inst.name, lang));
    this.travelLabels[0]?.setText(this.t('firm.stage.plane'));
    this.travelLabels[1]?.setText(this.t('firm.stage.fastTrain'));
    this.travelLabels[2]?.setText(this.t('firm.stage.regularTrain'));
    this.empty.setText(this.t('firm.stage.yourFirm'));
  }

  private setStatusTexts(level: FirmLevel, run: FirmRun, lang: string) {
    const l = this.l as FirmLayout;
    const profile = profileOf(level, run);
    const ops = profile?.operations ?? [];
    this.bays.forEach((b, i) => {
      const op = level.operations.find((o) => o.id === ops[i]);
      b.label.setText(op ? tr(op.name, lang) : '').setVisible(!!op && !l.compact);
    });
    this.sign.setText(profile ? tr(profile.name, lang) : '');
    const room = l.sign.w - (this.score.width + 12);
    this.sign.setScale(1).setFontSize(l.compact ? 11 : l.font * 1.15);
    if (this.sign.width > room && room > 10) this.sign.setScale(room / this.sign.width);
    const score = currentScore(run);
    this.plaqueChar.setText(profile ? GRADE_CHAR[gradeOf(level.grades, score).id] : '');
    this.score.setText(profile ? String(score) : '');
    this.sign.setPosition(l.plaque.x + l.plaque.w + 10 + this.score.width + 6, l.sign.y + l.sign.h / 2);
    this.repName.setText(profile ? tr(profile.representative.name, lang) : '');
    const beat = run.phase === 'reveal' ? run.beat : -1;
    if (beat === 4) {
      const items = level.facts.notCollected.items.map((x) => `✕ ${tr(x.name, lang)}`).join('   ');
      this.note.setText(`${this.t('firm.stage.notCollected')}\n${items}`);
    }
    this.note.setVisible(beat === 4);
    const centre = l.nodes[0];
    const label = centre ? this.nodes.get(centre.id)?.label : undefined;
    if (centre) this.note.setPosition(centre.x, centre.y + centre.r + 8 + (label?.visible ? label.height : 0));
  }

  private showFloat(delta: number, now: number) {
    this.float.setText(`${delta > 0 ? '▲' : delta < 0 ? '▼' : '='} ${signed(delta)}`).setColor(delta < 0 ? LOSS_TEXT : delta > 0 ? GAIN_TEXT : HEX.ink);
    this.floatStart = now;
  }

  private nodeSpot(id: string): Spot | undefined {
    return this.l?.nodes.find((n) => n.id === id);
  }


  /** Where records leave the firm: the roof, between its sign and its budget. */
  private firmPoint() {
    const l = this.l as FirmLayout;
    const x = l.meters[0] ? l.meters[0].x - l.plaque.h * 0.55 : l.roof.x + l.roof.w * 0.62;
    return { x, y: l.roof.y + l.roof.h / 2 };
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing, every frame while something moves

  update() {
    const level = this.level;
    const run = this.run;
    if (!this.l || !level || !run) return;
    // Page time, not the game loop's (which sleeps while nothing moves, see StageScene.rest, and smooths its
    // steps): movements take the same time on a slow machine, in fewer frames.
    const time = performance.now();
    const delta = Math.max(0, Math.min(250, time - this.lastFrame));
    this.lastFrame = time;
    const reduced = this.reduced;
    const t = reduced ? Infinity : time - this.showStart;
    const standing = this.show ? standingAt(this.show, t) : null;
    if (!this.standing || standing?.landed !== this.standing.landed || standing?.listed.size !== this.standing.listed.size) {
      // A step lands: its institution pulses once (drawn over the map, cheaply).
      if (this.standing && standing && !reduced) for (const id of standing.listed.keys()) if (!this.standing.listed.has(id)) this.pulses.set(id, time);
      this.dirtyNet = true;
    }
    this.standing = standing;
    const step = reduced ? 1 : Math.min(1, delta / 420);
    const approach = (v: number, target: number) => (Math.abs(v - target) < 0.001 ? target : v + Math.max(-step, Math.min(step, target - v)));

    const ops = profileOf(level, run)?.operations ?? [];
    let shutters = false;
    this.bays.forEach((b, i) => {
      const id = ops[i];
      const target = id && standing?.closed.has(id) ? 1 : 0;
      if (b.shutter !== target) {
        b.shutter = approach(b.shutter, target);
        shutters = true;
      }
    });
    const rise = run.profile ? 1 : 0;
    if (this.rise !== rise) {
      this.rise = approach(this.rise, rise);
      this.dirtyFirm = this.dirtyShutters = this.dirtyMeters = true;
    }
    let meters = false;
    this.meterVals = this.meterVals.map((v, i) => {
      const target = run.split?.[BUDGET_LINES[i] as (typeof BUDGET_LINES)[number]] ?? 0;
      if (v === target) return v;
      meters = true;
      return reduced || Math.abs(v - target) < 0.01 ? target : v + Math.sign(target - v) * Math.min(Math.abs(target - v), delta / 90);
    });
    if (this.trip && time - this.trip.start > (this.trip.path.length - 1) * TRAVEL_MS + 150) {
      this.trip = null;
      this.dirtyOver = true;
    }
    for (const [id, start] of this.pulses) if (time - start > 650) this.pulses.delete(id);
    const over = !!this.trip || time - this.floatStart < 2300 || this.pulses.size > 0 || (!!this.show && t <= this.show.length + 50);

    const busy = this.dirtyNet || this.dirtyFirm || this.dirtyShutters || this.dirtyMeters || this.dirtyOver || shutters || meters || over;
    if (this.dirtyNet) this.drawNet(level, run);
    if (this.dirtyFirm) this.drawFirm(level, run);
    if (this.dirtyShutters || shutters) this.drawShutters(run);
    if (this.dirtyMeters || meters) this.drawMeters(run);
    if (this.dirtyOver || over) this.drawOver(run, time);
    this.dirtyNet = this.dirtyFirm = this.dirtyShutters = this.dirtyMeters = this.dirtyOver = false;
    this.rest(busy);
  }

  /** Everything is drawn again on the next frame (a new state, a new size, a new language). */
  private markAll() {
    this.dirtyNet = this.dirtyFirm = this.dirtyShutters = this.dirtyMeters = this.dirtyOver = true;
  }

  private drawNet(level: FirmLevel, run: FirmRun) {
    const standing = this.standing;
    const beat = run.phase === 'reveal' ? run.beat : -1;
    const replaying = this.show?.key === 'replay' || this.show?.key === 'taken';
    const cleared = new Set<string>(replaying ? [] : run.lifted.map((p) => p.institution));
    for (const id of standing?.cleared ?? []) cleared.add(id);
    for (const id of standing?.listed.keys() ?? []) cleared.delete(id);
    this.drawEdges(level, standing, beat);
    this.drawNodes(level, run, standing, cleared, this.watched(level, run));
  }


  private watched(level: FirmLevel, run: FirmRun): { id: string; icon: string; inward: boolean } | null {
    if (run.phase !== 'events') return null;
    const id = pending(level, run);
    if (id === 'appeal') {
      const origin = errorOf(level, run)?.institution;
      return origin ? { id: origin, icon: 'appeal', inward: false } : null;
    }
    const event = id ? eventOf(level, id) : undefined;
    if (!event) return null;
    if (event.kind === 'outside') return { id: '', icon: event.icon ?? 'reaction-angry', inward: true };
    const inst = event.via ?? level.categories.find((c) => c.id === event.category)?.institution;
    const channel = level.channels.find((c) => c.id === event.channel);
    return inst ? { id: inst, icon: channel?.icon ?? event.icon ?? 'bill', inward: event.kind === 'consequence' } : null;
  }

  private drawEdges(level: FirmLevel, standing: Standing | null, beat: number) {
    const g = this.edgesG;
    const l = this.l as FirmLayout;
    g.clear();
    const court = level.courtOrder;
    for (const inst of level.institutions) {
      const to = this.nodeSpot(inst.id);
      if (!to) continue;
      for (const fromId of inst.honours) {
        const from = this.nodeSpot(fromId);
        if (!from) continue;
        const carried = standing?.carried.has(`${fromId}>${inst.id}`) ?? false;
        const highlight = beat === 4 || (beat === 3 && fromId === court.institution && inst.id === court.honouredBy);
        const strong = carried || highlight;
        const width = strong ? (l.compact ? 2.5 : 3.5) : l.compact ? 1 : 1.5;
        const colour = carried ? COLOUR.vermillion : COLOUR.ink;
        const alpha = strong ? 0.9 : 0.28;
        const a = { x: from.x, y: from.y };
        const b = { x: to.x, y: to.y };
        const d = dist(a, b) || 1;
        const ux = (b.x - a.x) / d;
        const uy = (b.y - a.y) / d;
        const sx = a.x + ux * (from.r + 2);
        const sy = a.y + uy * (from.r + 2);
        const ex = b.x - ux * (to.r + 3);
        const ey = b.y - uy * (to.r + 3);
        g.lineStyle(width, colour, alpha).lineBetween(sx, sy, ex, ey);
        // The arrow points the way a listing travels: to the institution that honours the list.
        const ah = l.compact ? 5 : strong ? 10 : 7;
        g.fillStyle(colour, alpha).fillTriangle(ex, ey, ex - ux * ah - uy * ah * 0.55, ey - uy * ah + ux * ah * 0.55, ex - ux * ah + uy * ah * 0.55, ey - uy * ah - ux * ah * 0.55);
      }
    }
  }

  private drawNodes(level: FirmLevel, run: FirmRun, standing: Standing | null, cleared: Set<string>, watched: { id: string } | null) {
    const g = this.nodesG;
    const l = this.l as FirmLayout;
    g.clear();
    const errorOrigin = errorOf(level, run)?.institution;
    const reviewing = run.appeal !== null && run.appeal.restoredAt === null;
    for (const s of l.nodes) {
      const v = this.nodes.get(s.id);
      if (!v) continue;
      const causes = standing?.listed.get(s.id) ?? [];
      const lit = causes.length > 0 ? 1 : 0;
      g.fillStyle(COLOUR.card, 1).fillCircle(s.x, s.y, s.r);
      if (lit > 0) g.fillStyle(LISTED_FILL, lit).fillCircle(s.x, s.y, s.r);
      g.lineStyle(2, COLOUR.ink, 1).strokeCircle(s.x, s.y, s.r);
      if (lit > 0) g.lineStyle(4, COLOUR.vermillion, lit).strokeCircle(s.x, s.y, s.r + 2);
      if (cleared.has(s.id)) {
        // Cleared: a tick in a green ring (a shape as well as a colour).
        g.lineStyle(3, CLEARED, 1).strokeCircle(s.x, s.y, s.r + 2);
        const cx = s.x + s.r * 0.85;
        const cy = s.y - s.r * 0.75;
        const k = Math.max(6, s.r * 0.42);
        g.fillStyle(COLOUR.card, 1).fillCircle(cx, cy, k);
        g.lineStyle(2, CLEARED, 1).strokeCircle(cx, cy, k);
        g.lineStyle(2.5, CLEARED, 1).lineBetween(cx - k * 0.45, cy, cx - k * 0.1, cy + k * 0.4).lineBetween(cx - k * 0.1, cy + k * 0.4, cx + k * 0.5, cy - k * 0.4);
      }
      if (watched?.id === s.id) dashedCircle(g, s.x, s.y, s.r + 8, COLOUR.blue, l.compact ? 2 : 3);
      v.badge.setVisible(lit > 0.5 && causes.length > 0).setTexture(this.icon(causes.includes('court') && causes.length === 1 ? 'gavel' : 'blacklist'));
      v.review.setVisible(reviewing && s.id === errorOrigin);
      const order = standing?.order.get(s.id);
      const showNum = order !== undefined && !l.compact;
      if (showNum) {
        const k = Math.max(8, s.r * 0.45);
        g.fillStyle(COLOUR.ink, 1).fillCircle(s.x - s.r * 0.9, s.y - s.r * 0.8, k);
      }
      v.num.setText(showNum ? String(order) : '').setVisible(showNum);
    }
  }

  private drawFirm(level: FirmLevel, run: FirmRun) {
    const standing = this.standing;
    const g = this.firmG;
    const l = this.l as FirmLayout;
    g.clear();
    const profile = profileOf(level, run);
    const a = this.rise;
    this.empty.setVisible(!profile);
    if (!profile) for (const b of this.bays) b.loss.setVisible(false);
    if (!profile) {
      // An empty plot waiting for your firm.
      dashedRect(g, l.roof.x, l.roof.y, l.roof.w, l.facade.y + l.facade.h - l.roof.y, COLOUR.muted, 2);
    }
    const lift = (1 - a) * 24;
    const { roof, facade } = l;
    if (a > 0.01) {
      // Roof band with a saw-tooth top: a works, not an office tower.
      const teeth = Math.max(4, Math.round(roof.w / (l.compact ? 28 : 46)));
      const tw = roof.w / teeth;
      const th = Math.min(roof.h * 0.45, l.compact ? 8 : 14);
      g.fillStyle(0xd9c8a8, a);
      for (let i = 0; i < teeth; i++) g.fillTriangle(roof.x + i * tw, roof.y + lift, roof.x + (i + 1) * tw, roof.y + lift, roof.x + (i + 1) * tw, roof.y - th + lift);
      g.lineStyle(2, COLOUR.ink, a);
      for (let i = 0; i < teeth; i++) g.lineBetween(roof.x + i * tw, roof.y + lift, roof.x + (i + 1) * tw, roof.y - th + lift).lineBetween(roof.x + (i + 1) * tw, roof.y - th + lift, roof.x + (i + 1) * tw, roof.y + lift);
      g.fillStyle(0xe8d9b5, a).fillRect(roof.x, roof.y + lift, roof.w, roof.h);
      g.lineStyle(2, COLOUR.ink, a).strokeRect(roof.x, roof.y + lift, roof.w, roof.h);
      g.fillStyle(FACADE, a).fillRect(facade.x, facade.y + lift, facade.w, facade.h);
      g.lineStyle(2, COLOUR.ink, a).strokeRect(facade.x, facade.y + lift, facade.w, facade.h);
      // The grade plaque: a shape per grade as well as its character.
      const grade = gradeOf(level.grades, currentScore(run)).id;
      plaque(g, l.plaque, grade, a);
      const ops = profile?.operations ?? [];
      const lost = losses(level, run);
      this.bays.forEach((b, i) => {
        const box = l.bays[i];
        const id = ops[i];
        if (!box || !id) {
          b.loss.setVisible(false);
          return;
        }
        const y = box.y + lift;
        g.fillStyle(OPENING, a).fillRect(box.x, y, box.w, box.h);
        g.lineStyle(2, COLOUR.ink, a).strokeRect(box.x, y, box.w, box.h);
        pictogram(g, id, { x: box.x, y, w: box.w, h: box.h }, a);
        const loss = lost.get(id);
        if (loss?.gone && loss.quarters > 0) rivalFlag(g, { x: box.x, y, w: box.w, h: box.h }, a);
        b.loss.setText(loss && !l.compact ? this.t('firm.stage.lost', { amount: this.cjk ? String(loss.lost) : `${loss.lost * 10}k` }) : '').setVisible(!!loss && !l.compact && a > 0.5);
        b.label.setAlpha(a);
      });
      // The legal representative, and how they may travel.
      person(g, l.rep.x, l.rep.y, l.rep.size, a);
      const banned = standing?.travelBanned ?? false;
      l.travel.forEach((t, i) => {
        const refused = banned && i < 2;
        if (i === 2) regularTrain(g, t, a);
        travelMark(g, t, refused, a);
      });
    }
    this.travelIcons[2]?.setVisible(false);
    this.travelIcons.forEach((img, i) => i < 2 && img.setVisible(!!profile).setAlpha(a));
    this.travelLabels.forEach((t) => t.setAlpha(a).setVisible(!!profile && !l.compact));
    this.repName.setAlpha(a).setVisible(!!profile && !l.compact);
    this.sign.setAlpha(a);
    this.score.setAlpha(a);
    this.plaqueChar.setAlpha(a);
    this.meterIcons.forEach((img, i) => img.setAlpha(a).setVisible(!!profile && !!l.meters[i]));
    this.meterNums.forEach((tx, i) => tx.setAlpha(a).setVisible(!!profile && !!l.meters[i]));
    this.redlist.setVisible(!!profile && run.flags.includes(level.redlist.flag));
  }

  /** Roller shutters over the closed bays (their own layer: they move while the rest stands still). */
  private drawShutters(run: FirmRun) {
    const g = this.shutterG;
    const l = this.l as FirmLayout;
    g.clear();
    const a = this.rise;
    if (a <= 0.01 || !run.profile) return;
    const lift = (1 - a) * 24;
    this.bays.forEach((b, i) => {
      const box = l.bays[i];
      if (box && b.shutter > 0.001) shutter(g, { x: box.x, y: box.y + lift, w: box.w, h: box.h }, b.shutter, a);
    });
  }

  /** Budget meters in the roof band: a pip per unit. */
  private drawMeters(run: FirmRun) {
    const g = this.meterG;
    const l = this.l as FirmLayout;
    g.clear();
    const a = this.rise;
    if (a <= 0.01 || !run.profile) return;
    l.meters.forEach((m, i) => {
      const v = this.meterVals[i] ?? 0;
      const s = Math.min(m.h, 26);
      const px = m.x + s + 3;
      const pw = Math.max(3, Math.min(7, (m.w - s - 6) / 10 - 1));
      for (let k = 0; k < 10; k++) {
        const x = px + k * (pw + 1);
        const y = m.y + m.h * 0.62;
        if (x + pw > m.x + m.w) break;
        if (k < Math.round(v)) g.fillStyle(COLOUR.ink, a).fillRect(x, y, pw, m.h * 0.3);
        else g.lineStyle(1, COLOUR.muted, 0.5 * a).strokeRect(x, y, pw, m.h * 0.3);
      }
      this.meterNums[i]?.setText(run.split ? String(Math.round(v)) : '–');
    });
  }

  private drawOver(run: FirmRun, now: number) {
    const g = this.overG;
    const l = this.l as FirmLayout;
    const level = this.level as FirmLevel;
    const watched = this.watched(level, run);
    g.clear();
    // A step just landed: one ring widens and fades around its institution.
    for (const [id, start] of this.pulses) {
      const s = this.nodeSpot(id);
      const k = Math.min(1, (now - start) / 650);
      if (s) g.lineStyle(3, COLOUR.vermillion, 1 - k).strokeCircle(s.x, s.y, s.r + 4 + k * s.r * 0.9);
    }
    const firm = this.firmPoint();
    // The current card: where its data goes (or where the action comes from), dashed.
    if (watched && run.profile) {
      const to = this.nodeSpot(watched.id);
      this.flowIcon.setTexture(this.icon(watched.icon)).setVisible(true).setPosition(firm.x, firm.y);
      const r = this.flowIcon.displayHeight * 0.62;
      g.fillStyle(COLOUR.card, 1).fillCircle(firm.x, firm.y, r);
      g.lineStyle(2, COLOUR.blue, 1).strokeCircle(firm.x, firm.y, r);
      if (to) {
        const d = dist(firm, to) || 1;
        dashedLine(g, firm.x + ((to.x - firm.x) / d) * r, firm.y + ((to.y - firm.y) / d) * r, to.x - ((to.x - firm.x) / d) * (to.r + 8), to.y - ((to.y - firm.y) / d) * (to.r + 8), COLOUR.blue, l.compact ? 2 : 2.5);
      }
    } else this.flowIcon.setVisible(false);

    // A record on its way: the cascade's, else an answer's or an appeal's.
    this.tokenG.clear();
    const show = this.show;
    const t = this.reduced ? Infinity : now - this.showStart;
    const moving = show ? travellingAt(show, t) : null;
    let at: { x: number; y: number } | null = null;
    let icon = 'blacklist';
    if (moving) {
      const to = this.nodeSpot(moving.move.institution);
      const from = moving.move.from ? this.nodeSpot(moving.move.from) : null;
      const start = from ?? firm;
      if (to) at = lerp(start, to, ease(moving.progress));
      icon = moving.move.cause === 'court' ? 'gavel' : 'blacklist';
    } else if (this.trip && !this.reduced) {
      const k = (now - this.trip.start) / TRAVEL_MS;
      const seg = Math.min(this.trip.path.length - 2, Math.floor(k));
      const a = this.trip.path[seg];
      const b = this.trip.path[seg + 1];
      if (a && b && k < this.trip.path.length - 1) at = lerp(a, b, ease(k - seg));
      icon = this.trip.icon;
    }
    if (at) {
      const r = l.compact ? 11 : 17;
      this.tokenG.fillStyle(COLOUR.card, 1).fillCircle(at.x, at.y, r);
      this.tokenG.lineStyle(2.5, COLOUR.ink, 1).strokeCircle(at.x, at.y, r);
      this.tokenIcon.setTexture(this.icon(icon)).setPosition(at.x, at.y).setVisible(true);
    } else this.tokenIcon.setVisible(false);

    // The score's change floats up from the plaque.
    const ft = now - this.floatStart;
    if (ft >= 0 && ft < 2200 && run.profile) {
      const p = l.plaque;
      const rise = this.reduced ? 0 : Math.min(1, ft / 1400) * 26;
      this.float.setVisible(true).setPosition(p.x + p.w / 2 + (l.compact ? 24 : 36), p.y - 14 - rise).setAlpha(this.reduced ? 1 : ft > 1600 ? 1 - (ft - 1600) / 600 : 1);
    } else this.float.setVisible(false);
  }
}

// -----------------------------------------------------------------------------------------------
// Drawing helpers (Graphics only)

function lerp(a: { x: number; y: number }, b: { x: number; y: number }, k: number) {
  return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
}

function ease(k: number) {
  const x = Math.max(0, Math.min(1, k));
  return x < 0.5 ? 2 * x * x : 1 - Math.pow(-2 * x + 2, 2) / 2;
}

function dashedLine(g: GameObjects.Graphics, x1: number, y1: number, x2: number, y2: number, colour: number, width: number) {
  const d = Math.hypot(x2 - x1, y2 - y1);
  const n = Math.max(2, Math.floor(d / 9));
  g.lineStyle(width, colour, 0.9);
  for (let i = 0; i < n; i += 2) g.lineBetween(x1 + ((x2 - x1) * i) / n, y1 + ((y2 - y1) * i) / n, x1 + ((x2 - x1) * (i + 1)) / n, y1 + ((y2 - y1) * (i + 1)) / n);
}

function dashedCircle(g: GameObjects.Graphics, x: number, y: number, r: number, colour: number, width: number) {
  const n = Math.max(12, Math.round((2 * Math.PI * r) / 8));
  g.lineStyle(width, colour, 0.9);
  for (let i = 0; i < n; i += 2) {
    const a1 = (i / n) * Math.PI * 2;
    const a2 = ((i + 1) / n) * Math.PI * 2;
    g.lineBetween(x + r * Math.cos(a1), y + r * Math.sin(a1), x + r * Math.cos(a2), y + r * Math.sin(a2));
  }
}

function dashedRect(g: GameObjects.Graphics, x: number, y: number, w: number, h: number, colour: number, width: number) {
  dashedLine(g, x, y, x + w, y, colour, width);
  dashedLine(g, x + w, y, x + w, y + h, colour, width);
  dashedLine(g, x + w, y + h, x, y + h, colour, width);
  dashedLine(g, x, y + h, x, y, colour, width);
}

/** The grade plaque: a double ring (优), a ring (良), a square (中), a notched octagon (差). */
function plaque(g: GameObjects.Graphics, b: Box, grade: GradeId, a: number) {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const r = b.w / 2;
  g.fillStyle(COLOUR.card, a);
  if (grade === 'excellent' || grade === 'good') {
    g.fillCircle(cx, cy, r);
    g.lineStyle(2.5, COLOUR.ink, a).strokeCircle(cx, cy, r);
    if (grade === 'excellent') g.lineStyle(1.5, COLOUR.ink, a).strokeCircle(cx, cy, r - 4);
  } else if (grade === 'medium') {
    g.fillRect(b.x, b.y, b.w, b.h);
    g.lineStyle(2.5, COLOUR.ink, a).strokeRect(b.x, b.y, b.w, b.h);
  } else {
    const k = r * 0.4;
    const pts = [
      { x: b.x + k, y: b.y }, { x: b.x + b.w - k, y: b.y }, { x: b.x + b.w, y: b.y + k }, { x: b.x + b.w, y: b.y + b.h - k },
      { x: b.x + b.w - k, y: b.y + b.h }, { x: b.x + k, y: b.y + b.h }, { x: b.x, y: b.y + b.h - k }, { x: b.x, y: b.y + k },
    ];
    g.fillPoints(pts as Phaser.Math.Vector2[], true);
    g.lineStyle(3, COLOUR.vermillion, a).strokePoints(pts as Phaser.Math.Vector2[], true);
  }
}

/** A roller shutter pulled down over a bay, `k` of the way, with a padlock once it is down. */
function shutter(g: GameObjects.Graphics, b: Box, k: number, a: number) {
  const h = b.h * Math.min(1, k);
  g.fillStyle(SHUTTER, a).fillRect(b.x, b.y, b.w, h);
  g.lineStyle(1, 0xcdbfa8, a);
  for (let y = b.y + 7; y < b.y + h; y += 7) g.lineBetween(b.x + 1, y, b.x + b.w - 1, y);
  g.lineStyle(2, COLOUR.ink, a).strokeRect(b.x, b.y, b.w, h);
  if (k > 0.95) {
    const s = Math.min(b.w, b.h) * 0.28;
    const cx = b.x + b.w / 2;
    const cy = b.y + b.h - s * 0.9;
    g.lineStyle(Math.max(2, s * 0.16), COLOUR.ink, a).strokeCircle(cx, cy - s * 0.45, s * 0.32);
    g.fillStyle(COLOUR.yellow, a).fillRect(cx - s * 0.5, cy - s * 0.35, s, s * 0.75);
    g.lineStyle(2, COLOUR.ink, a).strokeRect(cx - s * 0.5, cy - s * 0.35, s, s * 0.75);
  }
}

/** A small flag of someone else planted in the bay: what went to another firm does not come back. */
function rivalFlag(g: GameObjects.Graphics, b: Box, a: number) {
  const s = Math.min(b.w, b.h);
  const x = b.x + b.w - s * 0.22;
  const y = b.y + b.h - 2;
  g.lineStyle(2, COLOUR.ink, a).lineBetween(x, y, x, y - s * 0.55);
  g.fillStyle(COLOUR.purple, a).fillTriangle(x, y - s * 0.55, x - s * 0.22, y - s * 0.46, x, y - s * 0.37);
  g.lineStyle(1.5, COLOUR.ink, a).strokeTriangle(x, y - s * 0.55, x - s * 0.22, y - s * 0.46, x, y - s * 0.37);
}

/** What each operation looks like in its bay: an invoice, a container, a plot, a flag… */
function pictogram(g: GameObjects.Graphics, id: string, b: Box, a: number) {
  const s = Math.min(b.w, b.h);
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2 + s * 0.06;
  g.lineStyle(2, COLOUR.ink, a);
  switch (id) {
    case 'invoices': {
      g.fillStyle(COLOUR.card, a).fillRect(cx - s * 0.22, cy - s * 0.28, s * 0.44, s * 0.56).strokeRect(cx - s * 0.22, cy - s * 0.28, s * 0.44, s * 0.56);
      for (let i = 0; i < 3; i++) g.lineBetween(cx - s * 0.14, cy - s * 0.15 + i * s * 0.11, cx + s * 0.14, cy - s * 0.15 + i * s * 0.11);
      g.fillStyle(COLOUR.vermillion, a).fillCircle(cx + s * 0.1, cy + s * 0.17, s * 0.07);
      break;
    }
    case 'shipments': {
      g.fillStyle(COLOUR.blue, a).fillRect(cx - s * 0.36, cy - s * 0.16, s * 0.72, s * 0.34).strokeRect(cx - s * 0.36, cy - s * 0.16, s * 0.72, s * 0.34);
      g.lineStyle(1.5, COLOUR.card, a);
      for (let i = 1; i < 6; i++) g.lineBetween(cx - s * 0.36 + i * s * 0.12, cy - s * 0.12, cx - s * 0.36 + i * s * 0.12, cy + s * 0.14);
      break;
    }
    case 'land-lease': {
      g.fillStyle(COLOUR.hill, a).fillRect(b.x + 3, cy, b.w - 6, b.y + b.h - cy - 3);
      g.lineStyle(2, COLOUR.woodDark, a);
      for (let x = b.x + 5; x < b.x + b.w - 3; x += Math.max(6, s * 0.16)) g.lineBetween(x, cy - s * 0.06, x, cy + s * 0.12);
      g.lineBetween(b.x + 4, cy, b.x + b.w - 4, cy);
      g.fillStyle(COLOUR.green, a).fillCircle(cx, cy - s * 0.2, s * 0.13);
      g.lineStyle(2, COLOUR.woodDark, a).lineBetween(cx, cy - s * 0.1, cx, cy + s * 0.12);
      break;
    }
    case 'tenders': {
      g.fillStyle(COLOUR.card, a).fillRect(cx - s * 0.2, cy - s * 0.08, s * 0.4, s * 0.36).strokeRect(cx - s * 0.2, cy - s * 0.08, s * 0.4, s * 0.36);
      g.lineBetween(cx, cy - s * 0.08, cx, cy - s * 0.36);
      g.fillStyle(COLOUR.orange, a).fillTriangle(cx, cy - s * 0.36, cx + s * 0.2, cy - s * 0.29, cx, cy - s * 0.22);
      break;
    }
    case 'credit': {
      g.fillStyle(COLOUR.skyBlue, a).fillRoundedRect(cx - s * 0.3, cy - s * 0.18, s * 0.6, s * 0.38, 4).strokeRoundedRect(cx - s * 0.3, cy - s * 0.18, s * 0.6, s * 0.38, 4);
      g.fillStyle(COLOUR.ink, a).fillRect(cx - s * 0.3, cy - s * 0.08, s * 0.6, s * 0.07);
      g.fillStyle(COLOUR.yellow, a).fillRect(cx - s * 0.22, cy + s * 0.05, s * 0.12, s * 0.09);
      break;
    }
    case 'freight': {
      g.fillStyle(COLOUR.orange, a).fillRect(cx - s * 0.38, cy - s * 0.16, s * 0.46, s * 0.3).strokeRect(cx - s * 0.38, cy - s * 0.16, s * 0.46, s * 0.3);
      g.fillStyle(COLOUR.card, a).fillRect(cx + s * 0.1, cy - s * 0.06, s * 0.24, s * 0.2).strokeRect(cx + s * 0.1, cy - s * 0.06, s * 0.24, s * 0.2);
      g.fillStyle(COLOUR.ink, a).fillCircle(cx - s * 0.24, cy + s * 0.18, s * 0.07).fillCircle(cx + s * 0.2, cy + s * 0.18, s * 0.07);
      break;
    }
    case 'certificates': {
      g.fillStyle(COLOUR.yellow, a).fillCircle(cx, cy - s * 0.06, s * 0.16).strokeCircle(cx, cy - s * 0.06, s * 0.16);
      g.fillStyle(COLOUR.purple, a).fillTriangle(cx - s * 0.12, cy + s * 0.06, cx - s * 0.02, cy + s * 0.06, cx - s * 0.14, cy + s * 0.3);
      g.fillTriangle(cx + s * 0.12, cy + s * 0.06, cx + s * 0.02, cy + s * 0.06, cx + s * 0.14, cy + s * 0.3);
      break;
    }
    case 'subsidy': {
      g.fillStyle(COLOUR.blue, a).fillTriangle(cx - s * 0.3, cy + s * 0.2, cx + s * 0.3, cy + s * 0.2, cx + s * 0.18, cy - s * 0.06);
      g.fillTriangle(cx - s * 0.3, cy + s * 0.2, cx - s * 0.18, cy - s * 0.06, cx + s * 0.18, cy - s * 0.06);
      g.lineStyle(2, COLOUR.ink, a).strokeTriangle(cx - s * 0.3, cy + s * 0.2, cx + s * 0.3, cy + s * 0.2, cx + s * 0.18, cy - s * 0.06);
      g.strokeTriangle(cx - s * 0.3, cy + s * 0.2, cx - s * 0.18, cy - s * 0.06, cx + s * 0.18, cy - s * 0.06);
      g.fillStyle(COLOUR.green, a).fillCircle(cx + s * 0.2, cy - s * 0.26, s * 0.09);
      break;
    }
    default: {
      g.fillStyle(COLOUR.wood, a).fillRect(cx - s * 0.16, cy - s * 0.3, s * 0.32, s * 0.6).strokeRect(cx - s * 0.16, cy - s * 0.3, s * 0.32, s * 0.6);
      g.fillStyle(COLOUR.ink, a).fillCircle(cx + s * 0.09, cy, s * 0.03);
    }
  }
}

/** The legal representative, standing at (x, y), `s` tall. */
function person(g: GameObjects.Graphics, x: number, y: number, s: number, a: number) {
  g.fillStyle(COLOUR.ink, a).fillRoundedRect(x - s * 0.13, y - s * 0.3, s * 0.1, s * 0.3, 2).fillRoundedRect(x + s * 0.03, y - s * 0.3, s * 0.1, s * 0.3, 2);
  g.fillStyle(COLOUR.blue, a).fillRoundedRect(x - s * 0.2, y - s * 0.66, s * 0.4, s * 0.4, s * 0.08);
  g.lineStyle(2, COLOUR.ink, a).strokeRoundedRect(x - s * 0.2, y - s * 0.66, s * 0.4, s * 0.4, s * 0.08);
  g.fillStyle(COLOUR.cork, a).fillCircle(x, y - s * 0.82, s * 0.16);
  g.lineStyle(2, COLOUR.ink, a).strokeCircle(x, y - s * 0.82, s * 0.16);
  // A briefcase.
  g.fillStyle(COLOUR.woodDark, a).fillRect(x + s * 0.22, y - s * 0.34, s * 0.2, s * 0.15);
}

/** A regular train: a plain boxy carriage (the high-speed train is the icon with the long nose). */
function regularTrain(g: GameObjects.Graphics, b: Box, a: number) {
  const s = b.w;
  g.fillStyle(COLOUR.green, a).fillRect(b.x + s * 0.08, b.y + s * 0.28, s * 0.84, s * 0.44);
  g.lineStyle(2, COLOUR.ink, a).strokeRect(b.x + s * 0.08, b.y + s * 0.28, s * 0.84, s * 0.44);
  g.fillStyle(COLOUR.card, a);
  for (let i = 0; i < 3; i++) g.fillRect(b.x + s * (0.16 + i * 0.25), b.y + s * 0.36, s * 0.16, s * 0.14);
  g.fillStyle(COLOUR.ink, a).fillCircle(b.x + s * 0.28, b.y + s * 0.76, s * 0.06).fillCircle(b.x + s * 0.72, b.y + s * 0.76, s * 0.06);
  g.lineStyle(1.5, COLOUR.ink, a).lineBetween(b.x, b.y + s * 0.84, b.x + s, b.y + s * 0.84);
}

/** Open: a tick in a ring. Refused: a slash across the icon and a cross in a notched tag. */
function travelMark(g: GameObjects.Graphics, b: Box, refused: boolean, a: number) {
  const k = Math.max(5, b.w * 0.22);
  const cx = b.x + b.w - k * 0.6;
  const cy = b.y + k * 0.6;
  if (refused) {
    g.lineStyle(Math.max(2, b.w * 0.08), COLOUR.vermillion, a).lineBetween(b.x + 2, b.y + b.h - 2, b.x + b.w - 2, b.y + 2);
    g.fillStyle(COLOUR.card, a).fillRect(cx - k, cy - k, k * 2, k * 2);
    g.lineStyle(2, COLOUR.vermillion, a).strokeRect(cx - k, cy - k, k * 2, k * 2);
    g.lineStyle(2.5, COLOUR.vermillion, a).lineBetween(cx - k * 0.5, cy - k * 0.5, cx + k * 0.5, cy + k * 0.5).lineBetween(cx + k * 0.5, cy - k * 0.5, cx - k * 0.5, cy + k * 0.5);
  } else {
    g.fillStyle(COLOUR.card, a).fillCircle(cx, cy, k);
    g.lineStyle(2, CLEARED, a).strokeCircle(cx, cy, k);
    g.lineStyle(2.5, CLEARED, a).lineBetween(cx - k * 0.45, cy, cx - k * 0.1, cy + k * 0.4).lineBetween(cx - k * 0.1, cy + k * 0.4, cx + k * 0.5, cy - k * 0.4);
  }
}

