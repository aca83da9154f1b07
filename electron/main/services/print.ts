import type { WebContents } from 'electron';
import type { PdfPrintRequest } from '../../../shared/ipc/contract';

/** Prints the asking page to PDF; the result is copied so no shared buffer reaches the renderer. */
export async function printToPdf(
  contents: Pick<WebContents, 'printToPDF'>,
  request: PdfPrintRequest,
): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await contents.printToPDF({
    pageSize: request.pageSize,
    landscape: request.landscape,
    printBackground: true,
  });
  return new Uint8Array(pdf);
}
