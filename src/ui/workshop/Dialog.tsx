/** A modal panel for the facilitator's tools: the page behind it is inert, Escape closes it, focus returns where it was. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../hooks';

export function Dialog({
  id,
  title,
  onClose,
  children,
  kind = 'panel',
}: {
  id: string;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  kind?: 'panel' | 'wide' | 'blank';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useT();
  useEffect(() => {
    const d = ref.current;
    const back = document.activeElement as HTMLElement | null;
    if (d && !d.open) d.showModal();
    const heading = d?.querySelector<HTMLElement>('.ws-dialog-title');
    heading?.focus();
    return () => {
      if (d?.open) d.close();
      if (back?.isConnected) back.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      id={id}
      class={`ws-dialog ws-dialog-${kind}`}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="ws-dialog-head">
        <h2 id={`${id}-title`} class="ws-dialog-title" tabIndex={-1}>
          {title}
        </h2>
        <button type="button" class="btn btn-secondary ws-close" onClick={onClose}>
          {t('workshop.close')} <kbd>Esc</kbd>
        </button>
      </div>
      <div class="ws-dialog-body">{children}</div>
    </dialog>
  );
}
