import type { LocalizedText } from '../data/model'
import { pickText } from '../lib/text'
import { useAppStore } from '../store/appStore'
import { useT } from '../i18n/useT'
import { isLang } from '../i18n'

interface LocalTextProps {
  text: LocalizedText
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'strong'
  className?: string
}

/**
 * Data text in the chosen language. When only another language exists, that text is
 * shown with its own lang attribute and a small badge — never an empty field.
 */
export function LocalText({ text, as: Tag = 'span', className }: LocalTextProps) {
  const lang = useAppStore((s) => s.lang)
  const t = useT()
  const picked = pickText(text, lang)
  const langAttr = picked.lang === 'und' ? undefined : picked.lang
  return (
    <Tag className={className} lang={langAttr}>
      {picked.text}
      {picked.fallback && (
        <span className="lang-badge" data-testid="lang-fallback" lang={lang}>
          {t('fallback.badge', { lang: isLang(picked.lang) ? t(`lang.${picked.lang}`) : picked.lang })}
        </span>
      )}
    </Tag>
  )
}
