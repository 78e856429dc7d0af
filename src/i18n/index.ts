import { de } from './de'
import { en, type MessageKey, type Messages } from './en'
import { reasonIn } from './reasons'

export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]
export type { MessageKey }

export const MESSAGES: Record<Lang, Messages> = { de, en }

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** The language a first visit starts in: German for German-speaking browsers, else English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLang(base)) return base
  }
  return 'en'
}

const numberFormats = new Map<Lang, Intl.NumberFormat>()

/** A count as the language writes it: 100,000 in English, 100.000 in German. */
export function formatCount(lang: Lang, n: number): string {
  let format = numberFormats.get(lang)
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB')))
  return format.format(n)
}

const pluralRules = new Map<Lang, Intl.PluralRules>()

/** `{n, plural, one {…} other {…}}`: the form for the count `n`, `#` standing for it (ICU's syntax, these two forms only). */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g

function pluralForm(lang: Lang, n: number, one: string, other: string): string {
  let rules = pluralRules.get(lang)
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)))
  return (rules.select(n) === 'one' ? one : other).replace(/#/g, formatCount(lang, n))
}

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = MESSAGES[lang][key]
  if (!params) return template
  const counted = template.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const n = params[name]
    return typeof n === 'number' ? pluralForm(lang, n, one, other) : whole
  })
  return counted.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole
    const raw = params[name]
    // numbers are counts (events, records, percent): with the language's digit grouping
    const value = typeof raw === 'number' ? formatCount(lang, raw) : String(raw)
    // a loader's reason arrives in English (src/i18n/reasons.ts)
    return name === 'reason' ? reasonIn(lang, value) : value
  })
}
