import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * `npm test [-- files or vitest options]`: vitest, judged by its JSON report as well as its exit
 * code. When something keeps the process alive past the teardown timeout, vitest ends it with an
 * exit code that has been seen to be 0 with failed tests (2 failed, exit 0, 28 Nov 2026): CI must
 * not pass then.
 */
const REPORT = '.data/test-results.json';
rmSync(REPORT, { force: true });
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORT}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (!existsSync(REPORT)) {
  console.error(`test verdict: FAILED (vitest wrote no report; exit ${run.status ?? run.signal})`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as {
  success: boolean;
  numFailedTests: number;
  numFailedTestSuites: number;
  numTotalTests: number;
  numPassedTests: number;
};
if (run.status !== 0 || !report.success || report.numFailedTests + report.numFailedTestSuites > 0 || report.numTotalTests === 0) {
  console.error(
    `test verdict: FAILED (${report.numFailedTests} tests and ${report.numFailedTestSuites} files failed, ${report.numPassedTests} passed; vitest exit ${run.status ?? run.signal})`,
  );
  process.exit(1);
}
console.log(`test verdict: passed (${report.numPassedTests} of ${report.numTotalTests} tests)`);
