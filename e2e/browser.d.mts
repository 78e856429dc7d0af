import type { LaunchOptions } from '@playwright/test'

export const CHROMIUM_ARGS: string[]
export function findChromium(): string
export function resolveChromium(): LaunchOptions
