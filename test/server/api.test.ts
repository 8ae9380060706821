/**
 * The generated top-level stubs call entry points by position with the names the registry lists,
 * and the sidebar's client is typed from the functions themselves: the listed names must be the
 * functions' own, in order, or a stub's JSDoc and the call would disagree.
 */
import { describe, expect, it } from 'vitest';
import { entryPoints } from '../../src/server/entrypoints';
import { sidebarApi } from '../../src/server/api';
import { parameters } from '../helpers/functionParameters';

describe('server entry points', () => {
  it.each(entryPoints.map((e) => [e.name, e] as const))('%s lists its function\u2019s own parameter names', (_, e) => {
    expect(e.params).toEqual(parameters(e.run).map((p) => p.name.replace(/^_/, '')));
  });

  it('expose every sidebar call, once', () => {
    const names = entryPoints.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const call of Object.keys(sidebarApi)) expect(names).toContain(call);
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar', 'showSettings', 'showHelp']));
  });

  it('the check sees a renamed parameter', () => {
    const renamed = { ...sidebarApi.readChunk, params: ['req'] };
    expect(renamed.params).not.toEqual(parameters(renamed.run).map((p) => p.name));
  });
});
