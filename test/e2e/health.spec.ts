import type { Page } from '@playwright/test';
import { test, expect, openWithSimulator } from './fixtures';

// The health watch as an admin meets it in browser mode with the local simulator: a package renamed
// in Certn after the handoff turns the sidebar badge to Failing and raises a desktop notification;
// putting the name back makes it Healthy again.

/** Records what the page shows as notifications (the browser's own UI is outside the page). */
async function recordNotifications(page: Page) {
  await page.addInitScript(() => {
    const Native = window.Notification;
    const seen: { title: string; body?: string }[] = [];
    (window as unknown as { __notifications: typeof seen }).__notifications = seen;
    class Recorded extends Native {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        seen.push({ title, body: options?.body });
      }
    }
    Object.defineProperty(Recorded, 'permission', { get: () => Native.permission });
    Object.defineProperty(Recorded, 'requestPermission', { value: Native.requestPermission.bind(Native) });
    window.Notification = Recorded as typeof Notification;
  });
}

test('break → badge and notification → fix → healthy', async ({ page, context, consoleServer }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['notifications'], { origin: consoleServer.url.replace(/\/$/, '') });
  await recordNotifications(page);
  const step = (title: RegExp) => page.getByRole('list', { name: 'Setup steps' }).getByRole('button', { name: title });

  await openWithSimulator(page, consoleServer.openUrl, 'Acme watch');
  await page.getByRole('button', { name: "Use the simulator's demo key" }).click();
  await expect(page.getByText(/Verified with Certn/)).toBeVisible();
  await step(/Packages/).click();
  await page.getByRole('button', { name: 'Sync packages from Certn' }).click();
  await page.getByRole('checkbox', { name: 'Select Standard Employment Screen for iCIMS' }).check();
  await step(/iCIMS request/).click();
  await page.getByRole('button', { name: 'Use the simulated iCIMS account' }).click();
  await expect(page.getByText(/iCIMS accepted these credentials/)).toBeVisible();
  await step(/Certn connection/).click();
  await page.getByRole('button', { name: 'Do it for me' }).click();
  await expect(page.getByText(/Saved in Certn on/)).toBeVisible();
  await step(/Handoff/).click();
  await page.getByLabel('Recipient label').fill('Dana Smith, iCIMS consultant');
  await page.getByRole('button', { name: 'Create handoff' }).click();
  await expect(page.getByLabel('Keycode', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Done: hide the keycode' }).click();

  await page.getByRole('button', { name: 'Health', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Health of Acme watch', level: 1 })).toBeVisible();
  await expect(page.getByText('Desktop notifications are on for new failures.')).toBeVisible();
  await page.getByRole('button', { name: 'Run the checks now' }).click();
  const badge = page.getByRole('complementary', { name: 'Integrations' }).getByRole('button', { name: /^Health of Acme watch:/ });
  await expect(badge).toHaveAccessibleName('Health of Acme watch: Healthy');

  await page.getByRole('button', { name: 'Make it fail: Rename a handed-over package in Certn' }).click();
  await expect(badge).toHaveAccessibleName('Health of Acme watch: Failing');
  const drift = page.getByRole('list', { name: 'Checks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Packages as handed over/ }) });
  await expect(drift).toContainText('changed in Certn');
  await drift.getByText('Evidence for “Packages as handed over”').click();
  await expect(drift).toContainText('is now named “Standard Employment Screen (renamed)”');
  await expect(drift.getByRole('button', { name: /^Fix it:/ })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __notifications: { title: string }[] }).__notifications.map((n) => n.title))).toContain('Acme watch: Packages as handed over failing');

  await page.getByRole('button', { name: 'Put it right: Rename a handed-over package in Certn' }).click();
  await expect(badge).toHaveAccessibleName('Health of Acme watch: Healthy');
  await expect(page.getByRole('table')).toContainText('Failing');
  // The fix-it link leads to the step that fixes it.
  await page.getByRole('button', { name: 'Make it fail: Deactivate a handed-over package' }).click();
  await expect(badge).toHaveAccessibleName('Health of Acme watch: Failing');
  await page.getByRole('button', { name: /^Fix it: Undo the change/ }).click();
  await expect(page.getByRole('heading', { name: /Packages/, level: 1 })).toBeVisible();
});
