import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import nodemailer from 'nodemailer';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

import { createDb } from '../db/knex';
import { migrateToLatest } from '../db/migrate';
import { migrations } from '../db/migrations';
import { freePort } from '../scripts/free-port';
import { caughtMails, startMailCatcher, type CaughtMessage } from '../scripts/mail-catcher';
import { startEmbeddedPostgres } from '../scripts/postgres';
import { startTemporalDevServer } from '../scripts/temporal-dev';
import { ensureTemporalCli } from '../scripts/tools';

const execFileAsync = promisify(execFile);
const TIMEOUT = 120_000;

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
}, TIMEOUT);

/** Runs one query against a connection URL. */
async function queryOnce<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded postgres', () => {
  it('starts fresh, serves queries, and restarts on the existing data dir', { timeout: TIMEOUT }, async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'pbx-pg-'));
    // As root, postgres runs as the "postgres" user, which must be able to enter mkdtemp's 0700 dir.
    await chmod(root, 0o755);
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const dataDir = path.join(root, 'data');

    const throwaway = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    cleanups.push(() => throwaway.stop());
    expect(throwaway.url).toMatch(/^postgres:\/\/postgres:postgres@127\.0\.0\.1:\d+\/pbx\?host=/);
    expect(new URL(throwaway.url).searchParams.get('host')).toBe(dataDir);
    // The URL goes through the cluster's unix socket (no server address); TCP stays open for other tools.
    expect(await queryOnce(throwaway.url, 'select inet_server_addr() as addr')).toEqual([{ addr: null }]);
    expect(await queryOnce(throwaway.url.replace(/\?.*$/, ''), 'select host(inet_server_addr()) as addr')).toEqual([{ addr: '127.0.0.1' }]);
    await throwaway.stop();
    expect(existsSync(dataDir)).toBe(false);

    const first = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
    cleanups.push(() => first.stop());
    await queryOnce(first.url, 'create table marker (note text); insert into marker values ($$お客様$$)');
    await first.stop();
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);

    const again = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
    cleanups.push(() => again.stop());
    expect(await queryOnce(again.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    expect(await queryOnce(again.url, 'select note from marker')).toEqual([{ note: 'お客様' }]);

    // The api and the worker migrate a fresh database at the same moment: both must come up, also
    // with a pool of a single connection (DATABASE_POOL_MAX=1).
    const pools = [createDb(again.url, 3), createDb(again.url, 1), createDb(again.url, 3)];
    try {
      await Promise.all(pools.map((db) => migrateToLatest(db)));
      const applied = await queryOnce<{ n: number }>(again.url, 'select count(*)::int as n from knex_migrations');
      expect(applied).toEqual([{ n: Object.keys(migrations).length }]);
    } finally {
      await Promise.all(pools.map((db) => db.destroy()));
    }
    await again.stop();
  });

  it('serves a data dir too long for a unix socket path over TCP', { timeout: TIMEOUT }, async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'pbx-pg-'));
    await chmod(root, 0o755);
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const dataDir = path.join(root, 'd'.repeat(110 - root.length));
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    cleanups.push(() => pg.stop());
    expect(pg.url).not.toContain('?host=');
    expect(await queryOnce(pg.url, 'select host(inet_server_addr()) as addr')).toEqual([{ addr: '127.0.0.1' }]);
    await pg.stop();
  });
});

describe('mail catcher', () => {
  it('receives mail over SMTP and serves it over HTTP', { timeout: TIMEOUT }, async () => {
    const catcher = await startMailCatcher({ smtpPort: await freePort(), httpPort: await freePort() });
    cleanups.push(() => catcher.stop());
    expect(catcher.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);

    const transport = nodemailer.createTransport(catcher.smtpUrl);
    await transport.sendMail({
      from: 'Cloud PBX <no-reply@pbx.example.jp>',
      to: 'Taro Yamada <taro@example.jp>',
      subject: 'ご注文ありがとうございます',
      text: 'ご注文番号: PBX-0001',
      html: '<p>ご注文番号: <b>PBX-0001</b></p>',
      headers: { 'Content-Language': 'ja' },
    });
    await transport.sendMail({ from: 'no-reply@pbx.example.jp', to: 'other@example.jp', subject: 'unrelated', text: 'x' });
    transport.close();

    // maildev stores a mail just after its SMTP reply, so wait until both are in.
    let all: CaughtMessage[] = await caughtMails(catcher.httpUrl);
    const deadline = Date.now() + 5000;
    while (all.length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      all = await caughtMails(catcher.httpUrl);
    }
    expect((await fetch(`${catcher.httpUrl}/email`)).status).toBe(200);
    const list = all.filter((m) => m.to.includes('taro@example.jp'));
    expect(list).toHaveLength(1);
    const [msg] = list;
    expect(msg?.subject).toBe('ご注文ありがとうございます');
    expect(msg?.to).toEqual(['taro@example.jp']);
    expect(msg?.from).toBe('"Cloud PBX" <no-reply@pbx.example.jp>');
    expect(msg?.text?.trim()).toBe('ご注文番号: PBX-0001');
    expect(msg?.html).toContain('<b>PBX-0001</b>');
    expect(msg?.headers['content-language']).toBe('ja');
    expect(msg?.messageId).toMatch(/^<[^<>\s]+@[^<>\s]+>$/);
    expect(msg?.headers['message-id']).toBe(msg?.messageId);
    expect(Number.isNaN(Date.parse(msg?.date ?? ''))).toBe(false);

    const byId = await fetch(`${catcher.httpUrl}/email/${msg?.id}`);
    expect(((await byId.json()) as { subject: string }).subject).toBe(msg?.subject);
    expect((await fetch(`${catcher.httpUrl}/email/does-not-exist`)).status).toBe(404);

    expect(all.map((m) => m.subject)).toEqual(['unrelated', 'ご注文ありがとうございます']);
    expect((await fetch(`${catcher.httpUrl}/email/all`, { method: 'DELETE' })).status).toBe(200);
    expect(await caughtMails(catcher.httpUrl)).toEqual([]);

    const page = await fetch(`${catcher.httpUrl}/`);
    expect(page.headers.get('content-type')).toContain('text/html');

    await catcher.stop();
  });
});

describe('temporal dev server', () => {
  it('starts headless in memory with custom search attributes', { timeout: TIMEOUT }, async () => {
    const cliPath = await ensureTemporalCli();
    const temporal = await startTemporalDevServer({
      cliPath,
      port: await freePort(),
      headless: true,
      searchAttributes: { AccountId: 'Keyword' },
    });
    cleanups.push(() => temporal.stop());
    expect(temporal.uiUrl).toBeNull();

    const { stdout } = await execFileAsync(cliPath, [
      'operator',
      'search-attribute',
      'list',
      '--address',
      temporal.address,
      '--namespace',
      'default',
      '--disable-config-env',
      '--disable-config-file',
      '--output',
      'json',
    ]);
    const listed = JSON.parse(stdout) as { customAttributes: Record<string, string> };
    expect(listed.customAttributes.AccountId).toBe('INDEXED_VALUE_TYPE_KEYWORD');

    await temporal.stop();
  });
});
