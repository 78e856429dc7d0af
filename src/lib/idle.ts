/** Runs a task when the page is idle (within `timeout` ms at the latest); a timer where there is no requestIdleCallback. */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout })
  else setTimeout(task, 0)
}

/**
 * Runs a task once the browser has shown the current changes: in a task right after the next frame, or after
 * `fallback` ms where no frame comes (a hidden tab draws none). Returns a cancel.
 */
export function afterPaint(task: () => void, fallback = 250): () => void {
  let done = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame: number | undefined
  const run = () => {
    if (done) return
    cancel()
    task()
  }
  const cancel = () => {
    done = true
    clearTimeout(timer)
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame)
  }
  if (typeof requestAnimationFrame === 'function') {
    // the frame callback runs before the paint: the task waits for the task after it
    frame = requestAnimationFrame(() => {
      frame = undefined
      clearTimeout(timer)
      timer = setTimeout(run, 0)
    })
    timer = setTimeout(run, fallback)
  } else timer = setTimeout(run, 0)
  return cancel
}

/**
 * Runs `step` in idle periods until it says it is done; each call gets the time (performance.now()) to stop by.
 * Where there is no requestIdleCallback, in timer tasks of 8 ms. Returns a cancel.
 */
export function inIdleSlices(step: (until: number) => boolean): () => void {
  let cancelled = false
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 })
    else setTimeout(() => run(null), 0)
  }
  const run = (deadline: IdleDeadline | null) => {
    if (cancelled) return
    // a deadline past its time (the timeout forced the call) still gets a short slice
    const budget = deadline ? Math.max(deadline.timeRemaining(), 4) : 8
    if (!step(performance.now() + budget)) schedule()
  }
  schedule()
  return () => {
    cancelled = true
  }
}
