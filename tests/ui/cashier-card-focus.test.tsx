import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import cashier from '../../locales/en/cashier.json';
import { renderApp } from './render-app';

/** The number check arrives only when the test lets it: a slow connection, held still. */
const checkArrives = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrive, arrived };
});
vi.mock('../../src/domain/phone-number', async (importOriginal) => {
  await checkArrives.arrived;
  return importOriginal();
});

afterEach(() => {
  vi.restoreAllMocks();
});

it('Show moves focus to the card even when the number check arrives after it was pressed, and the next frame before the card', async () => {
  // A frame may come before React has put the card on the page: here it always does.
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    callback(performance.now());
    return 0;
  });
  const { user } = await renderApp(
    '/?lang=en&where=city&speak=none&pay=cash&online=no&when=today&operator=beeline',
  );
  await user.type(
    await screen.findByRole('textbox', { name: cashier.number.label }),
    '+7 701 123 45 67',
  );
  await user.type(screen.getByRole('textbox', { name: cashier.amount.label }), '5000');
  await user.click(screen.getByRole('button', { name: cashier.show }));
  checkArrives.arrive();

  const card = await screen.findByRole('region', { name: cashier.cardLabel });
  await waitFor(() => expect(card).toHaveFocus());
});
