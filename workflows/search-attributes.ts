import { defineSearchAttributeKey } from '@temporalio/common';

/** Custom search attributes the workflows set; the dev server registers them at start. */
export const AccountIdKey = defineSearchAttributeKey('AccountId', 'KEYWORD');
export const OrderIdKey = defineSearchAttributeKey('OrderId', 'KEYWORD');
export const OrderStatusKey = defineSearchAttributeKey('OrderStatus', 'KEYWORD');
export const OrderKindKey = defineSearchAttributeKey('OrderKind', 'KEYWORD');

/** The same list in the CLI's spelling, for `temporal server start-dev --search-attribute`. */
export const SEARCH_ATTRIBUTES = { AccountId: 'Keyword', OrderId: 'Keyword', OrderStatus: 'Keyword', OrderKind: 'Keyword' } as const;
