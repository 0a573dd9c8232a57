// Seeded Arabic news text for the benchmark: drafts of about 800 words, and 100 varied
// queries that exercise the normalization (hamza, ta marbuta, tatweel, harakat, digits).
import { seededRandom } from '../../unit/electron/services/drafts/crash/kill-loop.ts';

const WORDS = `الحكومة أعلنت اليوم عن خطة جديدة لدعم الاقتصاد الوطني وتشمل الخطة مشاريع في قطاع
الطاقة والمياه والتعليم وقال الوزير إن المدرسة الجديدة ستفتح أبوابها للطلاب في العام المقبل
وأضاف أن الميزانية تبلغ مليار ريال وأكد رئيس الوزراء أهمية التعاون بين الوزارات والمؤسسات
الخاصة وشهدت العاصمة أمطارا غزيرة أدت إلى إغلاق عدد من الطرق وأفادت مصادر مطلعة بأن اللجنة
ستجتمع الأسبوع المقبل لمناقشة التقرير النهائي وأشار المتحدث الرسمي إلى أن المفاوضات مستمرة
وتوقع الخبراء ارتفاع أسعار النفط في الأسواق العالمية خلال الربع الأول من السنة وأعلن الاتحاد
عن تنظيم بطولة إقليمية لكرة القدم بمشاركة فرق من المملكة ومصر والمغرب والأردن ولبنان وسوريا
وافتتح المستشفى الجامعي قسما جديدا للطوارئ بحضور مسؤولين وأطباء وممرضين ومتطوعين وصحفيين
وأكدت الشرطة القبض على المشتبه بهم بعد تحقيقات استمرت عدة أشهر في مدينة جدة والرياض والدمام
وقالت مديرة المدرسة إن الطالبات حققن نتائج متميزة في المسابقة الوطنية للعلوم والرياضيات
وناقش المؤتمر الدولي قضايا المناخ والتنمية المستدامة والأمن الغذائي والهجرة واللاجئين
وأعلنت الشركة ارتفاع أرباحها بنسبة كبيرة مقارنة بالعام الماضي بفضل زيادة الصادرات والاستثمار
أحمد محمد علي فاطمة مريم يوسف إبراهيم خالد سارة نورة عبدالله عمر ليلى حسن`.split(/\s+/u);

const NUMBERS = ['٢٠٢٤', '٢٠٢٥', '١٥', '٣٠٠', '2024', '45', '۲۰۲۳', '١٢'];
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويأإؤئء';

/**
 * Real text is Zipfian: a few words are everywhere, most are rare. The news words above
 * take the first ranks, then 8,000 made-up words; a word's chance is 1 / rank.
 */
function vocabulary(random: () => number): { words: string[]; cumulative: Float64Array } {
  const made = new Set<string>();
  while (made.size < 8000) {
    const length = 3 + Math.floor(random() * 5);
    let word = '';
    for (let index = 0; index < length; index += 1)
      word += LETTERS[Math.floor(random() * LETTERS.length)];
    if (random() < 0.15) word += 'ة';
    made.add(word);
  }
  // Numbers are words too: a year is common, most figures are rare.
  const words = [...WORDS.slice(0, 40), ...NUMBERS, ...WORDS.slice(40), ...made];
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank += 1) cumulative[rank] = total += 1 / (rank + 1);
  for (let rank = 0; rank < words.length; rank += 1) cumulative[rank] /= total;
  return { words, cumulative };
}

function zipfPicker(random: () => number): () => string {
  const { words, cumulative } = vocabulary(seededRandom(99));
  return () => {
    const target = random();
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return words[low];
  };
}
const SECTIONS = ['محليات', 'اقتصاد', 'رياضة', 'دولي', 'ثقافة', 'صحة'];

export interface GeneratedDraft {
  headline: string;
  section: string;
  tags: string[];
  paragraphs: string[];
}

export function generateDrafts(count: number, wordsPerDraft: number, seed = 7): GeneratedDraft[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const word = zipfPicker(random);
  const sentence = (words: number) => Array.from({ length: words }, word).join(' ');
  return Array.from({ length: count }, () => {
    const paragraphs: string[] = [];
    for (let written = 0; written < wordsPerDraft; written += 50)
      paragraphs.push(`${sentence(50)}.`);
    return { headline: sentence(8), section: pick(SECTIONS), tags: [word(), word()], paragraphs };
  });
}

/** One long article for the autosave figure. */
export function longArticle(words: number, seed = 11): string[] {
  return generateDrafts(1, words, seed)[0].paragraphs;
}

/**
 * 100 queries as writers type them: single words, pairs, spelling variants, digits,
 * prefixes; words from the 2,000 most frequent, as people search for names and topics.
 */
export function generateQueries(count: number, seed = 23): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const { words } = vocabulary(seededRandom(99));
  const queryWord = () => words[Math.floor(random() * 2000)];
  const variants: ((word: string) => string)[] = [
    (word) => word,
    (word) => word.replace(/[أإآ]/gu, 'ا'),
    (word) => word.replace(/ة$/u, 'ه'),
    (word) => (word.length > 3 ? `${word.slice(0, 2)}ـ${word.slice(2)}` : word),
    (word) => word.replace(/ي$/u, 'ى'),
    (word) => `${word.slice(0, 1)}َ${word.slice(1)}`,
    (word) => word.slice(0, Math.max(3, word.length - 2)),
  ];
  const queries: string[] = [];
  while (queries.length < count) {
    const roll = random();
    if (roll < 0.1) queries.push(pick(['2024', '٢٠٢٥', '۲۰۲۳', '15']));
    else if (roll < 0.55) queries.push(pick(variants)(queryWord()));
    else queries.push(`${queryWord()} ${pick(variants)(queryWord())}`);
  }
  return queries;
}
