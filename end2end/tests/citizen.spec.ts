import { test, expect, Page, devices } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A complete report of an illegal levy, as a citizen would type it.
const REPORT = {
  category: 'pungli',
  what: 'Petugas loket meminta uang tambahan agar KTP elektronik saya cepat dicetak.',
  who: 'Pak Budi, petugas loket 3 Dinas Kependudukan',
  place: 'Kantor Disdukcapil Kota Sukabumi, loket 3, Jl. Veteran No. 10',
  time: '12 Januari 2025',
  why: 'Menurut aturan pembuatan KTP elektronik tidak dipungut biaya.',
  how: 'Berkas saya ditahan dua minggu, lalu petugas berkata bisa selesai hari itu kalau saya membayar uang rokok.',
  how_much: 'Rp 200.000',
};

async function waitForHydration(page: Page) {
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
}

// A slow connection: pages are on screen well before their code arrives, which waits until
// the returned function is called (for every page opened until then).
async function holdCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const arrived = new Promise<void>((r) => (release = r));
  await page.unroute('**/pkg/lentera.wasm');
  await page.route('**/pkg/lentera.wasm', async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}

async function fillReport(page: Page) {
  await page.selectOption('#category', REPORT.category);
  for (const name of ['what', 'who', 'place', 'time', 'why', 'how', 'how_much'] as const) {
    await page.fill(`#${name}`, REPORT[name]);
  }
}

test('a citizen reports from the phone, keeps the receipt, checks it and adds information', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByText('Kami tidak menyimpan alamat IP')).toBeVisible();
  await page.getByTestId('make-report').click();
  await expect(page).toHaveURL(/\/lapor$/);
  await waitForHydration(page);

  // The completeness panel follows the typing, in the browser (wasm).
  const what = page.locator('li[data-element="what"]');
  await expect(what).toHaveAttribute('data-state', 'missing');
  await page.fill('#what', REPORT.what);
  await expect(what).toHaveAttribute('data-state', 'met');
  await page.fill('#time', 'dulu sekali');
  await expect(page.locator('li[data-element="when"]')).toHaveAttribute('data-state', 'weak');

  await fillReport(page);
  await expect(page.getByTestId('met-count')).toHaveText('7');
  await expect(page.getByText('Simpan baik-baik')).toBeVisible();

  // Submitting with wasm does not reload the page.
  await page.evaluate(() => ((window as any).__stillHere = true));
  await page.getByTestId('submit').click();
  const code = page.getByTestId('receipt-code');
  await expect(code).toBeVisible();
  expect(await page.evaluate(() => (window as any).__stillHere)).toBe(true);
  const receipt = (await code.textContent())!.trim();
  expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
  await expect(page.getByTestId('case-number')).toHaveText(/^WBS-\d{4}-\d{5}$/);
  await expect(page.getByTestId('receipt-card').getByText('tidak dapat dipulihkan')).toBeVisible();
  await expect(page.locator('form.report')).toBeHidden();
  await page.getByTestId('copy-receipt').click();
  await expect(page.getByTestId('copy-receipt')).toHaveText('Tersalin');

  // Check it, typed with dashes.
  await page.goto('/cek');
  await waitForHydration(page);
  await page.fill('#receipt', receipt.replace(/ /g, '-'));
  await page.getByTestId('check').click();
  await expect(page.getByTestId('state')).toHaveText('Diterima');
  await expect(page.getByTestId('timeline')).toContainText('Laporan diterima');
  // What happens next, and by when: three working days.
  await expect(page.getByTestId('next-by')).toContainText('Pemeriksa memverifikasi laporan Anda paling lambat');
  // Written as people write dates, in the page's language; machine-readable underneath.
  await expect(page.getByTestId('next-by').locator('time')).toHaveText(/^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/);
  await expect(page.getByTestId('next-by').locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

  await page.fill('#info', 'Saya juga punya foto kuitansi tanpa kop.');
  await page.getByTestId('add-info').click();
  await expect(page.getByTestId('info-added')).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('Saya juga punya foto kuitansi tanpa kop.');
});

