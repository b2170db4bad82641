import type { Plugin } from 'vite';

/**
 * The dev server injects each stylesheet as an inline <style> element (for hot reloading), which the
 * page's Content-Security-Policy refuses. For `npm start` only, the policy allows inline styles; the
 * built game keeps the strict policy of index.html.
 */
export function devStylesPlugin(): Plugin {
  return {
    name: 'scored-dev-styles',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}
