/**
 * The facilitator guide (?page=guide): learning goals mapped to the report's sections, a 45-minute
 * lesson and a 90-minute workshop, the answer key for "Myth or reality?" (from its level file), a
 * one-page student worksheet, and how to write and check a level file of one's own. Prints to A4 or
 * Letter as clean pages, one section to a page.
 */
import type { ComponentChildren } from 'preact';
import { tr } from '../../core/content';
import { pickStatements } from '../../core/myths/rules';
import type { MythStatement } from '../../core/myths/schema';
import { SYSTEMS } from '../../core/myths/schema';
import { FocusHeading } from '../common';
import { useApp, useStore, useT } from '../hooks';
import { download } from './download';
import { ANATOMY, GOALS, MESSAGES, PLAN_45, PLAN_90, WORKSHEET_QUESTIONS, type Step } from './guide-data';
import { useMythsLevel } from './myths-data';
import { ScenarioLoader } from './ScenarioLoader';
import { ShortcutTable } from './WorkshopChrome';
import { useEffect, useState } from 'preact/hooks';
import './guide.css';

// The example levels are data, fetched when the guide opens, not code in the guide's chunk.
const EXAMPLE_URLS = import.meta.glob<string>('./examples/*.json', { query: '?url', import: 'default', eager: true });
const EXAMPLE_ROLES = ['village', 'sesame', 'firm', 'myths'] as const;

interface Example {
  role: string;
  /** The file's text as shipped; null when it could not be fetched. */
  text: string | null;
}

function useExamples(): Example[] | undefined {
  const [examples, setExamples] = useState<Example[]>();
  useEffect(() => {
    let live = true;
    const one = async (role: string): Promise<Example> => {
      const url = EXAMPLE_URLS[`./examples/${role}.json`];
      const response = url ? await fetch(url).catch(() => null) : null;
      return { role, text: response?.ok ? await response.text() : null };
    };
    void Promise.all(EXAMPLE_ROLES.map(one)).then((all) => live && setExamples(all));
    return () => {
      live = false;
    };
  }, []);
  return examples;
}

/** The worksheet's statements when no check is running: the same eight every time it is printed. */
const WORKSHEET_SEED = 2019;

