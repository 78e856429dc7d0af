import { useState } from 'react'
import { parseUrlState } from '../store/url'

/** Whether the page was opened as an embed (`?embed=1`); fixed for the page's life. */
export function useEmbedMode(): boolean {
  const [embedded] = useState(() => parseUrlState(window.location.search).embed)
  return embedded
}
