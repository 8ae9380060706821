/**
 * The calls the sidebar makes through `google.script.run`. The sidebar's client is typed from
 * `SidebarApi`, so a renamed call or a changed argument breaks the sidebar's type-check.
 * Arguments and results are plain JSON (no Date: `google.script.run` cannot carry them).
 */
export interface ApiCall<A extends unknown[], R> {
  params: string[];
  description: string;
  run: (...args: A) => R;
}

function call<A extends unknown[], R>(params: string[], description: string, run: (...args: A) => R): ApiCall<A, R> {
  return { params, description, run };
}

export const sidebarApi = {
  ping: call([], 'Health check used by the sidebar on load.', (): { ok: true } => ({ ok: true })),
};

export type SidebarApi = typeof sidebarApi;
