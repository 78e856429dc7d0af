/** How one event relates to another; its own module so that code on the page can check it without zod (schema.ts). */
export const RELATIONS = ['cause', 'response', 'context'] as const
export type Relation = (typeof RELATIONS)[number]
