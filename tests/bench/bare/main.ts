/**
 * The bench's yardstick: the smallest honest Phaser 4 game — the full `phaser` package as most
 * games import it, one scene drawing a few shapes and a text. The bench times its first frame on
 * the same machine in the same run as the game's, so the game's figures can be read as ratios.
 */
import { AUTO, Game, Scale, Scene } from 'phaser';

class Bare extends Scene {
  constructor() {
    super('bare');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x2b2118, 1).fillRect(40, 40, 200, 120);
    g.fillStyle(0xc8553d, 1).fillCircle(360, 100, 60);
    g.lineStyle(4, 0x2f6690, 1).strokeTriangle(460, 160, 540, 40, 620, 160);
    this.add.text(40, 200, 'Bare Phaser 4', { fontFamily: 'sans-serif', fontSize: '32px', color: '#2b2118' });
    const box = this.add.rectangle(700, 100, 80, 80, 0x3a7d44);
    this.tweens.add({ targets: box, angle: 360, duration: 2000, repeat: -1 });
    (document.getElementById('stage') as HTMLElement).dataset.ready = 'true';
  }
}

const parent = document.getElementById('stage') as HTMLElement;
const start = () =>
  new Game({
    type: AUTO,
    parent,
    backgroundColor: '#f6efe2',
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Scale.NONE, width: parent.clientWidth, height: parent.clientHeight },
    scene: [Bare],
  });
let game = start();

/**
 * For the bench's memory run, never called at start-up: take the game down and make it again `n`
 * times, each time to its first drawn frame, as the game's own stage is made for every visit. The
 * bare game's heap over these cycles is the yardstick for the game's.
 */
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
(window as unknown as { __cycle: (n: number) => Promise<number> }).__cycle = async (n) => {
  for (let i = 0; i < n; i++) {
    game.destroy(true);
    while (parent.querySelector('canvas')) await frame();
    parent.dataset.ready = 'false';
    game = start();
    while (parent.dataset.ready !== 'true') await frame();
    await frame();
  }
  return parent.querySelectorAll('canvas').length;
};
