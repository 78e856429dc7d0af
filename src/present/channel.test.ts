import { describe, expect, it } from 'vitest'
import { channelName, parsePresentMessage } from './channel'

describe('parsePresentMessage', () => {
  it('reads the two messages', () => {
    expect(parsePresentMessage({ type: 'step', step: 3 })).toEqual({ type: 'step', step: 3 })
    expect(parsePresentMessage({ type: 'hello' })).toEqual({ type: 'hello' })
  })
  it.each([null, 'step', 3, {}, { type: 'step' }, { type: 'step', step: 0 }, { type: 'step', step: 1.5 }, { type: 'step', step: '2' }, { type: 'go', step: 2 }])(
    'ignores %j',
    (data) => {
      expect(parsePresentMessage(data)).toBeNull()
    },
  )
})

describe('channelName', () => {
  it('differs per app address', () => {
    expect(channelName('/')).not.toBe(channelName('/other/'))
  })
})
