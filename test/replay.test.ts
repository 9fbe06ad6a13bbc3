import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTemporalCli } from '../scripts/tools';
import { temporalDataConverter } from '../lib/temporal';
import { workflowsPath } from '../worker/create-worker';
import * as workflows from '../workflows';
import { startTestApi, type TestApi } from './support/api';
import { historyScenarios } from './support/history-scenarios';

const dir = join(__dirname, 'histories');
const recording = process.env.RECORD_HISTORIES === '1';
const fileOf = (name: string) => join(dir, `${name}.json`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('workflow replay', () => {
  it('keeps at least one recorded history for every workflow type', () => {
    const covered = new Set(historyScenarios.map((s) => s.workflowType));
    expect(Object.keys(workflows).filter((t) => !covered.has(t))).toEqual([]);
  });

  it.runIf(recording)('records the histories (RECORD_HISTORIES=1, RECORD_ONLY=name,name)', async () => {
    mkdirSync(dir, { recursive: true });
    const cli = await ensureTemporalCli();
    const only = process.env.RECORD_ONLY?.split(',');
    for (const s of historyScenarios.filter((x) => !only || only.includes(x.name))) {
      const workflowId = await s.run({ client: api.deps.temporal, db: api.deps.db, taskQueue: api.deps.config.temporal.taskQueue });
      // The CLI's JSON is the format the SDK's historyFromJSON reads back.
      const json = execFileSync(cli, [
        'workflow',
        'show',
        '-w',
        workflowId,
        '--output',
        'json',
        '--address',
        api.deps.config.temporal.address,
      ]);
      writeFileSync(fileOf(s.name), json);
    }
  });

  it('fails the replay when a workflow changes its steps (the guard works)', async () => {
    const history = historyFromJSON(JSON.parse(readFileSync(fileOf('password-reminder-mailed'), 'utf8')));
    const changed = join(__dirname, 'fixtures', 'nondeterministic-workflows', 'index.ts');
    await expect(Worker.runReplayHistory({ workflowsPath: changed }, history, 'changed-replay')).rejects.toThrow(/[Nn]ondetermin/);
  });

  for (const s of historyScenarios) {
    it(`replays ${s.name} (${s.workflowType}) deterministically with the current code`, async () => {
      expect(existsSync(fileOf(s.name)), `missing ${fileOf(s.name)}: run npm run test:histories`).toBe(true);
      const history = historyFromJSON(JSON.parse(readFileSync(fileOf(s.name), 'utf8')));
      // Histories recorded before encryption are plain (the codec passes them through); newer ones decode with the dev key.
      await Worker.runReplayHistory(
        { workflowsPath, dataConverter: temporalDataConverter(api.deps.config.temporal) },
        history,
        `${s.name}-replay`,
      );
    });
  }
});
