import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import channels from '../../locales/en/channels.json';
import cashier from '../../locales/en/cashier.json';
import common from '../../locales/en/common.json';
import questions from '../../locales/en/questions.json';
import result from '../../locales/en/result.json';
import ruChannels from '../../locales/ru/channels.json';
import ruResult from '../../locales/ru/result.json';
import zhChannels from '../../locales/zh/channels.json';
import zhResult from '../../locales/zh/result.json';
import { recommend, waysInOrder } from '../../src/domain';
import { renderApp, search } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
  delete (navigator as { share?: unknown }).share;
});

/** A device with Web Share (a phone, or desktop Chrome and Safari). */
function letShare(share = vi.fn()) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  return share;
}

/** A number field inside `container` (the finder or the cashier card), once its part has loaded. */
const numberFieldIn = (container: HTMLElement) =>
  within(container).findByRole('textbox', { name: cashier.number.label }, { timeout: 10_000 });

const channelOrder = (attribute: string) =>
  [...document.querySelectorAll(`[${attribute}]`)].map((element) =>
    element.getAttribute(attribute),
  );

describe('the result page', () => {
  it('lists every channel: recommended in rank order, then the ruled-out ones with reasons', async () => {
    const answers = {
      where: 'abroad',
      pay: ['kzcard'],
      online: 'yes',
      when: 'later',
      operator: 'activ',
    } as const;
    await renderApp('/?lang=en&where=abroad&pay=kzcard&online=yes&when=later&operator=activ');
    const expected = recommend(answers);
    expect(channelOrder('data-channel')).toEqual(waysInOrder(expected).map((c) => c.id));
    expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'ok');
    expect(channelOrder('data-ruled-out')).toEqual(expected.ruledOut.map((c) => c.id));
    const top = document.querySelector<HTMLElement>('[data-channel]')!;
    // The heading names the best way; the caption above it says it is recommended.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(result.headings.bankApp);
    expect(screen.getByText(result.recommended)).toHaveClass('caption');
    expect(document.title).toBe(`${result.headings.bankApp} – ${common.appName}`);
    expect(top).toHaveAccessibleName(channels.bankApp.name);
    expect(within(top).getByText(result.reasons.open24h)).toBeInTheDocument();
    const shop = document.querySelector<HTMLElement>('[data-ruled-out="shop"]')!;
    expect(shop).toHaveTextContent(result.ruledOut.needsKazakhstan);
  });

  it('lets a person open another way that works to read its steps', async () => {
    const { user } = await renderApp(
      '/?lang=en&where=city&speak=local&pay=cash&online=no&when=later&operator=altel',
    );
    const terminal = document.querySelector<HTMLElement>('[data-channel="terminal"]')!;
    expect(terminal.tagName).toBe('DETAILS');
    expect(terminal).not.toHaveAttribute('open');
    await user.click(within(terminal).getByText(channels.terminal.name));
    expect(terminal).toHaveAttribute('open');
    expect(
      within(terminal).getByText(channels.terminal.steps.choose.replace('{{operator}}', 'Altel')),
    ).toBeVisible();
    // Found by heading too: each way's parts come under its name, one level down.
    expect(
      within(terminal).getByRole('heading', { level: 3, name: channels.terminal.name }),
    ).toBeVisible();
    expect(within(terminal).getByRole('heading', { level: 4, name: result.steps })).toBeVisible();
    expect(within(terminal).queryByRole('heading', { level: 3, name: result.steps })).toBeNull();
  });

  it('is honest when nothing fits, and says what to do instead', async () => {
    await renderApp('/?lang=en&where=abroad&pay=card&online=no&when=now&operator=altel');
    expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'nothingFits');
    expect(screen.getByRole('heading', { name: result.nothingFits.title })).toBeInTheDocument();
    expect(channelOrder('data-guidance')).toEqual(['findWifi', 'askContact']);
    expect(screen.getByText(result.guidance.findWifi)).toBeInTheDocument();
    // The person named no contact: "if you know anyone", not as if they had one.
    expect(screen.getByText(result.guidance.askContact_none)).toBeInTheDocument();
    expect(document.querySelector('[data-channel]')).toBeNull();
    expect(channelOrder('data-ruled-out')).toHaveLength(9);
    expect(
      screen.getByText(result.ruledOut.noCreditForOperator.replace('{{operator}}', 'Altel')),
    ).toBeInTheDocument();
  });

  it('asks the contact the person named, as theirs, when the best way is poor', async () => {
    await renderApp(
      '/?lang=en&where=city&speak=local&pay=cash,friend&online=no&when=now&operator=kcell',
    );
    expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'weak');
    expect(document.querySelector('[data-guidance="askContact"]')).toHaveTextContent(
      result.guidance.askContact,
    );
    expect(screen.queryByText(result.guidance.askContact_none)).toBeNull();
  });

  it('calls a poor best way "may work", says why, and offers a way out beside it', async () => {
    // Kcell, only a card from home, offline, urgent: a service centre that may be closed and may not take the card.
    await renderApp('/?lang=en&where=city&speak=none&pay=card&online=no&when=now&operator=kcell');
    expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'weak');
    const best = document.querySelector<HTMLElement>('[data-channel]')!;
    expect(best).toHaveAttribute('data-channel', 'office');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(result.headings.office);
    expect(screen.getByText(result.mayWork)).toHaveClass('caption');
    expect(document.title).toBe(`${result.mayWork}: ${result.headings.office} – ${common.appName}`);
    expect(screen.queryByText(result.recommended)).toBeNull();
    expect(within(best).getByText(result.weak.drawbacks.mayBeClosed)).toBeInTheDocument();
    // Said once: the checks say how sure we are, the reasons list the rest.
    expect(within(best).queryByText(result.weak.drawbacks.notConfirmed)).toBeNull();
    expect(within(best).getByText(result.checks.cardAccepted)).toBeInTheDocument();
    expect(within(best).getByText(result.checks.withOperator)).toBeInTheDocument();
    // Found by heading, at the level of the best way's other parts.
    expect(
      within(best).getByRole('heading', { level: 2, name: result.weak.guidanceTitle }),
    ).toBeInTheDocument();
    const guidance = [...best.querySelectorAll<HTMLElement>('[data-guidance]')];
    expect(guidance.map((item) => item.dataset.guidance)).toEqual([
      'findWifi',
      'atmCash',
      'askContact',
    ]);
    expect(guidance[1]).toHaveTextContent(result.guidance.atmCash);
    expect(guidance[1]).toHaveTextContent(result.guidance.atmFee);
    expect(guidance[1]).not.toHaveTextContent(result.guidance.unionPayLimit);
  });

  it('sends someone with only Alipay to Ding saying that Kazakh operators are not confirmed there', async () => {
    // A student in a city at night with only Alipay or WeChat Pay, offline: nothing fits.
    await renderApp('/?lang=en&where=city&speak=none&pay=wallet&online=no&when=now&operator=kcell');
    expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'nothingFits');
    const wallet = document.querySelector<HTMLElement>('[data-guidance="walletLimited"]')!;
    expect(wallet).toHaveTextContent(result.guidance.walletLimited);
    expect(wallet).toHaveTextContent(result.checks.operatorListed);
  });

  it('does not call a loan the answer when there is time for a top-up, and shows how to get one', async () => {
    // activ, only a card from home, online, no hurry: Extra Balance works, but it is a loan.
    await renderApp(
      '/?lang=en&where=city&speak=local&pay=card&online=yes&when=later&operator=activ',
    );
    expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'weak');
    const best = document.querySelector<HTMLElement>('[data-channel]')!;
    expect(best).toHaveAttribute('data-channel', 'credit');
    expect(screen.getByText(result.mayWork)).toHaveClass('caption');
    expect(screen.queryByText(result.recommended)).toBeNull();
    expect(within(best).getByText(result.weak.drawbacks.onlyALoan)).toBeInTheDocument();
    // Extra Balance has conditions (a number in use for 30 days…) the guide cannot check.
    expect(within(best).getByText(result.weak.drawbacks.hasConditions)).toBeInTheDocument();
    const guidance = [...best.querySelectorAll<HTMLElement>('[data-guidance]')];
    expect(guidance.map((item) => item.dataset.guidance)).toEqual(['atmCash', 'askContact']);
  });

  it.each([
    ['ru', 'Может подойти. Пополните баланс в центре обслуживания'],
    ['zh', '可能可行：'],
  ])(
    'names a poor best way "may work" in the %s title as a sentence of that language',
    async (lang, start) => {
      await renderApp(
        `/?lang=${lang}&where=city&speak=none&pay=card&online=no&when=now&operator=kcell`,
      );
      expect(document.querySelector('main')).toHaveAttribute('data-outcome', 'weak');
      expect(document.title.startsWith(start)).toBe(true);
    },
  );

  it('puts the ways nothing confirms for this person in their own group, after the others', async () => {
    await renderApp(
      '/?lang=en&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=tele2',
    );
    const group = screen.getByRole('region', { name: result.mightWork.title });
    expect(within(group).getByText(result.mightWork.lead)).toBeInTheDocument();
    const inGroup = [...group.querySelectorAll<HTMLElement>('[data-channel]')].map(
      (element) => element.dataset.channel,
    );
    expect(inGroup).toEqual(['operatorApp', 'operatorSite', 'intlService']);
    expect(channelOrder('data-channel').slice(-3)).toEqual(inGroup);
    expect(channelOrder('data-ruled-out')).not.toContain('operatorApp');
    const app = group.querySelector<HTMLElement>('[data-channel="operatorApp"]')!;
    expect(
      within(app).getByText(result.checks.operatorOffersIt.replace('{{operator}}', 'Tele2')),
    ).toBeInTheDocument();
    // A way from an unofficial source says so on its folded summary line.
    const shop = document.querySelector<HTMLElement>('[data-channel="shop"] summary')!;
    expect(within(shop).getByText(result.codes.unconfirmed)).toBeVisible();
  });

  it('starts with finding the operator when the person does not know it, and writes it into the address', async () => {
    const { user } = await renderApp(
      '/?lang=en&where=city&speak=none&pay=kzcard&online=no&when=now&operator=unknown',
    );
    const finder = document.querySelector<HTMLElement>('[data-guidance="findOperator"]')!;
    expect(finder.compareDocumentPosition(document.querySelector('[data-channel]')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(
      within(finder).getByRole('heading', { name: result.guidance.findOperator.title }),
    ).toBeInTheDocument();
    // The cashier card is open on the same page (no Russian or Kazakh), still empty.
    const cashierSection = document.querySelector<HTMLElement>('.cashier')!;
    const cardNumber = await numberFieldIn(cashierSection);
    expect(cardNumber).toHaveValue('');
    const finderNumber = await numberFieldIn(finder);
    await user.type(finderNumber, '+7 747 123 45 67');
    // The number typed in the finder fills the card, and a correction there corrects it here.
    await waitFor(() => expect(cardNumber).toHaveValue('+7 747 123 45 67'));
    await user.clear(finderNumber);
    await user.type(finderNumber, '+7 747 123 45 68');
    await waitFor(() => expect(cardNumber).toHaveValue('+7 747 123 45 68'));

    const heading = screen.getByRole('heading', { level: 1 });
    const before = heading.textContent;
    let focusedOn = '';
    heading.addEventListener('focus', () => (focusedOn = heading.textContent ?? ''));
    await user.click(await within(finder).findByRole('button', { name: /Tele2/ }));
    expect(search().get('operator')).toBe('tele2');
    expect(document.querySelector('[data-guidance="findOperator"]')).toBeNull();
    // The advice changed under the button: focus goes to its new heading, read as it now is.
    expect(heading).toHaveFocus();
    expect(focusedOn).toBe(heading.textContent);
    expect(focusedOn).not.toBe(before);
    expect(cardNumber).toHaveValue('+7 747 123 45 68');
  });

  it('leaves a number typed into the cashier card alone when the finder gets another', async () => {
    const { user } = await renderApp(
      '/?lang=en&where=city&speak=none&pay=cash&online=no&when=today&operator=unknown',
    );
    const cashierSection = document.querySelector<HTMLElement>('.cashier')!;
    const finder = document.querySelector<HTMLElement>('[data-guidance="findOperator"]')!;
    const cardNumber = await numberFieldIn(cashierSection);
    await user.type(cardNumber, '+7 701 111 22 33');
    await user.type(
      within(finder).getByRole('textbox', { name: cashier.number.label }),
      '+7 747 123 45 67',
    );
    await within(finder).findByRole('button', { name: /Tele2/ });
    expect(cardNumber).toHaveValue('+7 701 111 22 33');
  });

  it('offers no cashier card abroad, and warns everyone about private top-up agents', async () => {
    await renderApp('/?lang=en&where=abroad&pay=card&online=yes&when=today&operator=kcell');
    expect(screen.queryByRole('heading', { name: cashier.title })).toBeNull();
    expect(screen.getByText(result.staySafe.text)).toBeInTheDocument();
  });

  it.each([
    ['ru', ruResult, ruChannels, ' '],
    ['zh', zhResult, zhChannels, ''],
  ])(
    "names the person's own operator before what it means for them (%s)",
    async (lang, strings, channelStrings, space) => {
      await renderApp(
        `/?lang=${lang}&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=beeline`,
      );
      const app = document.querySelector('[data-channel="operatorApp"]')!;
      const label = strings.forOperator.replace('{{operator}}', 'Beeline');
      // Neither "if you are on Beeline" (the person said so) nor a space after Chinese's "：".
      expect(app.querySelector('.detail')).toHaveTextContent(
        `${label}${space}${channelStrings.details.operatorApp.beeline}`,
        { normalizeWhitespace: false },
      );
    },
  );

  it('shows emergency credit with its codes as tap-to-dial links and its conditions', async () => {
    await renderApp(
      '/?lang=en&where=remote&speak=local&pay=wallet&online=no&when=now&operator=activ',
    );
    const credit = document.querySelector<HTMLElement>('[data-channel="credit"]')!;
    expect(credit).toBe(document.querySelector('[data-channel]'));
    expect(
      within(credit).getByRole('link', {
        name: `${result.codes.labels.extraBalanceRequest} *911*1*3#`,
      }),
    ).toHaveAttribute('href', 'tel:*911*1*3%23');
    expect(within(credit).getByText(result.credit.conditions.active30Days)).toBeInTheDocument();
    expect(within(credit).getByText('Lasts 5 days.')).toBeInTheDocument();
    expect(within(credit).getByText('Amounts: 250, 350, 500, 750, or 1,000 ₸')).toBeInTheDocument();
  });

  it('lists the answers with a Change link each, and the sources with the day they were read', async () => {
    const { user } = await renderApp(
      '/?lang=en&where=abroad&pay=card,wallet&online=yes&when=today&operator=kcell',
    );
    const answers = screen.getByRole('region', { name: result.yourAnswers });
    // Several answers to one question: one per line, never joined with a stray ";".
    const paid = within(answers).getByText(questions.pay.options.card).closest('dd')!;
    expect(
      within(paid)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([questions.pay.options.card, questions.pay.options.wallet]);
    expect(within(answers).getAllByRole('link', { name: /^Change/ })).toHaveLength(5);
    expect(within(answers).queryByText(questions.speak.summary)).toBeNull();
    await user.click(screen.getByText(result.sources.title));
    const kcellSite = screen.getAllByRole('link', { name: 'kcell.kz/en/product/topup' })[0]!;
    expect(kcellSite).toHaveAttribute('href', 'https://kcell.kz/en/product/topup');
    expect(screen.getAllByText(/source read on 24 November 2026/).length).toBeGreaterThan(5);
    // Only the corrections were read on the 25th: never a later date than the reading.
    const activPayForMe = screen.getByText(/activ Pay For Me and Call Me/).closest('li')!;
    expect(activPayForMe).toHaveTextContent('source read on 25 November 2026');
    const office = screen.getByText(/Paying at operator service centres/).closest('li')!;
    expect(office).toHaveTextContent('unofficial source: check with your operator');
    expect(within(office).queryByRole('link')).toBeNull();
  });

  /** A result with every action: the link to share, copy or draw as a QR code. */
  const shareable = '/?lang=en&where=abroad&pay=card&online=yes&when=today&operator=kcell';
  const buttonsIn = (region: HTMLElement) =>
    within(region)
      .getAllByRole('button')
      .map((button) => button.textContent);

  it('copies the link and confirms it', async () => {
    const { user } = await renderApp(shareable);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: result.actions.copyLink }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(window.location.href).toContain('operator=kcell');
    // Said in a live region, the copy button keeping focus.
    const copied = await screen.findByText(result.actions.copied);
    expect(copied.closest('[role="status"]')).not.toBeNull();
  });

  it('says so when the link cannot be copied', async () => {
    const { user } = await renderApp(shareable);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: result.actions.copyLink }));
    expect(await screen.findByText(result.actions.copyFailed)).toBeInTheDocument();
    // An app on the home screen has no address bar: the link is there to copy by hand.
    const field = screen.getByRole('textbox', { name: result.actions.linkLabel });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    // Tried again: back to the link.
    await user.click(screen.getByRole('button', { name: result.actions.copyLink }));
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('shares the link through the device where it can, and copies it where sharing fails', async () => {
    const share = letShare(vi.fn().mockResolvedValue(undefined));
    const { user } = await renderApp(shareable);
    await user.click(screen.getByRole('button', { name: result.actions.share }));
    expect(share).toHaveBeenCalledWith({
      title: result.actions.shareTitle,
      url: window.location.href,
    });
    share.mockRejectedValueOnce(new Error('not allowed'));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: result.actions.share }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByText(result.actions.copied)).toBeInTheDocument();
  });

  it('on a device that can share, puts Share first and offers no QR code: the person is on a phone already', async () => {
    letShare();
    await renderApp(shareable);
    const actions = screen.getByRole('region', { name: result.actions.title });
    expect(buttonsIn(actions)).toEqual([
      result.actions.share,
      result.actions.copyLink,
      result.actions.print,
    ]);
    expect(within(actions).queryByText(result.actions.qrTitle)).toBeNull();
  });

  it('on a computer that can share, offers the QR code too: it moves the result to a phone', async () => {
    letShare();
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({ matches: query === '(pointer: fine)', media: query })),
    );
    await renderApp(shareable);
    const actions = screen.getByRole('region', { name: result.actions.title });
    expect(within(actions).getByRole('button', { name: result.actions.share })).toBeVisible();
    expect(within(actions).getByText(result.actions.qrTitle)).toBeVisible();
  });

  it('on a device that cannot share, puts Copy link first and offers the QR code for a phone', async () => {
    await renderApp(shareable);
    const actions = screen.getByRole('region', { name: result.actions.title });
    expect(buttonsIn(actions)).toEqual([result.actions.copyLink, result.actions.print]);
    expect(within(actions).getByText(result.actions.qrTitle)).toBeVisible();
  });

  it('offers no Share button where the device cannot share', async () => {
    await renderApp(shareable);
    expect(screen.queryByRole('button', { name: result.actions.share })).toBeNull();
    expect(screen.getByRole('button', { name: result.actions.print })).toBeInTheDocument();
  });

  it('draws a QR code of the link when asked', async () => {
    const { user } = await renderApp(shareable);
    await user.click(screen.getByText(result.actions.qrTitle));
    expect(await screen.findByRole('img', { name: result.actions.qrTitle })).toBeInTheDocument();
  });
});

