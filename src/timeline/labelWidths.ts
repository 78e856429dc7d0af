/**
 * The width of an item's label before it is drawn (itemLayer.ts): its text measured on a canvas in the labels' font,
 * plus what a drawn label adds to its text (padding, mark, gap). Both come from one label the page has drawn, so no
 * label needs reading from the page to be stacked; the browser's own measure corrects any estimate once drawn.
 */
export class LabelWidths {
  private calibration: { font: string; extra: number; height: number } | null = null
  private readonly texts = new Map<string, number>()
  private canvas: CanvasRenderingContext2D | null | undefined

  /** whether a drawn label has been taken as the measure yet */
  get calibrated(): boolean {
    return this.calibration !== null
  }

  /**
   * Takes a drawn label (its computed style, its text, its width and height) as the measure; the estimates so far
   * are forgotten. Returns false where there is no canvas to measure on.
   */
  calibrate(style: CSSStyleDeclaration, text: string, width: number, height: number): boolean {
    const canvas = this.context()
    if (!canvas) return false
    const font = style.font || `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    canvas.font = font
    this.texts.clear()
    this.calibration = { font, extra: width - canvas.measureText(text).width, height }
    return true
  }

  /** Whether a label of this height was drawn in another size of type than the measure (present mode's larger type). */
  otherHeight(height: number): boolean {
    return this.calibration !== null && Math.abs(height - this.calibration.height) > 0.5
  }

  /** The estimated width of a label with this text; -1 before a measure. */
  estimate(text: string): number {
    const calibration = this.calibration
    const canvas = this.context()
    if (!calibration || !canvas) return -1
    let width = this.texts.get(text)
    if (width === undefined) {
      canvas.font = calibration.font
      width = canvas.measureText(text).width
      // the titles of a few windows, not of a whole large dataset the reader pans through
      if (this.texts.size >= 5000) this.texts.clear()
      this.texts.set(text, width)
    }
    return width + calibration.extra
  }

  private context(): CanvasRenderingContext2D | null {
    if (this.canvas === undefined) this.canvas = document.createElement('canvas').getContext('2d')
    return this.canvas
  }
}
