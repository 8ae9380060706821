/**
 * What the fake services share for one loaded add-on: the auth mode of the running execution,
 * a virtual clock (so "slow getValues" is deterministic), call counts, and the realm converter.
 */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ExecutionRecord {
  name: string;
  mode: AuthMode;
  wallMs: number;
  /** Time charged by the fakes' simulated service latency. */
  virtualMs: number;
  reads: number;
  writes: number;
  cellsRead: number;
}

export class HarnessEnv {
  mode: AuthMode = 'FULL';
  /** Simulated cost of reading one cell with getValues, in ms (0 = free). */
  readCostMsPerCell = 0;
  /** Simulated fixed cost of each service call, in ms. */
  callCostMs = 0;
  current: ExecutionRecord | null = null;
  executions: ExecutionRecord[] = [];
  toRealm: (v: unknown) => unknown = (v) => v;
  /**
   * A block of a sheet's cells (blank as '') as getValues returns it, made in the add-on's realm in
   * one copy (copying host arrays and then into the realm made the fake's garbage twice the add-on's).
   */
  readBlock: (data: readonly (readonly unknown[] | undefined)[], row0: number, col0: number, rows: number, cols: number) => unknown[][] = () => {
    throw new Error('readBlock is made in the add-on realm by loadAddOn');
  };

  /** Charges a read to the running execution. */
  read(_what: string, cells: number): void {
    const e = this.current;
    if (!e) return;
    e.reads++;
    e.cellsRead += cells;
    e.virtualMs += this.callCostMs + cells * this.readCostMsPerCell;
  }

  /** Checks a write is allowed in this auth mode and charges it. */
  write(what: string, _cells: number): void {
    if (this.mode === 'CUSTOM_FUNCTION' || this.mode === 'NONE') throw new Error(`Exception: You do not have permission to call ${what}`);
    const e = this.current;
    if (e) {
      e.writes++;
      e.virtualMs += this.callCostMs;
    }
  }

  /** Refuses a service in the listed modes, with Apps Script's message. */
  require(service: string, deniedIn: AuthMode[]): void {
    if (deniedIn.includes(this.mode)) throw new Error(`Exception: You do not have permission to call ${service}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`);
  }
}
