/**
 * The drawn art and the palette, shared by the interface and the Phaser scenes (neither imports
 * the other). URLs are resolved by Vite so they work from any folder.
 */
const portraits = import.meta.glob('../../assets/portraits/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;
const icons = import.meta.glob('../../assets/icons/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

const byName = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, url]) => [path.replace(/^.*\/([^/]+)\.svg$/, '$1'), url]));

export const PORTRAITS: Record<string, string> = byName(portraits);
export const ICONS: Record<string, string> = byName(icons);
const scenes = import.meta.glob('../../assets/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;
const SCENES = byName(scenes);
export const TITLE_ART = SCENES.title as string;
/** The kiosk's attract illustration (the title's, until it is drawn). */
export const ATTRACT_ART = SCENES.attract ?? TITLE_ART;

/**
 * The palette: paper and ink, and the Okabe-Ito accents (safe for colour-blind players), always
 * paired with a shape, icon or label. `hex` for CSS and Phaser text, numbers for Phaser graphics.
 */
export const HEX = {
  paper: '#F6EFE2',
  card: '#FFFDF7',
  ink: '#2B2118',
  muted: '#6B5E50',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  wood: '#9A6B3F',
  woodDark: '#6E4A2A',
  cork: '#D9B98C',
  sky: '#E3EEF2',
  field: '#E8D9B5',
  hill: '#C9D9C0',
  hillNear: '#B5CBA8',
} as const;

export type Colour = keyof typeof HEX;

/** The same palette as numbers, for Phaser's graphics calls. */
export const COLOUR = Object.fromEntries(Object.entries(HEX).map(([k, v]) => [k, parseInt(v.slice(1), 16)])) as Record<Colour, number>;
