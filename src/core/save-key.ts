/** Where saved data lives. Imports nothing, so the page can read the saved language before the rest of the game's code has run. */
export const SAVE_VERSION = 2;
export const saveKey = (version: number) => `scored.save.v${version}`;
export const SAVE_KEY = saveKey(SAVE_VERSION);
