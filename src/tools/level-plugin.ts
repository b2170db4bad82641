/**
 * A Vite plugin: the build refuses a broken level with the same messages as
 * `npm run validate-levels`; the dev server prints them (and the game shows them in place of the
 * role). The checker is loaded only when it runs, through Vite's own module runner, so loading the
 * Vite config (which Vitest does too) never depends on the game's rules, tests never stop on a level
 * being edited, and the config's loader never sees the game's sources (it would warn about their
 * extensionless imports on every start).
 */
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type Levels = typeof import('./levels.ts');

export function levelCheckPlugin(root: string): Plugin {
  let checker: Promise<Levels> | null = null;
  const check = async (files?: string[]) => {
    checker ??= runnerImport<Levels>(fileURLToPath(new URL('./levels.ts', import.meta.url)), { logLevel: 'error' }).then((r) => r.module);
    const { checkLevelFiles, levelFiles } = await checker;
    return checkLevelFiles(files ?? levelFiles(root), root);
  };
  const report = (errors: string[]) => `Level check failed:\n  ${errors.join('\n  ')}`;
  return {
    name: 'scored-validate-levels',
    apply: (_config, env) => env.command === 'build' || !process.env.VITEST,
    async buildStart() {
      if (this.meta?.watchMode) return;
      const errors = await check();
      if (errors.length) this.error(report(errors));
    },
    async configureServer(server) {
      const errors = await check();
      if (errors.length) server.config.logger.error(report(errors));
    },
    async handleHotUpdate({ file, server }) {
      if (!file.includes('/levels/') || !file.endsWith('.json')) return;
      const errors = await check([file]);
      if (errors.length) server.config.logger.error(report(errors));
    },
  };
}
