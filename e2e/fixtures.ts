import { test as base, expect } from '@playwright/test'
import { ChronomapPage } from './pages/ChronomapPage'

interface Fixtures {
  app: ChronomapPage
  /** requests that tried to leave this machine; tests must not touch the network */
  externalRequests: string[]
  consoleErrors: string[]
}

export const test = base.extend<Fixtures>({
  externalRequests: async ({ context }, use) => {
    const attempts: string[] = []
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.fallback()
      attempts.push(url.href)
      return route.abort('blockedbyclient')
    })
    await use(attempts)
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
    await use(errors)
  },
  app: async ({ page, externalRequests, consoleErrors }, use) => {
    await use(new ChronomapPage(page))
    expect(externalRequests, 'no request may leave the machine').toEqual([])
    expect(consoleErrors, 'no console errors').toEqual([])
  },
})

export { expect }
