export type CopyResult = 'copied' | 'selected'

/**
 * Copies a field's text. The Clipboard API needs a secure context and the page's permission; where it is
 * missing or refused, the text is selected and the older copy command tried, so the reader can at least
 * press Ctrl+C.
 */
export async function copyFieldText(field: HTMLInputElement | HTMLTextAreaElement): Promise<CopyResult> {
  const text = field.value
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API')
    await navigator.clipboard.writeText(text)
    return 'copied'
  } catch {
    field.focus()
    field.select()
    try {
      return document.execCommand('copy') ? 'copied' : 'selected'
    } catch {
      return 'selected'
    }
  }
}
