import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';

/** What the figures were measured on, and how busy the machine was when the run began. */
export function machineInfo() {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
    at: new Date().toISOString(),
  };
}
