import { onOpen, onInstall, showSidebar, showSettings, showHelp } from './menu';
import { sidebarApi } from './api';

/** A global function Apps Script must see: its name, real parameter names and implementation. */
export interface EntryPoint {
  name: string;
  params: string[];
  description: string;
  run: (...args: any[]) => unknown;
}

/**
 * Every non-custom-function global: triggers, menu handlers and the calls the sidebar makes.
 * The build generates one top-level declaration per entry.
 */
export const entryPoints: EntryPoint[] = [
  { name: 'onOpen', params: ['e'], description: 'Builds the add-on menu (AuthMode.NONE safe).', run: onOpen },
  { name: 'onInstall', params: ['e'], description: 'Runs onOpen after installation.', run: onInstall },
  { name: 'showSidebar', params: [], description: 'Menu: Segment my customers.', run: showSidebar },
  { name: 'showSettings', params: [], description: 'Menu: Settings.', run: showSettings },
  { name: 'showHelp', params: [], description: 'Menu: Help.', run: showHelp },
  ...Object.entries(sidebarApi).map(([name, api]) => ({ name, params: [...api.params], description: api.description, run: api.run })),
];
