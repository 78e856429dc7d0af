/** Builds a cluster index off the page's main thread and sends it back as transferable arrays (clusterInternals.ts). */
import { buildFromInput } from './clusterIndex'
import { packIndex } from './clusterInternals'
import type { ClusterInput } from './clusterInput'

export interface ClusterRequest {
  id: number
  input: ClusterInput
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<ClusterRequest>) => void) | null; postMessage(message: unknown, transfer: Transferable[]): void }

scope.onmessage = ({ data: { id, input } }) => {
  const [packed, transfer] = packIndex(buildFromInput(input), input)
  scope.postMessage({ id, packed }, transfer)
}
