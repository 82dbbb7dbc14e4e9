import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/result.json';
import ru from '../../locales/ru/result.json';
import zh from '../../locales/zh/result.json';

/** A number in a sentence takes its noun from the plural rules, whatever the number becomes. */
async function unitsIn(lang: string, result: object) {
  const i18n = createInstance();
  await i18n.init({ lng: lang, resources: { [lang]: { translation: { result } } } });
  return (unit: 'minutes' | 'days', count: number) => i18n.t(`result.units.${unit}`, { count });
}

describe('numbers with their nouns', () => {
  it.each([
    [1, '1 минута', '1 день'],
    [2, '2 минуты', '2 дня'],
    [5, '5 минут', '5 дней'],
    [11, '11 минут', '11 дней'],
    [21, '21 минута', '21 день'],
    [22, '22 минуты', '22 дня'],
    [30, '30 минут', '30 дней'],
  ])('Russian: %i', async (count, minutes, days) => {
    const unit = await unitsIn('ru', ru);
    expect(unit('minutes', count)).toBe(minutes);
    expect(unit('days', count)).toBe(days);
  });

  it('English and Chinese', async () => {
    const english = await unitsIn('en', en);
    expect([english('minutes', 1), english('days', 30)]).toEqual(['1 minute', '30 days']);
    const chinese = await unitsIn('zh', zh);
    expect([chinese('minutes', 30), chinese('days', 1)]).toEqual(['30 分钟', '1 天']);
  });
});
