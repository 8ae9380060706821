import type { Detection } from '../parse';
import type { ConsentColumns } from '../campaigns/consent';
import type { SourceRead } from './types';

/**
 * One detection for the combined sources: every source's columns one after another, headed
 * "file: header" so a message about a column names its source; each role points at the first
 * source that has it (order sources first, in the order given). The consent flags are those of the
 * combined consent columns (`combinedConsent.ts`), so `consentColumnsOf` reads them as combining
 * decided. The first order source gives the shape and the amount source.
 */
export function combinedDetection(ordered: readonly SourceRead[], consent: ConsentColumns): Detection {
  const first = ordered[0].read.detection;
  const columns: Detection['columns'] = [];
  const roles: Detection['roles'] = {};
  for (const { name, read } of ordered) {
    const offset = columns.length;
    for (const c of read.detection.columns) {
      columns.push({ ...c, index: offset + c.index, header: `${name}: ${c.header}` });
      if (c.role && roles[c.role] === undefined) roles[c.role] = offset + c.index;
    }
  }
  if (consent.marketing === null) delete roles.marketingOptOut;
  if (consent.sms === null) delete roles.smsOptOut;
  return {
    ...first,
    width: columns.length,
    columns,
    roles,
    marketingIsConsent: consent.marketing === 'consent',
    smsIsConsent: consent.sms === 'consent',
    exportFormat: null,
    notes: [],
  };
}
