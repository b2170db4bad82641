/**
 * Groups compared: the weeks several groups played (on this device in turn, or exported on theirs
 * and loaded here), decision by decision, with the differences marked. For the village this is
 * where the same deed gets different values from different groups.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { findRole, ROLES } from '../../core/registry';
import type { BaseAction, BaseLevel } from '../../core/role';
import { seedCode } from '../../core/seed';
import { compareGroups, MAX_RESULT_BYTES, readResultFile, resultFile, type Group } from '../../core/workshop';
import { useApp, useStore, useT } from '../hooks';
import { Dialog } from './Dialog';
import { levelFor } from './device';
import { download } from './download';
import { GroupTools } from './Facilitator';
import { decisionTitle, labelText, optionLabels } from './labels';
import { useRoleNow } from './now';

const setKey = (g: { role: string; levelId: string }) => `${g.role}|${g.levelId}`;

export default function GroupsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const store = useStore();
  const now = useRoleNow();
  const groups = useApp((s) => s.workshop.groups) as Group[];
  const sets = useMemo(() => [...new Set(groups.map(setKey))], [groups]);
  const preferred = now ? setKey({ role: now.roleId, levelId: now.level.id }) : null;
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen && sets.includes(chosen) ? chosen : preferred && sets.includes(preferred) ? preferred : (sets[sets.length - 1] ?? null);
  const [problems, setProblems] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<string[]>([]);

  const loadFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const errors: string[] = [];
    const names: string[] = [];
    for (const file of Array.from(files).slice(0, 20)) {
      // Too large to be a result file: refused by its size, never read.
      if (file.size > MAX_RESULT_BYTES) {
        errors.push(`${file.name}: the file is ${file.size} bytes; a result file is at most ${MAX_RESULT_BYTES}`);
        continue;
      }
      const text = await file.text();
      // The week's level is found first (open, kept on this device, or shipped), then the file is checked against it.
      let head: { role?: unknown; levelId?: unknown } = {};
      try {
        head = JSON.parse(text) as typeof head;
      } catch {
        /* readResultFile says why */
      }
      const level = typeof head?.role === 'string' && typeof head.levelId === 'string' ? await levelFor(store, head.role, head.levelId) : null;
      const r = readResultFile(ROLES, text, file.name, (role) => (level && role === head.role ? level : (store.getState().sessions[role]?.level ?? null)));
      if (r.ok) {
        store.getState().addGroup(r.group);
        names.push(r.group.name);
      } else errors.push(...r.errors);
    }
    setProblems(errors);
    setLoaded(names);
  };

  return (
    <Dialog id="ws-groups" title={t('workshop.groups.heading')} onClose={onClose} kind="wide">
      <section aria-labelledby="ws-board-h">
        <h3 id="ws-board-h">{t('workshop.groups.board')}</h3>
        {sets.length === 0 ? (
          <p>{t('workshop.groups.empty')}</p>
        ) : (
          <>
            {sets.length > 1 && (
              <label class="ws-field">
                <span>{t('workshop.groups.which')}</span>
                <select value={current ?? ''} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
                  {sets.map((k) => {
                    const [role, levelId] = k.split('|') as [string, string];
                    return (
                      <option value={k} key={k}>
                        {t(`${role}.card.name`)} · {levelId} · {t('workshop.groups.count', { count: groups.filter((g) => setKey(g) === k).length })}
                      </option>
                    );
                  })}
                </select>
              </label>
            )}
            {current && <Board setId={current} groups={groups} />}
          </>
        )}
      </section>

      {now && now.kind === 'debrief' && <GroupTools role={now.roleId} run={now.run} />}
      {now && now.kind !== 'debrief' && <p class="hint">{t('workshop.groups.finishFirst')}</p>}

      <section aria-labelledby="ws-files-h">
        <h3 id="ws-files-h">{t('workshop.groups.filesHeading')}</h3>
        <p class="hint">{t('workshop.groups.filesHint')}</p>
        <label class="ws-file">
          <span>{t('workshop.groups.loadFiles')}</span>
          <input
            type="file"
            accept=".json,application/json"
            multiple
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void loadFiles(input.files).finally(() => (input.value = ''));
            }}
          />
        </label>
        {loaded.length > 0 && (
          <p class="ws-ok" role="status">
            ✓ {t('workshop.groups.loaded', { count: loaded.length })}
          </p>
        )}
        {problems.length > 0 && (
          <div role="alert">
            <p class="field-error">{t('workshop.groups.refused')}</p>
            <ul class="notice-detail">
              {problems.slice(0, 12).map((p, i) => (
                <li key={i}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </Dialog>
  );
}

function Board({ setId, groups }: { setId: string; groups: Group[] }) {
  const { t, lang } = useT();
  const store = useStore();
  const [role, levelId] = setId.split('|') as [string, string];
  const rules = findRole(ROLES, role);
  const members = groups.map((g, index) => ({ g, index })).filter(({ g }) => setKey(g) === setId);
  const [level, setLevel] = useState<BaseLevel | null | 'missing'>(null);
  useEffect(() => {
    let live = true;
    setLevel(null);
    void levelFor(store, role, levelId).then((l) => live && setLevel(l ?? 'missing'));
    return () => {
      live = false;
    };
  }, [store, role, levelId]);

  const board = useMemo(() => {
    if (!rules || !level || level === 'missing') return null;
    const rows = compareGroups(
      rules,
      level,
      members.map((m) => m.g),
    );
    const labels = new Map<string, Map<string, string>>();
    for (const { g } of members) {
      for (const [d, opts] of optionLabels(rules, level, g.seed, g.route, g.actions as BaseAction[])) {
        const into = labels.get(d) ?? new Map<string, string>();
        for (const [o, l] of opts) if (!into.has(o)) into.set(o, labelText(l, t, lang));
        labels.set(d, into);
      }
    }
    return { rows, labels };
  }, [rules, level, members.map((m) => m.index).join(), t, lang]);

  if (level === 'missing') return <p class="field-error">{t('workshop.groups.noLevel', { level: levelId })}</p>;
  if (!board || !level) return <p>{t('app.loading')}</p>;
  const differing = board.rows.filter((r) => r.differs).length;
  const seeds = new Set(members.map((m) => m.g.seed));
  return (
    <>
      <p class="ws-board-summary">
        {t('workshop.groups.summary', { differ: differing, total: board.rows.length })}
        {seeds.size > 1 && <span class="hint"> {t('workshop.groups.differentWeeks')}</span>}
      </p>
      <div class="table-scroll">
        <table class="ws-board">
          <caption class="sr-only">{t('workshop.groups.board')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.groups.decision')}</th>
              {members.map(({ g, index }) => (
                <th scope="col" key={index}>
                  <span class="ws-group-name">{g.name}</span>
                  <span class="ws-group-code">{seedCode(g.seed)}</span>
                  <span class="ws-group-actions">
                    <button type="button" class="link-button" onClick={() => download(`scored-${g.role}-${seedCode(g.seed)}-${index + 1}.json`, resultFile(g))} aria-label={t('workshop.groups.exportOne', { name: g.name })}>
                      {t('workshop.groups.exportShort')}
                    </button>
                    <button type="button" class="link-button" onClick={() => store.getState().removeGroup(index)} aria-label={t('workshop.groups.remove', { name: g.name })}>
                      {t('workshop.groups.removeShort')}
                    </button>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {board.rows.map((r) => (
              <tr key={r.decision} class={r.differs ? 'ws-differs' : undefined}>
                <th scope="row">
                  {r.differs && (
                    <span class="ws-differs-tag">
                      ≠ <span class="sr-only">{t('workshop.groups.differs')}</span>
                    </span>
                  )}
                  {decisionTitle(level, r.decision, lang)}
                </th>
                {r.picks.map((p, i) => (
                  <td key={i}>{p === null ? <span class="muted">—</span> : (board.labels.get(r.decision)?.get(p) ?? p)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">{t('workshop.groups.legend')}</p>
    </>
  );
}
