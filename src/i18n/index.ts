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

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = MESSAGES[lang][key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole
    const value = String(params[name])
    // a loader's reason arrives in English (src/i18n/reasons.ts)
    return name === 'reason' ? reasonIn(lang, value) : value
  })
}
