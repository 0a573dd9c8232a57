// A deterministic Arabic news article of an exact word count, as a Lexical serialized
// editor state (for Midad and the bare Lexical page) and as HTML (for the plain
// contenteditable page). Same seed, same article, on every machine.

export interface Inline {
  text: string;
  bold?: boolean;
  link?: string;
}

export type Block =
  | { kind: 'paragraph' | 'heading' | 'quote'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

export interface GeneratedArticle {
  words: number;
  /** 'news' as an editor leaves it; 'wire' as agency copy arrives, full of house-style findings. */
  kind: ArticleKind;
  blocks: Block[];
  /** Unique text inside the middle paragraph; the caret goes right after it. */
  caretAnchor: string;
}

export type ArticleKind = 'news' | 'wire';

/** A comparison page's ?size= and its files' names: "20000", or "wire-20000" for the findings-heavy article. */
export function articleName(size: number, kind: ArticleKind = 'news'): string {
  return kind === 'news' ? String(size) : `${kind}-${size}`;
}

export const CARET_ANCHOR = 'وتابع مراسل مداد التطورات من موقع الحدث';

const SUBJECTS = [
  'الحكومة',
  'وزارة المالية',
  'البنك المركزي',
  'مجلس الوزراء',
  'المتحدث باسم الوزارة',
  'رئيس الوزراء',
  'الشركة',
  'المحللون',
  'المستثمرون',
  'السلطات المحلية',
  'وكالة Reuters',
  'شركة Apple',
  'الأمم المتحدة',
  'الاتحاد الأوروبي',
  'صندوق النقد الدولي',
  'الخبراء',
  'اللجنة الفنية',
  'مصادر مطلعة',
  'شركة Google',
  'هيئة الإحصاء',
  'غرفة التجارة',
];
const VERBS = [
  'أعلنت',
  'أكدت',
  'أوضحت',
  'قالت',
  'كشفت',
  'نفت',
  'توقعت',
  'أشارت',
  'ذكرت',
  'رجحت',
  'طالبت',
  'دعت',
  'أفادت',
  'رأت',
];
const CLAUSES = [
  'أن معدلات النمو ستتحسن خلال الربع المقبل',
  'أن المفاوضات ما زالت مستمرة بين الأطراف المعنية',
  'أن الأسعار ارتفعت بشكل ملحوظ في الأسواق المحلية',
  'أن الخطة الجديدة تستهدف دعم المشروعات الصغيرة والمتوسطة',
  'أن الاستثمارات الأجنبية تضاعفت مقارنة بالعام الماضي',
  'أن العمل جار على تطوير البنية التحتية في المدن الكبرى',
  'أن القرار سيدخل حيز التنفيذ مطلع الشهر المقبل',
  'أن الصادرات غير النفطية سجلت مستوى قياسيا',
  'أن الاجتماع المقبل سيناقش ملفات الطاقة والمياه',
  'أن نسبة البطالة تراجعت إلى أدنى مستوى منذ سنوات',
  'أن المشروع يوفر آلاف الوظائف للشباب',
  'أن التحقيقات ما زالت في مراحلها الأولى',
];
const TAILS = [
  'بنسبة {n} في المئة',
  'في عام {year}',
  'بقيمة {n} مليون دولار',
  'خلال {n} أشهر',
  'وفق بيانات رسمية',
  'بحسب ما نقلته وكالة Reuters',
  'في تصريحات صحفية',
  'على هامش المؤتمر السنوي',
  'في بيان صدر صباح اليوم',
  'وسط ترقب واسع في الأسواق',
];
const HEADINGS = [
  'تداعيات القرار على الأسواق',
  'ردود الفعل الدولية',
  'ماذا يقول الخبراء',
  'الأرقام في سياقها',
  'الخطوات المقبلة',
  'خلفية الأزمة',
  'موقف الشركات الكبرى',
];
const LINKS = [
  'https://www.reuters.com/world/middle-east/',
  'https://www.apple.com/newsroom/',
  'https://www.imf.org/ar',
];

/** mulberry32: small, fast and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicIndic = (digits: string) => digits.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]);

export function generateArticle(
  words: number,
  seed = 20_240_601,
  kind: ArticleKind = 'news',
): GeneratedArticle {
  const random = seededRandom(kind === 'news' ? seed ^ words : (seed ^ words) + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const number = (text: string) => (random() < 0.5 ? text : toArabicIndic(text));
  const newsSentence = (): string => {
    const tail = pick(TAILS)
      .replace('{n}', () => number(String(2 + Math.floor(random() * 97))))
      .replace('{year}', () => number(String(2015 + Math.floor(random() * 11))));
    return `${pick(VERBS)} ${pick(SUBJECTS)} ${pick(CLAUSES)} ${tail}${random() < 0.3 ? '،' : '.'}`;
  };
  const sentence = kind === 'news' ? newsSentence : () => wireCopy(newsSentence(), random, pick);
  const paragraphText = (wordTarget: number): string => {
    const parts: string[] = [];
    let count = 0;
    while (count < wordTarget) {
      const next = sentence();
      parts.push(next);
      count += countWords(next);
    }
    return parts.join(' ');
  };

  const blocks: Block[] = [];
  let total = 0;
  const add = (block: Block) => {
    blocks.push(block);
    total += blockWords(block);
  };
  const middleAt = Math.floor(words / 2);
  let anchorPlaced = false;
  let quotePlaced = false;
  let listPlaced = false;
  let sinceHeading = 0;

  while (total < words) {
    const remaining = words - total;
    if (anchorPlaced && remaining < 120) {
      add({
        kind: 'paragraph',
        inlines: [{ text: firstWords(paragraphText(remaining), remaining) }],
      });
    } else if (!anchorPlaced && total >= middleAt) {
      // The middle paragraph is plain text, so the caret lands in one text node everywhere.
      add({
        kind: 'paragraph',
        inlines: [{ text: `${paragraphText(20)} ${CARET_ANCHOR} ${paragraphText(30)}` }],
      });
      anchorPlaced = true;
    } else if (!quotePlaced && total >= words * 0.2) {
      add({ kind: 'quote', inlines: [{ text: `«${paragraphText(25)}»` }] });
      quotePlaced = true;
    } else if (!listPlaced && total >= words * 0.4) {
      add({
        kind: 'list',
        ordered: false,
        items: [0, 1, 2, 3].map(() => [{ text: paragraphText(8) }]),
      });
      listPlaced = true;
    } else if (sinceHeading >= 6 + Math.floor(random() * 5)) {
      add({ kind: 'heading', inlines: [{ text: pick(HEADINGS) }] });
      sinceHeading = 0;
    } else {
      add({
        kind: 'paragraph',
        inlines: richInlines(paragraphText(40 + Math.floor(random() * 50)), random, pick),
      });
      sinceHeading += 1;
    }
  }
  return { words, blocks, kind, caretAnchor: CARET_ANCHOR };
}

/**
 * Agency copy pasted as it came: Latin commas and question marks, a space before
 * punctuation, straight quotes, a tatweel, a percent sign after Arabic-Indic digits —
 * about one house-style finding every dozen words, in every paragraph.
 */
function wireCopy(
  sentence: string,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): string {
  let text = sentence;
  const roll = random();
  if (roll < 0.35) text = text.replace(/،$/, ',').replace(/\.$/, ' .');
  else if (roll < 0.5) text = text.replace(/[.،]$/, ' ?');
  const subject = SUBJECTS.find((candidate) => text.includes(` ${candidate} `));
  if (subject && random() < 0.3) text = text.replace(` ${subject} `, ` "${subject}" `);
  if (random() < 0.15) text = text.replace(/ا/, 'ـا');
  if (random() < 0.2) text = text.replace(/ (في|على|من) /, ` ${pick(['في', 'على', 'من'])}  `);
  return text;
}

/** Now and then a bold lead-in or a linked source, as real news copy has. */
function richInlines(
  text: string,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): Inline[] {
  const roll = random();
  const tokens = text.split(' ');
  if (roll < 0.15)
    return [
      { text: `${tokens.slice(0, 3).join(' ')} `, bold: true },
      { text: tokens.slice(3).join(' ') },
    ];
  if (roll < 0.25) {
    const at = Math.floor(tokens.length / 2);
    return [
      { text: `${tokens.slice(0, at).join(' ')} ` },
      { text: tokens.slice(at, at + 3).join(' '), link: pick(LINKS) },
      { text: ` ${tokens.slice(at + 3).join(' ')}` },
    ];
  }
  return [{ text }];
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function blockWords(block: Block): number {
  const inlineWords = (inlines: Inline[]) =>
    countWords(inlines.map((inline) => inline.text).join(''));
  return block.kind === 'list'
    ? block.items.reduce((sum, item) => sum + inlineWords(item), 0)
    : inlineWords(block.inlines);
}

function firstWords(text: string, count: number): string {
  return `${text.split(' ').slice(0, count).join(' ').replace(/[.،]$/, '')}.`;
}

export function articleWordCount(blocks: Block[]): number {
  return blocks.reduce((sum, block) => sum + blockWords(block), 0);
}
