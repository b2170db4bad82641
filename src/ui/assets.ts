/** URLs of the drawn art, resolved by Vite so they work from any folder. */
const portraits = import.meta.glob('../../assets/portraits/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;
const icons = import.meta.glob('../../assets/icons/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

const byName = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, url]) => [path.replace(/^.*\/([^/]+)\.svg$/, '$1'), url]));

export const PORTRAITS: Record<string, string> = byName(portraits);
export const ICONS: Record<string, string> = byName(icons);
export { default as TITLE_ART } from '../../assets/title.svg?url';
