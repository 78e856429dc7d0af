/**
 * The parts of a link that depend on the data: the event to select and the categories to show. They apply to the
 * dataset they were written for: the first dataset shown, or a ?data= link's once the user accepts it
 * (datasets.ts). What the data does not have is reported and left out.
 */
import { useAppStore } from '../store/appStore'
import type { LinkView } from '../store/url'

export function applyDataDependentView(view: LinkView): void {
  const store = useAppStore.getState()
  const dataset = store.dataset
  if (!dataset) return
  if (view.selectedId) {
    if (store.eventsById.has(view.selectedId)) store.selectEvent(view.selectedId, 'url')
    else store.addNotice({ key: 'url.unknownEvent', params: { id: view.selectedId } })
  }
  const known = new Set(dataset.categories.map((c) => c.id))
  const unknown = view.filters.categories.filter((id) => !known.has(id))
  if (unknown.length) {
    store.addNotice({ key: 'url.unknownCategory', params: { ids: unknown.join(', ') } })
    store.setFilters({ categories: view.filters.categories.filter((id) => known.has(id)) })
  }
}
