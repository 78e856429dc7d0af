/** Runs a task when the page is idle (within `timeout` ms at the latest); a timer where there is no requestIdleCallback. */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout })
  else setTimeout(task, 0)
}
