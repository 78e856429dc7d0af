import { Component, type ReactNode } from 'react'
import { useT } from '../i18n/useT'
import type { MessageKey } from '../i18n'

/** The views that fail on their own; each names itself in the message (locale key `boundary.view.<view>`). */
export type ViewName = 'map' | 'timeline' | 'filters' | 'list' | 'detail' | 'presenter' | 'header' | 'notices'

/** every view, in layout order (the order `data-view-error` names them in) */
export const VIEW_NAMES: readonly ViewName[] = ['header', 'notices', 'map', 'timeline', 'filters', 'list', 'detail', 'presenter']

const VIEW_KEYS: Record<ViewName, MessageKey> = {
  map: 'boundary.view.map',
  timeline: 'boundary.view.timeline',
  filters: 'boundary.view.filters',
  list: 'boundary.view.list',
  detail: 'boundary.view.detail',
  presenter: 'boundary.view.presenter',
  header: 'boundary.view.header',
  notices: 'boundary.view.notices',
}

interface Props {
  view: ViewName
  /** classes for the message, so it takes the failed view's place in the layout (e.g. its grid area) */
  className?: string
  children: ReactNode
  /** told when the view fails, and when "Try again" gives it another go */
  onFailedChange?: (view: ViewName, failed: boolean) => void
}

interface State {
  error: Error | null
}

/**
 * One failing view (a widget that throws on odd data, a bug) must never blank the app: React unmounts the whole
 * tree on an uncaught render error, so each view sits in its own boundary that says what failed.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(): void {
    this.props.onFailedChange?.(this.props.view, true)
  }

  // a failed view that leaves the layout (present mode swaps the panels) is no longer failed
  override componentWillUnmount(): void {
    if (this.state.error) this.props.onFailedChange?.(this.props.view, false)
  }

  private readonly retry = () => {
    this.setState({ error: null })
    this.props.onFailedChange?.(this.props.view, false)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return <ViewFailed view={this.props.view} className={this.props.className} detail={error.message} onRetry={this.retry} />
  }
}

function ViewFailed({ view, className, detail, onRetry }: { view: ViewName; className?: string | undefined; detail: string; onRetry: () => void }) {
  const t = useT()
  return (
    <div className={`view-failed${className ? ` ${className}` : ''}`} role="alert" data-testid="view-error" data-view={view}>
      <p>{t('boundary.failed', { view: t(VIEW_KEYS[view]) })}</p>
      <p className="view-failed-detail">
        <code>{detail}</code>
      </p>
      <button type="button" onClick={onRetry}>
        {t('boundary.retry')}
      </button>
    </div>
  )
}
