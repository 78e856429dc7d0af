import 'vis-timeline/styles/vis-timeline-graph2d.css'
// after vis-timeline's CSS, so ours wins at equal specificity
import './timeline.css'
import { useEffect, useMemo, useRef, type CSSProperties } from 'react'
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext'
import { DataSet } from 'vis-data/esnext'
import { selectFilteredEvents, useAppStore } from '../store/appStore'
import { positionOf, timeIndexOf } from '../store/timeIndex'
import { indexCategories, type TimeWindow } from '../store/selectors'
import { useT } from '../i18n/useT'
import { moment } from './moment'
import { drawsWindowOnly, eventsByCategory, eventSpan, timelineSource } from './density'
import { whenIdle } from '../lib/idle'
import { DensityLayer, isOnBin } from './densityLayer'
import { isOnOwnItem, ItemLayer } from './itemLayer'
import { ITEM_MARGIN } from './stacking'
import { buildTimelineItems, renderItemContent, syncDataSet, type TimelineItem, type TimelineRows } from './items'
import { buildTimelineGroups, renderGroupLabel, type TimelineGroup } from './groups'
import { TimelineToolbar } from './TimelineToolbar'
import { batchItemDrawing, drawInNextFrame, queueRedraw } from './visBatching'
import { bindLabelScroll, revealItemRow } from './verticalScroll'

const HOUR = 3_600_000
const YEAR = 365 * 24 * HOUR
/**
 * Height of the toolbar strip above the axis. The strip is the vis root's top border (timeline.css), so a drag
 * on it still pans the timeline; vis measures the root's offsetHeight border included, hence the shorter height.
 */
const TOOLBAR_PX = 36

type ToggleRow = (categoryId: string, hadFocus: boolean) => void