function SourceLine({ section, quote }: { section: string; quote?: string }) {
  const { t } = useT();
  const where = /^\d/.test(section) ? t('provenance.source', { section }) : t('provenance.sourceNamed', { section: t(`provenance.sections.${section}`) });
  return (
    <span class="guide-source">
      {where}
      {quote && (
        <>
          {': '}
          <q lang="en">{quote}</q>
        </>
      )}
    </span>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="guide-part" id={`guide-${id}`} aria-labelledby={`guide-${id}-h`}>
      <h2 id={`guide-${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

function Plan({ steps, plan }: { steps: Step[]; plan: 'plan45' | 'plan90' }) {
  const { t } = useT();
  return (
    <table class="guide-plan">
      <thead>
        <tr>
          <th scope="col" class="num">
            {t('guide.plan.time')}
          </th>
          <th scope="col">{t('guide.plan.activity')}</th>
          <th scope="col">{t('guide.plan.keys')}</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.id}>
            <td class="num">{t('guide.plan.minutes', { from: s.from, to: s.to })}</td>
            <td>
              <strong>{t(`guide.${plan}.${s.id}.title`)}</strong>
              <br />
              {t(`guide.${plan}.${s.id}.text`)}
            </td>
            <td>
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function GuidePage() {
  const { t, lang } = useT();
  const store = useStore();
  const check = useApp((s) => s.workshop.check);
  const mode = useApp((s) => s.mode);
  const level = useMythsLevel();
  const examples = useExamples();
  const bySystem = (system: string): MythStatement[] => (level ? level.statements.filter((s) => s.system === system) : []);
  const worksheet = level ? (check?.statements.length ? check.statements : pickStatements(level, WORKSHEET_SEED, 8)) : [];
  const claim = (id: string) => {
    const s = level?.statements.find((x) => x.id === id);
    return s ? tr(s.claim, lang) : id;
  };

  return (
    <article class="guide prose-wide">
      <header class="guide-cover">
        <FocusHeading level={1}>{t('guide.title')}</FocusHeading>
        <p class="lead">{t('guide.lead')}</p>
        <div class="actions guide-noprint">
          <button type="button" class="btn btn-primary" onClick={() => window.print()}>
            {t('guide.print')}
          </button>
          {mode !== 'workshop' && (
            <a class="btn btn-secondary" href="?mode=workshop">
              {t('guide.openWorkshop')}
            </a>
          )}
          <button type="button" class="btn btn-quiet" onClick={() => store.getState().go({ name: 'roles' })}>
            {t('app.backToRoles')}
          </button>
        </div>
        <nav aria-label={t('guide.contents')} class="guide-toc">
          <h2>{t('guide.contents')}</h2>
          <ol>
            {(['start', 'goals', 'plan45', 'plan90', 'answers', 'worksheet', 'authoring'] as const).map((id) => (
              <li key={id}>
                <a href={`#guide-${id}`}>{t(`guide.sections.${id}`)}</a>
              </li>
            ))}
          </ol>
        </nav>
        <p class="guide-source-note">{t('guide.sourceNote')}</p>
      </header>

      <Part id="start" title={t('guide.sections.start')}>
        <p>{t('guide.start.open')}</p>
        <p>
          <code>?mode=workshop</code> · <code>?mode=workshop&amp;role=village&amp;route=short&amp;seed=7K2M9Q</code>
        </p>
        <p>{t('guide.start.projector')}</p>
        <p>{t('guide.start.nothingMoves')}</p>
        <ShortcutTable class="guide-keys" caption={t('guide.start.keysCaption')} />
        <p>{t('guide.start.votes')}</p>
        <p>{t('guide.start.groups')}</p>
        <p>{t('guide.start.check')}</p>
        <p>{t('guide.start.privacy')}</p>
      </Part>

      <Part id="goals" title={t('guide.sections.goals')}>
        <p>{t('guide.goals.lead')}</p>
        <table class="guide-goals">
          <thead>
            <tr>
              <th scope="col">{t('guide.goals.goal')}</th>
              <th scope="col">{t('guide.goals.sections')}</th>
              <th scope="col">{t('guide.goals.where')}</th>
            </tr>
          </thead>
          <tbody>
            {GOALS.map((g) => (
              <tr key={g.id}>
                <td>
                  {t(`guide.goals.items.${g.id}`)}
                  <br />
                  <SourceLine section={g.source.section} quote={g.source.quote} />
                </td>
                <td>{g.sections.map((s) => (/^\d/.test(s) ? `§${s}` : t(`provenance.sections.${s}`))).join(t('guide.listSeparator'))}</td>
                <td>{g.where.map((w) => (w === 'check' ? t('guide.goals.check') : t(`${w}.card.name`))).join(t('guide.listSeparator'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part id="plan45" title={t('guide.sections.plan45')}>
        <p>{t('guide.plan45.lead')}</p>
        <Plan steps={PLAN_45} plan="plan45" />
      </Part>

      <Part id="plan90" title={t('guide.sections.plan90')}>
        <p>{t('guide.plan90.lead')}</p>
        <Plan steps={PLAN_90} plan="plan90" />
      </Part>

      <Part id="answers" title={t('guide.sections.answers')}>
        <p>{t('guide.answers.lead')}</p>
        {level === undefined && <p role="status">{t('app.loading')}</p>}
        {level === null && <p class="field-error">{t('workshop.check.noLevel')}</p>}
        {SYSTEMS.map((system) => {
          const list = bySystem(system);
          if (!list.length) return null;
          return (
            <section key={system} class="guide-answers" aria-labelledby={`guide-sys-${system}`}>
              <h3 id={`guide-sys-${system}`}>{t(`guide.answers.system.${system}`)}</h3>
              <ol class="guide-key">
                {list.map((s) => (
                  <li key={s.id}>
                    <p class="guide-claim">{tr(s.claim, lang)}</p>
                    <p>
                      <strong class={`guide-verdict guide-${s.verdict}`}>
                        <span aria-hidden="true">{s.verdict === 'myth' ? '✗ ' : '✓ '}</span>
                        {t(`workshop.check.answer.${s.verdict}`)}
                      </strong>
                      {s.nuance && <span class="guide-nuance"> ({t(`guide.answers.nuance.${s.nuance}`)})</span>}
                      {' — '}
                      {tr(s.explanation, lang)}
                    </p>
                    <p class="guide-cite">
                      <SourceLine section={s.source.section} quote={s.source.quote} />
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </Part>

      <Part id="worksheet" title={t('guide.sections.worksheet')}>
        <div class="guide-worksheet">
          <p class="guide-ws-title">{t('guide.worksheet.title')}</p>
          <p>{t('guide.worksheet.lead')}</p>
          <table class="guide-ws-table">
            <thead>
              <tr>
                <th scope="col">{t('guide.worksheet.statement')}</th>
                <th scope="col">{t('guide.worksheet.before')}</th>
                <th scope="col">{t('guide.worksheet.after')}</th>
              </tr>
            </thead>
            <tbody>
              {worksheet.map((id, i) => (
                <tr key={id}>
                  <td>
                    {i + 1}. {claim(id)}
                  </td>
                  {[0, 1].map((c) => (
                    <td key={c} class="guide-boxes">
                      <span>☐ {t('workshop.check.answer.myth')}</span> <span>☐ {t('workshop.check.answer.reality')}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {WORKSHEET_QUESTIONS.map((q) => (
            <div class="guide-ws-q" key={q}>
              <p>{t(`guide.worksheet.questions.${q}`)}</p>
              <div class="guide-lines" aria-hidden="true">
                <span />
                <span />
                <span />
              </div>
            </div>
          ))}
          <p class="guide-ws-foot">{t('guide.worksheet.foot')}</p>
        </div>
      </Part>

      <Part id="authoring" title={t('guide.sections.authoring')}>
        <p>{t('guide.authoring.lead')}</p>
        <h3>{t('guide.authoring.anatomyHeading')}</h3>
        <dl class="guide-anatomy">
          {ANATOMY.map((a) => (
            <div key={a}>
              <dt>
                <code>{a === 'texts' ? '{"en": …, "zh": …}' : a === 'provenance' ? '"source" / "illustrative"' : a === 'ids' ? '"id"' : `"${a}"`}</code>
              </dt>
              <dd>{t(`guide.authoring.anatomy.${a}`)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('guide.authoring.examplesHeading')}</h3>
        <p>{t('guide.authoring.examplesLead')}</p>
        {examples === undefined && <p role="status">{t('app.loading')}</p>}
        <ul class="guide-examples">
          {examples?.map(({ role, text }) => (
            <li key={role}>
              <p>
                <strong>{t(`${role}.card.name`)}</strong>: <code>{`my-${role}.json`}</code>
                {text === null ? (
                  <span class="field-error"> · {t('notice.codeError')}</span>
                ) : (
                  <>
                    {' · '}
                    {t('guide.authoring.size', { kb: Math.ceil(text.length / 1024) })}
                    <span class="guide-noprint">
                      {' '}
                      <button type="button" class="btn btn-secondary" onClick={() => download(`my-${role}.json`, text)}>
                        {t('guide.authoring.download', { file: `my-${role}.json` })}
                      </button>
                    </span>
                  </>
                )}
              </p>
              <p class="hint">{t(`guide.authoring.example.${role}`)}</p>
              {text !== null && (
                <details class="guide-example">
                  <summary>{t('guide.authoring.show', { file: `my-${role}.json` })}</summary>
                  <pre tabIndex={0}>
                    <code>{text}</code>
                  </pre>
                </details>
              )}
            </li>
          ))}
        </ul>
        <h3>{t('guide.authoring.checkHeading')}</h3>
        <ol>
          <li>{t('guide.authoring.check.edit')}</li>
          <li>
            {t('guide.authoring.check.cli')} <code>npm run validate-levels my-village.json</code>
          </li>
          <li>{t('guide.authoring.check.browser')}</li>
          <li>{t('guide.authoring.check.share')}</li>
        </ol>
        <h3>{t('guide.authoring.scriptsHeading')}</h3>
        <p>{t('guide.authoring.scripts')}</p>
        <pre class="guide-snippet" tabIndex={0}>
          <code>{`"tests": [
  { "name": "the short week ends", "route": "short", "seed": "7K2M9Q",
    "actions": [{ "type": "begin" }, …], "expect": "finished" },
  { "name": "no closing the day before it begins", "route": "short", "seed": "7K2M9Q",
    "actions": [{ "type": "closeDay" }], "expect": "refused" }
]`}</code>
        </pre>
        <p>{t('guide.authoring.expect')}</p>
        <h3>{t('guide.authoring.messagesHeading')}</h3>
        <table class="guide-messages">
          <thead>
            <tr>
              <th scope="col">{t('guide.authoring.message')}</th>
              <th scope="col">{t('guide.authoring.fix')}</th>
            </tr>
          </thead>
          <tbody>
            {MESSAGES.map((m) => (
              <tr key={m.id}>
                <td>
                  <code>{m.example}</code>
                </td>
                <td>{t(`guide.authoring.messages.${m.id}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section class="guide-noprint guide-loader" aria-labelledby="guide-load-h">
          <h3 id="guide-load-h">{t('workshop.scenarios.heading')}</h3>
          <ScenarioLoader />
        </section>
      </Part>
    </article>
  );
}
