import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ErrorBoundary } from './ErrorBoundary'

// no DOM in the unit tests: the boundary's two halves are checked on their own (catching is React's job;
// e2e/hostile.spec.ts breaks the real map in the built app and checks the rest keeps working)
describe('ErrorBoundary', () => {
  it('renders its view while nothing failed', () => {
    const html = renderToString(
      <ErrorBoundary view="map">
        <p data-testid="the-map" />
      </ErrorBoundary>,
    )
    expect(html).toBe('<p data-testid="the-map"></p>')
  })

  it('turns any thrown value into an error', () => {
    expect(ErrorBoundary.getDerivedStateFromError(new Error('boom')).error?.message).toBe('boom')
    expect(ErrorBoundary.getDerivedStateFromError('plain').error?.message).toBe('plain')
  })

  it('says which view failed, as an alert, in the layout place of that view', () => {
    const boundary = new ErrorBoundary({ view: 'timeline', className: 'timeline', children: null })
    boundary.state = ErrorBoundary.getDerivedStateFromError(new Error('Invalid start "NaN"'))
    const html = renderToString(<>{boundary.render()}</>)
    expect(html).toContain('role="alert"')
    expect(html).toContain('data-view="timeline"')
    expect(html).toContain('class="view-failed timeline"')
    expect(html).toContain('The timeline could not be shown because of an error.')
    expect(html).toContain('Invalid start &quot;NaN&quot;')
    expect(html).toContain('Try again')
  })

  it('tells the app when its view fails, and when it leaves the layout or is tried again', () => {
    const reports: [string, boolean][] = []
    const onFailedChange = (view: string, failed: boolean) => reports.push([view, failed])
    const boundary = new ErrorBoundary({ view: 'map', onFailedChange, children: null })
    boundary.componentWillUnmount()
    expect(reports).toEqual([])
    boundary.state = ErrorBoundary.getDerivedStateFromError(new Error('boom'))
    boundary.componentDidCatch()
    expect(reports).toEqual([['map', true]])
    boundary.componentWillUnmount()
    expect(reports).toEqual([
      ['map', true],
      ['map', false],
    ])
  })
})
