import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it (layout kept), an independent reader. */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', path, '-']);
  return stdout;
}

/** Renders the first pages of a PDF to PNG files `<prefix>-<n>.png`, to look at. */
export async function pdfToImages(path: string, prefix: string, lastPage = 2): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(lastPage), path, prefix]);
}

/** The number of pages and the page size ("612 x 792 pts (letter)") as poppler's pdfinfo reads them. */
export async function pdfInfo(path: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('pdfinfo', [path]);
  return { pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]), size: /Page size:\s+(.*)/.exec(stdout)?.[1] ?? '' };
}
