import { bankStatementMessages } from './bank-statements';
import { bankTransferMessages } from './bank-transfers';
import { catalogMessages } from './catalog';
import { commonMessages } from './common';
import { customerMessages } from './customers';
import { reviewMessages } from './reviews';
import { staffAdminMessages } from './staff-admin';
import { warehouseMessages } from './warehouse';
import { unusedBalanceMessages } from './unused-balance';

/** Every text of the staff console, in Japanese and English: one table, one file per desk. */
export const staffMessages = {
  ...commonMessages,
  ...bankTransferMessages,
  ...bankStatementMessages,
  ...reviewMessages,
  ...customerMessages,
  ...catalogMessages,
  ...staffAdminMessages,
  ...warehouseMessages,
  ...unusedBalanceMessages,
};

/** A key of the staff console's texts. */
export type StaffMessage = keyof typeof staffMessages;

/** A translator over the staff console's texts, as every page receives it. */
export type T = (key: StaffMessage, params?: Record<string, string | number>) => string;
