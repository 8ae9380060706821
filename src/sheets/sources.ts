/**
 * The extra source sheets of a run (issue 18), looked up by the names saved in the settings. A
 * sheet renamed or deleted since it was chosen gives a sentence naming it, never a crash or a
 * silent guess of another sheet.
 */
import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import { SERVER_MESSAGES, UserError } from '../app/messages';
import type { ExtraSample } from '../app/setup';
import { SOURCE_TEXT } from '../app/sourceSheets';
import { isOwned } from './ownedTabs';
import { readSample } from './source';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet named `name`, chosen as a source: missing or one of the add-on's own tabs is refused by name. */
export function chosenSourceSheet(name: string, lang: Lang): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new UserError(format(SOURCE_TEXT.missing, lang, { name }));
  if (isOwned(sheet)) throw new UserError(format(SERVER_MESSAGES.ownedSource, lang, { name }));
  return sheet;
}

/** True when the workbook has a sheet named `name`. */
export function sheetExists(name: string): boolean {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name) !== null;
}

/** Each extra sheet's size and sample for the sidebar; one that cannot be read carries its sentence instead. */
export function extraSamples(names: readonly string[], lang: Lang): ExtraSample[] {
  return names.map((name) => {
    try {
      const sheet = chosenSourceSheet(name, lang);
      return { sheetName: name, rows: sheet.getLastRow(), columns: sheet.getLastColumn(), sample: readSample(sheet, lang), problem: null };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      return { sheetName: name, rows: 0, columns: 0, sample: null, problem: e.message };
    }
  });
}
