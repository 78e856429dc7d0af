import type { Plugin } from 'vite'

export function precacheManifestPlugin(): Plugin
