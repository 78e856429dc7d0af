import { useMemo } from 'react'
import { useAppStore, selectSelectedEvent } from '../store/appStore'
import type { ChronoEvent, Source } from '../data/model'
import { eventOffsetLabel, formatEventSpan, hasClockTime } from '../lib/format'
import { linkHost } from '../lib/url'
import { textIn } from '../lib/text'
import { indexCategories } from '../store/selectors'
import { useT } from '../i18n/useT'
import { LocalText } from './LocalText'
import { CategoryMark } from './CategoryMark'

function SourceItem({ source }: { source: Source }) {
  const t = useT()
  const host = source.url ? linkHost(source.url) : null
  const label = source.title ? `${source.publisher}: ${source.title}` : source.publisher
  return (
    <li className="source">
      {source.url && host ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {label}
          <span className="visually-hidden"> {t('detail.opensNewTab')}</span>
        </a>
      ) : (
        <span>{label}</span>
      )}
      {source.date && <span className="source-date"> · {source.date}</span>}
      {host && <span className="source-host"> · {host}</span>}
      {source.note && <LocalText as="p" className="source-note" text={source.note} />}
    </li>
  )
}

function RelatedList({ event }: { event: ChronoEvent }) {
  const t = useT()
  const eventsById = useAppStore((s) => s.eventsById)
  const selectEvent = useAppStore((s) => s.selectEvent)
  if (event.related.length === 0) return null
  return (
    <section aria-labelledby="detail-related">
      <h3 id="detail-related">{t('detail.related')}</h3>
      <ul className="related">
        {event.related.map((rel) => {
          const other = eventsById.get(rel.id)
          if (!other) return null
          return (
            <li key={`${rel.relation}-${rel.id}`}>
              <span className={`relation relation-${rel.relation}`}>{t(`relation.${rel.relation}`)}</span>{' '}
              <a
                href={`?event=${encodeURIComponent(rel.id)}`}
                data-related-id={rel.id}
                onClick={(e) => {
                  e.preventDefault()
                  selectEvent(rel.id, 'detail')
                }}
              >
                <LocalText text={other.title} />
              </a>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

export function EventDetail() {
  const t = useT()
  const event = useAppStore(selectSelectedEvent)
  const dataset = useAppStore((s) => s.dataset)
  const lang = useAppStore((s) => s.lang)
  const selectEvent = useAppStore((s) => s.selectEvent)
  const categories = useMemo(() => indexCategories(dataset), [dataset])

  if (!event) {
    return (
      <aside className="detail-pane" aria-label={t('detail.heading')}>
        {/* nothing to choose from while the first dataset (or a link's) loads */}
        {dataset && (
          <p className="detail-empty" data-testid="detail-empty">
            {t('detail.empty')}
          </p>
        )}
        {dataset?.description && <LocalText as="p" className="dataset-description" text={dataset.description} />}
      </aside>
    )
  }

  const category = categories.get(event.category)
  const offset = eventOffsetLabel(event.start)
  // "(Kyjiw, UTC+3)": the place tells whose clock the time is
  const placeName = event.place ? textIn(event.place.name, lang) : null
  return (
    <aside className="detail-pane" aria-label={t('detail.heading')}>
      <article className="event-detail" data-testid="event-detail" data-event-id={event.id} aria-labelledby="detail-title">
        <header className="detail-header">
          {category && (
            <p className="detail-category">
              <CategoryMark color={category.color} shape={category.shape} />
              <LocalText text={category.label} />
            </p>
          )}
          <button type="button" className="detail-close" onClick={() => selectEvent(null, 'detail')} aria-label={t('detail.close')}>
            ×
          </button>
        </header>
        <LocalText as="h2" text={event.title} className="detail-title" />
        <dl className="detail-facts">
          <dt>{t('detail.when')}</dt>
          <dd data-testid="detail-time">
            <time dateTime={event.start.iso}>{formatEventSpan(event.start, event.end, lang)}</time>{' '}
            <span className="detail-zone">
              ({placeName ? t('detail.zoneAt', { place: placeName, offset }) : t(hasClockTime(event.start.precision) ? 'detail.localTime' : 'detail.localDate', { offset })})
            </span>
            {event.timeApproximate && <span className="badge">{t('detail.timeApprox')}</span>}
            {event.timeNote && <LocalText as="span" className="detail-time-note" text={event.timeNote} />}
          </dd>
          <dt>{t('detail.where')}</dt>
          <dd data-testid="detail-place">
            {event.place ? (
              <>
                <LocalText text={event.place.name} />
                {event.place.approximate && <span className="badge">{t('detail.placeApprox')}</span>}
                {event.place.detail && <LocalText as="span" className="detail-place-detail" text={event.place.detail} />}
              </>
            ) : (
              t('detail.noPlace')
            )}
          </dd>
        </dl>
        {event.summary && <LocalText as="p" className="detail-summary" text={event.summary} />}
        <section aria-labelledby="detail-sources">
          <h3 id="detail-sources">{t('detail.sources')}</h3>
          {event.sources.length ? (
            <ul className="sources" data-testid="detail-sources">
              {event.sources.map((source, i) => (
                <SourceItem key={i} source={source} />
              ))}
            </ul>
          ) : (
            <p>{t('detail.noSources')}</p>
          )}
        </section>
        {event.verificationNotes.length > 0 && (
          <section aria-labelledby="detail-notes">
            <h3 id="detail-notes">{t('detail.notes')}</h3>
            <ul className="notes" data-testid="detail-notes">
              {event.verificationNotes.map((note, i) => (
                <li key={i}>
                  <LocalText text={note} />
                </li>
              ))}
            </ul>
          </section>
        )}
        <RelatedList event={event} />
      </article>
    </aside>
  )
}
