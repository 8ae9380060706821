/**
 * The registry's parameter lists against the implementations: Sheets shows `params[].name`
 * (snake_case) in autocomplete and the generated stubs pass arguments by position, so a spec whose
 * names, order or count drift from its `run` silently feeds one argument into another.
 *
 * A plain `run` must take the spec's parameters, in order, as its own camelCase parameters
 * (`new_customers` → `newCustomers`). A `rowFunction(...)` wrapper takes `(...args)`; it carries
 * the snake_case names it reads (also used in its messages), the defaults of its optional
 * parameters and its formula, which are checked against the spec instead.
 */
import { describe, expect, it } from 'vitest';
import { type RowFunctionParams, rowFunction } from '../../src/functions/args';
import { customFunctions } from '../../src/functions/registry';
import type { CustomFunctionSpec } from '../../src/functions/spec';
import { parameters } from '../helpers/functionParameters';

/** Sheets' snake_case name as the implementation spells it: `conversions_a` → `conversionsA`, `T` → `T`. */
const camel = (snake: string) => snake.replace(/_([a-z0-9])/gi, (_, c: string) => c.toUpperCase());

const list = (names: readonly string[]) => `(${names.join(', ')})`;

/** What is wrong with a spec's parameters against its implementation; empty when they match. */
function specProblems(spec: CustomFunctionSpec): string[] {
  const problems: string[] = [];
  const sheetsNames = spec.params.map((p) => p.name);
  const firstOptional = spec.params.findIndex((p) => p.optional);
  if (firstOptional >= 0 && spec.params.slice(firstOptional).some((p) => !p.optional)) problems.push(`${spec.name}: a required parameter follows optional ${sheetsNames[firstOptional]}`);

  const rowParams = (spec.run as { rowParams?: RowFunctionParams }).rowParams;
  const own = parameters(spec.run);
  if (rowParams) {
    if (list(rowParams.names) !== list(sheetsNames)) problems.push(`${spec.name}: rowFunction reads ${list(rowParams.names)} but params are ${list(sheetsNames)}`);
    if (rowParams.defaults.length !== sheetsNames.length) problems.push(`${spec.name}: rowFunction has ${rowParams.defaults.length} defaults for ${sheetsNames.length} params`);
    spec.params.forEach((p, i) => {
      if (Boolean(p.optional) !== (rowParams.defaults[i] !== undefined)) problems.push(`${spec.name}: ${p.name} is ${p.optional ? '' : 'not '}optional but its rowFunction default is ${rowParams.defaults[i]}`);
    });
    const formula = parameters(rowParams.formula);
    if (formula.length !== sheetsNames.length) problems.push(`${spec.name}: the formula takes ${list(formula.map((f) => f.name))}, ${formula.length} for ${sheetsNames.length} params`);
    const required = firstOptional < 0 ? sheetsNames.length : firstOptional;
    if (rowParams.formula.length !== required) problems.push(`${spec.name}: the formula's arity is ${rowParams.formula.length} but ${required} params are required`);
    formula.forEach((f, i) => {
      if (f.default !== undefined && Number.isFinite(Number(f.default)) && Number(f.default) !== rowParams.defaults[i])
        problems.push(`${spec.name}: ${sheetsNames[i]} defaults to ${rowParams.defaults[i]} but the formula's ${f.name} to ${f.default}`);
    });
  } else if (own.some((p) => p.name.startsWith('...'))) {
    problems.push(`${spec.name}: run takes ${list(own.map((p) => p.name))} and carries no rowParams, so its parameters cannot be checked`);
  } else {
    const expected = sheetsNames.map(camel);
    const actual = own.map((p) => p.name);
    if (list(actual) !== list(expected)) problems.push(`${spec.name}: run${list(actual)} but params are ${list(sheetsNames)}, i.e. ${list(expected)}`);
    if (own.some((p) => p.default !== undefined)) problems.push(`${spec.name}: run gives a default to a parameter; an optional one is left out or blank, default it where it is read`);
    if (spec.run.length !== sheetsNames.length) problems.push(`${spec.name}: run's arity is ${spec.run.length} for ${sheetsNames.length} params`);
  }
  return problems;
}

const param = (name: string, optional = false) => ({ name, description: name, ...(optional ? { optional } : {}) });
const spec = (params: ReturnType<typeof param>[], run: CustomFunctionSpec['run']): CustomFunctionSpec => ({ name: 'TEST', description: 'test', example: '=TEST()', returns: 'x', params, run });

