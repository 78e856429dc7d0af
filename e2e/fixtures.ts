import { test as base, expect } from '@playwright/test'
import { ChronomapPage } from './pages/ChronomapPage'

interface Fixtures {
  app: ChronomapPage
  /** requests that tried to leave this machine; tests must not touch the network */
  externalRequests: string[]
  consoleErrors: string[]
  /** Content-Security-Policy violations seen in any page of the test; must stay empty (docs/security.md) */
  cspViolations: string[]
}

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

export const test = base.extend<Fixtures>({
  // automatic: every test of the suite fails on a CSP violation, whether or not it uses `app`
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = []
      await context.addInitScript(() => {
        window.__cspViolations = []
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
        })
      })
      // a reload wipes the window's record, the console keeps Chromium's "Refused to …" report
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
      })
      await use(violations)
      for (const page of context.pages()) {
        if (page.isClosed()) continue
        const seen = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])
        violations.push(...seen)
      }
      expect(violations, 'no Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
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
