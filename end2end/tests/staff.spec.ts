import { test, expect } from '@playwright/test';

// scripts/test.sh starts the server with this first-administrator password.
const ADMIN_PASSWORD = process.env.LENTERA_E2E_ADMIN_PASSWORD ?? 'Sandi-Uji-E2E-2026';

test('staff sign in, a wrong password is refused, and signing out ends the session', async ({ page }) => {
  await page.goto('/staf');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);

  await page.fill('#username', 'admin');
  await page.fill('#password', 'bukan-sandinya-123');
  await page.getByTestId('login').click();
  await expect(page.getByTestId('login-error')).toHaveText('Nama pengguna atau kata sandi salah.');

  await page.fill('#password', ADMIN_PASSWORD);
  await page.getByTestId('login').click();
  await expect(page.getByTestId('signed-in')).toContainText('Administrator');

  // The session survives a reload (cookie) and ends at sign-out.
  await page.reload();
  await expect(page.getByTestId('signed-in')).toBeVisible();
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('login')).toBeVisible();
});
