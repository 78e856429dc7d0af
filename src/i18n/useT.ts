import { useCallback } from 'react'
import { useAppStore } from '../store/appStore'
import { translate, type Lang, type MessageKey } from '.'

/** The current language; re-renders the caller when it changes. */
export function useLang(): Lang {
  return useAppStore((s) => s.lang)
}

/** t() bound to the current language; re-renders the caller when the language changes. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useLang()
  return useCallback((key, params) => translate(lang, key, params), [lang])
}
