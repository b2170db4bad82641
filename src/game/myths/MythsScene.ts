/**
 * "Myth or reality?" on a desk: a stack of newspaper clippings, the one being judged lifted off it,
 * and two piles, "myths" on the left and "reality" on the right. On an answer the clipping is
 * stamped with the player's verdict (a shape and a word); a wrong one is struck through and
 * stamped again with the report's; then it slides onto the report's pile, which grows. At the end
 * the score lies on the desk between the piles.
 * Light enough for a kiosk that runs for weeks: every object is made once and reused; nothing makes
 * a texture per card. It only reads the store; everything it shows is also in the HTML beside it.
 */
import type { GameObjects } from '../phaser';
import { tr } from '../../core/content';
import { currentStatement, markAnswers, type MythsRun } from '../../core/myths/rules';
import type { MythsLevel, Verdict } from '../../core/myths/schema';
import type { AppState } from '../../state/store';
import { COLOUR, HEX } from '../../art';
import { StageScene, type StageContext } from '../stage';
import type { SceneFactory } from '../start';
import { mythsLayout, pileSlot, TRAY_PAD, type MythsLayout } from './layout';

type Session = { level: MythsLevel | null; run: MythsRun | null } | undefined;
const mythsOf = (s: AppState) => s.sessions.myths as Session;

/** Text-safe partners of the accents (as in the stylesheet): stamps in these read on paper. */
const INK: Record<Verdict, number> = { myth: 0xa3470a, reality: 0x006b4f };
const INK_HEX: Record<Verdict, string> = { myth: '#A3470A', reality: '#006B4F' };

interface Stamp {
  box: GameObjects.Container;
  g: GameObjects.Graphics;
  word: GameObjects.Text;
}

interface PileCard {
  g: GameObjects.Graphics;
  /** What is drawn on it now, so it is redrawn only when that changes. */
  drawn: string;
}

/** The desk is cleared to its wood; only the grain, the trays and the cards are drawn on it. */
export const mythsScene: SceneFactory = Object.assign((ctx: StageContext) => new MythsScene(ctx), { background: HEX.wood });

export class MythsScene extends StageScene {
  private l!: MythsLayout;
  private desk!: GameObjects.Graphics;
  private stack!: GameObjects.Graphics;
  private pileLabels!: Record<Verdict, GameObjects.Text>;
  private pileCards: PileCard[] = [];
  private card!: GameObjects.Container;
  private cardShadow!: GameObjects.Graphics;
  private cardPaper!: GameObjects.Graphics;
  private claim!: GameObjects.Text;
  private stamp!: Stamp;
  private fix!: Stamp;
  private strike!: GameObjects.Graphics;
  private pileMax = 8;
  /** What the desk shows now, so a resize to the same size leaves it (and its animations) alone. */
  private laidOut = { w: -1, h: -1 };
  private sizeChanged = true;
  private shown: MythsRun | null = null;
  private shownLang = '';
  private shownReduced = false;

  constructor(ctx: StageContext) {
    super('myths', ctx);
  }

  protected build() {
    const level = mythsOf(this.state)?.level;
    this.pileMax = Math.max(level?.rounds.full ?? 8, level?.rounds.short ?? 8);
    this.desk = this.add.graphics();
    this.pileLabels = {
      myth: this.label(0, 0, '', { fontStyle: 'bold', align: 'center' }).setOrigin(0.5, 0),
      reality: this.label(0, 0, '', { fontStyle: 'bold', align: 'center' }).setOrigin(0.5, 0),
    };
    for (let i = 0; i < this.pileMax; i++) this.pileCards.push({ g: this.add.graphics().setVisible(false), drawn: '' });
    this.stack = this.add.graphics();
    this.cardShadow = this.add.graphics();
    this.cardPaper = this.add.graphics();
    this.claim = this.label(0, 0, '', { fontStyle: 'bold' });
    this.stamp = this.makeStamp();
    this.strike = this.add.graphics();
    this.fix = this.makeStamp();
    this.card = this.add.container(0, 0, [this.cardShadow, this.cardPaper, this.claim, this.stamp.box, this.strike, this.fix.box]).setDepth(100);
  }

  private makeStamp(): Stamp {
    const g = this.add.graphics();
    const word = this.label(0, 0, '', { fontStyle: 'bold' }).setOrigin(0.5);
    return { box: this.add.container(0, 0, [g, word]).setVisible(false), g, word };
  }

