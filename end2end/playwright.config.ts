import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright never downloads a browser here.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
};

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.LENTERA_BASE_URL ?? 'http://127.0.0.1:3000',
    trace: 'off',
  },
  projects: [
    {
      name: 'citizen-mobile',
      testMatch: /citizen\.spec\.ts/,
      use: { ...devices['Pixel 5'], launchOptions: chromium },
    },
    {
      name: 'staff-desktop',
      testMatch: /staff\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
  ],
});
