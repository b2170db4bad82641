/**
 * A bare Chrome DevTools Protocol client over a pipe, for the bench's start-up runs.
 *
 * Why not Playwright there: Playwright turns on the protocol's Runtime domain (and Network) in every
 * page, and while Runtime is on, Chromium records a JavaScript stack for each request a script makes
 * (this client with Runtime on measured the same cost). For the first such request V8 re-parses the
 * whole calling script to find source positions: about 12 ms for the game's main chunk at full
 * speed, 50 to 65 ms at 4x CPU slowdown, measured in the page. No player ever pays it (it exists only
 * while a debugger is attached). This client turns on only the
 * Page domain (to add the init script): the page keeps its own marks and errors (see INIT in
 * page.ts), which the bench reads by evaluating a small expression every 50 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;

export interface RawPage {
  /** Navigate and return at once (the page is still loading). */
  goto(url: string): Promise<void>;
  /** Wait until the page has announced one of these marks on its console, or the timeout passes. */
  waitFor(names: readonly string[], timeoutMs: number): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
  /** Uncaught errors and console errors, as text: filled in by close(). */
  errors: string[];
}

export interface RawBrowser {
  version: string;
  newPage(opts: { width: number; height: number; locale: string; throttle: number; init: string }): Promise<RawPage>;
  close(): Promise<void>;
}

export async function launchRaw(executable: string, args: readonly string[]): Promise<RawBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'scored-bench-profile-'));
  const proc: ChildProcess = spawn(
    executable,
    [
      ...args,
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--disable-extensions',
      '--hide-scrollbars',
      '--mute-audio',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = proc.stdio[3] as Writable;
  const fromBrowser = proc.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: Params) => void; reject: (e: Error) => void; method: string }>();
  let buffer = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      // Only replies matter here; events (the Page domain sends a few) are ignored.
      const message = JSON.parse(buffer.slice(0, end)) as { id?: number; result?: Params; error?: { message: string } };
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const w = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) w?.reject(new Error(`${w.method}: ${message.error.message}`));
        else w?.resolve(message.result ?? {});
      }
    }
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  exited.then(() => {
    for (const w of waiting.values()) w.reject(new Error(`${w.method}: the browser exited`));
    waiting.clear();
  });

  const send = (method: string, params: Params = {}, sessionId?: string): Promise<Params> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject, method });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });

  const { product, userAgent } = (await send('Browser.getVersion')) as { product: string; userAgent: string };

  return {
    version: product,
    async newPage(opts) {
      const { browserContextId } = (await send('Target.createBrowserContext', { disposeOnDetach: true })) as { browserContextId: string };
      const { targetId } = (await send('Target.createTarget', { url: 'about:blank', browserContextId })) as { targetId: string };
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      const s = (method: string, params: Params = {}) => send(method, params, sessionId);
      await s('Page.enable');
      await s('Emulation.setDeviceMetricsOverride', { width: opts.width, height: opts.height, deviceScaleFactor: 1, mobile: false });
      await s('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: opts.locale });
      await s('Emulation.setLocaleOverride', { locale: opts.locale });
      if (opts.throttle > 1) await s('Emulation.setCPUThrottlingRate', { rate: opts.throttle });
      await s('Page.addScriptToEvaluateOnNewDocument', { source: opts.init });
      const evaluate = async <T,>(expression: string) => {
        const r = (await s('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as { result: { value: T }; exceptionDetails?: { text: string } };
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
        return r.result.value;
      };
      const errors: string[] = [];
      return {
        errors,
        async goto(url) {
          await s('Page.navigate', { url });
        },
        async waitFor(names, timeoutMs) {
          // A small evaluation every 50 ms: the marks themselves are the page's own clock readings.
          const probe = `(() => { const m = window.__bench && window.__bench.marks; return !!m && ${JSON.stringify(names)}.some((n) => m[n] !== undefined); })()`;
          const t0 = Date.now();
          while (Date.now() - t0 < timeoutMs && !(await evaluate<boolean>(probe).catch(() => false))) await new Promise((r) => setTimeout(r, 50));
        },
        evaluate,
        async close() {
          errors.push(...(await evaluate<string[]>('window.__bench ? window.__bench.errors : []').catch(() => [])));
          await send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
        },
      };
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