describe('an izi subscriber for whom only a service centre might work', () => {
  it('is not sent looking for an izi service centre as if one were known', async () => {
    await renderApp(
      '/?v=1&lang=en&where=city&speak=local&pay=card&online=no&when=today&operator=izi',
    );
    const best = document.querySelector<HTMLElement>('[data-channel="office"]')!;
    expect(within(best).getByText(channels.office.steps.findIzi)).toBeInTheDocument();
    expect(best).not.toHaveTextContent(/nearest izi service centre/);
  });
});

describe('reaching a contact offline, at zero balance', () => {
  it('points an activ subscriber to Pay For Me, whose code is just above', async () => {
    await renderApp(
      '/?v=1&lang=en&where=remote&speak=none&pay=wallet,friend&online=no&when=now&operator=activ',
    );
    const way = document.querySelector<HTMLElement>('[data-channel="friendPays"]')!;
    const caution = within(way).getByText(result.cautions.reachContactActiv);
    const kit = way.querySelector('.kit')!;
    expect(kit).toHaveTextContent('*131*');
    expect(kit.compareDocumentPosition(caution) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each(['beeline', 'tele2', 'unknown'])(
    'does not give Kcell’s rule as the reason on %s',
    async (operator) => {
      await renderApp(
        `/?v=1&lang=en&where=remote&speak=local&pay=cash,friend&online=no&when=today&operator=${operator}`,
      );
      const way = document.querySelector<HTMLElement>('[data-channel="friendPays"]')!;
      expect(within(way).getByText(result.cautions.reachContactAtZero)).toBeInTheDocument();
      expect(way).not.toHaveTextContent(/Kcell blocks/);
    },
  );
});

describe('a damaged link', () => {
  it.each([
    ['/?v=1&lang=en&where=moon&pay=cash&online=yes', common.notice.damagedLink],
    ['/?lang=en&where=city&pay=cash,bitcoin', common.notice.damagedLink],
    ['/?lang=en&where=city&where=abroad', common.notice.damagedLink],
    ['/?lang=en&where=city&step=nowhere', common.notice.damagedLinkAnswersKept],
    ['/?v=9&lang=en&where=city', common.notice.damagedLinkAnswersKept],
    // A path the site has no page at (the service worker serves the guide there).
    ['/en/ways/more?lang=en&where=city', common.notice.damagedLinkAnswersKept],
    // An answer to a question not asked abroad: nothing to answer again.
    ['/?lang=en&where=abroad&speak=xyz&pay=card', common.notice.damagedLinkAnswersKept],
    ['/?lang=en&where=city&speak=xyz&pay=card', common.notice.damagedLink],
    // No answers to keep: it does not say "your answers are all here".
    ['/no/such/page?lang=en', common.notice.damagedLink],
    ['/?lang=xx', common.notice.damagedLink],
  ])('opens %s with a notice, keeping what it could read', async (address, notice) => {
    const { user } = await renderApp(address);
    expect(screen.getByText(notice)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(search().get('v')).toBe('1');
    await user.click(screen.getByRole('button', { name: common.notice.dismiss }));
    expect(screen.queryByText(notice)).toBeNull();
  });

  it('asks again how the person can pay when only part of it could be read, with that part ticked', async () => {
    const { user } = await renderApp(
      '/?lang=en&where=city&speak=local&pay=cash,bitcoin&online=no&when=now&operator=kcell',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.pay.title);
    expect(screen.getByText(common.notice.damagedLink)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: questions.pay.options.cash })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: questions.pay.options.kzcard })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: questions.pay.options.kzcard }));
    await user.click(screen.getByRole('button', { name: common.nav.continue }));
    // Every other answer was kept: the result follows, with both means.
    await waitFor(() => expect(document.querySelector('main')).toHaveAttribute('data-outcome'));
    expect(search().get('pay')).toBe('cash,kzcard');
    expect(search().has('step')).toBe(false);
  });

  it('opens a shared result whose end a chat app ran into the next sentence', async () => {
    await renderApp(
      '/?v=1&lang=en&where=city&speak=local&pay=cash&online=no&when=later&operator=kcell。',
    );
    expect(document.querySelector('main')).toHaveAttribute('data-outcome');
    expect(search().get('operator')).toBe('kcell');
    expect(screen.queryByText(common.notice.damagedLink)).toBeNull();
    expect(screen.queryByText(common.notice.damagedLinkAnswersKept)).toBeNull();
  });

  it('opens a shared result whose "?" a chat app encoded, as if it had not', async () => {
    await renderApp(
      '/%3Fv=1&lang=en&where=city&speak=local&pay=cash&online=no&when=later&operator=kcell',
    );
    expect(document.querySelector('main')).toHaveAttribute('data-outcome');
    expect(window.location.pathname).toBe('/');
    expect(search().get('operator')).toBe('kcell');
    expect(screen.queryByText(common.notice.damagedLink)).toBeNull();
    expect(screen.queryByText(common.notice.damagedLinkAnswersKept)).toBeNull();
  });

  it('keeps the valid answers of a partly damaged link', async () => {
    await renderApp('/?lang=en&where=city&speak=klingon&pay=cash');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questions.speak.title);
    expect(search().get('pay')).toBe('cash');
    expect(search().has('speak')).toBe(false);
  });

  it('shows no notice for a clean link', async () => {
    await renderApp('/?v=1&lang=en&where=city&utm_source=x');
    expect(screen.queryByText(common.notice.damagedLink)).toBeNull();
    await waitFor(() => expect(search().has('utm_source')).toBe(false));
  });
});

