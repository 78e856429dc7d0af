// Writes public/schema/events.schema.json from the zod schema in src/data/schema.ts.
// A unit test (src/data/schema.test.ts) fails when the committed file drifts from it.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildJsonSchema } from '../src/data/schema'

const schemaPath = fileURLToPath(new URL('../public/schema/events.schema.json', import.meta.url))
writeFileSync(schemaPath, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`)
console.log(`wrote ${schemaPath}`)
