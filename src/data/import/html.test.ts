import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText } from './html'

describe('htmlToText', () => {
  it('keeps text content and drops tags and attributes', () => {
    expect(htmlToText('<b>Kyiv</b> <i class="x">and</i> <span style="color:red">Lviv</span>').text).toBe('Kyiv and Lviv')
  })
  it('drops the contents of script and style, and event-handler attributes', () => {
    const { text } = htmlToText(
      'a<script>alert("x")</script>b<STYLE>p{}</STYLE>c<img src=x onerror="alert(1)">d<svg><script>1</script></svg>e<script>never closed',
    )
    expect(text).toBe('abcde')
    expect(text).not.toContain('alert')
  })
  it('does not end a script at a look-alike', () => {
    expect(htmlToText('<script>if (a </scripts> b) {}</script>ok').text).toBe('ok')
  })
  it('turns blocks and <br> into line breaks and collapses white space', () => {
    expect(htmlToText('<p>One\n   two</p><p>Three<br>four</p><ul><li>x</li><li>y</li></ul>').text).toBe('One two\n\nThree\nfour\n\nx\n\ny')
  })
  it('decodes the common entities, in text and in links', () => {
    expect(htmlToText('Tom &amp; Jerry &lt;3 &quot;q&quot; &#39;s&#x27; &ndash; &hellip; &nbsp;x &unknown; &#0; &#xD800;').text).toBe(
      'Tom & Jerry <3 "q" \'s\' – … x &unknown; \ufffd \ufffd',
    )
    expect(htmlToText('<a href="https://example.org/?a=1&amp;b=2">x</a>').links).toEqual(['https://example.org/?a=1&b=2'])
  })
  it('collects http(s) links only, without duplicates, and keeps the link text', () => {
    const { text, links } = htmlToText(
      '<a href="https://a.example/x">A</a> <a href=\'javascript:alert(1)\'>B</a> <a title="t" HREF=http://b.example/>C</a> ' +
        '<a href="data:text/html,x">D</a> <a href="https://a.example/x">E</a> <a href="/relative">F</a>',
    )
    expect(text).toBe('A B C D E F')
    expect(links).toEqual(['https://a.example/x', 'http://b.example/'])
  })
  it('reads a lone "<" as text', () => {
    expect(htmlToText('a < b and 3<4 and <3').text).toBe('a < b and 3<4 and <3')
  })
  it('treats a tag that never closes as the end of the text, as a browser would', () => {
    expect(htmlToText('before <a href="https://x.example/ rest').text).toBe('before')
    expect(htmlToText('before <b').text).toBe('before')
  })
  it('drops comments and doctype', () => {
    expect(htmlToText('<!DOCTYPE html><!-- <b>hidden</b> -->shown<!-- open').text).toBe('shown')
  })
  it('stays linear on pathological input', () => {
    const inputs = ['<a x="'.repeat(50_000), '<a '.repeat(50_000) + ' '.repeat(100_000), '<script>'.repeat(50_000), '&#'.repeat(100_000), '<'.repeat(200_000)]
    const started = Date.now()
    for (const input of inputs) htmlToText(input)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('decodeEntities', () => {
  it('leaves text without "&" untouched', () => {
    expect(decodeEntities('plain')).toBe('plain')
  })
  it('decodes astral code points', () => {
    expect(decodeEntities('&#x1F600;')).toBe('\u{1F600}')
  })
})
