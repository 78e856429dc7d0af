/** Links and embed code for the current view, as pure functions. */
import { embedSearch, fullViewSearch } from '../store/url'

/** Where the app lives, as `window.location` has it; the view comes separately as a query string. */
export interface PageAddress {
  origin: string
  pathname: string
}

/** The absolute link to the view in `search`, as a full page (never in embed mode). */
export function fullViewUrl(page: PageAddress, search: string): string {
  return `${page.origin}${page.pathname}${fullViewSearch(search)}`
}

/** The absolute link to the view in `search` for an iframe (`embed=1`). */
export function embedUrl(page: PageAddress, search: string): string {
  return `${page.origin}${page.pathname}${embedSearch(search)}`
}

/**
 * A frame size as the user typed it: whole pixels ("500") or a percentage ("100%"), else null.
 * Below 200 px the map and the timeline no longer fit one above the other.
 */
export function parseFrameSize(value: string, allowPercent: boolean): string | null {
  const text = value.trim()
  const percent = /^(\d{1,3})%$/.exec(text)
  if (percent) return allowPercent && Number(percent[1]) >= 1 && Number(percent[1]) <= 100 ? `${Number(percent[1])}%` : null
  const pixels = /^(\d{1,4})(px)?$/.exec(text)
  if (!pixels) return null
  const n = Number(pixels[1])
  return n >= 200 && n <= 4000 ? String(n) : null
}

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export interface FrameOptions {
  src: string
  width: string
  height: string
  /** names the frame for screen readers (WCAG 4.1.2) */
  title: string
}

/** The `<iframe>` a page pastes in: lazy, titled, borderless. */
export function iframeSnippet({ src, width, height, title }: FrameOptions): string {
  const attributes = [
    ['src', src],
    ['width', width],
    ['height', height],
    ['title', title],
    ['loading', 'lazy'],
    ['style', 'border:0'],
  ]
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value ?? '')}"`).join(' ')}></iframe>`
}
