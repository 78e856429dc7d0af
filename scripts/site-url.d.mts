import type { Plugin } from 'vite'

export function absolutePreviewUrls(html: string, siteUrl: string): string
export function siteUrlPlugin(siteUrl: string | undefined): Plugin