function baseOptions(lang: string, onToggleRow: ToggleRow): TimelineOptions {
  return {
    locale: lang,
    moment: (date: moment.MomentInput) => moment(date).locale(lang),
    height: `calc(100% - ${TOOLBAR_PX}px)`,
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    zoomMin: HOUR,
    zoomMax: 20 * YEAR,
    orientation: { axis: 'top', item: 'top' },
    // the same margins as the item layer's stacks (itemLayer.ts)
    margin: { item: { horizontal: ITEM_MARGIN.horizontal, vertical: ITEM_MARGIN.vertical }, axis: ITEM_MARGIN.axis },
    dataAttributes: ['event-id'],
    template: (item: TimelineItem) => renderItemContent(item),
    groupOrder: 'order',
    // vis also draws its hidden row of ungrouped items through this template, with null data
    groupTemplate: (group: TimelineGroup | null) => (group ? renderGroupLabel(group, onToggleRow) : ''),
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
  const groupsRef = useRef<DataSet<TimelineGroup, 'id'> | null>(null)
  /** the rows mode the timeline currently shows: groups attached or not */
  const shownRowsRef = useRef<TimelineRows>('single')
  /** the density bins of large datasets, drawn beside vis's items (densityLayer.ts) */
  const densityRef = useRef<DensityLayer | null>(null)
  /** the single items of large datasets, drawn beside vis's items too (itemLayer.ts) */
  const itemLayerRef = useRef<ItemLayer | null>(null)
  /** a row label that had focus when it was toggled; vis replaces the label, so focus goes back to the new one */
  const refocusRowRef = useRef<string | null>(null)
  const drawnVersionRef = useRef(0)
  /** whether the timeline shows density bins now, which leave the selected event without an item */
  const binsShownRef = useRef(false)
  const t = useT()

  const dataset = useAppStore((s) => s.dataset)
  const filtered = useAppStore(selectFilteredEvents)
  const version = useAppStore((s) => s.datasetVersion)
  const lang = useAppStore((s) => s.lang)
  const hoveredId = useAppStore((s) => s.hoveredId)
  const selectedId = useAppStore((s) => s.selectedId)
  const storeWindow = useAppStore((s) => s.window)
  const reducedMotion = useAppStore((s) => s.reducedMotion)
  const rows = useAppStore((s) => s.timelineRows)
  const collapsedRows = useAppStore((s) => s.collapsedRows)
  // large datasets draw what the window holds, so only they follow the window
  const densityWindow = drawsWindowOnly(filtered) ? storeWindow : null
  const categories = useMemo(() => indexCategories(dataset), [dataset])

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const items = new DataSet<TimelineItem, 'id'>()
    const groups = new DataSet<TimelineGroup, 'id'>()
    const { lang: initialLang, window: initialWindow, toggleRow } = useAppStore.getState()
    const onToggleRow: ToggleRow = (categoryId, hadFocus) => {
      if (hadFocus) refocusRowRef.current = categoryId
      toggleRow(categoryId)
    }
    const timeline = new Timeline(container, items, baseOptions(initialLang, onToggleRow))
    batchItemDrawing(timeline)
    if (initialWindow) timeline.setWindow(initialWindow.start, initialWindow.end, { animation: false })
    timelineRef.current = timeline
    itemsRef.current = items
    groupsRef.current = groups
    shownRowsRef.current = 'single'
    const unbind = bindTimelineEvents(timeline, drawnVersionRef)
    // a density bin is not an event: clicking one zooms into its slice of time
    const density = new DensityLayer(timeline, container, (bin) => timeline.setWindow(bin.start, bin.end ?? bin.start, { animation: false }))
    densityRef.current = density
    const { selectEvent, hoverEvent } = useAppStore.getState()
    const itemLayer = new ItemLayer(timeline, container, { onSelect: (id) => selectEvent(id, 'timeline'), onHover: hoverEvent })
    itemLayer.setSelection(useAppStore.getState().selectedId)
    itemLayerRef.current = itemLayer
    const unbindLabelScroll = bindLabelScroll(timeline, container)
    return function destroyTimeline() {
      unbind()
      density.destroy()
      densityRef.current = null
      itemLayer.destroy()
      itemLayerRef.current = null
      unbindLabelScroll()
      timeline.destroy()
      timelineRef.current = null
      itemsRef.current = null
      groupsRef.current = null
    }
  }, [])

  // a large dataset's rows per category, split and indexed while the page is idle: the first switch to a row per
  // category then only draws them (splitting and indexing took ~50–100 ms of the click's task at 100,000 events)
  useEffect(() => {
    if (!drawsWindowOnly(filtered)) return
    whenIdle(() => {
      if (selectFilteredEvents(useAppStore.getState()) !== filtered) return
      for (const events of eventsByCategory(filtered).values()) timeIndexOf(events)
    })
  }, [filtered])

  // language → axis labels
  useEffect(() => {
    timelineRef.current?.setOptions({ locale: lang, moment: (date: moment.MomentInput) => moment(date).locale(lang) })
  }, [lang])

  // store window → timeline (from the URL or another view); before the items below, which are placed for it
  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline || !storeWindow) return
    const current = timeline.getWindow()
    if (Math.abs(current.start.valueOf() - storeWindow.start) > 1000 || Math.abs(current.end.valueOf() - storeWindow.end) > 1000) {
      timeline.setWindow(storeWindow.start, storeWindow.end, { animation: false })
    }
  }, [storeWindow])

  // dataset, language, hover, rows → groups and items, each diffed into its one DataSet
  useEffect(() => {
    const items = itemsRef.current
    const groups = groupsRef.current
    const timeline = timelineRef.current
    if (!items || !groups || !timeline || !dataset) return
    if (rows === 'category') {
      const describe = (label: string, count: number) => t('timeline.rowToggle', { label, n: count })
      syncDataSet(groups, buildTimelineGroups(dataset.categories, filtered, { lang, collapsedRows, describe }))
    }
    if (shownRowsRef.current !== rows) {
      // vis does not move an existing item between its ungrouped row and the category rows when setGroups
      // or the item's group changes (it hides it instead), so the items go and come back with the new mode
      items.clear()
      timeline.setGroups(rows === 'category' ? groups : undefined)
      shownRowsRef.current = rows
    }
    const colorOf = (categoryId: string) => categories.get(categoryId)?.color ?? '#666666'
    const shapeOf = (categoryId: string) => categories.get(categoryId)?.shape ?? 'circle'
    const source = timelineSource(filtered, densityWindow, rows, collapsedRows)
    // rows tall enough for the bars (timeline.css)
    containerRef.current?.classList.toggle('is-density', source.mode === 'bins')
    // density bins, and a large dataset's single items, are drawn beside vis's items, which are then none
    // (densityLayer.ts, itemLayer.ts)
    const wanted = source.mode === 'bins' ? [] : buildTimelineItems(source.events, { lang, colorOf, shapeOf, hoveredId, rows, collapsedRows })
    const ownItems = drawsWindowOnly(filtered)
    const sync = () => syncDataSet(items, ownItems ? [] : wanted)
    // a row label that gets the focus back must be the one vis has drawn already: a later redraw replaces it
    if (refocusRowRef.current !== null) sync()
    else drawInNextFrame(timeline, sync)
    densityRef.current?.setBins(source.mode === 'bins' ? source.bins : [])
    itemLayerRef.current?.setItems(ownItems ? wanted : [])
    binsShownRef.current = source.mode === 'bins'
    markSelection(densityRef.current, binsShownRef.current)
    restoreSelection(timeline, items)
    if (refocusRowRef.current !== null) {
      focusRowLabel(containerRef.current, refocusRowRef.current)
      refocusRowRef.current = null
    }
    if (drawnVersionRef.current !== version) {
      drawnVersionRef.current = version
      if (!useAppStore.getState().window) fitWindow(timeline, source.mode === 'bins' ? eventSpan(filtered) : null)
      // make sure a 'changed' follows even when nothing moved: in vis's next frame, which draws the fitted window
      // anyway (Timeline.redraw() would draw it once more now, measuring every item again)
      queueRedraw(timeline)
    }
  }, [dataset, filtered, densityWindow, version, lang, hoveredId, categories, rows, collapsedRows, t])

  // store selection → timeline: select the item and bring it into the window
  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline) return
    const current = timeline.getSelection()
    markSelection(densityRef.current, binsShownRef.current)
    itemLayerRef.current?.setSelection(selectedId)
    if (selectedId === null) {
      if (current.length) timeline.setSelection([])
      return
    }
    if (current[0] !== selectedId) timeline.setSelection([selectedId])
    const state = useAppStore.getState()
    const event = state.eventsById.get(selectedId)
    const window = timeline.getWindow()
    const outside = event !== undefined && (event.spanStart > window.end.valueOf() || event.spanEnd < window.start.valueOf())
    const hasItem = Boolean(itemsRef.current?.get(selectedId))
    const source = state.selectionSource
    // Back and Forward restore the view the entry was left with, even one the reader panned away from the event
    if (source === 'history') return
    // present mode has already centred the window on its step; a large dataset's window came with the selection
    // (windowFollowingSelection in the store); an event in a collapsed row of a small dataset has no item to focus
    if (outside && hasItem && source !== 'present' && !drawsWindowOnly(selectFilteredEvents(state))) {
      // zoom:false — focus() on a point item would otherwise zoom to millisecond scale
      timeline.focus(selectedId, { animation: !reducedMotion, zoom: false })
    }
    // the item (or the mark over the bins) may sit in a row scrolled out of sight; one chosen on the timeline is in it
    if (source !== 'timeline') return revealItemRow(timeline, containerRef.current, selectedId)
  }, [selectedId, reducedMotion])

  const toolbarHeight = { '--cm-timeline-toolbar': `${TOOLBAR_PX}px` } as CSSProperties
  return (
    <section className={`timeline cm-timeline${dataset ? '' : ' is-empty'}`} aria-label={t('timeline.label')} style={toolbarHeight}>
      <TimelineToolbar />
      <div ref={containerRef} className="cm-timeline-canvas" data-testid="timeline" />
    </section>
  )
}