test('what a citizen types before the page is interactive is kept and sent', async ({ page }) => {
  const release = await holdCode(page);
  await page.goto('/lapor');
  await page.selectOption('#category', REPORT.category);
  await page.fill('#what', REPORT.what);
  await page.fill('#who', REPORT.who);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(0);
  release();
  await waitForHydration(page);
  // The live check counts what was typed before, without touching those fields again.
  await expect(page.locator('li[data-element="what"]')).toHaveAttribute('data-state', 'met');
  await expect(page.locator('li[data-element="who"]')).toHaveAttribute('data-state', 'met');
  await expect(page.locator('#what')).toHaveValue(REPORT.what);
  for (const name of ['place', 'time', 'why', 'how', 'how_much'] as const) {
    await page.fill(`#${name}`, REPORT[name]);
  }
  await expect(page.getByTestId('met-count')).toHaveText('7');
  await page.getByTestId('submit').click();
  const receipt = (await page.getByTestId('receipt-code').textContent())!.trim();
  expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);

  // A receipt typed into the check page before it is interactive is the one looked up.
  const releaseAgain = await holdCode(page);
  await page.goto('/cek');
  await page.fill('#receipt', receipt);
  releaseAgain();
  await waitForHydration(page);
  await page.getByTestId('check').click();
  await expect(page.getByTestId('state')).toHaveText('Diterima');
  await page.fill('#info', 'Kuitansi tanpa kop ada pada saya.');
  await page.getByTestId('add-info').click();
  await expect(page.getByTestId('timeline')).toContainText('Kuitansi tanpa kop ada pada saya.');
});

test('a report sent before the page is interactive is stored, and its receipt buttons work once the code arrives', async ({ page }) => {
  const release = await holdCode(page);
  await page.goto('/lapor');
  await fillReport(page);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(0);
  // Without its code the form posts as plain HTML: the server answers with the receipt.
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('receipt-code')).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);
  await expect(page.locator('form.report')).toHaveCount(0);
  release();
  await waitForHydration(page);
  await page.getByTestId('copy-receipt').click();
  await expect(page.getByTestId('copy-receipt')).toHaveText('Tersalin');
});

test('a wrong receipt gets the same clear message', async ({ page }) => {
  await page.goto('/cek');
  await waitForHydration(page);
  await page.fill('#receipt', '0000 1111 2222 3333');
  await page.getByTestId('check').click();
  await expect(page.getByTestId('check-error')).toHaveText(/tidak ditemukan/);
  await page.fill('#receipt', '123');
  await page.getByTestId('check').click();
  await expect(page.getByTestId('check-error')).toHaveText(/16 angka/);
});

test('an anonymous report that contains a phone number warns before sending', async ({ page }) => {
  await page.goto('/lapor');
  await waitForHydration(page);
  await expect(page.getByTestId('privacy-warning')).toHaveCount(0);
  await page.fill('#how', 'Silakan hubungi saya di 0812-3456-7890 untuk detailnya.');
  await expect(page.getByTestId('privacy-warning')).toContainText('Nomor telepon');
  await page.fill('#evidence', 'email saya warga.sukabumi@example.com');
  await expect(page.getByTestId('privacy-warning')).toContainText('e-mail');
  // Giving a contact on purpose is not anonymous: no warning.
  await page.fill('#contact', '0812-3456-7890');
  await expect(page.getByTestId('privacy-warning')).toHaveCount(0);
});

