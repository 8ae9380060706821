/** The sidebar's `google.script.run` client over the harness: each call one execution, failures as rejections. */
import type { Call } from '../../sidebar/rpc';
import type { AddOn } from '../harness';

export function sidebarCall(addon: AddOn): Call {
  return ((name: string, ...args: unknown[]) => {
    try {
      return Promise.resolve(addon.runFromSidebar(name, ...args));
    } catch (e) {
      return Promise.reject(e);
    }
  }) as Call;
}
