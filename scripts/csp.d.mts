export const CSP_DIRECTIVES: string[]
export function contentSecurityPolicy(frameAncestors?: string): string
