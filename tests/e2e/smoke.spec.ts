import { expect, test } from '@playwright/test';

test('the built app serves a page with a title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/\S/);
});
