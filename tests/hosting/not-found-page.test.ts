// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import ru from '../../locales/ru/common.json';
import zh from '../../locales/zh/common.json';
import enWays from '../../locales/en/ways.json';
import ruWays from '../../locales/ru/ways.json';
import zhWays from '../../locales/zh/ways.json';

const html = readFileSync(join(__dirname, '../../public/404.html'), 'utf8');
const document = new DOMParser().parseFromString(html, 'text/html');

describe('the page a host shows for an address it does not have (404.html)', () => {
  it.each([
    ['zh', zh.appName, zhWays.title],
    ['ru', ru.appName, ruWays.title],
    ['en', en.appName, enWays.title],
  ])('says it in %s and links to the guide in that language', (lang, appName, waysTitle) => {
    const paragraph = document.querySelector(`main > p[lang="${lang}"]`);
    const [link, ways] = paragraph?.querySelectorAll('a') ?? [];
    expect(link?.textContent).toBe(appName);
    // A ways page's address with a sentence's `）` or `,` stuck to it lands here: it is a link away.
    expect(ways?.textContent).toBe(waysTitle);
    expect(ways?.getAttribute('href')).toBe(`/${lang}/ways/`);
    const target = new URL(link?.getAttribute('href') ?? '', 'https://topup.example/');
    expect(target.pathname).toBe('/');
    expect(target.searchParams.get('lang')).toBe(lang);
    expect(document.querySelector(`h1 [lang="${lang}"]`)?.textContent).not.toBe('');
  });

  it('needs nothing else: no script, no style, no other file', () => {
    expect(document.querySelectorAll('script, style, link, img, [style]')).toHaveLength(0);
    expect(html).not.toMatch(/\son\w+=/i);
  });
});
