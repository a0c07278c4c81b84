import { test, expect, devices } from '@playwright/test';

// scripts/test.sh creates these accounts before starting the server.
const ADMIN_PASSWORD = 'Sandi-Uji-E2E-2026';
const SUPERVISOR_PASSWORD = 'Kopi-Tubruk-E2E-2026';
const BASE = process.env.LENTERA_BASE_URL ?? 'http://127.0.0.1:3000';

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

test('a citizen reports on the phone and the supervisor moves the case on the board', async ({ browser, page }) => {
  // The citizen, on a phone, in a separate browser context.
  const phone = await browser.newContext({ ...devices['Pixel 5'], baseURL: BASE });
  const citizen = await phone.newPage();
  await citizen.goto('/lapor');
  await expect(citizen.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await citizen.selectOption('#category', 'pelayanan');
  await citizen.fill('#what', 'Surat keterangan domisili tidak dibuat meski berkas sudah lengkap sejak dua minggu.');
  await citizen.getByTestId('submit').click();
  const caseNumber = (await citizen.getByTestId('case-number').textContent())!.trim();
  const receipt = (await citizen.getByTestId('receipt-code').textContent())!.trim();
  await phone.close();

  // The supervisor, on a desktop.
  await page.goto('/staf');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.fill('#username', 'irban');
  await page.fill('#password', SUPERVISOR_PASSWORD);
  await page.getByTestId('login').click();
  await page.getByTestId('to-board').click();
  await expect(page).toHaveURL(/\/staf\/papan$/);
  const card = page.getByTestId(`card-${caseNumber}`);
  await expect(page.getByTestId('column-diterima').getByTestId(`card-${caseNumber}`)).toBeVisible();
  await expect(card).not.toContainText(receipt);

  // An illegal drag (straight to closed) is not accepted: the card stays.
  await card.dragTo(page.getByTestId('column-selesai'));
  await expect(page.getByTestId('column-diterima').getByTestId(`card-${caseNumber}`)).toBeVisible();

  // A legal drag moves it without a reload.
  await page.evaluate(() => ((window as any).__stillHere = true));
  await card.dragTo(page.getByTestId('column-verifikasi'));
  await expect(page.getByTestId('column-verifikasi').getByTestId(`card-${caseNumber}`)).toBeVisible();
  expect(await page.evaluate(() => (window as any).__stillHere)).toBe(true);

  // The keyboard/touch "move to" control does the same.
  await card.getByTestId('move-to').selectOption('telaah');
  await expect(page.getByTestId('column-telaah').getByTestId(`card-${caseNumber}`)).toBeVisible();

  // The citizen sees the new state with the receipt.
  const phone2 = await browser.newContext({ ...devices['Pixel 5'], baseURL: BASE });
  const back = await phone2.newPage();
  await back.goto('/cek');
  await expect(back.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await back.fill('#receipt', receipt);
  await back.getByTestId('check').click();
  await expect(back.getByTestId('state')).toHaveText('Sedang ditelaah');
  await phone2.close();
});
