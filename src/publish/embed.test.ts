import { describe, expect, it } from 'vitest'
import { parseUrlState } from '../store/url'
import { embedUrl, escapeAttribute, fullViewUrl, iframeSnippet, parseFrameSize } from './embed'

const PAGE = { origin: 'https://example.org', pathname: '/history/chronomap/' }

describe('links to the current view', () => {
  it('the full view drops embed and keeps the view, under a sub-path', () => {
    expect(fullViewUrl(PAGE, '?embed=1&event=strike-kyiv&lang=de')).toBe('https://example.org/history/chronomap/?event=strike-kyiv&lang=de')
  })
  it('the embed link is the same view with embed=1', () => {
    const link = embedUrl(PAGE, '?event=strike-kyiv&from=2022-10-01&to=2022-10-31&cat=diplomacy')
    const url = new URL(link)
    expect(url.pathname).toBe('/history/chronomap/')
    expect(parseUrlState(url.search)).toMatchObject({ embed: true, selectedId: 'strike-kyiv', filters: { categories: ['diplomacy'] } })
  })
})

describe('parseFrameSize', () => {
  it.each([
    ['500', false, '500'],
    [' 480px ', false, '480'],
    ['100%', true, '100%'],
    ['100%', false, null],
    ['0%', true, null],
    ['150', false, null],
    ['99999', false, null],
    ['auto', true, null],
    ['', true, null],
  ])('%j (percent allowed: %s) → %j', (value, percent, expected) => {
    expect(parseFrameSize(value, percent)).toBe(expected)
  })
})

describe('iframeSnippet', () => {
  it('writes a lazy, titled frame with the view in its src', () => {
    const snippet = iframeSnippet({ src: 'https://example.org/?event=a&embed=1', width: '100%', height: '500', title: 'chronomap: Strikes' })
    expect(snippet).toBe(
      '<iframe src="https://example.org/?event=a&amp;embed=1" width="100%" height="500" title="chronomap: Strikes" loading="lazy" style="border:0"></iframe>',
    )
  })
  it('a title cannot break out of its attribute', () => {
    const snippet = iframeSnippet({ src: 'https://example.org/', width: '320', height: '480', title: '"><script>alert(1)</script>' })
    expect(snippet).not.toContain('<script>')
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
  })
  it('escapes every character that matters in an attribute', () => {
    expect(escapeAttribute(`a&b"c<d>e'f`)).toBe(`a&amp;b&quot;c&lt;d&gt;e'f`)
  })
})
