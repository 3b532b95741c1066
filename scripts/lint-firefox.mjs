#!/usr/bin/env node
// `npm run lint:firefox`: builds the Firefox store package (`wxt zip -b firefox`,
// which also writes the sources archive AMO asks for) and runs Mozilla's
// addons-linter on it, the check AMO runs on upload. Prints every error and
// warning on one line each, then "addons-linter: N errors, N warnings"; exits 1
// on any error (warnings are AMO's advice, not a rejection). With `--report FILE`
// it also writes the summary as JSON for scripts/test.mjs.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import addonsLinter from 'addons-linter';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportAt = process.argv.indexOf('--report');
const reportFile = reportAt > 0 ? process.argv[reportAt + 1] : undefined;

const { name, version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const zip = resolve(ROOT, `.output/${name}-${version}-firefox.zip`);
const built = spawnSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) {
  console.error('wxt zip -b firefox failed');
  process.exit(1);
}

const linter = addonsLinter.createInstance({
  config: { _: [zip], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
  runAsBinary: false,
});
const result = await linter.run();
const summary = { errors: result.errors.length, warnings: result.warnings.length, notices: result.notices.length };
for (const [kind, messages] of [['error', result.errors], ['warning', result.warnings]]) {
  for (const m of messages) console.log(`  ${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
}
console.log(`addons-linter on ${relative(ROOT, zip)}: ${summary.errors} errors, ${summary.warnings} warnings`);
if (reportFile) writeFileSync(reportFile, JSON.stringify(summary));
process.exit(summary.errors > 0 ? 1 : 0);
