import type { NumberFormat } from './tabSpec';

/**
 * Number-format pattern of a report format, the same in Google Sheets and Excel (the demo's .xlsx);
 * money uses the user's currency symbol.
 */
export function numberPattern(format: NumberFormat, currency: string): string {
  switch (format) {
    case 'integer':
      return '#,##0';
    case 'decimal':
      return '#,##0.00';
    case 'money': {
      const symbol = currency.replace(/"/g, '');
      return symbol ? `"${symbol}"#,##0.00` : '#,##0.00';
    }
    case 'percent':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'text':
      return '@';
  }
}
