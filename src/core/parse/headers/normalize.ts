/**
 * Header text in a comparable form: Unicode NFKC (full-width letters and digits become ASCII,
 * as in Chinese input), lower case, punctuation and underscores turned into single spaces.
 * @example normalizeHeader('Customer_ID') // 'customer id'
 * @example normalizeHeader('客戶編號（ID）') // '客戶編號 id'
 */
export function normalizeHeader(header: unknown): string {
  const s = String(header ?? '').normalize('NFKC').toLowerCase();
  let out = '';
  let space = true;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const isWord = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127 || ch === '#' || ch === '$' || ch === '%';
    if (isWord && !/[\u3000-\u303f\uff00-\uffef]/.test(ch)) {
      out += ch;
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return out.trim();
}

/** Splits camelCase before normalizing ("InvoiceNo" → "invoice no", "CustomerID" → "customer id"). */
export function splitCamel(header: string): string {
  return header.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

/** The header with every space removed, for CJK and glued spellings ("customerid"). */
export function compact(normalized: string): string {
  return normalized.replace(/ /g, '');
}
