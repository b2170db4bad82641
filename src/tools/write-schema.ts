/** npm run schema: writes levels/schema/village.schema.json from the zod schema, for editor autocompletion. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { VillageLevel } from '../core/schema';

export function villageJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(VillageLevel, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
}

if (process.argv[1]?.endsWith('write-schema.ts')) {
  mkdirSync('levels/schema', { recursive: true });
  writeFileSync('levels/schema/village.schema.json', villageJsonSchema());
  console.log('Wrote levels/schema/village.schema.json');
}
