import { describe, expect, it } from 'vitest';
import { detectArabic } from './language.js';

describe('detectArabic', () => {
  it('accepts an Arabic news sentence with a Latin name in it', () => {
    const g = detectArabic('وقال في رده على أسئلة عبر الصفحة الرسمية للسفارة على موقع «فيسبوك» (Facebook) إن بلاده ستظل منخرطة');
    expect(g.isArabic).toBe(true);
    expect(g.arabicShare).toBeGreaterThan(0.8);
  });
  it('rejects English and French text', () => {
    expect(detectArabic('Turkey attacked the Libyan National Army led by Khalifa Haftar on Thursday.').isArabic).toBe(false);
    expect(detectArabic("La Turquie a critiqué l'Armée nationale libyenne du maréchal Haftar.").isArabic).toBe(false);
  });
  it('rejects text with no letters at all', () => {
    expect(detectArabic('2021-12-24 12:00 ... !!!').isArabic).toBe(false);
    expect(detectArabic('').letters).toBe(0);
  });
});
