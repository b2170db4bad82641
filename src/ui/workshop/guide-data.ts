/**
 * The facilitator guide's structure: learning goals mapped to the report's sections (each with a
 * verbatim quote, checked against the report by a test), the two session plans, and the worksheet.
 * The words are in src/i18n/locales/<lang>/guide.json.
 */
import type { Section, Source } from '../../core/content';

export interface Goal {
  id: string;
  /** The roles that teach it (role ids) or "check" for the before-and-after check. */
  where: string[];
  sections: Section[];
  source: Source;
}

export const GOALS: Goal[] = [
  {
    id: 'noSingle',
    where: ['myths', 'village'],
    sections: ['Summary', '2'],
    source: { section: 'Summary', quote: 'There is currently no single national social credit system in China that would apply equally to all citizens and/or market actors.' },
  },
  {
    id: 'threeKinds',
    where: ['sesame', 'village', 'firm'],
    sections: ['Summary', '3.1', '3.2', '3.3'],
    source: {
      section: '2',
      quote: 'The remaining types of systems (those assessing individuals by private entities and those rating individuals by party-state bodies, described in sections 3.1 and 3.2) remain fragmented and decentralised.',
    },
  },
  {
    id: 'arbitrary',
    where: ['village'],
    sections: ['3.2'],
    source: { section: '3.2', quote: 'The logic behind awarding these points seems rather unclear and arbitrary' },
  },
  {
    id: 'manipulation',
    where: ['village'],
    sections: ['3.2'],
    source: { section: '3.2', quote: 'This type of system appears to be extremely susceptible to manipulations (e.g. connected with corruption) or simply human error.' },
  },
  {
    id: 'blacklists',
    where: ['firm', 'myths'],
    sections: ['3.2.2'],
    source: { section: '3.2.2', quote: 'the ban was not dependent on their score in the system (which, as such, does not exist), but on court orders related to offences and crimes' },
  },
  {
    id: 'corporate',
    where: ['firm'],
    sections: ['3.3.1'],
    source: { section: '3.3.1', quote: 'possibly incorrect low rating in one area may automatically translate into negative scores in other related areas.' },
  },
  {
    id: 'private',
    where: ['sesame'],
    sections: ['3.1'],
    source: { section: '3.1', quote: 'it resembles a loyalty programme (because it primarily works to multiply Alibaba Groups’ financial revenues) rather than a direct tool of social control.' },
  },
  {
    id: 'why',
    where: ['village', 'firm'],
    sections: ['3.2.1', '1'],
    source: { section: '3.2.1', quote: 'numerous scandals related to food safety, public health or Ponzi schemes have become the source of public dissatisfaction and low levels of social trust' },
  },
  {
    id: 'warning',
    where: ['village', 'sesame', 'firm', 'myths'],
    sections: ['Summary', '4'],
    source: { section: 'Summary', quote: 'the current lack of a nationwide, centralised system does not mean that we should underestimate its potential as a social engineering and surveillance tool.' },
  },
  {
    id: 'media',
    where: ['myths', 'check'],
    sections: ['Introduction'],
    source: { section: 'Introduction', quote: 'This type of sensationalist narration is aimed at rousing extreme emotions' },
  },
];

export interface Step {
  id: string;
  /** Minutes from the start of the session. */
  from: number;
  to: number;
  /** Keys of the workshop tools the step uses (shown as keyboard keys). */
  keys: string[];
}

export const PLAN_45: Step[] = [
  { id: 'before', from: 0, to: 5, keys: ['C'] },
  { id: 'frame', from: 5, to: 8, keys: [] },
  { id: 'play', from: 8, to: 23, keys: ['N', 'V'] },
  { id: 'debrief', from: 23, to: 35, keys: ['F', 'T'] },
  { id: 'after', from: 35, to: 42, keys: ['C'] },
  { id: 'close', from: 42, to: 45, keys: [] },
];

export const PLAN_90: Step[] = [
  { id: 'before', from: 0, to: 8, keys: ['C'] },
  { id: 'frame', from: 8, to: 12, keys: [] },
  { id: 'groups', from: 12, to: 32, keys: ['G'] },
  { id: 'board', from: 32, to: 45, keys: ['G', 'T'] },
  { id: 'firm', from: 45, to: 65, keys: ['N', 'V'] },
  { id: 'myths', from: 65, to: 75, keys: ['V'] },
  { id: 'debrief', from: 75, to: 84, keys: ['F'] },
  { id: 'after', from: 84, to: 90, keys: ['C'] },
];

/** The worksheet's reflection questions (guide.worksheet.questions.<id>). */
export const WORKSHEET_QUESTIONS = ['who', 'fair', 'change'] as const;

/** Parts of a level file every role shares (guide.authoring.anatomy.<id>). */
export const ANATOMY = ['format', 'role', 'id', 'title', 'texts', 'provenance', 'ids', 'tests'] as const;

/** Messages a facilitator is likely to meet, with what to do (guide.authoring.messages.<id>). */
export const MESSAGES: { id: string; example: string }[] = [
  { id: 'json', example: 'my-village.json: not valid JSON (line 4, column 3): expected "," or "}"' },
  { id: 'path', example: 'my-village.json: villagers[0].age: Invalid input: expected number, received string' },
  { id: 'reference', example: 'my-village.json: days[0].deeds[1]: no deed "basket2"; expected the id of a deed in "deeds"' },
  { id: 'duplicate', example: 'my-village.json: villagers[1].id: duplicate id "wang-jun"' },
  { id: 'provenance', example: 'my-village.json: deeds[6]: needs either "source" (a fact from the report) or "illustrative": true (invented for play)' },
  { id: 'role', example: 'my-village.json: role: this is a level for "firm", not for "village"' },
  { id: 'format', example: 'my-village.json: format: this file is written in level format 2, newer than this version of Scored reads (format 1); update Scored, or ask for a format 1 file' },
  { id: 'script', example: 'my-village.json: tests[0].expect: script "the short week ends in the debrief" expects the week to finish, but after 4 actions it is in phase "day" (decide)' },
];
