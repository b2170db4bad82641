/**
 * The interface side of each role in the registry, found by convention so nothing keeps a second
 * list: a role `x` has its screen in src/ui/x/XScreen.tsx (default export, loaded only when the
 * role opens) and its level in levels/x.json (fetched as data). A test checks every registered role
 * has both.
 */
import type { ComponentType } from 'preact';
import type { BaseLevel, BaseRun } from '../core/role';

export interface RoleScreenProps {
  level: BaseLevel;
  run: BaseRun;
}

type ScreenModule = { default: ComponentType<RoleScreenProps> };

// The kiosk's and workshop's own screens sit beside the roles' and are not role screens.
const screens = import.meta.glob<ScreenModule>(['./*/*Screen.tsx', '!./kiosk/**', '!./workshop/**']);
// Only the files' addresses are in the code (eager: no extra request for them); the files are fetched as data.
const levels = import.meta.glob<string>('../../levels/*.json', { query: '?url', import: 'default', eager: true });

const capitalised = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

export interface RoleView {
  /** The role's screen: it lays out its own panel and stage for each phase of the run. */
  screen: () => Promise<ScreenModule>;
  /** The URL of the shipped level file. */
  levelUrl: string;
}

export function roleView(id: string): RoleView | undefined {
  const screen = screens[`./${id}/${capitalised(id)}Screen.tsx`];
  const level = levels[`../../levels/${id}.json`];
  return screen && level ? { screen, levelUrl: level } : undefined;
}
