/** npm run validate-levels [files…]: checks level files against the schema; exits 1 on any problem. */
import { resolve } from 'node:path';
import { checkLevelFiles, levelFiles } from './levels';

const root = process.cwd();
const args = process.argv.slice(2);
const files = args.length ? args.map((f) => resolve(root, f)) : levelFiles(root);
const errors = checkLevelFiles(files, root);
if (errors.length) {
  console.error(`Level check failed: ${errors.length} problem${errors.length === 1 ? '' : 's'}`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log(`Level check passed: ${files.length} file${files.length === 1 ? '' : 's'} (${files.map((f) => f.slice(root.length + 1)).join(', ')})`);
