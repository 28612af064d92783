/** Interface labels in Arabic (default) and English. Article text is never translated. */
const AR = {
  appName: 'مرصد', home: 'القصص', stories: 'القصص', threads: 'الخيوط', actors: 'الفاعلون', timeline: 'الخط الزمني', map: 'الخريطة',
  network: 'الشبكة', search: 'بحث', ingest: 'إضافة مقالات', articles: 'المقالات', outlet: 'المنبر', outlets: 'المنابر',
  headline: 'العنوان', labelsUsed: 'الأوصاف المستخدمة لكل فاعل', quotesCarried: 'الاقتباسات المنشورة', quotesOmitted: 'اقتباسات أغفلها (نشرها غيره)',
  events: 'الأحداث', originalText: 'النص الأصلي', aliases: 'الأسماء والصيغ', roles: 'الأدوار', labelMatrix: 'الأوصاف × المنابر',
  overTime: 'الأوصاف عبر الزمن', quotesBy: 'تصريحاته', quotesAbout: 'تصريحات عنه', eventsAsSource: 'أحداث هو فاعلها', eventsAsTarget: 'أحداث وقعت عليه',
  none: 'لا شيء', noData: 'لا بيانات بعد', loading: 'جارٍ التحميل…', error: 'خطأ', dateUnknown: 'تاريخ غير معروف (بترتيب الإضافة)',
  alsoIn: 'ورد أيضاً في', onlyHere: 'انفرد به هذا المنبر', query: 'كلمات البحث', from: 'من تاريخ', to: 'إلى تاريخ', any: 'الكل',
  go: 'ابحث', results: 'النتائج', paste: 'الصق نصاً', title: 'العنوان', upload: 'ارفع ملفات', url: 'رابط', token: 'رمز الكتابة',
  submit: 'أضف', added: 'أضيف', skipped: 'موجود مسبقاً', failed: 'فشل', progress: 'التقدم', fitPlaces: 'ملاءمة الأماكن', world: 'العالم',
  places: 'الأماكن', members: 'المقالات', keyActors: 'أبرز الفاعلين', compareThread: 'قارن كل مقالات الخيط', size: 'عدد المقالات',
  mentions: 'الإشارات', language: 'English', speaker: 'المتحدث', type: 'النوع', unnamed: 'مصادر غير مسماة', quote: 'تصريح', event: 'حدث',
  copies: 'نسخ منقولة', story: 'قصة', thread: 'خيط', article: 'مقال', exports: 'تصدير', count: 'العدد', label: 'الوصف',
  clickHint: 'انقر أي عنصر لإبراز جملته في النص الأصلي', nothingFound: 'لم يُعثر على شيء', textTooShort: 'النص فارغ',
};
type Key = keyof typeof AR;
const EN: Record<Key, string> = {
  appName: 'Marsad', home: 'Stories', stories: 'Stories', threads: 'Threads', actors: 'Actors', timeline: 'Timeline', map: 'Map',
  network: 'Network', search: 'Search', ingest: 'Ingest', articles: 'Articles', outlet: 'Outlet', outlets: 'Outlets',
  headline: 'Headline', labelsUsed: 'Labels used for each actor', quotesCarried: 'Quotes carried', quotesOmitted: 'Quotes omitted (carried by others)',
  events: 'Events', originalText: 'Original text', aliases: 'Aliases', roles: 'Roles', labelMatrix: 'Labels × outlets',
  overTime: 'Labels over time', quotesBy: 'Quotes by', quotesAbout: 'Quotes about', eventsAsSource: 'Events as source', eventsAsTarget: 'Events as target',
  none: 'None', noData: 'No data yet', loading: 'Loading…', error: 'Error', dateUnknown: 'Date unknown (ingestion order)',
  alsoIn: 'Also in', onlyHere: 'Only this outlet', query: 'Search words', from: 'From', to: 'To', any: 'Any',
  go: 'Search', results: 'Results', paste: 'Paste text', title: 'Title', upload: 'Upload files', url: 'URL', token: 'Write token',
  submit: 'Add', added: 'added', skipped: 'already stored', failed: 'failed', progress: 'Progress', fitPlaces: 'Fit places', world: 'World',
  places: 'Places', members: 'Articles', keyActors: 'Key actors', compareThread: 'Compare all articles of the thread', size: 'Articles',
  mentions: 'Mentions', language: 'العربية', speaker: 'Speaker', type: 'Type', unnamed: 'Unnamed sources', quote: 'Statement', event: 'Event',
  copies: 'Copies', story: 'Story', thread: 'Thread', article: 'Article', exports: 'Export', count: 'Count', label: 'Label',
  clickHint: 'Click any item to highlight its sentence in the original text', nothingFound: 'Nothing found', textTooShort: 'Text is empty',
};

let lang: 'ar' | 'en' = (localStorage.getItem('marsad.lang') as 'ar' | 'en' | null) ?? 'ar';

export function t(k: Key): string {
  return lang === 'ar' ? AR[k] : EN[k];
}

export function currentLang(): 'ar' | 'en' {
  return lang;
}

export function setLang(l: 'ar' | 'en'): void {
  lang = l;
  localStorage.setItem('marsad.lang', l);
  document.documentElement.lang = l;
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
}
