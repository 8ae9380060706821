import type { CliCommand } from './command';
import { segmentCommand, demoCommand } from './segment';
import { clusterCommand } from './cluster';
import { fitCommand } from './fit';
import { rfmCommand } from './rfm';
import { inspectCommand } from './inspect';
import { summaryCommand } from './summary';
import { holdoutCommand } from './holdout';
import { trackingCommand } from './tracking';

/** Every CLI command by name. Each issue's command registers itself here. */
export const commands: Record<string, CliCommand> = {
  segment: segmentCommand,
  demo: demoCommand,
  cluster: clusterCommand,
  fit: fitCommand,
  rfm: rfmCommand,
  inspect: inspectCommand,
  summary: summaryCommand,
  holdout: holdoutCommand,
  tracking: trackingCommand,
};
