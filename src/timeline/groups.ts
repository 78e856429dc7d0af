/** The timeline's category rows: which rows there are, and how a row's label is drawn. */
import type { Category, ChronoEvent } from '../data/model'
import type { Shape } from '../data/schema'
import { textIn } from '../lib/text'
import { formatCount, type Lang } from '../i18n'
import { createMarkElement } from '../ui/markElement'
import { ITEM_MARK } from './items'
import { eventsByCategory } from './density'

export interface TimelineGroup {
  /** the category id */
  id: string
  /** the category label in the current language; drawn by renderGroupLabel */
  content: string
  /** position in the dataset's category list, read by vis-timeline's groupOrder */
  order: number
  color: string
  shape: Shape
  /** events of this category on the timeline (after the filters), shown even when the row is collapsed */
  count: number
  /** the count as the language writes it (1,329 / 1.329) */
  countText: string
  collapsed: boolean
  /** accessible name of the row's toggle */
  ariaLabel: string
  className: string
}

export interface GroupOptions {
  lang: Lang
  collapsedRows: readonly string[]
  /** the toggle's accessible name, from the locale files */
  describe: (label: string, count: number) => string
}

/** One row per dataset category, in the dataset's order, each with the number of its (filtered) events. */
export function buildTimelineGroups(categories: readonly Category[], events: readonly ChronoEvent[], options: GroupOptions): TimelineGroup[] {
  // made once per list of events, not at every window change (density.ts)
  const byCategory = eventsByCategory(events)
  const collapsed = new Set(options.collapsedRows)
  return categories.map((category, order) => {
    const label = textIn(category.label, options.lang)
    const count = byCategory.get(category.id)?.length ?? 0
    const isCollapsed = collapsed.has(category.id)
    return {
      id: category.id,
      content: label,
      order,
      color: category.color,
      shape: category.shape,
      count,
      countText: formatCount(options.lang, count),
      collapsed: isCollapsed,
      ariaLabel: options.describe(label, count),
      className: isCollapsed ? 'cm-row is-collapsed' : 'cm-row',
    }
  })
}

/**
 * A row label as DOM nodes built with textContent: a button, so it takes focus and Enter/Space toggle it.
 * vis-timeline replaces the label on every change of its group, so the caller restores focus (see EventTimeline).
 */
export function renderGroupLabel(group: TimelineGroup, onToggle: (categoryId: string, hadFocus: boolean) => void): HTMLElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'cm-row-toggle'
  button.dataset['category'] = group.id
  button.setAttribute('aria-expanded', String(!group.collapsed))
  button.setAttribute('aria-label', group.ariaLabel)
  const marker = document.createElement('span')
  marker.className = 'cm-row-marker'
  marker.setAttribute('aria-hidden', 'true')
  marker.textContent = group.collapsed ? '▸' : '▾'
  const mark = createMarkElement(group.shape, group.color, ITEM_MARK)
  const label = document.createElement('span')
  label.className = 'cm-row-label'
  label.textContent = group.content
  const count = document.createElement('span')
  count.className = 'cm-row-count'
  count.textContent = group.countText
  button.append(marker, mark, label, count)
  button.addEventListener('click', () => onToggle(group.id, document.activeElement === button))
  return button
}
