/** npm run docs:import — write docs/import.md from the declarations in models/. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { importGuideMarkdown } from '../src/lib/import-guide';

const path = fileURLToPath(new URL('../docs/import.md', import.meta.url));
const options = { ...(await resolveConfig(path)), filepath: path };
writeFileSync(path, await format(importGuideMarkdown(), options));
process.stdout.write('wrote docs/import.md\n');
