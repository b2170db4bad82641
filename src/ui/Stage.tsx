/** A role's Phaser canvas. Decorative for assistive technology: everything it shows is also in the HTML. */
import { useEffect, useRef } from 'preact/hooks';
import type { SceneFactory } from '../game/start';
import { useI18n, useStore } from './hooks';

export function Stage({ scene, class: className = '' }: { scene: () => Promise<SceneFactory>; class?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useStore();
  const i18n = useI18n();
  useEffect(() => {
    let destroyed = false;
    let destroy: (() => void) | null = null;
    Promise.all([import('../game/start'), scene()])
      .then(async ([m, make]) => {
        const parent = ref.current;
        if (destroyed || !parent) return;
        const stop = await m.startGame(parent, make, {
          store,
          translate: (key, lng, params) => i18n.t(key, { ...params, lng }),
          onReady: () => (parent.dataset.ready = 'true'),
        });
        // A lost WebGL context that does not come back within seconds is an error, never a frozen picture.
        const canvas = parent.querySelector('canvas');
        let lost: number | undefined;
        const onLost = () => {
          lost = window.setTimeout(() => store.getState().crash('WebGL context lost'), 8000);
        };
        const onRestored = () => window.clearTimeout(lost);
        canvas?.addEventListener('webglcontextlost', onLost);
        canvas?.addEventListener('webglcontextrestored', onRestored);
        destroy = () => {
          window.clearTimeout(lost);
          canvas?.removeEventListener('webglcontextlost', onLost);
          canvas?.removeEventListener('webglcontextrestored', onRestored);
          stop();
        };
        if (destroyed) destroy();
      })
      .catch(() => store.getState().notify('codeError'));
    return () => {
      destroyed = true;
      if (ref.current) delete ref.current.dataset.ready;
      destroy?.();
    };
    // The scene is chosen once per mount.
  }, [store, i18n]);
  return <div class={`stage ${className}`} ref={ref} aria-hidden="true" />;
}
