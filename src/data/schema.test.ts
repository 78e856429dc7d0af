import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildJsonSchema } from './schema'

describe('published JSON Schema', () => {
  it('matches the runtime schema (run `npm run schema` after changing src/data/schema.ts)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../../public/schema/events.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(buildJsonSchema())
  })
  it('documents the strict date pattern and the http(s)-only links', () => {
    const text = JSON.stringify(buildJsonSchema())
    expect(text).toContain('(Z|[+-]\\\\d{2}:\\\\d{2})$')
    expect(text).toContain('^https?:\\\\/\\\\/')
  })
})
