import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { browserLang, MESSAGES, translate } from '.'
import { en } from './en'

describe('locale files', () => {
  it('German and English have exactly the same keys, none empty', () => {
    expect(Object.keys(MESSAGES.de).sort()).toEqual(Object.keys(en).sort())
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${lang}:${key}`).not.toBe('')
    }
  })
  it('both languages use the same placeholders in each string', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural, )/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(MESSAGES.de[key]), key).toEqual(placeholders(en[key]))
    }
  })
  it('every key used in the code exists', () => {
    const used = new Set<string>()
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]!)
        }
      }
    }
    walk(new URL('..', import.meta.url).pathname)
    expect(used.size).toBeGreaterThan(20)
    for (const key of used) expect(Object.keys(en), key).toContain(key)
  })
})

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('de', 'count.visible', { n: 3, total: 36 })).toBe('3 von 36 Ereignissen')
    expect(translate('en', 'count.visible', { n: 3, total: 36 })).toBe('3 of 36 events')
  })
})

describe('counts', () => {
  it('are written with the digit grouping of the language', () => {
    expect(translate('en', 'count.visible', { n: 1234, total: 100_000 })).toBe('1,234 of 100,000 events')
    expect(translate('de', 'count.visible', { n: 1234, total: 100_000 })).toBe('1.234 von 100.000 Ereignissen')
    expect(translate('de', 'datasets.imported', { name: 'events-2024', n: 36 })).toBe('events-2024 (36 Ereignisse)')
    // text stays as it is, digits and all
    expect(translate('de', 'datasets.imported', { name: '100000', n: 5 })).toBe('100000 (5 Ereignisse)')
  })
})

describe('plurals', () => {
  it('say one and many as each language does', () => {
    expect(translate('en', 'problems.heading', { n: 1 })).toBe('1 record could not be loaded; the rest is shown.')
    expect(translate('en', 'problems.heading', { n: 2 })).toBe('2 records could not be loaded; the rest is shown.')
    expect(translate('de', 'problems.heading', { n: 1 })).toBe('1 Datensatz konnte nicht geladen werden; der Rest wird angezeigt.')
    expect(translate('de', 'problems.heading', { n: 1200 })).toBe('1.200 Datensätze konnten nicht geladen werden; der Rest wird angezeigt.')
    expect(translate('en', 'import.confirm', { n: 1 })).toBe('Show this event')
    expect(translate('de', 'import.confirm', { n: 0 })).toBe('Diese 0 Ereignisse zeigen')
    expect(translate('en', 'count.visible', { n: 0, total: 1 })).toBe('0 of 1 event')
    expect(translate('de', 'datasets.imported', { name: 'x', n: 1 })).toBe('x (1 Ereignis)')
  })
  it('every plural form in the locale files is one and other, around a count', () => {
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      for (const [key, text] of Object.entries(messages)) {
        const opened = [...text.matchAll(/\{\w+, plural,/g)].length
        const wellFormed = [...text.matchAll(/\{(\w+), plural, one \{[^{}]*\} other \{[^{}]*#?[^{}]*\}\}/g)].length
        expect(wellFormed, `${lang}:${key}`).toBe(opened)
      }
    }
  })
})

describe('browserLang', () => {
  it('picks German for any German locale, else English', () => {
    expect(browserLang(['de-AT', 'en'])).toBe('de')
    expect(browserLang(['fr-FR', 'de'])).toBe('de')
    expect(browserLang(['fr-FR'])).toBe('en')
    expect(browserLang([])).toBe('en')
  })
})
