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
  | 'product'
  | 'productName'
  | 'channel'
  | 'status'
  | 'cancelledAt'
  | 'name'
  | 'email'
  | 'phone'
  | 'messagingId'
  | 'age'
  | 'gender'
  | 'city'
  | 'region'
  | 'country'
  | 'signupDate'
  | 'birthday'
  | 'acquisitionChannel'
  | 'income'
  | 'occupation'
  | 'education'
  | 'interests'
  | 'language'
  | 'device'
  | 'marketingOptOut'
  | 'smsOptOut'
  | 'satisfaction'
  | 'totalSpent'
  | 'orderCount'
  | 'firstOrderDate'
  | 'lastOrderDate';
// `cancelledAt` (Shopify "Cancelled at"): a non-blank cell marks the order as cancelled.
// `product`: the product key (SKU, StockCode, product id); `productName`: its name or description.
// `income`: money, or a band kept as text ("30k–50k", "3萬-5萬"). `interests`: lifestyle / hobbies.
// `messagingId`: a LINE, WhatsApp or WeChat id. `smsOptOut`: the SMS / messaging consent or opt-out
// column (Shopify "Accepts SMS Marketing"), kept apart from the marketing (email) one.

/** Every role, in the order the sidebar lists them. */
export const ROLES: readonly Role[] = [
  'customerId',
  'orderId',
  'orderDate',
  'amount',
  'quantity',
  'unitPrice',
  'product',
  'productName',
  'channel',
  'status',
  'cancelledAt',
  'name',
  'email',
  'phone',
  'messagingId',
  'age',
  'gender',
  'city',
  'region',
  'country',
  'signupDate',
  'birthday',
  'acquisitionChannel',
  'income',
  'occupation',
  'education',
  'interests',
  'language',
  'device',
  'marketingOptOut',
  'smsOptOut',
  'satisfaction',
  'totalSpent',
  'orderCount',
  'firstOrderDate',
  'lastOrderDate',
];

/** Roles whose cells are dates. */
export const DATE_ROLES: readonly Role[] = ['orderDate', 'signupDate', 'birthday', 'firstOrderDate', 'lastOrderDate'];
/** Roles whose cells are numbers (money, counts, scores). */
export const NUMBER_ROLES: readonly Role[] = ['amount', 'quantity', 'unitPrice', 'age', 'satisfaction', 'totalSpent', 'orderCount'];
/** Roles whose cells are money, read with currency symbols and separators. */
export const MONEY_ROLES: readonly Role[] = ['amount', 'unitPrice', 'totalSpent'];
/** Roles copied onto each customer as attributes (`CustomerSummary.attributes`). */
export const ATTRIBUTE_ROLES: readonly Role[] = [
  'name',
  'email',
  'phone',
  'messagingId',
  'age',
  'gender',
  'city',
  'region',
  'country',
  'signupDate',
  'birthday',
  'acquisitionChannel',
  'income',
  'occupation',
  'education',
  'interests',
  'language',
  'device',
  'marketingOptOut',
  'smsOptOut',
  'satisfaction',
];