test('switching the language to English and back', async ({ page }) => {
  await page.goto('/lapor');
  await page.getByTestId('switch-language').click();
  await expect(page).toHaveURL(/\/lapor$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make a report');
  await waitForHydration(page);
  await page.fill('#what', 'x');
  await expect(page.locator('li[data-element="what"] .el-state')).toHaveText('Weak');
  await page.getByTestId('switch-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole journey works as plain HTML forms', async ({ page }) => {
    await page.goto('/lapor');
    await fillReport(page);
    await page.getByTestId('submit').click();
    const code = page.getByTestId('receipt-code');
    await expect(code).toBeVisible();
    const receipt = (await code.textContent())!.trim();
    expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);

    await page.goto('/cek');
    await page.fill('#receipt', receipt.replace(/ /g, ''));
    await page.getByTestId('check').click();
    await expect(page.getByTestId('state')).toHaveText('Diterima');
    await page.fill('#info', 'Tambahan tanpa JavaScript.');
    await page.getByTestId('add-info').click();
    await expect(page.getByTestId('timeline')).toContainText('Tambahan tanpa JavaScript.');
  });

  test('a report without what happened is refused and keeps the typed text', async ({ page }) => {
    await page.goto('/lapor');
    await page.fill('#who', 'Ibu Ani, staf Kecamatan Warudoyong');
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('form-error')).toContainText('Ceritakan apa yang terjadi');
    await expect(page.locator('#who')).toHaveValue('Ibu Ani, staf Kecamatan Warudoyong');
    await expect(page.getByTestId('receipt-code')).toHaveCount(0);
  });
});

test('every page loads only from Lentera itself, under a strict CSP, and still hydrates', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  let wasmFiles: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
    if (url.endsWith('.wasm')) wasmFiles.push(url.split('/').pop()!);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ['/', '/lapor', '/cek', '/statistik', '/staf']) {
    wasmFiles = [];
    const response = await page.goto(path);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
    await waitForHydration(page);
    // Only the interactive parts of a page are islands, shipped as wasm: the home page and
    // the statistics and the receipt lookup load none; the report form the citizen's bundle
    // only; a staff page the staff bundle, and its own island split off from it.
    if (path === '/' || path === '/statistik' || path === '/cek') expect(wasmFiles).toEqual([]);
    else if (path === '/staf') {
      expect(wasmFiles).toContain('lentera-staff.wasm');
      expect(wasmFiles).not.toContain('lentera.wasm');
      expect(wasmFiles.some((f) => f.startsWith('split_'))).toBe(true);
    } else expect(wasmFiles).toEqual(['lentera.wasm']);
  }
  // A hydrated form reacts to typing: the live 5W+2H check runs in the wasm bundle.
  await page.goto('/lapor');
  await waitForHydration(page);
  await page.fill('#what', REPORT.what);
  await expect(page.locator('li[data-element="what"]')).toHaveAttribute('data-state', 'met');
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

// exiftool-tagged: GPS 6°10'S 106°49'E, the owner's name, a comment, "rotate 90°".
const GPS_PHOTO = join(__dirname, '..', '..', 'app', 'tests', 'fixtures', 'photo.jpg');

