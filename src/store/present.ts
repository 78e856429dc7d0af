/**
 * The present-mode slice of the store: which story step is shown, the speaker notes, autoplay, time
 * playback and the handout. Which event a step stands for is worked out in src/present (story.ts);
 * the store only records the outcome, in one update, so the map and the timeline follow together.
 */
import type { StateCreator } from 'zustand'
import type { AppState } from './appStore'
import type { TimeWindow } from './selectors'
import type { PresentPosition } from './url'

const MINUTE = 60_000

export type PlaybackMode = 'moving' | 'cumulative'

export interface Autoplay {
  playing: boolean
  /** seconds each step stays on screen */
  seconds: number
}

export interface Playback {
  playing: boolean
  /** a window of fixed width slides across the span, or the window grows from the span's start */
  mode: PlaybackMode
  /** seconds the whole span takes to play */
  seconds: number
  /** the instant the playback has reached; null before it starts */
  position: number | null
}

/** Everything one step shows, computed by src/present/story.ts. */
export interface StepTarget {
  /** 1-based */
  step: number
  eventId: string | null
  window: TimeWindow | null
}

export interface PresentSlice {
  /** the story step on screen (1-based, as in `?present=`); null when not presenting */
  present: PresentPosition | null
  /** this window is the speaker's second window (`&notes=1`): notes always shown, large */
  speakerView: boolean
  /** speaker notes shown in the presenter (hidden from the class by default) */
  presentNotes: boolean
  autoplay: Autoplay
  playback: Playback
  /** the printable handout is open */
  handoutOpen: boolean

  startPresenting: () => void
  stopPresenting: () => void
  showStep: (target: StepTarget) => void
  togglePresentNotes: () => void
  setAutoplay: (patch: Partial<Autoplay>) => void
  setPlayback: (patch: Partial<Playback>) => void
  setHandoutOpen: (open: boolean) => void
}

export const AUTOPLAY_SECONDS = [3, 5, 10, 20, 30, 60] as const
export const PLAYBACK_SECONDS = [15, 30, 60, 120] as const

const roundToMinute = (ms: number) => Math.round(ms / MINUTE) * MINUTE

export const createPresentSlice: StateCreator<AppState, [], [], PresentSlice> = (set, get) => ({
  present: null,
  speakerView: false,
  presentNotes: false,
  autoplay: { playing: false, seconds: 10 },
  playback: { playing: false, mode: 'moving', seconds: 30, position: null },
  handoutOpen: false,

  startPresenting: () => {
    if (get().present) return
    set((state) => ({
      present: { step: 1 },
      presentNotes: false,
      autoplay: { ...state.autoplay, playing: false },
      playback: { ...state.playback, playing: false, position: null },
    }))
  },

  stopPresenting: () => {
    if (!get().present && !get().handoutOpen) return
    set((state) => ({
      present: null,
      handoutOpen: false,
      autoplay: { ...state.autoplay, playing: false },
      playback: { ...state.playback, playing: false },
    }))
  },

  showStep: ({ step, eventId, window }) => {
    const state = get()
    const patch: Partial<AppState> = {}
    if (state.present?.step !== step) patch.present = { step }
    if (state.selectedId !== eventId) {
      patch.selectedId = eventId
      patch.selectionSource = eventId === null ? null : 'present'
    }
    if (window) {
      // whole minutes, as setWindow and the URL keep them
      const rounded = { start: roundToMinute(window.start), end: roundToMinute(window.end) }
      if (state.window?.start !== rounded.start || state.window.end !== rounded.end) patch.window = rounded
    }
    // a step chosen by hand (or by autoplay) ends time playback: it would move the window away again
    if (state.playback.playing) patch.playback = { ...state.playback, playing: false }
    if (Object.keys(patch).length) set(patch)
  },

  togglePresentNotes: () => set((state) => ({ presentNotes: !state.presentNotes })),

  setAutoplay: (patch) => {
    const next = { ...get().autoplay, ...patch }
    // one thing moves the view at a time
    set((state) => ({ autoplay: next, playback: next.playing ? { ...state.playback, playing: false } : state.playback }))
  },

  setPlayback: (patch) => {
    const next = { ...get().playback, ...patch }
    set((state) => ({ playback: next, autoplay: next.playing ? { ...state.autoplay, playing: false } : state.autoplay }))
  },

  setHandoutOpen: (open) => {
    if (get().handoutOpen !== open) set({ handoutOpen: open })
  },
})
