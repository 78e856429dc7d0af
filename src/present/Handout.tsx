import './print.css'
import { useEffect, useMemo, useRef } from 'react'
import type { FeatureCollection } from 'geojson'
import type { Category, Source } from '../data/model'
import { useAppStore } from '../store/appStore'
import { indexCategories } from '../store/selectors'
import { eventOffsetLabel, formatEventSpan } from '../lib/format'
import { useT } from '../i18n/useT'
import { LocalText } from '../ui/LocalText'
import type { Slide } from './story'
import { MiniMap } from './MiniMap'
import { useCountries } from './useCountries'

function HandoutSource({ source }: { source: Source }) {
  const label = source.title ? `${source.publisher}: ${source.title}` : source.publisher
  return (
    <li>
      <span className="handout-source-label">{label}</span>
      {source.date && <span className="handout-source-date"> ({source.date})</span>}
      {/* the address itself is the link text, so it is on paper too */}
      {source.url && (
        <>
          {' '}
          <a className="handout-url" href={source.url} target="_blank" rel="noopener noreferrer">
            {source.url}
          </a>
        </>
      )}
    </li>
  )
}

function HandoutEvent({ slide, number, category, countries }: { slide: Slide; number: number; category: Category | undefined; countries: FeatureCollection | null }) {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const { event } = slide
  return (
    <li className="handout-event" data-event-id={event.id}>
      <MiniMap event={event} color={category?.color ?? '#666666'} shape={category?.shape ?? 'circle'} countries={countries} />
      <div className="handout-text">
        <h2 className="handout-title">
          <span className="handout-number">{number}</span> <LocalText text={event.title} />
        </h2>
        <p className="handout-meta">
          <time dateTime={event.start.iso}>{formatEventSpan(event.start, event.end, lang)}</time> ({eventOffsetLabel(event.start)})
          {' · '}
          {event.place ? <LocalText text={event.place.name} /> : t('handout.noPlace')}
        </p>
        {event.summary && <LocalText as="p" className="handout-summary" text={event.summary} />}
        {event.sources.length > 0 && (
          <>
            <h3 className="handout-subheading">{t('detail.sources')}</h3>
            <ul className="handout-sources">
              {event.sources.map((source, i) => (
                <HandoutSource key={i} source={source} />
              ))}
            </ul>
          </>
        )}
      </div>
    </li>
  )
}

/**
 * The handout: every step of the story with date, place, summary, sources (addresses written out) and a small
 * map, as a page to print. On screen it covers the app with a print button; print.css lays it out on A4.
 */
export function Handout({ slides }: { slides: readonly Slide[] }) {
  const t = useT()
  const dataset = useAppStore((s) => s.dataset)
  const setHandoutOpen = useAppStore((s) => s.setHandoutOpen)
  const categories = useMemo(() => indexCategories(dataset), [dataset])
  const countries = useCountries()
  const closeRef = useRef<HTMLButtonElement>(null)

  // focus moves into the handout and back to where it was when it closes
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    closeRef.current?.focus()
    return () => before?.focus()
  }, [])

  if (!dataset) return null
  return (
    <div className="handout-backdrop">
      <div className="handout" data-testid="handout" role="dialog" aria-modal="true" aria-label={t('handout.label')}>
        <div className="handout-toolbar">
          <button type="button" data-testid="handout-print" onClick={() => window.print()}>
            {t('handout.print')}
          </button>
          <button type="button" ref={closeRef} data-testid="handout-close" onClick={() => setHandoutOpen(false)}>
            {t('handout.close')}
          </button>
        </div>
        <header className="handout-header">
          <LocalText as="h1" className="handout-heading" text={dataset.title} />
          <p className="handout-intro">{t('handout.intro', { n: slides.length })}</p>
        </header>
        <ol className="handout-events">
          {slides.map((slide, i) => (
            <HandoutEvent
              key={`${i}-${slide.event.id}`}
              slide={slide}
              number={i + 1}
              category={categories.get(slide.event.category)}
              countries={countries}
            />
          ))}
        </ol>
        <footer className="handout-credit">{t('handout.credit')}</footer>
      </div>
    </div>
  )
}
