/** Fixed, realistic examples of the prepaid domain's answers, for the API documentation (each parses with its schema). */

export const ACCOUNT_ID = '3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b';
export const TOPUP_ID = '8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d';
export const CARD_ID = '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b';
export const STAFF_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const IMPORT_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';
export const LINE_ID = 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6';
export const REVIEW_ID = 'e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7';
export const ADJUSTMENT_ID = 'f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8';

export const ledgerEntryExample = {
  id: 10482,
  amount: 10000,
  currency: 'JPY',
  kind: 'topup',
  reference: `topup:${TOPUP_ID}`,
  balanceAfter: 12450,
  description: null,
  createdAt: '2026-11-20T01:15:42.000Z',
};

export const topupExample = {
  id: TOPUP_ID,
  method: 'bank_transfer',
  amount: 10000,
  currency: 'JPY',
  status: 'awaiting_transfer',
  auto: false,
  reference: '48213307',
  deadlineAt: '2026-11-27T10:15:42+09:00',
  receivedAmount: null,
  creditedAmount: 0,
  refundedAmount: 0,
  nextAction: {
    type: 'bank_transfer',
    account: {
      bankName: 'みずほ銀行',
      branchName: '渋谷支店',
      accountType: '普通',
      accountNumber: '1234567',
      accountHolder: 'カ）ピービーエックス',
    },
    reference: '48213307',
    amount: 10000,
    currency: 'JPY',
    deadline: '2026-11-27T10:15:42+09:00',
  },
  failureReason: null,
  createdAt: '2026-11-20T01:15:42.000Z',
};

export const cardExample = {
  id: CARD_ID,
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2031,
  registeredAt: '2026-10-02T03:20:00.000Z',
  lastUsedAt: '2026-11-20T01:15:42.000Z',
};

export const staffRefExample = { id: STAFF_ID, name: '佐藤 花子' };

export const adjustmentExample = {
  id: ADJUSTMENT_ID,
  accountId: ACCOUNT_ID,
  accountLoginId: 'yamada-shoji',
  accountName: '山田商事株式会社',
  direction: 'credit',
  amount: 3000,
  currency: 'JPY',
  reason: '11月分の通話料の二重請求を返金',
  status: 'applied',
  approvalRequired: false,
  requestedBy: staffRefExample,
  decidedBy: null,
  decisionNote: null,
  ledgerEntryId: 10483,
  balanceAfter: 15450,
  createdAt: '2026-11-21T05:02:11.000Z',
  decidedAt: null,
};
