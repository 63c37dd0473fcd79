// A keep-alive HTTP load run with autocannon: requests per second and latency percentiles at N connections.
import autocannon from "autocannon";

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  failures: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  headers?: Record<string, string>;
}

/** Warms up (JIT, connection pools), then measures; `failures` counts errors, timeouts and non-2xx answers. */
export async function measureLoad(label: string, url: string, options: LoadOptions): Promise<LoadResult> {
  const base = { url, connections: options.connections, headers: options.headers ?? {} };
  if (options.warmUpSeconds > 0) await autocannon({ ...base, duration: options.warmUpSeconds });
  const r = await autocannon({ ...base, duration: options.seconds });
  return {
    label,
    requestsPerSecond: r.requests.total / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    total: r.requests.total,
    failures: r.errors + r.timeouts + r.non2xx,
  };
}
