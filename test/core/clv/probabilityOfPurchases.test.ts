/**
 * P(X(t) = n) for BG/NBD and MBG/NBD. Expected figures: R BTYD `bgnbd.pmf` as quoted in lifetimes'
 * tests (CamDavidsonPilon/lifetimes tests/test_estimation.py, test_probability_of_n_purchases_up_to_time_same_as_R_BTYD,
 * BetaGeoFitter and ModifiedBetaGeoFitter), at the FHL 2005 CDNOW estimates r = 0.243, α = 4.414, a = 0.793, b = 2.426.
 */
import { describe, expect, it } from 'vitest';
import { bgnbdProbabilityOfPurchases } from '../../../src/core/clv/bgnbd';
import { probabilityOfPurchases } from '../../../src/core/clv/probabilityOfPurchases';
import { expectedPurchases } from '../../../src/core/clv/transactionModel';

const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
// R BTYD bgnbd.pmf(params, t = 30, x = 11:20), via lifetimes (decimal=5).
const PMF_30 = [0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.000222226];

describe('P(X(t) = n)', () => {
  it('BG/NBD is bgnbd.ts\'s FHL 2005 eq. 8 and matches R BTYD: P(X(2) = 10) = 1.07869e-7, P(X(39) = 0) = 0.5737864', () => {
    expect(probabilityOfPurchases('bgnbd', p, 39, 3)).toBe(bgnbdProbabilityOfPurchases(p, 39, 3));
    expect(Math.abs(probabilityOfPurchases('bgnbd', p, 2, 10) - 1.07869e-7)).toBeLessThan(1e-11);
    expect(Math.abs(probabilityOfPurchases('bgnbd', p, 39, 0) - 0.5737864)).toBeLessThan(1e-7);
    PMF_30.forEach((w, i) => {
      expect(Math.abs(probabilityOfPurchases('bgnbd', p, 30, 11 + i) - w)).toBeLessThan(5e-6);
    });
  });

  it('MBG/NBD is within lifetimes\' ModifiedBetaGeoFitter tolerance of the same R figures (rtol 0.5; P(X(2) = 10) within 1e-4)', () => {
    PMF_30.forEach((w, i) => {
      expect(Math.abs(probabilityOfPurchases('mbgnbd', p, 30, 11 + i) - w)).toBeLessThanOrEqual(0.5 * w);
    });
    expect(Math.abs(probabilityOfPurchases('mbgnbd', p, 2, 10) - 1.07869e-7)).toBeLessThan(1e-4);
  });

  it('is a distribution whose mean is the model\'s E[X(t)] (FHL 2005 eq. 9; Batislam et al. 2007), and t = 0 means no purchase', () => {
    for (const model of ['bgnbd', 'mbgnbd'] as const) {
      let total = 0;
      let mean = 0;
      for (let n = 0; n < 400; n++) {
        const q = probabilityOfPurchases(model, p, 39, n);
        total += q;
        mean += n * q;
      }
      expect(total).toBeCloseTo(1, 8);
      expect(mean).toBeCloseTo(expectedPurchases({ model, params: p }, 39), 6);
      expect([probabilityOfPurchases(model, p, 0, 0), probabilityOfPurchases(model, p, 0, 2)]).toEqual([1, 0]);
    }
  });
});
