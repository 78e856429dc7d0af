/** Saves text as a file: a Blob, an object URL and a temporary <a download>. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // revoked later: some browsers start reading the URL only after click() has returned
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
