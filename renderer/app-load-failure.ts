// When the app's script cannot be loaded (a damaged install, a file the disk lost), the
// writer reads why in both languages instead of facing an empty window. No React here:
// it is React that failed to arrive.
export function showAppFailedToLoad(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const message = (lang: string, dir: string, text: string) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'notice';
    paragraph.lang = lang;
    paragraph.dir = dir;
    paragraph.textContent = text;
    return paragraph;
  };
  root.replaceChildren(
    message(
      'ar',
      'rtl',
      'تعذّر تحميل مداد: ملفات البرنامج ناقصة أو تالفة. مسوداتك محفوظة ولم يُمس أي ملف؛ أعد تثبيت البرنامج.',
    ),
    message(
      'en',
      'ltr',
      'Midad could not load: its program files are missing or damaged. Your drafts are safe and no file was touched; reinstall the app.',
    ),
  );
  root.setAttribute('role', 'alert');
}
