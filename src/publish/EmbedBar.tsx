import { useAppStore } from '../store/appStore'
import { useT } from '../i18n/useT'
import { LocalText } from '../ui/LocalText'
import { VisibleCount } from '../ui/VisibleCount'
import { fullViewUrl } from './embed'
import { useViewSearch } from './useViewSearch'

/** The embed's one line of chrome: what this is, and a way out to the full app with the same view. */
export function EmbedBar() {
  const t = useT()
  const title = useAppStore((s) => s.dataset?.title)
  const href = fullViewUrl(window.location, useViewSearch())
  return (
    <footer className="embed-bar" data-testid="embed-bar">
      <p className="embed-about">
        <span className="embed-brand">{t('app.name')}</span>
        {title && <LocalText className="embed-title" text={title} />}
      </p>
      <VisibleCount />
      <a className="embed-open" data-testid="open-full-view" href={href} target="_blank" rel="noopener">
        {t('embed.openFull')}
        <span className="visually-hidden"> {t('detail.opensNewTab')}</span>
      </a>
    </footer>
  )
}
