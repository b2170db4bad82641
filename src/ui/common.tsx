/** Small pieces shared by every screen. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Source, Statement as StatementData } from '../core/content';
import { ICONS, PORTRAITS } from '../art';
import { useT } from './hooks';

/** Decorative icon: the text next to it carries the meaning. */
export function Icon({ name, size = 24 }: { name: string; size?: number }) {
  const url = ICONS[name];
  return url ? <img class="icon" src={url} width={size} height={size} alt="" aria-hidden="true" /> : null;
}

export function Portrait({ id, size = 72, faded = false }: { id: string; size?: number; faded?: boolean }) {
  const url = PORTRAITS[id];
  return url ? <img class={`portrait${faded ? ' faded' : ''}`} src={url} width={size} height={size} alt="" aria-hidden="true" /> : null;
}

/** A heading that takes focus when it appears, so keyboard and screen-reader users land on the new view. */
export function FocusHeading({ level = 2, children, id }: { level?: 1 | 2; children: ComponentChildren; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1} id={id} class="focus-heading">
      {children}
    </Tag>
  );
}

/** Shows whether something is a fact from the report (with its quote) or invented for play. */
export function Provenance({ of }: { of: { source?: Source; illustrative?: boolean } }) {
  const { t } = useT();
  const { source, illustrative } = of;
  const [open, setOpen] = useState(false);
  if (source) {
    return (
      <div class="prov prov-source">
        <span class="prov-badge">
          <Icon name="source" size={20} />
          {/^\d/.test(source.section)
            ? t('provenance.source', { section: source.section })
            : t('provenance.sourceNamed', { section: t(`provenance.sections.${source.section}`) })}
        </span>
        <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(open ? 'provenance.hideQuote' : 'provenance.showQuote')}
        </button>
        {open && (
          <blockquote class="prov-quote" lang="en">
            <span class="sr-only">{t('provenance.quote')} </span>
            <span aria-hidden="true" class="prov-quote-label">{t('provenance.quote')}</span> “{source.quote}”
          </blockquote>
        )}
      </div>
    );
  }
  if (illustrative) {
    return (
      <div class="prov prov-illustrative">
        <span class="prov-badge">
          <Icon name="illustrative" size={20} />
          {t('provenance.illustrative')}
        </span>
      </div>
    );
  }
  return null;
}

export function Button({
  onClick,
  children,
  kind = 'primary',
  ...rest
}: {
  onClick: () => void;
  children: ComponentChildren;
  kind?: 'primary' | 'secondary' | 'quiet';
  [attr: string]: unknown;
}) {
  return (
    <button type="button" class={`btn btn-${kind}`} onClick={onClick} {...rest}>
      {children}
    </button>
  );
}

/** A sentence from the level with its provenance under it. */
export function Statement({ s, as = 'div', icon }: { s: StatementData; as?: 'div' | 'li'; icon?: string }) {
  const { text } = useT();
  const Tag = as;
  return (
    <Tag class="statement">
      <p>
        {icon && <Icon name={icon} size={24} />}
        {text(s.text)}
      </p>
      <Provenance of={s} />
    </Tag>
  );
}

/** A pencil after a number the game invented (a converted score, a cut-off, a start value), where it is shown. */
export function InventedMark() {
  const { t } = useT();
  return (
    <span class="invented-mark" title={t('provenance.illustrative')}>
      <Icon name="illustrative" size={18} />
      <span class="sr-only">{t('provenance.illustrative')}</span>
    </span>
  );
}
