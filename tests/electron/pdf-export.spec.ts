// The PDF export in a real Electron: the host prints the proof page with printToPDF in a
// hidden window of its own, and the renderer gets an A4 PDF whose text is the article's.
// Skipped where there is no Electron binary (this machine: no network to download it).
import { expect, test } from '@playwright/test';
import type { Envelope } from '../../electron/contract/index.ts';
import { useMidadApp } from './electron-app.ts';

type Transport = Record<string, Record<string, (...args: unknown[]) => Promise<Envelope>>>;

test.describe("the desktop app's PDF export", () => {
  const midad = useMidadApp();

  test('prints the Arabic proof to a PDF of numbered A4 pages', async () => {
    const { window } = midad();
    const result = await window.evaluate(async () => {
      const api = (window as unknown as { midad: Transport }).midad;
      const created = (await api.drafts!.create!()) as {
        ok: true;
        value: { id: string; meta: Record<string, unknown>; body: unknown };
      };
      const draft = created.value;
      const sentence = 'بدأت قطارات المترو رحلاتها الأولى صباح اليوم وسط إقبال كبير من السكان. ';
      const paragraph = {
        type: 'paragraph',
        version: 1,
        direction: 'rtl',
        format: '',
        indent: 0,
        children: [
          {
            type: 'text',
            version: 1,
            text: sentence.repeat(40),
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
          },
        ],
      };
      const body = {
        root: {
          type: 'root',
          version: 1,
          direction: 'rtl',
          format: '',
          indent: 0,
          children: Array.from({ length: 6 }, () => paragraph),
        },
      };
      await api.drafts!.save!(draft.id, {
        meta: { ...draft.meta, headline: 'مترو الرياض يبدأ التشغيل' },
        body,
      });
      const pdf = (await api.drafts!.exportPdf!(draft.id)) as Envelope;
      if (!pdf.ok) return { ok: false as const, code: pdf.error.code };
      const bytes = atob(pdf.value as string);
      return {
        ok: true as const,
        head: bytes.slice(0, 5),
        pages: (bytes.match(/\/Type\s*\/Page[^s]/gu) ?? []).length,
        a4: /\/MediaBox\s*\[\s*0 0 595(?:\.\d+)? 841(?:\.\d+)?\s*\]/u.test(bytes),
      };
    });
    expect(result).toMatchObject({ ok: true, head: '%PDF-', a4: true });
    if (result.ok) expect(result.pages).toBeGreaterThanOrEqual(2);
  });
});
