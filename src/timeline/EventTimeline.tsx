import 'vis-timeline/styles/vis-timeline-graph2d.css'
import { useEffect, useMemo, useRef } from 'react'
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext'
import { DataSet } from 'vis-data/esnext'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { indexCategories } from '../store/selectors'
import { useT } from '../i18n/useT'
import { moment } from './moment'
import { renderItemContent, syncDataSet, toTimelineItem, type TimelineItem } from './items'

const HOUR = 3_600_000
const YEAR = 365 * 24 * HOUR

function baseOptions(lang: string): TimelineOptions {
  return {
    locale: lang,
    moment: (date: moment.MomentInput) => moment(date).locale(lang),
    height: '100%',
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    zoomMin: HOUR,
    zoomMax: 20 * YEAR,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 2, vertical: 4 }, axis: 6 },
    dataAttributes: ['event-id'],
    template: (item: TimelineItem) => renderItemContent(item),
  }
}

interface RangeProps {
  start: Date
  end: Date
}

/** The one owner of the vis-timeline instance: created once, destroyed in the same effect's cleanup. */
export function EventTimeline() {
  const containerRef = useRef<HTMLDivElement>(null)
  const timelineRef = useRef<Timeline | null>(null)
  const itemsRef = useRef<DataSet<TimelineItem, 'id'> | null>(null)
  const drawnVersionRef = useRef(0)
  const t = useT()

  const dataset = useAppStore((s) => s.dataset)
  const filtered = useAppStore(selectFilteredEvents)
  const version = useAppStore((s) => s.datasetVersion)
  const lang = useAppStore((s) => s.lang)
  const hoveredId = useAppStore((s) => s.hoveredId)
  const selectedId = useAppStore((s) => s.selectedId)
  const storeWindow = useAppStore((s) => s.window)
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  const categories = useMemo(() => indexCategories(dataset), [dataset])

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const items = new DataSet<TimelineItem, 'id'>()
    const { lang: initialLang, window: initialWindow } = useAppStore.getState()
    const timeline = new Timeline(container, items, baseOptions(initialLang))
    if (initialWindow) timeline.setWindow(initialWindow.start, initialWindow.end, { animation: false })
    timelineRef.current = timeline
    itemsRef.current = items
    const unbind = bindTimelineEvents(timeline, drawnVersionRef)
    return function destroyTimeline() {
      unbind()
      timeline.destroy()
      timelineRef.current = null
      itemsRef.current = null
    }
  }, [])

  // language → axis labels
  useEffect(() => {
    timelineRef.current?.setOptions({ locale: lang, moment: (date: moment.MomentInput) => moment(date).locale(lang) })
  }, [lang])

  // dataset, language, hover → items, diffed into the one DataSet
  useEffect(() => {
    const items = itemsRef.current
    const timeline = timelineRef.current
    if (!items || !timeline || !dataset) return
    const wanted = filtered.map((event) =>
      toTimelineItem(event, lang, categories.get(event.category)?.color ?? '#666666', event.id === hoveredId),
    )
    syncDataSet(items, wanted)
    if (drawnVersionRef.current !== version) {
      drawnVersionRef.current = version
      if (!useAppStore.getState().window) timeline.fit({ animation: false })
      // make sure a 'changed' follows even when nothing moved
      timeline.redraw()
    }
  }, [dataset, filtered, version, lang, hoveredId, categories])

  // store window → timeline (from the URL or another view)
  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline || !storeWindow) return
    const current = timeline.getWindow()
    if (Math.abs(current.start.valueOf() - storeWindow.start) > 1000 || Math.abs(current.end.valueOf() - storeWindow.end) > 1000) {
      timeline.setWindow(storeWindow.start, storeWindow.end, { animation: false })
    }
  }, [storeWindow])

  // store selection → timeline: select the item and bring it into the window
  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline) return
    const current = timeline.getSelection()
    if (selectedId === null) {
      if (current.length) timeline.setSelection([])
      return
    }
    if (current[0] !== selectedId) timeline.setSelection([selectedId])
    const event = useAppStore.getState().eventsById.get(selectedId)
    const window = timeline.getWindow()
    if (event && (event.spanStart > window.end.valueOf() || event.spanEnd < window.start.valueOf())) {
      // zoom:false — focus() on a point item would otherwise zoom to millisecond scale
      timeline.focus(selectedId, { animation: !reducedMotion, zoom: false })
    }
  }, [selectedId, reducedMotion])

  return <div ref={containerRef} className="timeline" data-testid="timeline" role="region" aria-label={t('timeline.label')} />
}

/** Timeline → store. Returns its own unbinding. */
function bindTimelineEvents(timeline: Timeline, drawnVersionRef: { current: number }): () => void {
  const { selectEvent, hoverEvent, setWindow, markDrawn } = useAppStore.getState()
  const onSelect = ({ items }: { items: (string | number)[] }) => {
    const id = items[0]
    selectEvent(id === undefined ? null : String(id), 'timeline')
  }
  const onItemOver = ({ item }: { item: string | number }) => hoverEvent(String(item))
  const onItemOut = () => hoverEvent(null)
  const onRangeChanged = ({ start, end }: RangeProps) => setWindow({ start: start.valueOf(), end: end.valueOf() })
  const onChanged = () => {
    if (drawnVersionRef.current > 0) markDrawn('timeline', drawnVersionRef.current)
  }
  timeline.on('select', onSelect)
  timeline.on('itemover', onItemOver)
  timeline.on('itemout', onItemOut)
  timeline.on('rangechanged', onRangeChanged)
  timeline.on('changed', onChanged)
  return function unbindTimelineEvents() {
    timeline.off('select', onSelect)
    timeline.off('itemover', onItemOver)
    timeline.off('itemout', onItemOut)
    timeline.off('rangechanged', onRangeChanged)
    timeline.off('changed', onChanged)
  }
}
