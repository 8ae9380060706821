/**
 * The meanings a sheet column can have for customer analysis.
 * Transaction roles describe one order (line); attribute roles describe the customer;
 * `totalSpent`, `orderCount`, `firstOrderDate` and `lastOrderDate` appear in one-row-per-customer sheets.
 */
export type Role =
  | 'customerId'
  | 'orderId'
  | 'orderDate'
  | 'amount'
  | 'quantity'
  | 'unitPrice'
  | 'channel'
  | 'status'
  | 'cancelledAt'
  | 'name'
  | 'email'
  | 'age'
  | 'gender'
  | 'city'
  | 'region'
  | 'country'
  | 'signupDate'
  | 'acquisitionChannel'
  | 'marketingOptOut'
  | 'satisfaction'
  | 'totalSpent'
  | 'orderCount'
  | 'firstOrderDate'
  | 'lastOrderDate';
// `cancelledAt` (Shopify "Cancelled at"): a non-blank cell marks the order as cancelled.

/** Every role, in the order the sidebar lists them. */
export const ROLES: readonly Role[] = [
  'customerId',
  'orderId',
  'orderDate',
  'amount',
  'quantity',
  'unitPrice',
  'channel',
  'status',
  'cancelledAt',
  'name',
  'email',
  'age',
  'gender',
  'city',
  'region',
  'country',
  'signupDate',
  'acquisitionChannel',
  'marketingOptOut',
  'satisfaction',
  'totalSpent',
  'orderCount',
  'firstOrderDate',
  'lastOrderDate',
];

/** Roles whose cells are dates. */
export const DATE_ROLES: readonly Role[] = ['orderDate', 'signupDate', 'firstOrderDate', 'lastOrderDate'];
/** Roles whose cells are numbers (money, counts, scores). */
export const NUMBER_ROLES: readonly Role[] = ['amount', 'quantity', 'unitPrice', 'age', 'satisfaction', 'totalSpent', 'orderCount'];
/** Roles whose cells are money, read with currency symbols and separators. */
export const MONEY_ROLES: readonly Role[] = ['amount', 'unitPrice', 'totalSpent'];
/** Roles copied onto each customer as attributes (`CustomerSummary.attributes`). */
export const ATTRIBUTE_ROLES: readonly Role[] = [
  'name',
  'email',
  'age',
  'gender',
  'city',
  'region',
  'country',
  'signupDate',
  'acquisitionChannel',
  'marketingOptOut',
  'satisfaction',
];
