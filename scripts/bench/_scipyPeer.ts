/**
 * Runs scripts/bench/peers/bgnbd_nelder_mead.py (BG/NBD fitted as Python lifetimes fits it,
 * with scipy's Nelder–Mead) on the same histories the TypeScript fit gets, for clv.ts.
 * The peer is optional: without a python3 that imports scipy it reports why, never throws.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(process.cwd(), 'scripts/bench/peers/bgnbd_nelder_mead.py');
/** Debian's python3 first (python3-scipy), then whatever python3 is on PATH (a pyenv shim may lack scipy). */
const CANDIDATES = ['/usr/bin/python3', 'python3'];

export interface PeerFit {
  ms: number;
  params: { r: number; alpha: number; a: number; b: number };
  logLikelihood: number;
  iterations: number;
  evaluations: number;
  success: boolean;
  rows: number;
  versions: { python: string; numpy: string; scipy: string };
}

let python: string | null | undefined;

/** The first candidate interpreter for which `-c 'import scipy'` works, or null. */
function findPython(): string | null {
  if (python !== undefined) return python;
  python = CANDIDATES.find((cmd) => spawnSync(cmd, ['-c', 'import scipy, numpy'], { stdio: 'ignore', timeout: 30_000 }).status === 0) ?? null;
  return python;
}

/** Fits in the peer; `weights` null means one row per customer (lifetimes' default). Returns the fit or why it is unavailable. */
export function scipyPeerFit(
  rows: { x: number[]; tx: number[]; T: number[]; weights: number[] | null },
  runs: number,
): PeerFit | { unavailable: string } {
  const cmd = findPython();
  if (!cmd) return { unavailable: `no python3 here imports scipy (tried ${CANDIDATES.join(', ')})` };
  const out = spawnSync(cmd, [SCRIPT], { input: JSON.stringify({ ...rows, runs }), encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 20 });
  if (out.status !== 0) return { unavailable: `${cmd} ${SCRIPT} failed: ${(out.stderr || String(out.error ?? '')).trim().split('\n').pop()}` };
  try {
    return JSON.parse(out.stdout) as PeerFit;
  } catch {
    return { unavailable: `unreadable peer output: ${out.stdout.slice(0, 80)}` };
  }
}
