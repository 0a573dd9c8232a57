// Describes the machine a benchmark ran on, so figures from different machines are
// never compared without knowing it.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineDescription {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** Filled in by benchmarks that drive a browser. */
  browser?: string;
}

export function describeMachine(browser?: string): MachineDescription {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    ...(browser ? { browser } : {}),
  };
}

/** One line, for the `machine` field of docs/benchmarks.json. */
export function machineSummary(machine: MachineDescription): string {
  return [
    machine.cpu,
    `${machine.cores} cores`,
    `${machine.memoryGiB} GiB`,
    machine.os,
    machine.browser,
    `Node ${machine.node}`,
  ]
    .filter(Boolean)
    .join(', ');
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1].trim();
  } catch {
    // Not Linux: os.cpus() below still names the model.
  }
  return os.cpus()[0]?.model ?? 'unknown CPU';
}

function osName(): string {
  try {
    const match = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (match) return `${match[1]} (${os.arch()})`;
  } catch {
    // Not Linux, or no os-release.
  }
  return `${os.type()} ${os.release()} (${os.arch()})`;
}

export interface MachineLoad {
  /** Share of all cores busy over a short sample, 0..1; null where /proc/stat is missing. */
  busy: number | null;
  loadAverage1m: number;
}

/** How busy the machine is right now; other work on a 2-core box skews latencies. */
export async function sampleMachineLoad(sampleMs = 2_000): Promise<MachineLoad> {
  const before = readCpuTimes();
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  const after = readCpuTimes();
  const busy =
    before && after
      ? 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total)
      : null;
  return { busy, loadAverage1m: os.loadavg()[0] };
}

/**
 * Waits (up to maxWaitMs) until the machine is quiet — under `threshold` busy — so a run
 * does not measure someone else's build. Returns the last sample either way.
 */
export async function waitForQuietMachine(
  maxWaitMs: number,
  log: (line: string) => void,
  threshold = 0.15,
): Promise<MachineLoad> {
  const deadline = performance.now() + maxWaitMs;
  let load = await sampleMachineLoad();
  while (load.busy !== null && load.busy > threshold && performance.now() < deadline) {
    log(`machine busy (${Math.round(load.busy * 100)} % of all cores); waiting for it to quieten`);
    load = await sampleMachineLoad(5_000);
  }
  return load;
}

function readCpuTimes(): { idle: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq steal
    return {
      idle: fields[3] + fields[4],
      total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0),
    };
  } catch {
    return null;
  }
}
