import { useAppStore, type Basemap } from '../store/appStore'
import { LANGS } from '../i18n'
import { useT } from '../i18n/useT'
import { LocalText } from './LocalText'
import { VisibleCount } from './VisibleCount'
import { ShareButton } from '../publish/ShareDialog'
import { PresentButton } from '../present/PresentButton'
import { DatasetControls } from './import/DatasetControls'

export function Header() {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const setLang = useAppStore((s) => s.setLang)
  const basemap = useAppStore((s) => s.basemap)
  const setBasemap = useAppStore((s) => s.setBasemap)
  const title = useAppStore((s) => s.dataset?.title)
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {title && <LocalText as="h1" className="dataset-title" text={title} />}
      </div>
      <VisibleCount />
      <div className="header-controls">
        <DatasetControls />
        <label className="control">
          <span>{t('header.basemap')}</span>
          <select data-testid="basemap-select" value={basemap} onChange={(e) => setBasemap(e.target.value as Basemap)}>
            <option value="offline">{t('basemap.offline')}</option>
            <option value="osm">{t('basemap.osm')}</option>
          </select>
        </label>
        <div className="lang-switch" role="group" aria-label={t('header.language')}>
          {LANGS.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={lang === code}
              data-testid={`lang-${code}`}
              onClick={() => setLang(code)}
              title={t(`lang.${code}`)}
            >
              {code.toUpperCase()}
            </button>
          ))}
        </div>
        <ShareButton />
        <PresentButton />
      </div>
    </header>
  )
}
