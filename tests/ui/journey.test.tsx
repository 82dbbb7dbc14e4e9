import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enChannels from '../../locales/en/channels.json';
import enCommon from '../../locales/en/common.json';
import enQuestions from '../../locales/en/questions.json';
import enResult from '../../locales/en/result.json';
import ruChannels from '../../locales/ru/channels.json';
import ruCommon from '../../locales/ru/common.json';
import ruQuestions from '../../locales/ru/questions.json';
import ruResult from '../../locales/ru/result.json';
import zhChannels from '../../locales/zh/channels.json';
import zhCommon from '../../locales/zh/common.json';
import zhQuestions from '../../locales/zh/questions.json';
import zhResult from '../../locales/zh/result.json';
import { renderApp, search } from './render-app';

const copy = {
  en: { common: enCommon, questions: enQuestions, channels: enChannels, result: enResult },
  ru: { common: ruCommon, questions: ruQuestions, channels: ruChannels, result: ruResult },
  zh: { common: zhCommon, questions: zhQuestions, channels: zhChannels, result: zhResult },
};

describe.each(['en', 'ru', 'zh'] as const)('a full journey in %s', (lang) => {
  const { common, questions, channels, result } = copy[lang];

  it('goes from the start page to a recommendation, one question per page', async () => {
    const { user } = await renderApp(`/?lang=${lang}`);
    expect(screen.getByRole('heading', { level: 1, name: common.start.title })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(lang);
    await user.click(screen.getByRole('button', { name: common.nav.start }));

    let number = 0;
    const answer = async (question: keyof typeof questions, ...labels: string[]) => {
      // A page whose code or text is still on its way says "Loading…" first.
      const group = await screen.findByRole(
        'group',
        { name: questions[question].title },
        { timeout: 5000 },
      );
      expect(
        screen.getByText(
          common.progress.replace('{{number}}', String(++number)).replace('{{total}}', '6'),
        ),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('heading', { level: 1, name: questions[question].title }),
      ).toHaveFocus();
      expect(document.title).toContain(questions[question].title);
      for (const label of labels) await user.click(within(group).getByLabelText(label));
      await user.click(screen.getByRole('button', { name: common.nav.continue }));
    };
    await answer('where', questions.where.options.city);
    await answer('speak', questions.speak.options.none);
    await answer('pay', questions.pay.options.cash, questions.pay.options.card);
    await answer('online', questions.online.options.no);
    await answer('when', questions.when.options.now);
    await answer('operator', questions.operator.options.beeline);

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: result.headings.terminal },
        { timeout: 5000 },
      ),
    ).toHaveFocus();
    const recommended = document.querySelector('[data-channel]')!;
    expect(recommended).toHaveAttribute('data-channel', 'terminal');
    expect(recommended).toHaveAccessibleName(channels.terminal.name);
    expect(
      within(recommended as HTMLElement).getByText(result.reasons.noTalkingNeeded),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: result.ruledOutTitle })).toBeInTheDocument();
    expect(document.querySelector('[data-ruled-out="bankApp"]')).not.toBeNull();
    expect(search().toString()).toBe(
      `v=1&lang=${lang}&where=city&speak=none&pay=cash%2Ccard&online=no&when=now&operator=beeline`,
    );
    expect(window.location.search).toContain('pay=cash,card');
  });
});
