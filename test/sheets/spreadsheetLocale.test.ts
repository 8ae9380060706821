import { afterEach, describe, expect, it } from 'vitest';
import { spreadsheetLocale } from '../../src/sheets/spreadsheetLocale';

const g = globalThis as { SpreadsheetApp?: unknown };

afterEach(() => {
  delete g.SpreadsheetApp;
});

describe('spreadsheetLocale', () => {
  it('is null outside Sheets (no SpreadsheetApp)', () => {
    expect(spreadsheetLocale()).toBeNull();
  });

  it("returns the active spreadsheet's locale", () => {
    g.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'zh_TW' }) };
    expect(spreadsheetLocale()).toBe('zh_TW');
  });

  it('is null when the service throws or there is no active spreadsheet', () => {
    g.SpreadsheetApp = {
      getActiveSpreadsheet: () => {
        throw new Error('Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
      },
    };
    expect(spreadsheetLocale()).toBeNull();
    g.SpreadsheetApp = { getActiveSpreadsheet: () => null };
    expect(spreadsheetLocale()).toBeNull();
  });
});
