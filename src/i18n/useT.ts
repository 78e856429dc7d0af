import { useCallback } from 'react'
import { useAppStore } from '../store/appStore'
import { translate, type MessageKey } from '.'

/** t() bound to the current language; re-renders the caller when the language changes. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useAppStore((s) => s.lang)
  return useCallback((key, params) => translate(lang, key, params), [lang])
}
