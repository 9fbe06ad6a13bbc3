import knexFactory, { type Knex } from 'knex';
import { types } from 'pg';

// bigint columns hold yen amounts well inside Number.MAX_SAFE_INTEGER; parse them as numbers.
types.setTypeParser(types.builtins.INT8, (v) => Number(v));
types.setTypeParser(types.builtins.NUMERIC, (v) => Number(v));

/** Opens a knex pool on PostgreSQL. */
export function createDb(url: string, poolMax = 20): Knex {
  return knexFactory({
    client: 'pg',
    connection: url,
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: 15_000,
  });
}

export type Db = Knex;
