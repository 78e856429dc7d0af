/**
 * Fails when a component shows text that does not come from the locale files:
 * JSX text with letters, or a literal string in an attribute people read.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = new URL('..', import.meta.url).pathname
const READABLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label'])

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return componentFiles(path)
    return entry.name.endsWith('.tsx') ? [path] : []
  })
}

export function findHardCodedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) {
      found.push(`text "${node.text.trim()}"`)
    }
    if (ts.isJsxAttribute(node) && node.initializer && READABLE_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression.text
          : null
      if (literal !== null && /\p{L}/u.test(literal)) found.push(`${node.name.getText(file)}="${literal}"`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('no hard-coded UI strings', () => {
  it('the detector finds text and readable attributes', () => {
    const sample = `export const A = () => <p title="Hello" aria-label={'Close'}>Events <b>{x}</b> ×</p>`
    expect(findHardCodedText('a.tsx', sample)).toEqual(['title="Hello"', 'aria-label="Close"', 'text "Events"'])
  })

  it.each(componentFiles(SRC).map((path) => [relative(SRC, path), path]))('%s', (_name, path) => {
    expect(findHardCodedText(path, readFileSync(path, 'utf8'))).toEqual([])
  })
})
