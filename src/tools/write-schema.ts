/** npm run schema: writes levels/schema/<role>.schema.json for every role, for editor autocompletion. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { ROLES, type Registry } from '../core/registry';

export function jsonSchemaFor(role: Registry[number]): string {
  return JSON.stringify(z.toJSONSchema(role.levelSchema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
}

export const schemaPath = (roleId: string) => `levels/schema/${roleId}.schema.json`;

if (process.argv[1]?.endsWith('write-schema.ts')) {
  mkdirSync('levels/schema', { recursive: true });
  for (const role of ROLES) {
    writeFileSync(schemaPath(role.id), jsonSchemaFor(role));
    console.log(`Wrote ${schemaPath(role.id)}`);
  }
}
