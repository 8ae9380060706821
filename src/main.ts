/**
 * The bundle's entry: exposes what the generated top-level stubs call. Nothing here runs a
 * service at load time (onOpen may run in AuthMode.NONE).
 */
import { customFunctions } from './functions/registry';
import { entryPoints } from './server/entrypoints';

const byName = new Map(customFunctions.map((f) => [f.name, f]));

/** Runs a custom function by name with the arguments Sheets passed. */
export function customFunction(name: string, args: unknown[]): unknown {
  const spec = byName.get(name);
  if (!spec) throw new Error(`Unknown function ${name}`);
  return spec.run(...args);
}

const serverByName = new Map(entryPoints.map((e) => [e.name, e]));

/** Runs a server entry point (trigger, menu item or sidebar call) by name. */
export function server(name: string, args: unknown[]): unknown {
  const entry = serverByName.get(name);
  if (!entry) throw new Error(`Unknown entry point ${name}`);
  return entry.run(...args);
}

/** Metadata the build reads to generate the stubs. */
export const manifest = {
  customFunctions: customFunctions.map(({ name, description, params, example, returns }) => ({ name, description, params, example, returns })),
  entryPoints: entryPoints.map(({ name, params, description }) => ({ name, params, description })),
};
