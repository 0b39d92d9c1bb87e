import type { Page } from '@playwright/test';
import { test, expect, createVault, openWithSimulator } from './fixtures';

// By keyboard only: focus is never dropped on <body>, results are read out, a skip link leads to
// the screen's heading, and the sidebar's rename and delete are visible and plainly styled.

const focusIsOnBody = (page: Page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);
/** What the live region holds, read from Chromium's accessibility tree as a screen reader would. */
async function announced(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { nodeId: string; parentId?: string; role?: { value: string }; name?: { value: string }; childIds?: string[] }[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const region = nodes.find((n) => n.role?.value === 'status' && n.name?.value === 'Announcements');
    if (!region) return '';
    const text: string[] = [];
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if (n.role?.value === 'StaticText' && n.name?.value) text.push(n.name.value);
      n.childIds?.forEach(walk);
    };
    region.childIds?.forEach(walk);
    return text.join(' ');
  } finally {
    await cdp.detach();
  }
}

test('keyboard only: actions keep focus, Continue and the step bar land on the new heading, results are announced', async ({ page, consoleServer }) => {
  await page.goto(consoleServer.openUrl);
  await createVault(page);
  await page.getByLabel('Integration name').fill('Keyboard rehearsal');
  await page.getByRole('button', { name: 'Try with the local simulator' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Connect Certn', level: 1 })).toBeFocused();

  // The skip link is the first stop and leads to the screen's heading.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Connect Certn', level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Connect Certn', level: 1 })).toBeFocused();

  // An async action: the button is busy for a moment, then focus is back on it and the result is read out.
  const demo = page.getByRole('button', { name: "Use the simulator's demo key" });
  await demo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Verified with Certn/)).toBeVisible();
  await expect(demo).toBeFocused();
  await expect.poll(() => announced(page)).toContain('Verified with Certn');
  expect(await focusIsOnBody(page)).toBe(false);

  // Continue: the next step's heading takes focus.
  await page.getByRole('button', { name: 'Continue to Packages' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Packages', level: 1 })).toBeFocused();

  // A sync replaces its button's label while it runs; focus stays in the page and the count is read out.
  await page.getByRole('button', { name: 'Sync packages from Certn' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Select Standard Employment Screen for iCIMS' })).toBeVisible();
  await expect.poll(() => announced(page)).toContain('packages synced');
  await expect.poll(() => focusIsOnBody(page)).toBe(false);

  // The step bar, by keyboard.
  await page.getByRole('list', { name: 'Setup steps' }).getByRole('button', { name: /iCIMS request/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'iCIMS request', level: 1 })).toBeFocused();

  // The sidebar's other screens.
  await page.getByRole('button', { name: 'Audit log' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();
});

test('rename and delete are visible without hovering, drawn with the app, and the Delete button is red', async ({ page, consoleServer }) => {
  await openWithSimulator(page, consoleServer.openUrl, 'Acme rehearsal');
  await expect(page.getByRole('heading', { name: 'Connect Certn', level: 1 })).toBeVisible();
  await page.mouse.move(900, 700);

  for (const name of ['Rename Acme rehearsal', 'Delete Acme rehearsal']) {
    const button = page.getByRole('button', { name });
    // Opacity is multiplied down the tree: an ancestor at 0 hides the button from sighted users.
    const opacity = await button.evaluate((el) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    });
    expect(opacity, name).toBeGreaterThanOrEqual(0.85);
    await expect(button.locator('svg')).toHaveCount(1);
    expect((await button.textContent())?.trim(), 'no emoji glyph that may be missing from the fonts').toBe('');
  }

  // Keyboard focus shows a ring.
  await page.getByRole('button', { name: 'Delete Acme rehearsal' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Delete Acme rehearsal' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Delete Acme rehearsal' })).not.toHaveCSS('outline-style', 'none');

  await page.getByRole('button', { name: 'Delete Acme rehearsal' }).click();
  const confirm = page.getByRole('button', { name: 'Delete', exact: true });
  const bg = await confirm.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(bg, 'a danger button is filled red, not transparent').not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  expect(r).toBeGreaterThan(g + 60);
  expect(r).toBeGreaterThan(b + 60);
});