describe('the parameter check itself', () => {
  it('reads parameter names from functions, arrows, methods, defaults and rest parameters', () => {
    expect(parameters(function run(a: unknown, bC?: unknown) { return [a, bC]; }).map((p) => p.name)).toEqual(['a', 'bC']);
    expect(parameters((x: unknown) => x)).toEqual([{ name: 'x' }]);
    expect(parameters((a: number, b = Math.max(1, 2), ...rest: number[]) => [a, b, rest])).toEqual([{ name: 'a' }, { name: 'b', default: 'Math.max(1, 2)' }, { name: '...rest' }]);
    expect(parameters({ run(first: unknown, second: unknown) { return [first, second]; } }.run).map((p) => p.name)).toEqual(['first', 'second']);
    expect(camel('marketing_and_sales_cost')).toBe('marketingAndSalesCost');
    expect(camel('conversions_a')).toBe('conversionsA');
    expect(camel('T')).toBe('T');
  });

  it('accepts a spec whose run takes its params in camelCase', () => {
    expect(specProblems(spec([param('conversions_a'), param('new_customers', true)], (conversionsA: unknown, newCustomers?: unknown) => [conversionsA, newCustomers]))).toEqual([]);
    expect(specProblems(spec([param('cost'), param('margin', true)], rowFunction('TEST', ['cost', 'margin'], [undefined, 1], (cost: number, margin = 1) => cost * margin)))).toEqual([]);
  });

  it('catches a renamed, swapped, missing or extra parameter', () => {
    expect(specProblems(spec([param('a_b'), param('c')], (aB: unknown, d: unknown) => [aB, d]))).toEqual(['TEST: run(aB, d) but params are (a_b, c), i.e. (aB, c)']);
    expect(specProblems(spec([param('a'), param('b')], (b: unknown, a: unknown) => [a, b]))).toHaveLength(1);
    expect(specProblems(spec([param('a')], (a: unknown, b: unknown) => [a, b]))).toEqual(['TEST: run(a, b) but params are (a), i.e. (a)', "TEST: run's arity is 2 for 1 params"]);
    expect(specProblems(spec([param('a'), param('b', true)], (a: unknown) => a)).join('\n')).toContain("run's arity is 1 for 2 params");
  });

  it('catches a default in run, a required parameter after an optional one, and an unreadable wrapper', () => {
    expect(specProblems(spec([param('a'), param('b', true)], (a: unknown, b = 2) => [a, b])).join('\n')).toContain('run gives a default');
    expect(specProblems(spec([param('a', true), param('b')], (a: unknown, b: unknown) => [a, b]))).toEqual(['TEST: a required parameter follows optional a']);
    expect(specProblems(spec([param('a')], (...args: unknown[]) => args))).toEqual(['TEST: run takes (...args) and carries no rowParams, so its parameters cannot be checked']);
  });

  it('catches a rowFunction whose names, optional flags, defaults or formula drift from the spec', () => {
    const f = (a: number, b: number) => a + b;
    expect(specProblems(spec([param('a'), param('c')], rowFunction('TEST', ['a', 'b'], [undefined, undefined], f)))).toEqual(['TEST: rowFunction reads (a, b) but params are (a, c)']);
    expect(specProblems(spec([param('a'), param('b', true)], rowFunction('TEST', ['a', 'b'], [undefined, undefined], f))).join('\n')).toContain('b is optional but its rowFunction default is undefined');
    expect(specProblems(spec([param('a'), param('b'), param('c')], rowFunction('TEST', ['a', 'b', 'c'], [undefined, undefined, undefined], f))).join('\n')).toContain('the formula takes (a, b), 2 for 3 params');
    expect(specProblems(spec([param('a'), param('b', true)], rowFunction('TEST', ['a', 'b'], [undefined, 0], (a: number, b = 1) => a + b)))).toEqual(["TEST: b defaults to 0 but the formula's b to 1"]);
  });
});

describe('the registry', () => {
  it.each(customFunctions.map((f) => [f.name, f] as const))('%s: params match the implementation', (_, f) => {
    expect(specProblems(f)).toEqual([]);
  });

  it('checks both kinds of implementation (so neither branch is vacuous)', () => {
    const wrapped = customFunctions.filter((f) => (f.run as { rowParams?: unknown }).rowParams);
    expect(wrapped.map((f) => f.name)).toEqual(expect.arrayContaining(['CLTV', 'CAC_PAYBACK', 'CTR', 'CHURN_RATE']));
    expect(customFunctions.length - wrapped.length).toBeGreaterThan(10);
    expect(customFunctions.every((f) => f.params.length > 0)).toBe(true);
  });
});
