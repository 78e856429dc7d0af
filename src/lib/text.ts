import type { LocalizedText } from '../data/model'

export interface PickedText {
  text: string
  /** the language the text is in; "und" when the data did not say */
  lang: string
  /** true when the wanted language was missing and another one is shown */
  fallback: boolean
}

/** The text in the wanted language, else undetermined text, else the first language given. */
export function pickText(text: LocalizedText, wanted: string): PickedText {
  const exact = text[wanted]
  if (exact !== undefined) return { text: exact, lang: wanted, fallback: false }
  const plain = text['und']
  if (plain !== undefined) return { text: plain, lang: 'und', fallback: false }
  const [lang, other] = Object.entries(text)[0] ?? ['und', '']
  return { text: other, lang, fallback: true }
}

/** Just the string, for labels and search. */
export function textIn(text: LocalizedText, wanted: string): string {
  return pickText(text, wanted).text
}

/** "1 cell", "3 cells": an English count with its noun (a reason the loader gives; regular plurals only). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
