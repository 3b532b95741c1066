// `npm test`: typecheck, unit tests, the Word export opened in LibreOffice, the
// demo build and the end-to-end tests in real Chromium, the Firefox demo build and
// the same journeys in Firefox ESR, then Mozilla's addons-linter on the Firefox store
// package. Each vitest run also writes a JSON report, and the last line printed is the total as
// "Tests: N passed, N failed (unit N, office N, Chromium N, Firefox N) · addons-linter: N errors, N warnings",
// so a reader (or CI) sees the whole suite's result in one place.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.output/test-results';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status ?? 1;
}

function vitest(name, extra) {
  const file = `${REPORTS}/${name}.json`;
  const status = run('npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  return { status, file };
}

const totals = { passed: 0, failed: 0, skipped: 0 };
/** Tests run per suite, for the summary line. */
const suites = [];
function addReport(name, file) {
  if (!existsSync(file)) return false;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  suites.push(`${name} ${(r.numPassedTests ?? 0) + (r.numFailedTests ?? 0)}`);
  return true;
}

let failed = false;
if (run('npm', ['run', '--silent', 'typecheck']) !== 0) {
  console.error('typecheck failed');
  failed = true;
}
const unit = vitest('unit', []);
// Counted whether or not the run passed: the summary must show the failures too.
if (!addReport('unit', unit.file) || unit.status !== 0) failed = true;
// The Word export opened in LibreOffice (test/office), alone so soffice does not starve the unit tests.
const office = vitest('office', ['--config', 'vitest.office.config.ts']);
if (!addReport('office', office.file) || office.status !== 0) failed = true;
if (run('npm', ['run', '--silent', 'build:demo']) !== 0) {
  console.error('demo build failed');
  failed = true;
} else {
  const e2e = vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
  if (!addReport('Chromium', e2e.file) || e2e.status !== 0) failed = true;
}
if (run('npm', ['run', '--silent', 'build:firefox:demo']) !== 0) {
  console.error('Firefox demo build failed');
  failed = true;
} else {
  const firefox = vitest('e2e-firefox', ['--config', 'vitest.e2e-firefox.config.ts']);
  if (!addReport('Firefox', firefox.file) || firefox.status !== 0) failed = true;
}
const lintFile = `${REPORTS}/addons-linter.json`;
const lintStatus = run('node', ['scripts/lint-firefox.mjs', '--report', lintFile]);
const lint = existsSync(lintFile) ? JSON.parse(readFileSync(lintFile, 'utf8')) : null;
if (lintStatus !== 0 || !lint) failed = true;
if (failed && totals.failed === 0) totals.failed = 1; // a step failed outside any test (typecheck, build, linter)
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
const lintSummary = lint ? `addons-linter: ${lint.errors} errors, ${lint.warnings} warnings` : 'addons-linter: did not run';
// The breakdown first; the last line stays the plain total that CI reads.
console.log(`\nSuites: ${suites.join(', ')} · ${lintSummary}`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(failed ? 1 : 0);
