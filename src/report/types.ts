/** Options every renderer takes: kept apart so renderers and the format registry (./index.ts) need not import each other. */
export interface RenderOptions {
  /** Include short excerpts of supervision text (HTML/PDF only). */
  excerpts: boolean;
  marking: string;
  /**
   * Evidence rows printed per finding in the PDF, 0 for every row. Chromium takes about 2.5 ms a
   * table row to print, so a large council's full evidence (80,000 rows at a million records) would
   * take minutes and thousands of pages; the PDF says how many rows it leaves out and where they all
   * are (HTML, CSV worklists and JSON keep every row).
   */
  pdfEvidenceRows: number;
  /**
   * findings.json as a file written piece by piece as it is made (a PiecesFile, src/report/write.ts),
   * not as a string: the CLI's own writing, where the text is never needed whole (issue 24).
   */
  jsonInPieces?: boolean;
  /** Progress and warnings for the user (stderr). */
  log?: (line: string) => void;
}
