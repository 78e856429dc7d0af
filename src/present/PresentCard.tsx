import { useMemo } from 'react'
import { useAppStore } from '../store/appStore'
import { indexCategories } from '../store/selectors'
import { eventOffsetLabel, formatEventSpan } from '../lib/format'
import { useT } from '../i18n/useT'
import { LocalText } from '../ui/LocalText'
import { CategoryMark } from '../ui/CategoryMark'
import type { Slide } from './story'

/** The current step's event, in type a class can read from the back of the room. */
export function PresentCard({ slide }: { slide: Slide }) {
  const t = useT()
  const dataset = useAppStore((s) => s.dataset)
  const lang = useAppStore((s) => s.lang)
  const categories = useMemo(() => indexCategories(dataset), [dataset])
  const { event } = slide
  const category = categories.get(event.category)
  const publishers = [...new Set(event.sources.map((source) => source.publisher))]

  return (
    <article className="present-card" data-testid="present-card">
      {category && (
        <p className="present-category">
          <CategoryMark color={category.color} shape={category.shape} />
          <LocalText text={category.label} />
        </p>
      )}
      <LocalText as="h2" className="present-title" text={event.title} />
      <dl className="present-facts">
        <dt>{t('detail.when')}</dt>
        <dd data-testid="present-time">
          <time dateTime={event.start.iso}>{formatEventSpan(event.start, event.end, lang)}</time>{' '}
          <span className="present-zone">({eventOffsetLabel(event.start)})</span>
          {event.timeApproximate && <span className="badge">{t('detail.timeApprox')}</span>}
        </dd>
        <dt>{t('detail.where')}</dt>
        <dd data-testid="present-place">
          {event.place ? <LocalText text={event.place.name} /> : t('present.noPlace')}
          {event.place?.approximate && <span className="badge">{t('detail.placeApprox')}</span>}
        </dd>
      </dl>
      {event.summary && <LocalText as="p" className="present-summary" text={event.summary} />}
      {publishers.length > 0 && (
        <p className="present-sources">
          <span className="present-sources-label">{t('detail.sources')}</span> {publishers.join(' · ')}
        </p>
      )}
    </article>
  )
}

/** Notes for the speaker: shown on demand, or large in the speaker's own window. */
export function SpeakerNotes({ slide, next }: { slide: Slide; next: Slide | undefined }) {
  const t = useT()
  return (
    <aside className="speaker-notes" data-testid="speaker-notes" aria-label={t('present.notes')}>
      <h3 className="speaker-notes-heading">{t('present.notes')}</h3>
      {slide.notes ? <LocalText as="p" className="speaker-notes-text" text={slide.notes} /> : <p className="speaker-notes-none">{t('present.noNotes')}</p>}
      <p className="speaker-next" data-testid="speaker-next">
        {next ? (
          <>
            <span className="speaker-next-label">{t('present.upNext')}</span> <LocalText text={next.event.title} />
          </>
        ) : (
          t('present.lastStep')
        )}
      </p>
    </aside>
  )
}