describe('emergency credit on the result page', () => {
  it('gives its terms and conditions before the codes to dial, under a heading one level down', async () => {
    await renderApp(
      '/?lang=en&where=remote&speak=local&pay=cash&online=no&when=now&operator=activ',
    );
    const best = document.querySelector<HTMLElement>('.recommendation[data-channel="credit"]')!;
    expect(
      within(best).getByRole('heading', { level: 3, name: result.credit.extraBalance }),
    ).toBeInTheDocument();
    expect(within(best).queryByRole('heading', { level: 4 })).toBeNull();
    const conditions = within(best).getByText(result.credit.conditionsTitle);
    const firstCode = best.querySelector('a[href^="tel:"]')!;
    expect(
      conditions.compareDocumentPosition(firstCode) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});

describe('an operator’s website', () => {
  it.each([
    ['kcell', 'kcell.kz'],
    ['izi', 'izi.me'],
  ] as const)('is named by its address for %s, to type, not to follow', async (operator, site) => {
    await renderApp(
      `/?lang=en&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=${operator}`,
    );
    const way = document.querySelector<HTMLElement>('[data-channel="operatorSite"]')!;
    expect(way).toHaveTextContent(
      channels.operatorSite.steps.open_site
        .replace('{{site}}', site)
        .replace('{{operator}}', operator === 'kcell' ? 'Kcell' : 'izi'),
    );
    expect(way.querySelector(`a[href*="${site}"]`)).toBeNull();
  });

  it('is not named where no source gives it (Tele2)', async () => {
    await renderApp(
      '/?lang=en&where=city&speak=local&pay=kzcard&online=yes&when=today&operator=tele2',
    );
    const way = document.querySelector<HTMLElement>('[data-channel="operatorSite"]')!;
    expect(way).toHaveTextContent(
      channels.operatorSite.steps.open.replace('{{operator}}', 'Tele2'),
    );
  });
});
