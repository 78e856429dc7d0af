import { useMemo } from 'react'
import { useAppStore } from '../store/appStore'
import { countByCategory } from '../store/selectors'
import { useT } from '../i18n/useT'
import { LocalText } from './LocalText'
import { ColorDot } from './ColorDot'

export function Legend() {
  const t = useT()
  const dataset = useAppStore((s) => s.dataset)
  const counts = useMemo(() => (dataset ? countByCategory(dataset) : new Map<string, number>()), [dataset])
  const withoutPlace = useMemo(() => dataset?.events.filter((e) => !e.place).length ?? 0, [dataset])
  if (!dataset) return null
  return (
    <section className="legend" data-testid="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="panel-heading">
        {t('legend.heading')}
      </h2>
      <ul>
        {dataset.categories.map((category) => (
          <li key={category.id} data-category={category.id}>
            <ColorDot color={category.color} />
            <LocalText text={category.label} />
            <span className="legend-count">{counts.get(category.id) ?? 0}</span>
          </li>
        ))}
      </ul>
      {withoutPlace > 0 && <p className="legend-note">{t('legend.noPlace', { n: withoutPlace })}</p>}
    </section>
  )
}
