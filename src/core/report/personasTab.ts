import type { Lang } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { TAB_NAMES } from './labels';
import type { TabSpec } from './tabSpec';

/** The Personas tab (cards filled from the personas module). */
export function personasTab(seg: Segmentation, lang: Lang): TabSpec {
  return { kind: 'personas', name: TAB_NAMES.personas[lang], blocks: [{ row: 1, col: 1, values: [[TAB_NAMES.personas[lang]], ...seg.personas.map((p) => [JSON.stringify(p)])], header: true }] };
}
