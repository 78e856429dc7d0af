/**
 * Named points on the page's performance timeline (performance.mark), so that the benchmark
 * and the browser's profiler can say where a load spends its time. Documented in
 * docs/automation.md; they cost nothing measurable.
 */
export type MarkName = 'data-validated' | 'data-shown' | 'ready'

export function mark(name: MarkName, detail?: unknown): void {
  try {
    performance.mark(`chronomap:${name}`, { detail })
  } catch {
    // no performance timeline (very old browsers, some test environments): nothing to record
  }
}
