/**
 * A typed promise wrapper over `google.script.run`: each server call the sidebar makes is checked
 * against `SidebarCalls` (src/server/api.ts), so a renamed call or changed argument fails the type-check.
 *
 * @example
 * const call = rpcFromGoogle();
 * const setup = await call('getSetup', null, null, null); // SetupInfo
 */
import type { SidebarCalls } from '../src/server/api';

export type CallName = keyof SidebarCalls;
/** One server call: its name and arguments in, its result out (as a promise). */
export type Call = <K extends CallName>(name: K, ...args: Parameters<SidebarCalls[K]>) => Promise<ReturnType<SidebarCalls[K]>>;

/** The part of `google.script.run` we use: handlers, then any server function by name. */
export interface ScriptRun {
  withSuccessHandler(fn: (result: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

/** The message of whatever a failure handler received (Apps Script passes an Error; the shim may pass text). */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** Wraps a `google.script.run`-like object. A fresh runner per call: handlers are per call in Apps Script. */
export function rpcFrom(getRun: () => ScriptRun): Call {
  return (name, ...args) =>
    new Promise((resolve, reject) => {
      const runner = getRun()
        .withSuccessHandler((r) => resolve(r as never))
        .withFailureHandler((e) => reject(new Error(errorText(e))));
      const fn = runner[name as string];
      if (typeof fn !== 'function') {
        reject(new Error(`Server function ${String(name)} is not available`));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args);
    });
}

declare const google: { script: { run: ScriptRun; host?: { close(): void } } } | undefined;

/** The real bridge inside Sheets (and the preview's shim, which defines the same global). */
export function rpcFromGoogle(): Call {
  return rpcFrom(() => {
    if (typeof google === 'undefined' || !google.script || !google.script.run) throw new Error('google.script.run is not available');
    return google.script.run;
  });
}
