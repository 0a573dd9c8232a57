// The words of the menus' Electron roles (the app and window menus, zoom, the spelling
// menu) in Arabic and English; the commands' own are in common/commands/command-labels.ts.
import type { Language } from '../contract/index.ts';

export const MENU_LABEL_KEYS = [
  'window',
  'about',
  'hide',
  'hideOthers',
  'unhide',
  'quit',
  'cut',
  'copy',
  'paste',
  'reload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'toggleFullScreen',
  'minimize',
  'close',
  'addToDictionary',
  'noSuggestions',
] as const;

export type MenuLabelKey = (typeof MENU_LABEL_KEYS)[number];
export type MenuLabels = Record<MenuLabelKey, string>;

export const MENU_LABELS: Record<Language, MenuLabels> = {
  ar: {
    window: 'نافذة',
    about: 'عن مداد',
    hide: 'إخفاء مداد',
    hideOthers: 'إخفاء البرامج الأخرى',
    unhide: 'إظهار الكل',
    quit: 'إنهاء مداد',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    reload: 'إعادة التحميل',
    toggleDevTools: 'أدوات المطوّر',
    resetZoom: 'الحجم الفعلي',
    zoomIn: 'تكبير النص',
    zoomOut: 'تصغير النص',
    toggleFullScreen: 'ملء الشاشة',
    minimize: 'تصغير النافذة',
    close: 'إغلاق النافذة',
    addToDictionary: 'أضف إلى القاموس',
    noSuggestions: 'لا اقتراحات',
  },
  en: {
    window: 'Window',
    about: 'About Midad',
    hide: 'Hide Midad',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Midad',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    addToDictionary: 'Add to Dictionary',
    noSuggestions: 'No Suggestions',
  },
};
