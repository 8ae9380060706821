import type { CliCommand } from './command';
import { rfmCommand } from './rfm';

/** Every CLI command by name. Each issue's command registers itself here. */
export const commands: Record<string, CliCommand> = {
  rfm: rfmCommand,
};
