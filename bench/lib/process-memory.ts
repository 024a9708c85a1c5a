import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak memory of a child process and of what it starts (neo4j-admin's JVM), read from /proc
 * while they run: VmHWM is each process's own peak RSS, kept by the kernel, so a sample at any
 * time before the process exits holds its peak up to then. The figure of a process is its last
 * VmHWM read, up to one interval before its end (the peak is rarely in the last moment).
 * Linux only: elsewhere every figure stays 0.
 */

export interface ProcessPeaks {
  /** VmHWM of the root process (the `kg` CLI: its main thread and its worker threads). */
  rootPeakMb: number;
  /** The highest VmHWM among the root's descendants, per command name (java: neo4j-admin). */
  descendantPeakMb: Record<string, number>;
  /** The highest sum of VmRSS over the root and its descendants at one sample. */
  combinedPeakMb: number;
  samples: number;
}

export function sampleProcessMemory(rootPid: number, intervalMs = 200): { stop(): ProcessPeaks } {
  const peaks: ProcessPeaks = { rootPeakMb: 0, descendantPeakMb: {}, combinedPeakMb: 0, samples: 0 };
  const sample = () => {
    let combinedKb = 0;
    for (const pid of [rootPid, ...descendants(rootPid)]) {
      const status = readStatus(pid);
      if (!status) continue;
      combinedKb += status.rssKb;
      const mb = Math.round(status.hwmKb / 1024);
      if (pid === rootPid) peaks.rootPeakMb = Math.max(peaks.rootPeakMb, mb);
      else peaks.descendantPeakMb[status.name] = Math.max(peaks.descendantPeakMb[status.name] ?? 0, mb);
    }
    peaks.combinedPeakMb = Math.max(peaks.combinedPeakMb, Math.round(combinedKb / 1024));
    peaks.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peaks;
    },
  };
}

function readStatus(pid: number): { name: string; hwmKb: number; rssKb: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined; // gone, or not Linux
  }
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
  const name = /^Name:\s+(.+)$/m.exec(text)?.[1]?.trim() ?? 'unknown';
  return { name, hwmKb: field('VmHWM'), rssKb: field('VmRSS') };
}

/** Every live descendant, through each thread's children list (a thread may be a parent). */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const child of childrenOf(current)) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}
