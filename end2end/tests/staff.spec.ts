import { test, expect, devices, Browser, Locator, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';

/** RFC 6238 code of a base32 secret, as an authenticator app computes it. */
function totp(secret: string, atSecs = Date.now() / 1000): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const c of secret.replace(/=+$/, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 255);
      value &= (1 << bits) - 1;
    }
  }
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atSecs / 30)));
  const h = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const o = h[h.length - 1] & 15;
  return ((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0');
}

/** Follows a link: the page it opens loads afresh; wait until that page is interactive. */
async function follow(page: Page, link: Locator, url: RegExp) {
  await link.click();
  await page.waitForURL(url);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
}

// scripts/test.sh creates these accounts before starting the server.
const ADMIN_PASSWORD = 'Sandi-Uji-E2E-2026';
const SUPERVISOR_PASSWORD = 'Kopi-Tubruk-E2E-2026';
const INSPECTOR_PASSWORD = 'Teh-Poci-E2E-2026';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/staf');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.getByTestId('login').click();
  await expect(page.getByTestId('signed-in')).toBeVisible();
}
const BASE = process.env.LENTERA_BASE_URL ?? 'http://127.0.0.1:3000';

/** A citizen reports from a phone (a browser context of its own); the case number and receipt. */
async function reportFromPhone(browser: Browser, category: string, what: string) {
  const phone = await browser.newContext({ ...devices['Pixel 5'], baseURL: BASE });
  const citizen = await phone.newPage();
  await citizen.goto('/lapor');
  await expect(citizen.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await citizen.selectOption('#category', category);
  await citizen.fill('#what', what);
  await citizen.getByTestId('submit').click();
  const caseNumber = (await citizen.getByTestId('case-number').textContent())!.trim();
  const receipt = (await citizen.getByTestId('receipt-code').textContent())!.trim();
  return { phone, citizen, caseNumber, receipt };
}

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

test('a report goes from a phone to an answered close: board, question, answer, note, outcome', async ({ browser, page }) => {
  // The citizen, on a phone, in a separate browser context.
  const { phone, citizen, caseNumber, receipt } = await reportFromPhone(browser, 'pelayanan',
    'Surat keterangan domisili tidak dibuat meski berkas sudah lengkap sejak dua minggu.');

  // The supervisor, on a desktop.
  await page.goto('/staf');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.fill('#username', 'irban');
  await page.fill('#password', SUPERVISOR_PASSWORD);
  await page.getByTestId('login').click();
  await follow(page, page.getByTestId('to-board'), /\/staf\/papan$/);
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

  // Open the case: assign, ask the reporter, write an internal note.
  await follow(page, card.getByTestId('open-case'), /\/staf\/kasus\/\d+$/);
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
  await page.selectOption('#assign', { label: 'Irban Satu' });
  await page.getByTestId('assign').click();
  await expect(page.getByTestId('assignees')).toHaveText('Irban Satu');
  await page.fill('#note', 'Cek dulu ke kelurahan, jangan hubungi pelapor.');
  await page.getByTestId('add-note').click();
  await expect(page.getByTestId('case-timeline')).toContainText('Cek dulu ke kelurahan');
  await page.selectOption('#ov-element', 'who');
  await page.selectOption('#ov-met', 'met');
  await page.fill('#ov-reason', 'Petugas kelurahan teridentifikasi dari jadwal piket.');
  await page.getByTestId('override').click();
  await expect(page.getByTestId('overrides')).toContainText('Petugas kelurahan teridentifikasi dari jadwal piket.');
  await page.fill('#question', 'Di kelurahan mana berkas Anda diajukan?');
  await page.getByTestId('ask').click();
  await expect(page.getByTestId('case-state')).toHaveAttribute('data-state', 'klarifikasi');
  // Staff read the state and the timeline in words of their own, no stored codes.
  await expect(page.getByTestId('case-state')).toHaveText('Menunggu jawaban pelapor');
  await expect(page.getByTestId('case-timeline')).toContainText('Catatan internal');
  await expect(page.getByTestId('case-timeline')).not.toContainText(' · note');

  // The citizen reads the question with the receipt and answers it.
  await citizen.goto('/cek');
  await expect(citizen.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await citizen.fill('#receipt', receipt);
  await citizen.getByTestId('check').click();
  await expect(citizen.getByTestId('state')).toHaveText('Menunggu jawaban Anda');
  await expect(citizen.getByTestId('timeline')).toContainText('Di kelurahan mana berkas Anda diajukan?');
  await expect(citizen.getByTestId('timeline')).not.toContainText('Cek dulu ke kelurahan');
  await citizen.fill('#info', 'Kelurahan Cikole, diajukan 3 November 2026.');
  await citizen.getByTestId('add-info').click();
  await expect(citizen.getByTestId('state')).toHaveText('Sedang diverifikasi');

  // Back on the board the answer has returned the case to verification; review, then close.
  await page.goto('/staf/papan');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await expect(page.getByTestId('column-verifikasi').getByTestId(`card-${caseNumber}`)).toBeVisible();
  await expect(card.getByTestId('answer-arrived')).toBeVisible();
  await card.getByTestId('move-to').selectOption('telaah');
  await expect(page.getByTestId('column-telaah').getByTestId(`card-${caseNumber}`)).toBeVisible();
  await follow(page, card.getByTestId('open-case'), /\/staf\/kasus\/\d+$/);
  await expect(page.getByTestId('case-timeline')).toContainText('Kelurahan Cikole');
  await page.selectOption('#outcome', 'tidak_terbukti');
  await page.getByTestId('close').click();
  await expect(page.getByTestId('case-error')).toHaveText('Tulis pesan untuk pelapor.');
  await page.fill('#message', 'Berkas Anda ternyata menunggu tanda tangan lurah; kini sudah selesai dan dapat diambil.');
  await page.getByTestId('close').click();
  await expect(page.getByTestId('case-state')).toHaveAttribute('data-state', 'selesai');

  // The case's audit trail records the close and every view.
  await follow(page, page.getByTestId('case-audit'), /\/staf\/audit\?kasus=\d+$/);
  await expect(page.getByTestId('audit')).toContainText('closed');
  await expect(page.getByTestId('audit')).toContainText('viewed');

  // The citizen reads the outcome and the answer.
  await citizen.getByTestId('check').click();
  await expect(citizen.getByTestId('state')).toHaveText('Selesai');
  await expect(citizen.getByTestId('outcome')).toHaveText('Tidak terbukti');
  await expect(citizen.getByTestId('timeline')).toContainText('kini sudah selesai dan dapat diambil');
  await phone.close();
});

test('a letter is entered at the desk and its printed slip works on the citizen page', async ({ browser, page }) => {
  await page.goto('/staf');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.fill('#username', 'irban');
  await page.fill('#password', SUPERVISOR_PASSWORD);
  await page.getByTestId('login').click();
  await follow(page, page.getByTestId('to-intake'), /\/staf\/laporan-baru$/);
  // A slow day at the desk: opened afresh, the form is filled in before its code arrives.
  // What was set then counts (the date decides the deadline checked on the board below).
  let release!: () => void;
  const arrived = new Promise<void>((r) => (release = r));
  await page.route('**/pkg/*.wasm', async (route) => {
    await arrived;
    await route.continue();
  });
  await page.reload();
  await page.selectOption('#channel', 'surat');
  await page.fill('#received-on', '2026-11-20');
  await page.selectOption('#category', 'pengadaan');
  await page.fill('#what', 'Pemenang tender pengadaan komputer sekolah sudah diatur sebelum lelang dibuka.');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(0);
  release();
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.unroute('**/pkg/*.wasm');
  await expect(page.locator('li[data-element="what"]')).toHaveAttribute('data-state', 'met');
  await page.getByTestId('enter-report').click();
  await expect(page.getByTestId('intake-slip')).toContainText('Surat');
  const receipt = (await page.getByTestId('receipt-code').textContent())!.trim();
  const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();

  // Printed, the slip is one A6 page by default (105 x 148 mm = 297.6 x 419.5 pt), or A4.
  const mediaBoxes = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)]
    .map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('paper')).toBeHidden();
  await page.emulateMedia({ media: null }); // page.pdf() prints with print media unless told otherwise
  expect(mediaBoxes(await page.pdf({ preferCSSPageSize: true }))).toEqual([[298, 420]]);
  await page.selectOption('[data-testid=paper]', 'a4');
  const a4 = mediaBoxes(await page.pdf({ preferCSSPageSize: true }));
  expect(a4[0]).toEqual([595, 842]);

  const phone = await browser.newContext({ ...devices['Pixel 5'], baseURL: BASE });
  const citizen = await phone.newPage();
  await citizen.goto('/cek');
  await expect(citizen.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await citizen.fill('#receipt', receipt);
  await citizen.getByTestId('check').click();
  await expect(citizen.getByTestId('report-status')).toContainText(caseNumber);
  await phone.close();

  // Received on Friday 20 November, verification was due three working days later: the
  // board marks it overdue, and the overdue filter keeps only such cards.
  await page.goto('/staf/papan');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  const late = page.getByTestId(`card-${caseNumber}`);
  await expect(late.getByTestId('due')).toContainText('Batas verifikasi 25 November 2026');
  await expect(late.getByTestId('due')).toContainText('terlambat');
  await page.locator('#board-overdue').check();
  await expect(late).toBeVisible();
  await expect(page.locator('.case-card:not(.overdue)')).toHaveCount(0);
  await page.fill('#board-text', caseNumber);
  await expect(page.locator('.case-card')).toHaveCount(1);
});

