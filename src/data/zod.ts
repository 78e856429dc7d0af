// Every schema imports zod through this module so that jitless mode is set before
// any schema exists: zod's JIT probe uses `new Function`, which a strict CSP reports
// (zod#4461, fixed to honour jitless in 4.x).
import { z } from 'zod'

z.config({ jitless: true })

export { z }