test('a photo with GPS sent from the phone reaches the inspector without its location', async ({ page, browser, baseURL }) => {
  const original = readFileSync(GPS_PHOTO);
  expect(original.includes(Buffer.from('Exif\0\0'))).toBe(true);
  expect(original.includes(Buffer.from('Budi Santoso'))).toBe(true);

  await page.goto('/lapor');
  await waitForHydration(page);
  await fillReport(page);
  const picker = page.getByTestId('evidence-input');

  // A file that is no photo, and an upload the network drops: each says why, nothing typed is lost.
  await picker.setInputFiles({ name: 'kuitansi.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<html>bukan foto</html>') });
  await expect(page.getByTestId('evidence-error')).toContainText('Hanya foto (JPEG, PNG, WebP) dan dokumen PDF');
  await page.route('**/bukti', (route) => route.abort('internetdisconnected'), { times: 1 });
  await picker.setInputFiles(GPS_PHOTO);
  await expect(page.getByTestId('evidence-error').nth(1)).toContainText('Koneksi terputus');
  await expect(page.locator('#what')).toHaveValue(REPORT.what);
  await expect(page.locator('#how_much')).toHaveValue(REPORT.how_much);
  const rows = page.getByTestId('evidence-list').locator('li');
  await expect(rows).toHaveCount(2);
  await rows.first().getByRole('button', { name: 'Lepas' }).click();
  await rows.first().getByRole('button', { name: 'Lepas' }).click();
  await expect(rows).toHaveCount(0);

  // A slow upload shows its progress and holds the form until it is done.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/bukti', async (route) => {
    await held;
    await route.continue();
  }, { times: 1 });
  await picker.setInputFiles(GPS_PHOTO);
  await expect(page.getByTestId('evidence-list').locator('progress')).toBeVisible();
  await expect(page.getByTestId('evidence-list')).toContainText('Mengunggah');
  await expect(page.getByTestId('submit')).toBeDisabled();
  release();
  await expect(page.getByTestId('evidence-done')).toHaveCount(1);
  await expect(page.getByTestId('submit')).toBeEnabled();
  await page.getByTestId('submit').click();
  const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
  const receipt = (await page.getByTestId('receipt-code').textContent())!.trim();

  // The reporter sees that the file arrived.
  await page.goto('/cek');
  await waitForHydration(page);
  await page.fill('#receipt', receipt);
  await page.getByTestId('check').click();
  await expect(page.getByTestId('files-received').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('files-received')).toContainText('JPG');

  // A second photo, added later with the receipt: the check page's form posts the upload.
  await waitForHydration(page);
  await page.getByTestId('evidence-input').setInputFiles(GPS_PHOTO);
  await expect(page.getByTestId('evidence-done')).toHaveCount(1);
  await page.fill('#info', 'Foto kedua dari loket yang sama.');
  await page.getByTestId('add-info').click();
  await expect(page.getByTestId('info-added')).toBeVisible();
  await expect(page.getByTestId('files-received').locator('li')).toHaveCount(2);

  // The inspector, at a desk, downloads it: a JPEG without EXIF, so without GPS.
  const desk = await browser.newContext({ ...devices['Desktop Chrome'], baseURL, acceptDownloads: true });
  const staff = await desk.newPage();
  await staff.goto('/staf');
  await waitForHydration(staff);
  await staff.fill('#username', 'irban');
  await staff.fill('#password', 'Kopi-Tubruk-E2E-2026');
  await staff.getByTestId('login').click();
  await staff.getByTestId('to-board').click();
  await staff.getByTestId(`card-${caseNumber}`).getByTestId('open-case').click();
  await expect(staff.getByTestId('case-evidence')).toContainText('dari pelapor');
  // Both photos, the one sent with the report and the one added later with the receipt.
  await expect(staff.getByTestId('evidence-download')).toHaveCount(2);
  const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByTestId('evidence-download').first().click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${caseNumber}-bukti-\\d+\\.jpg$`));
  const saved = readFileSync((await download.path())!);
  expect([...saved.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  expect(saved.includes(Buffer.from('Exif\0\0'))).toBe(false);
  expect(saved.includes(Buffer.from('Budi Santoso'))).toBe(false);
  expect(saved.includes(Buffer.from('Rahasia pelapor'))).toBe(false);
  await desk.close();
});

test('the public statistics page reads well on a phone and hides small numbers', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('to-public-stats').click();
  await expect(page).toHaveURL(/\/statistik$/);
  await waitForHydration(page);
  await expect(page.locator('h1')).toHaveText('Statistik pengaduan');
  await expect(page.getByTestId('public-received')).toHaveText(/^(\d+|kurang dari 5)$/);
  await expect(page.getByTestId('public-months').locator('tr')).toHaveCount(12);
  await expect(page.getByText('Angka di bawah 5 tidak ditampilkan sendiri')).toBeVisible();
  // Nothing wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
