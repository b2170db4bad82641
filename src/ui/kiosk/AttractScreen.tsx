/**
 * The kiosk at rest: the game showing itself, its name and "touch to start" in every language,
 * and one large button per language, each named in itself. One touch chooses the language and
 * starts a visit.
 */
import { useEffect, useState } from 'preact/hooks';
import { ATTRACT_ART } from '../../art';
import { LANGS } from '../../core/content';
import { HTML_LANG, LANG_NAMES } from '../../i18n';
import { useI18n, useStore } from '../hooks';

export function AttractScreen() {
  const store = useStore();
  const i18n = useI18n();
  const [shown, setShown] = useState(0);
  // The tagline turns through the languages; nothing here needs reading in time.
  useEffect(() => {
    const id = window.setInterval(() => setShown((n) => (n + 1) % LANGS.length), 4000);
    return () => window.clearInterval(id);
  }, []);
  const lang = LANGS[shown] ?? 'en';
  return (
    <div class="attract">
      <img class="attract-art" src={ATTRACT_ART} alt="" aria-hidden="true" />
      <div class="attract-text" lang={HTML_LANG[lang]}>
        <h1>{i18n.t('app.name', { lng: lang })}</h1>
        <p class="attract-lead">{i18n.t('kiosk.tagline', { lng: lang })}</p>
      </div>
      <ul class="attract-langs">
        {LANGS.map((l) => (
          <li key={l}>
            <button
              type="button"
              class="btn btn-primary kiosk-lang"
              lang={HTML_LANG[l]}
              onClick={() => {
                store.getState().setLang(l);
                store.getState().go({ name: 'kiosk' });
              }}
            >
              <span class="kiosk-lang-name">{LANG_NAMES[l]}</span>
              <span class="kiosk-lang-touch">{i18n.t('kiosk.touchToStart', { lng: l })}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
