/** Age bands as marketing surveys use them. */
export const AGE_BANDS = ['<25', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * The band of an age in years; null for a missing or implausible age (below 0 or above 120).
 * @example ageBand(29) // '25-34'
 */
export function ageBand(age: number | null): AgeBand | null {
  if (age === null || !Number.isFinite(age) || age < 0 || age > 120) return null;
  if (age < 25) return '<25';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  if (age < 65) return '55-64';
  return '65+';
}

/** Which word the persona name uses for a band: young, middle-aged or senior. */
export function ageWord(band: AgeBand): 'young' | 'middle' | 'senior' {
  if (band === '<25' || band === '25-34') return 'young';
  if (band === '35-44' || band === '45-54') return 'middle';
  return 'senior';
}
