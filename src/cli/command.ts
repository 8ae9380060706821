/** One CLI command: its one-line summary and what it does. Returns the process exit code. */
export interface CliCommand {
  summary: string;
  run(positional: string[], flags: Record<string, string | true>): Promise<number>;
}
