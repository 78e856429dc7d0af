import { describe, expect, it } from 'vitest'
import { viewErrorAttribute } from './viewFailures'

describe('viewErrorAttribute', () => {
  it('is absent while no view failed', () => {
    expect(viewErrorAttribute(new Set())).toBeUndefined()
  })
  it('names the failed views in layout order', () => {
    expect(viewErrorAttribute(new Set(['map']))).toBe('map')
    expect(viewErrorAttribute(new Set(['list', 'timeline', 'map']))).toBe('map timeline list')
  })
})
