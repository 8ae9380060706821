/**
 * The rules in force: the settings' own rules when there are any, else the chosen preset's, else
 * the first preset's. Generic over the rule type and free of imports, so the sidebar uses the same
 * function on the presets the server sent without bundling the rule tables.
 *
 * @example rulesOf({ rules: null, preset: 'rfm-package' }, presets) // the R rfm package rules
 */
export function rulesOf<R>(settings: { rules: readonly R[] | null; preset: string }, presets: readonly { id: string; rules: readonly R[] }[]): R[] {
  if (settings.rules && settings.rules.length) return [...settings.rules];
  return [...((presets.find((p) => p.id === settings.preset) ?? presets[0])?.rules ?? [])];
}
