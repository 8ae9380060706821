import type { FlagSpec } from './flags';

/** One CLI command: its one-line summary, its declared flags and what it does. Returns the process exit code. */
export interface CliCommand {
  summary: string;
  /** The flags it takes; anything else is refused (see `flags.ts`). */
  flags: readonly FlagSpec[];
  run(positional: string[], flags: Record<string, string | true>): Promise<number>;
}
