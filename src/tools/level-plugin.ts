/**
 * A Vite plugin: the build refuses a broken level with the same messages as
 * `npm run validate-levels`; the dev server prints them (and the game shows them in place of the
 * role). The checker is imported only when it runs, so loading the Vite config (which Vitest does
 * too) never depends on the game's rules, and tests never stop on a level being edited.
 */
import type { Plugin } from 'vite';

export function levelCheckPlugin(root: string): Plugin {
  const check = async (files?: string[]) => {
    const { checkLevelFiles, levelFiles } = await import('./levels.ts');
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
