// Browser mode's PDF: no printToPDF there, so the browser prints the proof page the web
// host serves at proof/<draftId> (its "Save as PDF" makes the file, page numbers included).
export function printProofInBrowser(draftId: string): void {
  const proof = window.open(`proof/${encodeURIComponent(draftId)}`, '_blank');
  // Same origin as the app, so the page is ours to print once it has loaded.
  if (!proof) throw { code: 'export.popup_blocked' };
  proof.addEventListener(
    'load',
    () => {
      proof.focus();
      proof.print();
    },
    { once: true },
  );
}