/** The selected event's span over the density bins, in its row; none while single items are drawn. */
function markSelection(layer: DensityLayer | null, binsShown: boolean): void {
  if (!layer) return
  const state = useAppStore.getState()
  const { selectedId, eventsById, timelineRows, collapsedRows } = state
  const event = binsShown && selectedId !== null ? eventsById.get(selectedId) : undefined
  const byCategory = timelineRows === 'category'
  // as an item would not be drawn: filtered out, or in a closed row
  if (!event || (byCategory && collapsedRows.includes(event.category)) || positionOf(selectFilteredEvents(state), event) < 0) return layer.setSelection(null)
  layer.setSelection({ id: event.id, start: event.spanStart, end: event.spanEnd, ...(byCategory ? { group: event.category } : {}) })
}

/**
 * Fits the window to the items, or, for density bins (which are no vis items), to the events' span with a margin
 * on each side like the one vis leaves around its items.
 */
function fitWindow(timeline: Timeline, span: TimeWindow | null): void {
  if (!span) return timeline.fit({ animation: false })
  const margin = (span.end - span.start) * 0.02
  timeline.setWindow(span.start - margin, span.end + margin, { animation: false })
}

/**
 * vis drops an item from its selection when the item is removed (a collapsed row, a filter); when the item
 * comes back, the store's selection is shown on it again.
 */
function restoreSelection(timeline: Timeline, items: DataSet<TimelineItem, 'id'>): void {
  const { selectedId } = useAppStore.getState()
  if (selectedId !== null && items.get(selectedId) && !timeline.getSelection().includes(selectedId)) {
    timeline.setSelection([selectedId])
  }
}

function focusRowLabel(container: HTMLElement | null, categoryId: string): void {
  const label = container?.querySelector<HTMLElement>(`.cm-row-toggle[data-category="${CSS.escape(categoryId)}"]`)
  label?.focus()
}

/** Timeline → store. Returns its own unbinding. */
function bindTimelineEvents(timeline: Timeline, drawnVersionRef: { current: number }): () => void {
  const { selectEvent, hoverEvent, setWindow, markDrawn } = useAppStore.getState()
  // vis's items are events only: density bins are drawn beside them (densityLayer.ts), and a tap on one zooms in;
  // a large dataset's items are drawn beside them too (itemLayer.ts), which selects on its own
  const onSelect = ({ items: ids, event }: { items: (string | number)[]; event?: { target?: EventTarget | null } }) => {
    if (isOnBin(event?.target) || isOnOwnItem(event?.target)) return
    const id = ids[0]
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