  protected layout() {
    this.sizeChanged = !this.l || this.w !== this.laidOut.w || this.h !== this.laidOut.h;
    if (!this.sizeChanged) return;
    this.laidOut = { w: this.w, h: this.h };
    this.l = mythsLayout(this.w, this.h, this.pileMax);
    this.drawDesk();
    this.drawCard();
    for (const p of this.pileCards) p.drawn = '';
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing (on layout)

  private drawDesk() {
    const g = this.desk;
    const { w, h } = this;
    const { piles, labelSize } = this.l;
    g.clear();
    // A wooden desk with its grain (the wood itself is the stage's clear colour: mythsScene.background).
    g.lineStyle(2, COLOUR.woodDark, 0.35);
    for (let y = 18; y < h; y += 34) g.lineBetween(0, y + Math.sin(y) * 4, w, y - Math.cos(y) * 4);
    // A tray under each pile, and a paper tag under each tray for its name.
    for (const v of ['myth', 'reality'] as const) {
      const p = piles[v];
      const pad = p.w * TRAY_PAD;
      g.fillStyle(COLOUR.woodDark, 1).fillRoundedRect(p.x - pad, p.y - pad * 0.5, p.w + pad * 2, p.h + pad * 1.5, 6);
      g.lineStyle(2, COLOUR.ink, 1).strokeRoundedRect(p.x - pad, p.y - pad * 0.5, p.w + pad * 2, p.h + pad * 1.5, 6);
      const tag = this.l.labels[v];
      const tw = Math.min(p.w + pad * 2, labelSize * 8);
      g.fillStyle(COLOUR.card, 1).fillRect(tag.x - tw / 2, tag.y - labelSize * 0.15, tw, labelSize * 1.35);
      g.lineStyle(2, COLOUR.ink, 1).strokeRect(tag.x - tw / 2, tag.y - labelSize * 0.15, tw, labelSize * 1.35);
      this.pileLabels[v].setFontSize(labelSize).setPosition(tag.x, tag.y).setColor(INK_HEX[v]);
    }
  }

  /** The clipping, centred on (0, 0): paper, a masthead, and printed lines under the claim. */
  private drawCard() {
    const { w, h } = this.l.card;
    const x = -w / 2;
    const y = -h / 2;
    const s = this.cardShadow;
    s.clear();
    s.fillStyle(0x000000, 0.22).fillRect(x + 6, y + 9, w, h);
    const g = this.cardPaper;
    g.clear();
    g.fillStyle(COLOUR.card, 1).fillRect(x, y, w, h);
    g.lineStyle(2, COLOUR.ink, 1).strokeRect(x, y, w, h);
    const m = w * 0.06;
    g.fillStyle(COLOUR.ink, 1).fillRect(x + m, y + h * 0.07, w - 2 * m, Math.max(2, h * 0.025));
    g.fillRect(x + m, y + h * 0.12, w - 2 * m, 1);
    // Two columns of print under the headline.
    g.lineStyle(Math.max(1, h * 0.012), COLOUR.muted, 0.35);
    const colW = (w - 3 * m) / 2;
    for (let i = 0; i < 3; i++) {
      const ly = y + h * (0.8 + i * 0.06);
      g.lineBetween(x + m, ly, x + m + colW * (i === 2 ? 0.6 : 1), ly);
      g.lineBetween(x + 2 * m + colW, ly, x + 2 * m + colW * (i === 1 ? 1.7 : 2), ly);
    }
  }

  /**
   * Set the clipping's words safely: Phaser's wrapping throws if a single character is wider than
   * the wrap, so the old words go first, the size is set before the width, and the width is never
   * under a character and a half.
   */
  private setClaim(text: string, size: number, wrap: number) {
    this.claim.setText('').setFontSize(size).setWordWrapWidth(Math.max(wrap, size * 1.5), true).setText(text);
  }

  /** A stamp: MYTH in a square-cornered frame with a cross, REALITY in a round one with a tick. */
  private drawStamp(st: Stamp, verdict: Verdict, size: number) {
    st.word.setText(this.t(`myths.${verdict}`).toLocaleUpperCase(this.state.lang)).setFontSize(size).setColor(INK_HEX[verdict]);
    const glyph = size * 0.9;
    const bw = st.word.width + glyph + size * 1.4;
    const bh = size * 1.9;
    st.word.setPosition(glyph / 2 + size * 0.15, 0);
    const g = st.g;
    const c = INK[verdict];
    g.clear();
    g.fillStyle(COLOUR.card, 0.6);
    g.lineStyle(Math.max(2, size * 0.14), c, 1);
    const gx = -bw / 2 + size * 0.55;
    if (verdict === 'myth') {
      g.fillRect(-bw / 2, -bh / 2, bw, bh).strokeRect(-bw / 2, -bh / 2, bw, bh);
      g.lineStyle(Math.max(1, size * 0.06), c, 1).strokeRect(-bw / 2 + size * 0.2, -bh / 2 + size * 0.2, bw - size * 0.4, bh - size * 0.4);
      g.lineStyle(Math.max(2, size * 0.16), c, 1);
      g.lineBetween(gx, -glyph / 2, gx + glyph, glyph / 2).lineBetween(gx, glyph / 2, gx + glyph, -glyph / 2);
    } else {
      g.fillRoundedRect(-bw / 2, -bh / 2, bw, bh, bh / 2).strokeRoundedRect(-bw / 2, -bh / 2, bw, bh, bh / 2);
      g.lineStyle(Math.max(1, size * 0.06), c, 1).strokeRoundedRect(-bw / 2 + size * 0.2, -bh / 2 + size * 0.2, bw - size * 0.4, bh - size * 0.4, bh / 2 - size * 0.2);
      g.lineStyle(Math.max(2, size * 0.16), c, 1);
      g.lineBetween(gx, 0, gx + glyph * 0.35, glyph * 0.4).lineBetween(gx + glyph * 0.35, glyph * 0.4, gx + glyph, -glyph * 0.45);
    }
    st.box.setAngle(verdict === 'myth' ? -8 : 6);
    return { w: bw, h: bh };
  }

  /** A card on a pile: small, with the report's stamp as a shape; a wrong answer's folded corner and pencil ring. */
  private drawPileCard(p: PileCard, verdict: Verdict, correct: boolean) {
    const key = `${verdict}|${correct}|${this.l.piles.myth.w}`;
    if (p.drawn === key) return;
    p.drawn = key;
    const { w, h } = this.l.piles.myth;
    const g = p.g;
    g.clear();
    g.fillStyle(COLOUR.card, 1).fillRect(-w / 2, -h / 2, w, h);
    g.lineStyle(1.5, COLOUR.ink, 1).strokeRect(-w / 2, -h / 2, w, h);
    g.fillStyle(COLOUR.ink, 1).fillRect(-w / 2 + w * 0.08, -h / 2 + h * 0.1, w * 0.84, Math.max(1.5, h * 0.03));
    g.lineStyle(Math.max(1, h * 0.03), COLOUR.muted, 0.4);
    for (let i = 0; i < 3; i++) g.lineBetween(-w / 2 + w * 0.08, -h / 2 + h * (0.25 + i * 0.1), w * (i === 2 ? 0 : 0.4), -h / 2 + h * (0.25 + i * 0.1));
    // The stamp, as its shape only (the pile's label gives the word).
    const s = h * 0.32;
    const cx = w * 0.12;
    const cy = h * 0.18;
    g.lineStyle(Math.max(1.5, s * 0.12), INK[verdict], 1);
    if (verdict === 'myth') {
      g.strokeRect(cx - s, cy - s * 0.55, s * 2, s * 1.1);
      g.lineBetween(cx - s * 0.35, cy - s * 0.3, cx + s * 0.35, cy + s * 0.3).lineBetween(cx - s * 0.35, cy + s * 0.3, cx + s * 0.35, cy - s * 0.3);
    } else {
      g.strokeRoundedRect(cx - s, cy - s * 0.55, s * 2, s * 1.1, s * 0.55);
      g.lineBetween(cx - s * 0.4, cy, cx - s * 0.1, cy + s * 0.3).lineBetween(cx - s * 0.1, cy + s * 0.3, cx + s * 0.45, cy - s * 0.3);
    }
    if (!correct) {
      // The correction: a folded corner and a pencil ring where the first stamp was.
      const f = h * 0.32;
      g.fillStyle(COLOUR.paper, 1).fillTriangle(w / 2 - f, -h / 2, w / 2, -h / 2, w / 2, -h / 2 + f);
      g.fillStyle(COLOUR.cork, 1).fillTriangle(w / 2 - f, -h / 2, w / 2 - f, -h / 2 + f, w / 2, -h / 2 + f);
      g.lineStyle(1.5, COLOUR.ink, 1).strokeTriangle(w / 2 - f, -h / 2, w / 2 - f, -h / 2 + f, w / 2, -h / 2 + f);
      g.lineStyle(Math.max(1.5, h * 0.05), COLOUR.ink, 0.9).strokeCircle(-w * 0.22, h * 0.2, h * 0.17);
      g.lineBetween(-w * 0.22 - h * 0.12, h * 0.2 + h * 0.12, -w * 0.22 + h * 0.12, h * 0.2 - h * 0.12);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Showing the state

  protected sync(state: AppState, prev: AppState | null) {
    const session = mythsOf(state);
    const level = session?.level;
    const run = session?.run;
    if (!level || !run || !this.l) return;
    const prevRun = prev ? mythsOf(prev)?.run : undefined;
    if (prev && prevRun === run && prev.lang === state.lang && prev.motion === state.motion) return;
    const sameRound = !!prevRun && prevRun.seed === run.seed && prevRun.statements === run.statements;
    // A resize to the same size (Phaser reports some twice) changes nothing: animations carry on.
    if (!prev && !this.sizeChanged && this.shown === run && this.shownLang === state.lang && this.shownReduced === this.reduced) return;
    this.sizeChanged = false;
    this.shown = run;
    this.shownLang = state.lang;
    this.shownReduced = this.reduced;
    const animate = prev !== null && sameRound && prevRun !== run && !this.reduced;
    const marked = markAnswers(level, run.statements, run.answers);
    const n = marked.length;
    // With motion, the clipping just answered is the one on top of its pile (sliding there, or already
    // there after a resize); without, it stays on the desk and its copy is on the pile.
    const onDesk = run.phase === 'answer' && !this.reduced ? n - 1 : n;

    // The piles: every card answered, on the report's pile (the one being stamped joins after its slide).
    const counts = { myth: 0, reality: 0 };
    this.pileCards.forEach((p, i) => {
      const m = marked[i];
      if (!m || i >= onDesk) {
        p.g.setVisible(false);
        return;
      }
      const v = m.statement.verdict;
      const slot = pileSlot(this.l.piles[v], this.l.pileStep, counts[v]++);
      this.drawPileCard(p, v, m.correct);
      p.g.setVisible(true).setPosition(slot.x, slot.y).setAngle(slot.angle).setDepth(10 + i);
    });
    for (const v of ['myth', 'reality'] as const) {
      const total = marked.filter((m) => m.statement.verdict === v).length;
      this.pileLabels[v].setText(`${this.t(`myths.pile.${v}`)} · ${total}`);
    }

    // The stack of clippings still to come, under the one on the desk.
    const waiting = run.statements.length - n - (run.phase === 'question' ? 1 : 0);
    this.drawStack(Math.max(0, waiting));

    const { card } = this.l;
    const home = { x: card.x + card.w / 2, y: card.y + card.h / 2 };
    this.tweens.killTweensOf([this.card, this.stamp.box, this.fix.box, this.strike]);
    if (run.phase === 'question') {
      const s = currentStatement(level, run);
      this.showClaim(s ? tr(s.claim, state.lang) : '');
      this.hideStamps();
      const lifted = { x: home.x, y: home.y - card.h * 0.03, angle: -1.5, scale: 1 };
      if (animate) {
        // The next clipping comes off the stack and lifts.
        this.card.setPosition(home.x, home.y).setAngle(0).setScale(0.97);
        this.tweens.add({ targets: this.card, ...lifted, scaleX: 1, scaleY: 1, duration: 380, ease: 'Cubic.easeOut' });
      } else this.card.setPosition(lifted.x, lifted.y).setAngle(lifted.angle).setScale(1);
    } else if (run.phase === 'answer') {
      const m = marked[n - 1];
      if (!m) return;
      this.showClaim(tr(m.statement.claim, state.lang));
      this.showStamps(m.answer, m.statement.verdict, animate);
      const v = m.statement.verdict;
      const k = marked.slice(0, n - 1).filter((x) => x.statement.verdict === v).length;
      const slot = pileSlot(this.l.piles[v], this.l.pileStep, k);
      const small = this.l.piles[v].w / card.w;
      if (animate) {
        // Stamped, a moment to read it, then onto the report's pile.
        this.card.setPosition(home.x, home.y - card.h * 0.03).setAngle(-1.5).setScale(1);
        this.tweens.add({ targets: this.card, x: slot.x, y: slot.y, angle: slot.angle, scale: small, delay: m.correct ? 1300 : 1900, duration: 650, ease: 'Cubic.easeInOut' });
      } else if (!this.reduced) {
        // Where the slide ends (after a resize or a reload).
        this.card.setPosition(slot.x, slot.y).setAngle(slot.angle).setScale(small);
      } else {
        // Without movement: the stamped clipping stays on the desk, and its copy is already on the pile.
        this.card.setPosition(home.x, home.y).setAngle(0).setScale(1);
      }
    } else {
      // The result: the score, between the piles.
      this.hideStamps();
      const score = marked.filter((m) => m.correct).length;
      this.showScore(this.t('myths.sceneScore', { score, total: run.statements.length }), this.t('myths.sceneRight'));
      this.card.setPosition(home.x, home.y).setAngle(0).setScale(1);
    }
  }

  private drawStack(count: number) {
    const g = this.stack;
    const { card } = this.l;
    g.clear();
    const shown = Math.min(count, 7);
    const step = Math.max(2, card.w * 0.008);
    for (let i = shown; i >= 1; i--) {
      const x = card.x + i * step;
      const y = card.y + i * step * 1.3;
      g.fillStyle(i % 2 ? 0xf1e8d6 : COLOUR.card, 1).fillRect(x, y, card.w, card.h);
      g.lineStyle(1.5, COLOUR.ink, 0.8).strokeRect(x, y, card.w, card.h);
    }
    if (shown === 0) return;
    // The next clipping shows its print, waiting under the one on the desk.
    const x = card.x + step;
    const y = card.y + step * 1.3;
    const m = card.w * 0.06;
    g.fillStyle(COLOUR.ink, 0.8).fillRect(x + m, y + card.h * 0.07, card.w - 2 * m, Math.max(2, card.h * 0.025));
    g.lineStyle(Math.max(2, card.h * 0.03), COLOUR.muted, 0.35);
    for (let i = 0; i < 3; i++) g.lineBetween(x + m, y + card.h * (0.22 + i * 0.1), x + card.w * (i === 2 ? 0.5 : 0.9), y + card.h * (0.22 + i * 0.1));
    g.lineStyle(Math.max(1, card.h * 0.012), COLOUR.muted, 0.3);
    for (let i = 0; i < 4; i++) g.lineBetween(x + m, y + card.h * (0.6 + i * 0.07), x + card.w - m, y + card.h * (0.6 + i * 0.07));
  }

  private showClaim(text: string) {
    const { w, h } = this.l.card;
    const m = w * 0.06;
    this.claim.setOrigin(0, 0).setAlign('left').setPosition(-w / 2 + m, -h / 2 + h * 0.17);
    this.setClaim(text, this.l.fontSize, w - 2 * m);
    // Shrink to fit between the masthead and the print, for the longest claims.
    const room = h * 0.6;
    for (let size = this.l.fontSize; this.claim.height > room && size > 9; size -= 1) this.claim.setFontSize(size - 1);
  }

  private showScore(score: string, word: string) {
    const { w, h } = this.l.card;
    this.claim.setOrigin(0.5, 0.5).setAlign('center').setPosition(0, 0);
    this.setClaim(`${score}\n${word}`, Math.max(14, h * 0.2), w * 0.9);
  }

  private hideStamps() {
    this.stamp.box.setVisible(false);
    this.fix.box.setVisible(false);
    this.strike.setVisible(false);
  }

  /** The player's stamp; if it is wrong, struck through and the report's stamped beside it. */
  private showStamps(answer: Verdict, verdict: Verdict, animate: boolean) {
    const { w, h } = this.l.card;
    const size = this.l.stampSize;
    const a = this.drawStamp(this.stamp, answer, size);
    const correct = answer === verdict;
    const at = correct ? { x: w * 0.18, y: h * 0.2 } : { x: -w * 0.18, y: h * 0.14 };
    this.stamp.box.setVisible(true).setPosition(at.x, at.y).setAlpha(1).setScale(1);
    this.strike.setVisible(!correct).setAlpha(1);
    this.fix.box.setVisible(!correct);
    if (!correct) {
      // The correction: two pencil strokes through the wrong stamp, the right one pressed beside it.
      const g = this.strike;
      g.clear();
      g.lineStyle(Math.max(3, size * 0.22), COLOUR.ink, 0.9);
      g.lineBetween(at.x - a.w * 0.6, at.y - a.h * 0.1, at.x + a.w * 0.6, at.y + a.h * 0.25);
      g.lineBetween(at.x - a.w * 0.6, at.y + a.h * 0.3, at.x + a.w * 0.6, at.y - a.h * 0.05);
      this.drawStamp(this.fix, verdict, size * 1.1);
      this.fix.box.setPosition(w * 0.22, h * 0.3).setAlpha(1).setScale(1);
    }
    if (!animate) return;
    this.stamp.box.setScale(1.8).setAlpha(0);
    this.tweens.add({ targets: this.stamp.box, scale: 1, alpha: 1, duration: 200, ease: 'Quad.easeIn' });
    if (!correct) {
      this.strike.setAlpha(0);
      this.fix.box.setScale(1.8).setAlpha(0);
      this.tweens.add({ targets: this.strike, alpha: 0.9, delay: 550, duration: 150 });
      this.tweens.add({ targets: this.fix.box, scale: 1, alpha: 1, delay: 900, duration: 200, ease: 'Quad.easeIn' });
    }
  }
}
