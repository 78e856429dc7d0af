/**
 * window.chronomap: what benchmarks and tests need to drive the views directly
 * (docs/automation.md). Every call resolves once both views have drawn the change.
 */
import { selectAppState, selectFilteredEvents, useAppStore } from '../store/appStore'
import { countInWindow, timeIndexOf } from '../store/timeIndex'
import { mark } from '../lib/marks'

export interface ChronomapAutomation {
  /** sets the timeline window (ISO strings or epoch ms); resolves when timeline and map have drawn it */
  setWindow(from: string | number, to: string | number): Promise<void>
  /** selects an event (or clears with null); resolves when every view shows it */
  select(id: string | null): Promise<void>
  /** a snapshot for assertions */
  state(): { state: 'loading' | 'ready' | 'error'; total: number; shown: number; visible: number; window: { start: number; end: number } | null; selectedId: string | null }
}

/** Two animation frames: React has committed the store change and the browser has painted it. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
}

const toMs = (value: string | number) => (typeof value === 'number' ? value : Date.parse(value))

export function installAutomation(target: Window & { chronomap?: ChronomapAutomation }): void {
  // the performance mark "chronomap:ready" each time the page becomes ready (docs/automation.md)
  useAppStore.subscribe((state, previous) => {
    if (state.drawn !== previous.drawn || state.loadStatus !== previous.loadStatus) {
      if (selectAppState(state) === 'ready' && selectAppState(previous) !== 'ready') mark('ready')
    }
  })
  target.chronomap = {
    async setWindow(from, to) {
      const start = toMs(from)
      const end = toMs(to)
      if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) throw new Error('setWindow needs from < to')
      useAppStore.getState().setWindow({ start, end })
      await afterPaint()
    },
    async select(id) {
      useAppStore.getState().selectEvent(id, 'keyboard')
      await afterPaint()
    },
    state() {
      const s = useAppStore.getState()
      const shown = selectFilteredEvents(s)
      return {
        state: selectAppState(s),
        total: s.dataset?.events.length ?? 0,
        shown: shown.length,
        visible: countInWindow(timeIndexOf(shown), s.window),
        window: s.window,
        selectedId: s.selectedId,
      }
    },
  }
}
