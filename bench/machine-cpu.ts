// The machine's CPU over a stretch of a bench run, from /proc/stat: how busy its cores were, and what the host took (steal).
import fs from "node:fs";

/** Shares of all CPU time of the machine's cores (0 to 1) over the stretch. */
export interface MachineCpu {
  /** Running anything (user, system, interrupts), steal not included. */
  busy: number;
  /** Time a virtual machine's cores were ready but the host ran something else. */
  steal: number;
}

function readTotals(): { busy: number; steal: number; all: number } | null {
  try {
    const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const parts = [user, nice, system, idle, iowait, irq, softirq, steal] as number[];
    if (parts.some((n) => !Number.isFinite(n))) return null;
    const busy = (user as number) + (nice as number) + (system as number) + (irq as number) + (softirq as number);
    return { busy, steal: steal as number, all: parts.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/** Starts a stretch now; the function it returns ends it (null where there is no /proc/stat). */
export function startCpuStretch(): () => MachineCpu | null {
  const start = readTotals();
  return () => {
    const end = readTotals();
    if (!start || !end || end.all <= start.all) return null;
    const all = end.all - start.all;
    return { busy: (end.busy - start.busy) / all, steal: (end.steal - start.steal) / all };
  };
}

export const formatCpu = (cpu: MachineCpu | null | undefined): string =>
  cpu ? `${Math.round(cpu.busy * 100)}% / ${Math.round(cpu.steal * 100)}%` : "—";
