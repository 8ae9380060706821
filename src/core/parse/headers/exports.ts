import type { Role } from '../roles';

/**
 * Column layouts of the exports small shops actually have. When a header row carries an export's
 * signature, its columns are read as that export means them: in a Shopify orders export "Name" is the
 * order number (#1001), not the customer's name, and "Email" is the only customer key.
 * Header names are those of the exports as downloaded:
 * - Shopify: Admin > Orders > Export (orders CSV; one row per line item, order fields on the first line).
 * - WooCommerce: "Advanced Order Export For WooCommerce" default field set (the common export plugin).
 * - Square: Dashboard > Transactions > Export > Transactions CSV.
 * - HubSpot: CRM > Contacts > Export (one row per contact; deal roll-ups as totals).
 */
export interface ExportFormat {
  id: 'shopify-orders' | 'woocommerce-orders' | 'square-transactions' | 'hubspot-contacts';
  label: string;
  /** Normalized headers that must all be present. */
  signature: string[];
  /** Normalized header → role. */
  columns: Record<string, Role>;
  /** The marketing columns (email and SMS) hold consent ("yes" = may contact) rather than an opt-out. */
  consent?: boolean;
  /** Normalized headers that mean nothing for the analysis in this export, whatever their words suggest. */
  unused?: string[];
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'shopify-orders',
    label: 'Shopify orders',
    signature: ['financial status', 'lineitem quantity'],
    columns: {
      name: 'orderId',
      email: 'customerId',
      'financial status': 'status',
      'created at': 'orderDate',
      total: 'amount',
      'lineitem quantity': 'quantity',
      'lineitem price': 'unitPrice',
      'lineitem sku': 'product',
      'lineitem name': 'productName',
      source: 'channel',
      'cancelled at': 'cancelledAt',
      'billing name': 'name',
      'billing city': 'city',
      'billing province': 'region',
      'billing country': 'country',
      'accepts marketing': 'marketingOptOut',
      // Newer Shopify exports split consent by channel.
      'accepts email marketing': 'marketingOptOut',
      'accepts sms marketing': 'smsOptOut',
      phone: 'phone',
    },
    consent: true,
  },
  {
    id: 'woocommerce-orders',
    label: 'WooCommerce orders',
    signature: ['order number', 'order status', 'order date', 'email billing'],
    columns: {
      'order number': 'orderId',
      'order status': 'status',
      'order date': 'orderDate',
      'email billing': 'customerId',
      'order total amount': 'amount',
      'quantity refund': 'quantity',
      'item cost': 'unitPrice',
      sku: 'product',
      'item name': 'productName',
      'city billing': 'city',
      'state code billing': 'region',
      'country code billing': 'country',
      'phone billing': 'phone',
    },
  },
  {
    id: 'square-transactions',
    label: 'Square transactions',
    signature: ['gross sales', 'net sales', 'transaction id'],
    columns: {
      date: 'orderDate',
      'transaction id': 'orderId',
      'customer id': 'customerId',
      'customer name': 'name',
      'net sales': 'amount',
      'event type': 'status',
      channel: 'channel',
    },
    // "Description" lists the items of a sale ("Latte x 2, Croissant"), not one product.
    unused: ['description', 'details'],
  },
  {
    id: 'hubspot-contacts',
    label: 'HubSpot contacts',
    signature: ['record id', 'lifecycle stage'],
    columns: {
      'record id': 'customerId',
      email: 'email',
      'phone number': 'phone',
      'create date': 'signupDate',
      city: 'city',
      'state region': 'region',
      'country region': 'country',
      'original source': 'acquisitionChannel',
      'unsubscribed from all email': 'marketingOptOut',
      'total revenue': 'totalSpent',
      'number of associated deals': 'orderCount',
      'first deal created date': 'firstOrderDate',
      'recent deal close date': 'lastOrderDate',
      'date of birth': 'birthday',
      'job title': 'occupation',
      'preferred language': 'language',
    },
  },
];

/** The export whose signature the (normalized) headers carry, or null. */
export function detectExport(normalizedHeaders: readonly string[]): ExportFormat | null {
  const set = new Set(normalizedHeaders);
  return EXPORT_FORMATS.find((f) => f.signature.every((h) => set.has(h))) ?? null;
}
