import type { Plugin } from 'vite'

export function earlyEntryPlugin(entry?: string): Plugin
