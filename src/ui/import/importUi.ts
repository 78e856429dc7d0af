/**
 * Whether the import dialog is open and what it should read first (a dropped or pasted
 * file). UI state only: the datasets themselves live in the app store.
 */
import { create } from 'zustand'
import type { LoadSource } from '../../data/loader'

export interface ImportRequest {
  source: LoadSource
  /** bumps with every request, so the same file dropped twice is read twice */
  seq: number
}

interface ImportUiState {
  open: boolean
  request: ImportRequest | null
  /** true while the dialog reads or saves: a drop then waits its turn */
  busy: boolean
  openImport: (source?: LoadSource) => void
  closeImport: () => void
  setBusy: (busy: boolean) => void
}

let seq = 0

export const useImportUi = create<ImportUiState>()((set) => ({
  open: false,
  request: null,
  busy: false,
  openImport: (source) => set((state) => ({ open: true, request: source ? { source, seq: ++seq } : state.open ? state.request : null })),
  closeImport: () => set({ open: false, request: null, busy: false }),
  setBusy: (busy) => set({ busy }),
}))
