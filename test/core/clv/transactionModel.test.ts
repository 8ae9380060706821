import { describe, expect, it } from 'vitest';
import { bgnbdModel } from '../../../src/core/clv/bgnbd';
import { mbgnbdModel } from '../../../src/core/clv/mbgnbd';
import { nbdModel } from '../../../src/core/clv/nbd';
import { paretoNbdModel } from '../../../src/core/clv/paretoNbd';
import type { PurchaseModel } from '../../../src/core/clv/purchaseModel';
import {
  conditionalExpectedPurchases,
  expectedPurchases,
  fitTransactionModel,
  logLikelihood,
  PARAM_NAMES,
  probabilityAlive,
  TRANSACTION_MODELS,
  type TransactionModel,
} from '../../../src/core/clv/transactionModel';

const betaGeo = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const pareto = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const cases: TransactionModel[] = [
  { model: 'bgnbd', params: betaGeo },
  { model: 'mbgnbd', params: betaGeo },
  { model: 'pareto', params: pareto },
  { model: 'nbd', params: { r: 0.385, alpha: 4.5 } },
];

/** The table's functions on `m` against the model object's own on `params`. */
function expectSame<P extends object>(m: TransactionModel, model: PurchaseModel<P>, params: P): void {
  expect(model.name).toBe(m.model);
  for (const [x, tx, T] of [[0, 0, 39], [2, 30.43, 38.86], [7, 20, 39]]) {
    expect(logLikelihood(m, x, tx, T)).toBe(model.logLikelihood(params, x, tx, T));
    expect(probabilityAlive(m, x, tx, T)).toBe(model.probabilityAlive(params, x, tx, T));
    expect(conditionalExpectedPurchases(m, 39, x, tx, T)).toBe(model.conditionalExpectedPurchases(params, 39, x, tx, T));
  }
  expect(expectedPurchases(m, 39)).toBe(model.expectedPurchases(params, 39));
}

describe('transactionModel: one lookup over the three purchase models', () => {
  it('names every model once, with its parameter names in published order', () => {
    expect(TRANSACTION_MODELS).toEqual(['bgnbd', 'mbgnbd', 'pareto', 'nbd']);
    expect(PARAM_NAMES).toEqual({ bgnbd: ['r', 'alpha', 'a', 'b'], mbgnbd: ['r', 'alpha', 'a', 'b'], pareto: ['r', 'alpha', 's', 'beta'], nbd: ['r', 'alpha'] });
    expect([bgnbdModel.name, mbgnbdModel.name, paretoNbdModel.name, nbdModel.name]).toEqual(TRANSACTION_MODELS);
  });

  it('each function gives exactly what the named model object gives', () => {
    expectSame(cases[0], bgnbdModel, betaGeo);
    expectSame(cases[1], mbgnbdModel, betaGeo);
    expectSame(cases[2], paretoNbdModel, pareto);
    expectSame(cases[3], nbdModel, { r: 0.385, alpha: 4.5 });
    // They really differ: BG/NBD keeps one-time buyers alive, MBG/NBD and Pareto/NBD do not; the NBD has no dropout at all.
    expect(cases.map((m) => probabilityAlive(m, 0, 0, 39) === 1)).toEqual([true, false, false, true]);
  });

  it('fits the named model', () => {
    const rows = [
      { frequency: 0, recency: 0, T: 30, weight: 40 },
      { frequency: 1, recency: 10, T: 30, weight: 15 },
      { frequency: 2, recency: 25, T: 30, weight: 8 },
      { frequency: 4, recency: 28, T: 30, weight: 3 },
      { frequency: 1, recency: 2, T: 20, weight: 10 },
    ];
    const objects = { bgnbd: bgnbdModel.fit, mbgnbd: mbgnbdModel.fit, pareto: paretoNbdModel.fit, nbd: nbdModel.fit };
    for (const name of TRANSACTION_MODELS) {
      const f = fitTransactionModel(name, rows);
      expect(f).toEqual(objects[name](rows));
      expect(Object.keys(f.params)).toEqual(PARAM_NAMES[name]);
    }
  });
});
