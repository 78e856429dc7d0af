/**
 * HTML → plain text for formats that carry markup (TimelineJS `text.text`). A small
 * linear tokenizer, no DOM: it keeps text content, turns block boundaries into line
 * breaks, decodes the common entities, drops the contents of script, style and similar
 * elements, drops every attribute except that it collects http(s) link targets.
 */
import { isHttpUrl } from '../../lib/url'

export interface PlainText {
  text: string
  /** http(s) addresses from <a href>, in order, without duplicates */
  links: string[]
}

const NAMED_ENTITIES = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['hellip', '\u2026'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['sbquo', '\u201a'],
  ['ldquo', '\u201c'],
  ['rdquo', '\u201d'],
  ['bdquo', '\u201e'],
  ['laquo', '\u00ab'],
  ['raquo', '\u00bb'],
  ['copy', '\u00a9'],
  ['reg', '\u00ae'],
  ['trade', '\u2122'],
  ['deg', '\u00b0'],
  ['euro', '\u20ac'],
  ['pound', '\u00a3'],
  ['middot', '\u00b7'],
  ['bull', '\u2022'],
  ['times', '\u00d7'],
  ['shy', ''],
  ['zwj', '\u200d'],
  ['zwnj', '\u200c'],
])

/** Elements whose content is never text for a reader. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'textarea', 'title'])
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'figure', 'figcaption', 'pre', 'hr', 'dl', 'dt', 'dd', 'aside', 'nav', 'address',
])

const ENTITY = /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g

/** Decodes numeric entities and the common named ones; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
      return String.fromCodePoint(code)
    }
    const named = NAMED_ENTITIES.get(body) ?? NAMED_ENTITIES.get(body.toLowerCase())
    return named === undefined ? whole : named
  })
}

const TAG_NAME = /[a-zA-Z][a-zA-Z0-9:-]*/y
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f'

interface Tag {
  name: string
  closing: boolean
  href?: string
  /** index just after the closing '>' */
  end: number
}

/**
 * Parses the tag starting at `start` ('<'). 'text' when no tag starts there ("a < b");
 * 'eof' when the input ends inside the tag, as a browser would read it.
 */
function readTag(html: string, start: number): Tag | 'text' | 'eof' {
  let i = start + 1
  const closing = html[i] === '/'
  if (closing) i++
  TAG_NAME.lastIndex = i
  const nameMatch = TAG_NAME.exec(html)
  if (!nameMatch) return 'text'
  const name = nameMatch[0].toLowerCase()
  i = TAG_NAME.lastIndex
  let href: string | undefined
  const n = html.length
  // every step moves i forward, and a quoted value is found with one indexOf: linear
  while (i < n) {
    const ch = html[i]
    if (ch === '>') return { name, closing, href, end: i + 1 }
    if (isSpace(ch) || ch === '/' || ch === '=') {
      i++
      continue
    }
    const nameStart = i
    while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++
    const attrName = html.slice(nameStart, i).toLowerCase()
    let j = i
    while (j < n && isSpace(html[j])) j++
    if (html[j] !== '=') {
      i = j
      continue
    }
    j++
    while (j < n && isSpace(html[j])) j++
    if (j >= n) return 'eof'
    const quote = html[j]
    let value: string
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1)
      if (close === -1) return 'eof'
      value = html.slice(j + 1, close)
      i = close + 1
    } else {
      let k = j
      while (k < n && !isSpace(html[k]) && html[k] !== '>') k++
      value = html.slice(j, k)
      i = k
    }
    if (attrName === 'href' && href === undefined) href = value
  }
  return 'eof'
}

function tidy(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Plain text of an HTML fragment, and the http(s) links it contains. */
export function htmlToText(html: string): PlainText {
  const out: string[] = []
  const links: string[] = []
  const seen = new Set<string>()
  let i = 0
  let textStart = 0
  const flush = (to: number) => {
    // white space in the source, line breaks included, is one space; only <br> and blocks break lines
    if (to > textStart) out.push(decodeEntities(html.slice(textStart, to).replace(/\s+/g, ' ')))
  }
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt === -1) break
    i = lt
    if (html.startsWith('<!--', i)) {
      flush(i)
      const close = html.indexOf('-->', i + 4)
      i = close === -1 ? html.length : close + 3
      textStart = i
      continue
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      flush(i)
      const close = html.indexOf('>', i + 2)
      i = close === -1 ? html.length : close + 1
      textStart = i
      continue
    }
    const tag = readTag(html, i)
    if (tag === 'text') {
      i++
      continue
    }
    if (tag === 'eof') {
      // the input ends inside a tag: nothing after it is text
      flush(i)
      textStart = html.length
      break
    }
    flush(i)
    i = tag.end
    textStart = i
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const closer = new RegExp(`</${tag.name}[\\s/>]`, 'gi')
      closer.lastIndex = i
      const found = closer.exec(html)
      if (!found) {
        i = html.length
      } else {
        const close = html.indexOf('>', found.index)
        i = close === -1 ? html.length : close + 1
      }
      textStart = i
      continue
    }
    if (tag.name === 'br') out.push('\n')
    else if (BLOCK.has(tag.name)) out.push('\n\n')
    else if (tag.name === 'td' || tag.name === 'th') out.push(' ')
    if (tag.name === 'a' && !tag.closing && tag.href !== undefined) {
      const href = decodeEntities(tag.href).trim()
      if (href.length <= 2048 && isHttpUrl(href) && !seen.has(href)) {
        seen.add(href)
        links.push(href)
      }
    }
  }
  flush(html.length)
  return { text: tidy(out.join('')), links }
}
