import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Journal lines appended since the last snapshot before the journal is folded into a new one. */
const COMPACT_AFTER = 5_000;

type Snapshot = { version: 1; maps: Record<string, Record<string, unknown>> };
/** One journal line: a set carries the whole new value; a delete has none. */
type JournalLine = [map: string, key: string, value?: unknown];

/**
 * A party's state: named maps of JSON values. With a directory it is durable: every change is
 * appended to `<party>.journal` before the caller answers, and at start (and now and then) the
 * journal is folded into `<party>.json`, written then renamed so a reader never sees half a file.
 * A process that ends at any point loses nothing it answered; only an OS crash may lose the last
 * appends. Without a directory the maps live in memory only.
 */
export class PartyStore {
  private readonly maps = new Map<string, DurableMap<unknown>>();
  private readonly loaded: Record<string, Record<string, unknown>>;
  private journalFd: number | null = null;
  private appended = 0;
  private closed = false;

  constructor(
    private readonly dir: string | undefined,
    private readonly party: string,
  ) {
    this.loaded = dir ? this.load(dir) : {};
    if (dir) {
      this.writeSnapshot(this.loaded);
      this.journalFd = openSync(this.journalPath, 'w');
    }
  }

  /** The map of this name, with what the directory held for it. */
  map<V>(name: string): DurableMap<V> {
    let m = this.maps.get(name);
    if (!m) {
      m = new DurableMap<unknown>(name, this, Object.entries(this.loaded[name] ?? {}));
      this.maps.set(name, m);
    }
    return m as DurableMap<V>;
  }

  /**
   * Records one change, then applies it in memory (`apply`), then compacts when due: the snapshot a
   * compaction writes must already hold the change whose journal line it erases.
   */
  record(line: JournalLine, apply: () => void): void {
    if (this.closed) throw new Error(`the ${this.party} sandbox is stopped; its state no longer changes`);
    if (this.journalFd !== null) writeSync(this.journalFd, JSON.stringify(line) + '\n');
    apply();
    if (this.journalFd !== null && ++this.appended >= COMPACT_AFTER) this.compact();
  }

  /** Folds the journal into the snapshot and stops writing. */
  close(): void {
    if (this.closed) return;
    if (this.journalFd !== null) {
      this.compact();
      closeSync(this.journalFd);
      this.journalFd = null;
    }
    this.closed = true;
  }

  private get snapshotPath() {
    return join(this.dir!, `${this.party}.json`);
  }

  private get journalPath() {
    return join(this.dir!, `${this.party}.journal`);
  }

  private load(dir: string): Record<string, Record<string, unknown>> {
    mkdirSync(dir, { recursive: true });
    const maps: Record<string, Record<string, unknown>> = existsSync(this.snapshotPath)
      ? (JSON.parse(readFileSync(this.snapshotPath, 'utf8')) as Snapshot).maps
      : {};
    if (!existsSync(this.journalPath)) return maps;
    const lines = readFileSync(this.journalPath, 'utf8').split('\n');
    lines.forEach((text, i) => {
      if (!text) return;
      let line: JournalLine;
      try {
        line = JSON.parse(text) as JournalLine;
      } catch (err) {
        // The last line may be torn by a process killed mid-write; that change was never answered.
        if (i === lines.length - 1) return;
        throw new Error(`${this.journalPath} line ${i + 1} is not JSON; remove the sandbox data dir to start afresh`, { cause: err });
      }
      const [name, key, value] = line;
      const m = (maps[name] ??= {});
      if (line.length === 3) m[key] = value;
      else delete m[key];
    });
    return maps;
  }

  private compact(): void {
    const maps: Record<string, Record<string, unknown>> = { ...this.loaded };
    for (const [name, m] of this.maps) maps[name] = Object.fromEntries(m.entries());
    this.writeSnapshot(maps);
    // Replaying the old journal over the new snapshot would only repeat whole values, so a crash here is harmless.
    if (this.journalFd !== null) closeSync(this.journalFd);
    this.journalFd = openSync(this.journalPath, 'w');
    this.appended = 0;
  }

  private writeSnapshot(maps: Record<string, Record<string, unknown>>): void {
    const tmp = `${this.snapshotPath}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, JSON.stringify({ version: 1, maps } satisfies Snapshot));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.snapshotPath);
  }
}

/** A Map whose every set and delete is recorded; change a value by setting it again. */
export class DurableMap<V> {
  private readonly entriesByKey: Map<string, V>;

  constructor(
    private readonly name: string,
    private readonly store: PartyStore,
    initial: Array<[string, V]>,
  ) {
    this.entriesByKey = new Map(initial);
  }

  get(key: string): V | undefined {
    return this.entriesByKey.get(key);
  }

  has(key: string): boolean {
    return this.entriesByKey.has(key);
  }

  /** Stores the value (a plain JSON value) and records it before returning. */
  set(key: string, value: V): this {
    this.store.record([this.name, key, value], () => this.entriesByKey.set(key, value));
    return this;
  }

  /** Removes the key; true when it was there. */
  delete(key: string): boolean {
    if (!this.entriesByKey.has(key)) return false;
    this.store.record([this.name, key], () => this.entriesByKey.delete(key));
    return true;
  }

  values(): IterableIterator<V> {
    return this.entriesByKey.values();
  }

  entries(): IterableIterator<[string, V]> {
    return this.entriesByKey.entries();
  }
}
