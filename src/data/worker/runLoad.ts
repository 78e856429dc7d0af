/** What the loader worker does for one request; also runs inline where workers are missing. */
import { loadFromText, type LoadStage } from '../pipeline'
import { MAX_DATA_BYTES } from '../remote'
import type { LoaderMessage, LoadRequest } from './protocol'

export async function runLoad(request: LoadRequest, post: (message: LoaderMessage) => void): Promise<void> {
  const { id, source } = request
  const progress = (stage: LoadStage, fraction: number) => post({ id, type: 'progress', stage, fraction })
  try {
    let text: string
    let fileName: string | undefined
    if (source.kind === 'text') {
      text = source.text
      fileName = source.fileName
    } else {
      if (source.file.size > MAX_DATA_BYTES) throw new Error(`the file is larger than ${Math.round(MAX_DATA_BYTES / 1048576)} MB`)
      progress('read', 0)
      text = await source.file.text()
      fileName = source.file.name
    }
    const outcome = loadFromText(text, { fileName, csvMapping: request.csvMapping, onProgress: progress })
    post({ id, type: 'result', outcome })
  } catch (error) {
    post({ id, type: 'failure', reason: error instanceof Error ? error.message : String(error) })
  }
}