test('an administrator creates an account that must change its one-time password and set up two-step verification', async ({ browser, page }) => {
  await page.goto('/staf');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.fill('#username', 'admin');
  await page.fill('#password', ADMIN_PASSWORD);
  await page.getByTestId('login').click();
  await follow(page, page.getByTestId('to-accounts'), /\/staf\/akun$/);
  await page.fill('#new-username', 'auditor.satu');
  await page.fill('#new-name', 'Auditor Satu');
  await page.selectOption('#new-role', 'inspector');
  await page.getByTestId('create-account').click();
  const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();
  expect(oneTime).toHaveLength(20);
  await expect(page.locator('tr[data-username="auditor.satu"]')).toBeVisible();
  // The administrator requires two-step verification for the new account.
  await page.locator('tr[data-username="auditor.satu"] [data-testid=require-two-factor]').check();
  await expect(page.locator('tr[data-username="auditor.satu"] [data-testid=require-two-factor]')).toBeChecked();

  const desk = await browser.newContext({ baseURL: BASE });
  const inspector = await desk.newPage();
  await inspector.goto('/staf');
  await expect(inspector.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await inspector.fill('#username', 'auditor.satu');
  await inspector.fill('#password', oneTime);
  await inspector.getByTestId('login').click();
  await expect(inspector.getByTestId('change-password')).toBeVisible();
  await inspector.fill('#current', oneTime);
  await inspector.fill('#new', 'Teh-Manis-Hangat-77');
  await inspector.getByTestId('change').click();

  // Required: nothing but setting it up, with an authenticator app (computed here).
  await expect(inspector.getByTestId('two-factor-required')).toBeVisible();
  await inspector.fill('#two-factor-password', 'Teh-Manis-Hangat-77');
  await inspector.getByTestId('start-two-factor').click();
  await expect(inspector.locator('.qr svg')).toBeVisible();
  const secret = (await inspector.getByTestId('totp-secret').textContent())!.trim();
  await inspector.fill('#totp-confirm', totp(secret));
  await inspector.getByTestId('confirm-two-factor').click();
  await expect(inspector.locator('[data-testid=recovery-codes] li')).toHaveCount(10);
  await inspector.reload();
  await expect(inspector.getByTestId('signed-in')).toContainText('Auditor Satu');
  await expect(inspector.getByTestId('two-factor-on')).toBeVisible();
  // The sign-out button answers once the page's split-off code has hydrated.
  await expect(inspector.locator('body[data-hydrated="true"]')).toHaveCount(1);

  // Signing in again takes the password and then a fresh code.
  await inspector.getByTestId('logout').click();
  await inspector.fill('#username', 'auditor.satu');
  await inspector.fill('#password', 'Teh-Manis-Hangat-77');
  await inspector.getByTestId('login').click();
  await expect(inspector.getByTestId('login-error')).toContainText('kode 6 angka');
  await inspector.fill('#totp-code', '000000' === totp(secret) ? '111111' : '000000');
  await inspector.getByTestId('login').click();
  await expect(inspector.getByTestId('login-error')).toContainText('salah');
  await inspector.fill('#totp-code', totp(secret, Date.now() / 1000 + 30));
  await inspector.getByTestId('login').click();
  await expect(inspector.getByTestId('signed-in')).toContainText('Auditor Satu');
  await desk.close();

  // The administrator keeps the holiday calendar that deadlines skip.
  await page.goto('/staf/libur');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await expect(page.locator('tr[data-day="2026-08-17"]')).toContainText('Proklamasi');
  await page.fill('#holiday-day', '2027-03-10');
  await page.fill('#holiday-name', 'Idulfitri 1448 H');
  await page.getByTestId('save-holiday').click();
  await expect(page.locator('tr[data-day="2027-03-10"]')).toContainText('Idulfitri 1448 H');
});

// scripts/test.sh runs a second server whose sessions end after a few idle seconds.
test('an idle session expires: the board says so and asks to sign in again', async ({ page }) => {
  const shortUrl = process.env.LENTERA_SHORT_SESSION_URL;
  const idleSecs = Number(process.env.LENTERA_SHORT_SESSION_IDLE_SECS ?? '0');
  if (!shortUrl || !idleSecs) throw new Error('LENTERA_SHORT_SESSION_URL/_IDLE_SECS are not set (scripts/test.sh sets them)');
  await page.goto(`${shortUrl}/staf`);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.fill('#username', 'admin');
  await page.fill('#password', ADMIN_PASSWORD);
  await page.getByTestId('login').click();
  await expect(page.getByTestId('signed-in')).toBeVisible();
  await page.goto(`${shortUrl}/staf/papan`);
  await expect(page.getByTestId('column-diterima')).toBeVisible();

  // Idle for longer than the timeout, then touch a filter: the server refuses the session.
  await page.waitForTimeout((idleSecs + 2) * 1000);
  await page.locator('#board-overdue').check();
  await expect(page.getByRole('alert')).toContainText('Sesi Anda berakhir. Silakan masuk lagi.');
  await expect(page.getByTestId('column-diterima')).toHaveCount(0);
  await page.goto(`${shortUrl}/staf`);
  await expect(page.getByTestId('login')).toBeVisible();
});

test('an administrator adds a work unit; the supervisor sets it on a case, reads the dashboard, prints it and exports the board', async ({ browser, page }) => {
  // A report from a phone, so the numbers are not empty.
  const phone = await browser.newContext({ ...devices['Pixel 5'], baseURL: BASE });
  const citizen = await phone.newPage();
  await citizen.goto('/lapor');
  await expect(citizen.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await citizen.selectOption('#category', 'pengadaan');
  await citizen.fill('#what', 'Pemenang lelang proyek jalan sudah diketahui sebelum lelang dibuka.');
  await citizen.getByTestId('submit').click();
  const caseNumber = (await citizen.getByTestId('case-number').textContent())!.trim();
  await phone.close();

  // The administrator adds the work unit and lengthens verification to four working days.
  const adminContext = await browser.newContext({ baseURL: BASE });
  const admin = await adminContext.newPage();
  await admin.goto('/staf');
  await expect(admin.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await admin.fill('#username', 'admin');
  await admin.fill('#password', ADMIN_PASSWORD);
  await admin.getByTestId('login').click();
  await follow(admin, admin.getByTestId('to-settings'), /\/staf\/pengaturan$/);
  await admin.fill('#new-unit', 'Dinas Pekerjaan Umum');
  await admin.getByTestId('add-unit').click();
  await expect(admin.locator('tr[data-unit="Dinas Pekerjaan Umum"]')).toBeVisible();
  await admin.fill('#set-verify', '0');
  await admin.getByTestId('save-settings').click();
  await expect(admin.getByTestId('settings-error')).toContainText('verifikasi 1–30 hari kerja');
  await admin.fill('#set-verify', '4');
  await admin.getByTestId('save-settings').click();
  await expect(admin.getByTestId('settings-saved')).toBeVisible();
  await adminContext.close();

  // The supervisor sets the unit on the case.
  await page.goto('/staf');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.fill('#username', 'irban');
  await page.fill('#password', SUPERVISOR_PASSWORD);
  await page.getByTestId('login').click();
  await follow(page, page.getByTestId('to-board'), /\/staf\/papan$/);
  await follow(page, page.getByTestId(`card-${caseNumber}`).getByTestId('open-case'), /\/staf\/kasus\/\d+$/);
  await page.getByTestId('work-unit').selectOption({ label: 'Dinas Pekerjaan Umum' });
  await expect(page.getByTestId('work-unit').locator('option:checked')).toHaveText('Dinas Pekerjaan Umum');

  // The dashboard: numbers, drawn charts, the unit; the month view prints without its controls.
  await page.goto('/staf/dasbor');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  const total = Number(await page.getByTestId('kpi-total').textContent());
  expect(total).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('chart-months').locator('svg rect').first()).toBeVisible();
  await expect(page.getByTestId('chart-categories').locator('svg')).toBeVisible();
  await expect(page.getByTestId('by-unit')).toContainText('Dinas Pekerjaan Umum');
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  await page.getByTestId('dash-month').fill(month);
  await expect(page.getByTestId('dash-period')).toContainText(`${month}-01`);
  await expect(page.getByTestId('kpi-total')).toHaveText(String(total));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.period')).toBeHidden();
  await expect(page.getByTestId('kpis')).toBeVisible();
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // The board as CSV: this case is in it, without any report text.
  await page.goto('/staf/papan');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^lentera-papan-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\n')[0]).toContain('Nomor laporan,Diterima,Tahap');
  const row = csv.split('\n').find((l) => l.startsWith(caseNumber))!;
  expect(row).toContain('Dinas Pekerjaan Umum');
  expect(csv).not.toContain('Pemenang lelang');
});

test('an inspector proposes a closing, the supervisor sends it back, then approves it, and reopens the case', async ({ browser, page }) => {
  const { phone, citizen, caseNumber, receipt } = await reportFromPhone(browser, 'pungli',
    'Petugas loket meminta uang Rp 50.000 untuk mempercepat KTP elektronik.');

  // The supervisor assigns the inspector and starts verification.
  await signIn(page, 'irban', SUPERVISOR_PASSWORD);
  await follow(page, page.getByTestId('to-board'), /\/staf\/papan$/);
  const card = page.getByTestId(`card-${caseNumber}`);
  await card.getByTestId('move-to').selectOption('verifikasi');
  await expect(page.getByTestId('column-verifikasi').getByTestId(`card-${caseNumber}`)).toBeVisible();
  await follow(page, card.getByTestId('open-case'), /\/staf\/kasus\/\d+$/);
  const caseUrl = page.url();
  await page.selectOption('#assign', { label: 'Auditor Dua' });
  await page.getByTestId('assign').click();
  await expect(page.getByTestId('assignees')).toHaveText('Auditor Dua');

  // The inspector, on a desktop of their own, proposes forwarding it.
  const desk = await browser.newContext({ baseURL: BASE, viewport: { width: 1440, height: 900 } });
  const inspector = await desk.newPage();
  await signIn(inspector, 'auditor', INSPECTOR_PASSWORD);
  await inspector.goto(caseUrl);
  await expect(inspector.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await inspector.selectOption('#outcome', 'dilimpahkan');
  await inspector.fill('#outcome-detail', 'Kepolisian Resor');
  await inspector.fill('#message', 'Laporan Anda kami limpahkan ke kepolisian.');
  await expect(inspector.getByTestId('close')).toHaveText('Usulkan penutupan kepada Irban');
  await inspector.getByTestId('close').click();
  await expect(inspector.getByTestId('closing-proposal')).toContainText('Kepolisian Resor');
  await expect(inspector.getByTestId('case-state')).toHaveAttribute('data-state', 'verifikasi');
  await expect(inspector.getByTestId('approve-closing')).toHaveCount(0);

  // The reporter sees no outcome yet.
  await citizen.goto('/cek');
  await expect(citizen.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await citizen.fill('#receipt', receipt);
  await citizen.getByTestId('check').click();
  await expect(citizen.getByTestId('state')).toHaveText('Sedang diverifikasi');
  await expect(citizen.getByTestId('timeline')).not.toContainText('kami limpahkan');

  // The supervisor finds it on the board and sends it back with a reason.
  await page.goto('/staf/papan');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await expect(card.getByTestId('closing-proposed')).toHaveText('Menunggu persetujuan penutupan');
  await follow(page, card.getByTestId('open-case'), /\/staf\/kasus\/\d+$/);
  await page.getByTestId('send-back').click();
  await expect(page.getByTestId('case-error')).toHaveText('Tulis alasannya (paling banyak 500 karakter).');
  await page.fill('#send-back-reason', 'Sebutkan Polres yang mana.');
  await page.getByTestId('send-back').click();
  await expect(page.getByTestId('closing-proposal')).toHaveCount(0);
  await expect(page.getByTestId('case-timeline')).toContainText('Sebutkan Polres yang mana.');

  // The inspector proposes again; the supervisor approves.
  await inspector.reload();
  await expect(inspector.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await expect(inspector.getByTestId('case-timeline')).toContainText('Usulan penutupan dikembalikan');
  await inspector.selectOption('#outcome', 'dilimpahkan');
  await inspector.fill('#outcome-detail', 'Polres Sukabumi Kota');
  await inspector.fill('#message', 'Laporan Anda kami limpahkan ke Polres Sukabumi Kota.');
  await inspector.getByTestId('close').click();
  await expect(inspector.getByTestId('closing-proposal')).toContainText('Polres Sukabumi Kota');
  await page.reload();
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await page.getByTestId('approve-closing').click();
  await expect(page.getByTestId('case-state')).toHaveAttribute('data-state', 'selesai');
  await citizen.getByTestId('check').click();
  await expect(citizen.getByTestId('state')).toHaveText('Selesai');
  await expect(citizen.getByTestId('timeline')).toContainText('kami limpahkan ke Polres Sukabumi Kota');

  // Reopened with a reason that stays internal: the reporter sees it under verification again.
  await page.fill('#reopen-reason', 'Polres menolak limpahan; ditangani sendiri.');
  await page.getByTestId('reopen').click();
  await expect(page.getByTestId('case-state')).toHaveAttribute('data-state', 'verifikasi');
  await expect(page.getByTestId('case-timeline')).toContainText('Kasus dibuka kembali');
  await citizen.getByTestId('check').click();
  await expect(citizen.getByTestId('state')).toHaveText('Sedang diverifikasi');
  await expect(citizen.getByTestId('outcome')).toHaveCount(0);
  await expect(citizen.getByTestId('timeline')).not.toContainText('Polres menolak');
  await phone.close();
  await desk.close();
});

test('at 1440 px the whole board fits: every column in view, each filter label on one line', async ({ browser }) => {
  const desk = await browser.newContext({ baseURL: BASE, viewport: { width: 1440, height: 900 } });
  const page = await desk.newPage();
  await signIn(page, 'irban', SUPERVISOR_PASSWORD);
  await follow(page, page.getByTestId('to-board'), /\/staf\/papan$/);
  const last = await page.getByTestId('column-selesai').boundingBox();
  expect(last!.x + last!.width).toBeLessThanOrEqual(1440);
  // Nothing hides behind the row's own scrolling either.
  const row = page.locator('.columns');
  expect(await row.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  for (const label of await page.locator('.board-filters label').all()) {
    const box = (await label.boundingBox())!;
    const lineHeight = await label.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
    expect(box.height, await label.textContent() ?? '').toBeLessThan(lineHeight * 1.6);
  }
  await desk.close();
});

/** The messages the test SMTP server (aiosmtpd, started by scripts/test.sh) has received. */
function mailbox(): string[] {
  const dir = process.env.LENTERA_E2E_MAILDIR;
  if (!dir) throw new Error('LENTERA_E2E_MAILDIR is not set (scripts/test.sh sets it)');
  const out: string[] = [];
  for (const sub of ['new', 'cur']) {
    let names: string[] = [];
    try { names = readdirSync(`${dir}/${sub}`); } catch { continue; }
    for (const n of names) out.push(readFileSync(`${dir}/${sub}/${n}`, 'utf8'));
  }
  return out;
}

/** Waits until `count` messages to `address` have arrived; returns them. */
async function mailTo(address: string, count: number): Promise<string[]> {
  let found: string[] = [];
  await expect.poll(() => (found = mailbox().filter((m) => m.includes(`To: ${address}`))).length, { timeout: 45_000 }).toBe(count);
  return found;
}

test('the profile names the inspectorate; a reporter who asked for notices is e-mailed when asked and when closed, with nothing of the case, reads and prints the reply letter, and rates the service for the dashboard', async ({ browser, page }) => {
  // The administrator fills in the inspectorate's identity.
  const adminContext = await browser.newContext({ baseURL: BASE });
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin', ADMIN_PASSWORD);
  await follow(admin, admin.getByTestId('to-settings'), /\/staf\/pengaturan$/);
  await expect(admin.getByTestId('outbox')).toBeVisible();
  await admin.fill('#pr-name', 'Inspektorat Daerah Kota Uji');
  await admin.fill('#pr-short', 'Inspektorat Kota Uji');
  await admin.fill('#pr-nip', '12345');
  await admin.getByTestId('save-profile').click();
  await expect(admin.getByTestId('settings-error')).toHaveText('NIP terdiri dari 18 angka (spasi boleh).');
  // A refusal keeps what was typed: only the wrong field needs correcting.
  await expect(admin.locator('#pr-name')).toHaveValue('Inspektorat Daerah Kota Uji');
  await expect(admin.locator('#pr-short')).toHaveValue('Inspektorat Kota Uji');
  await admin.fill('#pr-nip', '19700101 199003 1 005');
  await admin.getByTestId('save-profile').click();
  await expect(admin.getByTestId('settings-saved')).toBeVisible();

  // A citizen reports from a phone and asks for notices on the receipt page.
  const what = 'Petugas loket Samsat meminta uang pelicin untuk balik nama kendaraan.';
  const { phone, citizen, caseNumber, receipt } = await reportFromPhone(browser, 'pungli', what);
  await citizen.goto('/cek');
  await expect(citizen.locator('.brand-name')).toHaveText('Inspektorat Kota Uji');
  await expect(citizen).toHaveTitle(/— Inspektorat Kota Uji$/);
  await citizen.fill('#receipt', receipt);
  await citizen.getByTestId('check').click();
  const address = 'pelapor.e2e@contoh.id';
  await citizen.fill('#notify_email', 'pelapor.e2e');
  await citizen.getByTestId('start-notices').click();
  await expect(citizen.getByTestId('notices-error')).toContainText('Alamat surel ini tidak sah');
  await citizen.fill('#notify_email', address);
  await citizen.getByTestId('start-notices').click();
  await expect(citizen.getByTestId('notices-on')).toBeVisible();
  await expect(citizen.locator('body')).not.toContainText(address);

  // The supervisor asks a question: the notice arrives.
  await signIn(page, 'irban', SUPERVISOR_PASSWORD);
  await page.goto('/staf/papan');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  const card = page.getByTestId(`card-${caseNumber}`);
  await card.getByTestId('move-to').selectOption('verifikasi');
  await expect(page.getByTestId('column-verifikasi').getByTestId(`card-${caseNumber}`)).toBeVisible();
  await follow(page, card.getByTestId('open-case'), /\/staf\/kasus\/\d+$/);
  await page.fill('#question', 'Kapan tepatnya uang itu diminta, dan oleh siapa?');
  await page.getByTestId('ask').click();
  await expect(page.getByTestId('case-state')).toHaveAttribute('data-state', 'klarifikasi');
  const [asked] = await mailTo(address, 1);
  expect(asked).toContain('Inspektorat Daerah Kota Uji');
  expect(asked).toContain(`${BASE}/cek`);

  // The citizen answers; the supervisor closes; the closing notice arrives.
  await citizen.getByTestId('check').click();
  await citizen.fill('#info', 'Senin pagi, petugas loket dua.');
  await citizen.getByTestId('add-info').click();
  await expect(citizen.getByTestId('state')).toHaveText('Sedang diverifikasi');
  await page.goto('/staf/papan');
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await card.getByTestId('move-to').selectOption('telaah');
  await expect(page.getByTestId('column-telaah').getByTestId(`card-${caseNumber}`)).toBeVisible();
  await follow(page, card.getByTestId('open-case'), /\/staf\/kasus\/\d+$/);
  await page.selectOption('#outcome', 'terbukti');
  await page.fill('#message', 'Petugas loket telah diperiksa dan dijatuhi hukuman disiplin.');
  await page.getByTestId('close').click();
  await expect(page.getByTestId('case-state')).toHaveAttribute('data-state', 'selesai');
  const both = await mailTo(address, 2);
  for (const m of both) {
    for (const secret of [caseNumber, receipt, 'Samsat', 'Kapan tepatnya', 'Senin pagi', 'disiplin', 'Terbukti']) {
      expect(m, `a notice says ${secret}`).not.toContain(secret);
    }
  }
  // The closing notice went out: the address is gone, and the page no longer says notices are on.
  // (The address is deleted just after the mail server took the notice: look again until then.)
  await expect.poll(async () => {
    await citizen.getByTestId('check').click();
    await expect(citizen.getByTestId('state')).toHaveText('Selesai');
    return citizen.getByTestId('notices-on').count();
  }, { timeout: 15_000 }).toBe(0);

  // The reply letter is on the receipt page, under the profile's letterhead and numbered;
  // printed, the page prints the letter alone.
  const letter = citizen.getByTestId('reply-letter');
  await expect(letter.getByTestId('letterhead')).toHaveText('INSPEKTORAT DAERAH KOTA UJI');
  await expect(letter.getByTestId('letter-number')).toHaveText(/^700\/\d+\/Inspektorat\/\d{4}$/);
  await expect(letter).toContainText(`Jawaban atas pengaduan ${caseNumber}`);
  await expect(letter).toContainText('dijatuhi hukuman disiplin');
  await expect(letter).toContainText('NIP 197001011990031005');
  const number = await letter.getByTestId('letter-number').innerText();
  await citizen.emulateMedia({ media: 'print' });
  await expect(letter).toBeVisible();
  await expect(citizen.getByTestId('report-status')).toBeHidden();
  await expect(citizen.getByTestId('survey-form')).toBeHidden();
  await citizen.emulateMedia({ media: 'screen' });

  // The reporter rates the service: 4 for every statement but the third (3).
  for (let q = 1; q <= 9; q++) await citizen.check(`#q${q}-${q === 3 ? 3 : 4}`);
  await citizen.fill('#survey_comment', 'Cepat ditanggapi.');
  await citizen.getByTestId('send-survey').click();
  await expect(citizen.getByTestId('survey-done')).toHaveText('Terima kasih. Penilaian Anda sudah tersimpan.');

  // Staff print the same letter from the case; the dashboard shows the index: (8 × 4 + 3) / 9 × 25.
  await follow(page, page.getByTestId('open-letter'), /\/surat$/);
  await expect(page.getByTestId('letter-number')).toHaveText(number);
  await page.goto('/staf/dasbor');
  await expect(page.getByTestId('ikm-value')).toHaveText('97,22');
  await expect(page.getByTestId('ikm-grade')).toHaveText('A');
  await expect(page.getByTestId('ikm-comments')).toContainText('Cepat ditanggapi.');
  await phone.close();
  await adminContext.close();
});

test('a supervisor takes new reports in the daily digest at a set hour: nothing comes at once, then one digest with the case number', async ({ browser, page }) => {
  test.setTimeout(120_000); // the digest is looked for every half minute
  // The hour in Western Indonesian Time (UTC+7) now: the digest goes from its hour on.
  const hourNow = (new Date().getUTCHours() + 7) % 24;
  const address = 'irban.e2e@inspektorat.contoh.id';
  await signIn(page, 'irban', SUPERVISOR_PASSWORD);
  const settings = page.getByTestId('notice-settings');
  await expect(settings).toBeVisible();
  await page.fill('#notice-email', 'irban.e2e');
  await page.getByTestId('save-notices').click();
  await expect(page.getByTestId('notice-error')).toContainText('Alamat surel staf tidak sah');
  await page.fill('#notice-email', address);
  await page.selectOption('#notice-new_report', 'digest');
  // A later hour first (at 23.00 WIB there is none left today: the digest may go at once).
  await page.selectOption('#notice-hour', String(Math.min(hourNow + 1, 23)));
  await page.getByTestId('save-notices').click();
  await expect(page.getByTestId('notice-saved')).toBeVisible();

  // A citizen reports: the supervisor is not e-mailed at once.
  const what = 'Kepala seksi meminta setoran bulanan dari petugas lapangan.';
  const { phone, caseNumber } = await reportFromPhone(browser, 'pungli', what);
  await page.waitForTimeout(5_000); // longer than the outbox's 3-second round
  if (hourNow < 23) expect(mailbox().filter((m) => m.includes(`To: ${address}`))).toHaveLength(0);

  // The digest hour is now: within the digest's half-minute round, one message lists the case.
  await page.reload();
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  await expect(page.locator('#notice-email')).toHaveValue(address);
  await page.selectOption('#notice-hour', String(hourNow));
  await page.getByTestId('save-notices').click();
  await expect(page.getByTestId('notice-saved')).toBeVisible();
  const [digest] = await mailTo(address, 1);
  expect(digest).toContain('Ringkasan harian');
  expect(digest).toContain(caseNumber);
  for (const secret of ['Kepala seksi', 'setoran', 'petugas lapangan']) expect(digest).not.toContain(secret);
  await phone.close();
});
