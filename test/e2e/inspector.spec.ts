import type { Page } from '@playwright/test';
import { test, expect, openWithSimulator } from './fixtures';

// The event inspector in the go-live rehearsal, walked by accessible names: a pasted event is
// checked field by field, then replayed to the local simulator, whose answer is shown.

const step = (page: Page, title: RegExp) => page.getByRole('list', { name: 'Setup steps' }).getByRole('button', { name: title });

test('paste an iCIMS event, see each field checked, send it to the simulator and read the answer', async ({ page, consoleServer }) => {
  test.setTimeout(240_000);
  await openWithSimulator(page, consoleServer.openUrl, 'Replay');
  await page.getByRole('button', { name: "Use the simulator's demo key" }).click();
  await expect(page.getByText(/Verified with Certn/)).toBeVisible();
  await step(page, /iCIMS request/).click();
  await page.getByRole('button', { name: 'Use the simulated iCIMS account' }).click();
  await expect(page.getByText(/iCIMS accepted these credentials/)).toBeVisible();
  await step(page, /Certn connection/).click();
  await page.getByRole('button', { name: 'Do it for me' }).click();
  await expect(page.getByText(/Saved in Certn on/)).toBeVisible();
  await step(page, /Go-live/).click();

  // The simulated iCIMS account takes the real account's customer ID, so its events replay verbatim.
  const account = page.getByRole('heading', { name: 'Simulated iCIMS account' }).locator('..');
  await page.getByLabel('New simulated customer ID').fill('48x21');
  await page.getByRole('button', { name: 'Use this customer ID' }).click();
  await expect(account.getByRole('alert')).toContainText('number of up to 12 digits');
  await page.getByLabel('New simulated customer ID').fill('4821');
  await page.getByRole('button', { name: 'Use this customer ID' }).click();
  await expect(account).toContainText('Customer ID: 4821');

  const box = page.getByLabel('Event JSON', { exact: true });
  const fields = page.getByRole('table', { name: 'Event fields' });
  await box.fill(JSON.stringify({ eventType: 'WorkFlowStatusChangeEvent', customerId: '4821', systemId: '771204', personId: 90211, jobId: '3310', newStatus: '2028', note: 'x' }));
  await page.getByRole('button', { name: 'Validate the event' }).click();
  await expect(fields.getByRole('row', { name: /personId/ })).toContainText('must be a string of digits');
  await expect(fields.getByRole('row', { name: /^note/ })).toContainText('Not part of the documented event shape');
  await expect(fields.getByRole('row', { name: /customerId/ })).toContainText('✓ as documented');

  // Sent verbatim, as pasted: the simulated Certn refuses the numeric personId and says why.
  await page.getByRole('button', { name: 'Send to the simulator' }).click();
  const answer = page.getByRole('status', { name: 'Simulator answer' });
  await expect(answer).toContainText('HTTP 400');
  await expect(answer).toContainText('personId');
  await expect(answer).toContainText('No case was ordered.');

  // Refilled and sent again while the panel stays live: the box keeps what is typed (the panel
  // re-reads only when the simulator changes, never on a timer that could reset it).
  const fixed = JSON.stringify({ eventType: 'WorkFlowStatusChangeEvent', customerId: '4821', systemId: '771204', personId: '90211', jobId: '3310', newStatus: '2028' });
  await box.fill(fixed);
  await expect(box).toHaveValue(fixed);
  await page.getByRole('button', { name: 'Validate the event' }).click();
  await expect(fields.getByRole('row', { name: /personId/ })).toContainText('✓ as documented');
  await expect(fields.getByRole('row', { name: /^note/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Send to the simulator' }).click();
  await expect(answer).not.toContainText('personId: ');
  await expect(box).toHaveValue(fixed);
});
