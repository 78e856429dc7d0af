import { describe, expect, it } from 'vitest'
import { absolutePreviewUrls } from './site-url.mjs'

const HEAD = `<meta property="og:type" content="website" />
    <meta property="og:image" content="./preview.png" />
    <meta name="twitter:image" content="./preview.png" />`

describe('absolutePreviewUrls', () => {
  it('makes the preview image absolute and names the page, under a sub-path too', () => {
    const html = absolutePreviewUrls(HEAD, 'https://example.org/history/chronomap')
    expect(html).toContain('<meta property="og:url" content="https://example.org/history/chronomap/" />')
    expect(html).toContain('<meta property="og:image" content="https://example.org/history/chronomap/preview.png" />')
    expect(html).toContain('<meta name="twitter:image" content="https://example.org/history/chronomap/preview.png" />')
  })
  it('refuses anything but http(s)', () => {
    expect(() => absolutePreviewUrls(HEAD, 'javascript:alert(1)')).toThrow(/http/)
  })
})
