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
