/**
 * Every language's strings at once, for tests and tools (Node). The game itself never imports this
 * file: it fetches one language at a time (see index.ts).
 */
import { mergeLocales, type Tree } from './index';

const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

export const strings: Record<string, Tree> = mergeLocales(files);
