// The desktop app's PdfRenderer: the proof page in a hidden window that runs no script,
// printed with Chromium's printToPDF. The page goes through a temporary file, as a data:
// URL of a proof with photos would pass Chromium's 2 MB limit on URLs.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfRenderer } from '../services/export/article-exports.ts';

export const electronPdfRenderer: PdfRenderer = {
  async printToPdf(html) {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-proof-'));
    const file = path.join(folder, 'proof.html');
    const window = new BrowserWindow({
      show: false,
      // A page to print, not to use: no script, no clicks that open windows, nothing of the app's.
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
      },
    });
    try {
      await fs.writeFile(file, html, 'utf8');
      await window.loadFile(file);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
      await fs.rm(folder, { recursive: true, force: true });
    }
  },
};
