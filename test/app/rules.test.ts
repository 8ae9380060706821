/** The rules a run and the sidebar get: the preset at the chosen bins, the user's own rules untouched (issue 19). */
import { describe, expect, it } from 'vitest';
import { rulesFileText } from '../../src/app/rulesFile';
import { PRESETS, presetsAt, ruleWarnings, runRules } from '../../src/app/rules';
import { defaultSettings } from '../../src/app/settings';
import { setupInfo } from '../../src/app/setup';
import { rfmPackageSegments, rulesAtScores, shopifySegments, type SegmentRule } from '../../src/core/rfm';

describe('runRules', () => {
  it('gives the chosen preset rescaled to the run\'s bins, and today\'s rules at 5', () => {
    expect(runRules({ rules: null, preset: 'shopify', bins: 3 })).toEqual(rulesAtScores(shopifySegments, 3));
    expect(runRules({ rules: null, preset: 'rfm-package', bins: 7 })).toEqual(rulesAtScores(rfmPackageSegments, 7));
    expect(runRules({ rules: null, preset: 'unknown', bins: 4 })).toEqual(rulesAtScores(shopifySegments, 4));
    expect(runRules({ rules: null, preset: 'rfm-package', bins: 5 })).toEqual(rfmPackageSegments);
  });

  it('leaves the user\'s own rules as they are, whatever the bins', () => {
    const own: SegmentRule[] = [{ id: 'top', name: 'Top', r: [4, 5], f: [1, 5], m: [1, 5] }];
    expect(runRules({ rules: own, preset: 'shopify', bins: 3 })).toEqual(own);
  });

  it('the rescaled presets raise no rule warning at any bins from 2 to 10 (the R vignette only its own "Others" cells)', () => {
    for (let bins = 2; bins <= 10; bins++) {
      expect(ruleWarnings(runRules({ rules: null, preset: 'shopify', bins }), bins, 'en'), `${bins}`).toEqual([]);
      expect(ruleWarnings(runRules({ rules: null, preset: 'rfm-package', bins }), bins, 'en'), `${bins}`).toEqual([expect.stringMatching(/score combinations? match(es)? no rule/)]);
    }
  });

  it('exports the rules in force, at the settings\' bins', () => {
    const file = JSON.parse(rulesFileText({ ...defaultSettings(), bins: 3 }));
    expect(file).toMatchObject({ bins: 3, rules: JSON.parse(JSON.stringify(rulesAtScores(shopifySegments, 3))) });
  });
});

describe('presets for the sidebar', () => {
  it('presetsAt(bins) keeps every preset\'s id and name and rescales its rules', () => {
    const at3 = presetsAt(3);
    expect(at3.map((p) => [p.id, p.name])).toEqual(PRESETS.map((p) => [p.id, p.name]));
    expect(at3.map((p) => p.rules)).toEqual(PRESETS.map((p) => rulesAtScores(p.rules, 3)));
  });

  it('setupInfo sends the rules editor the presets at the saved bins', () => {
    const sample = [['customer', 'date', 'amount'], ['a', '2024-01-02', '10']];
    const source = { sheetName: 'Orders', sheets: ['Orders'], rows: 2, columns: 3, sample, grids: [{ rows: 2, cols: 3 }], zoneOffsetMinutes: () => 0 };
    const info = setupInfo(source, { ...defaultSettings(), bins: 3 }, [], 'en');
    expect(info.presets.find((p) => p.id === 'shopify')?.rules).toEqual(rulesAtScores(shopifySegments, 3));
    expect(info.ruleWarnings).toEqual([]);
  });
});
