import type { StatementDeposit, StatementFormat } from './bank-statement';
import { parseCsvStatement } from './csv-statement';
import { parseZenginStatement } from './zengin-statement';

/** Reads a statement file of either format; throws StatementFormatError naming the first bad line. */
export function parseStatement(format: StatementFormat, bytes: Uint8Array, today: string): StatementDeposit[] {
  return format === 'zengin' ? parseZenginStatement(bytes, today) : parseCsvStatement(bytes, today);
}
