import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withMockServer } from '../../../../mocks/vitest';
import { mockBackend, mockControls, STEP_DURATION_MS } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { SetupScreen } from './setup-screen';

withMockServer();

afterEach(() => {
  vi.restoreAllMocks();
  Object.defineProperty(window, 'isSecureContext', { configurable: true, value: false });
});

const NORTHWIND = { id: '100001', name: 'Northwind Traders' };
const CONTOSO = { id: '100002', name: 'Contoso Ltd' };

function renderSetup(options: { path?: string; account?: { id: string; name: string }; locale?: string } = {}) {
  return renderApp(<SetupScreen />, {
    basePath: '/apps/teams',
    path: options.path ?? '/apps/teams/setup',
    account: options.account ?? NORTHWIND,
    locale: options.locale,
  });
}

const stepItem = (name: string) => {
  const list = screen.getByRole('list', { name: 'Activation steps' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((element) => element.textContent?.replace(/^[○✓✕\s]*/, '').startsWith(name));
  if (!item) throw new Error(`No step ${name}`);
  return within(item);
};

describe('Setup', () => {
  it('offers Activate on an inactive tenant and shows every step not started, not waiting', async () => {
    const { container } = renderSetup();
    expect(await screen.findByText('Not activated')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Activate' })).toBeEnabled();
    expect(screen.getAllByText('Not started')).toHaveLength(5);
    expect(screen.queryByText('Waiting')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows Active on an active tenant, with no Activate button', async () => {
    renderSetup({ account: CONTOSO });
    expect(await screen.findByText('Active', { selector: 'span' })).toBeInTheDocument();
    expect(screen.getByText(/Your tenant is active since/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
    expect(screen.getAllByText('Done')).toHaveLength(5);
  });

  it('activates automatically, following the steps live until Active', async () => {
    const user = userEvent.setup();
    renderSetup();
    await user.click(await screen.findByRole('button', { name: 'Activate' }));
    expect(await screen.findByText('Activation in progress')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Status' }));
    expect(stepItem('Consent').getByText('In progress')).toBeInTheDocument();
    expect(stepItem('Voice routing').getByText('Waiting')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Activation progress' })).toHaveAttribute('aria-valuenow', '0');

    mockControls.advanceTime(STEP_DURATION_MS * 2);
    await waitFor(() => expect(stepItem('Domain activation').getByText('In progress')).toBeInTheDocument(), { timeout: 4000 });
    expect(stepItem('Domain verification').getByText('Done')).toBeInTheDocument();

    mockControls.advanceTime(STEP_DURATION_MS * 3);
    expect(await screen.findByText('Active', { selector: 'span' }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Activation progress' })).toHaveAttribute('aria-valuenow', '5');
  });

  it('shows why a step failed and retries it, after which activation carries on', async () => {
    const user = userEvent.setup();
    mockControls.failActivationStep('pstn-gateway', NORTHWIND.id);
    const { container } = renderSetup();
    await user.click(await screen.findByRole('button', { name: 'Activate' }));
    mockControls.advanceTime(STEP_DURATION_MS * 4);
    expect(await screen.findByText('Activation failed', {}, { timeout: 4000 })).toBeInTheDocument();
    const gateway = stepItem('PSTN gateway');
    expect(gateway.getByText('Failed')).toBeInTheDocument();
    expect(gateway.getByText('Why it failed: the session border controller did not answer.')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(gateway.getByRole('button', { name: 'Retry PSTN gateway' }));
    expect(await screen.findByText('Activation in progress')).toBeInTheDocument();
    mockControls.advanceTime(STEP_DURATION_MS * 2);
    expect(await screen.findByText('Active', { selector: 'span' }, { timeout: 4000 })).toBeInTheDocument();
  });

  it('stops reading the tenant once the page is gone', async () => {
    const user = userEvent.setup();
    const reads: string[] = [];
    const { unmount } = renderSetup();
    await user.click(await screen.findByRole('button', { name: 'Activate' }));
    await screen.findByText('Activation in progress');
    const { server } = await import('../../../../mocks/node');
    const listener = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/api/v1/teams/tenant') reads.push(request.url);
    };
    server.events.on('request:start', listener);
    try {
      await waitFor(() => expect(reads.length).toBeGreaterThan(0), { timeout: 3000 });
      unmount();
      const readsAtUnmount = reads.length;
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(reads.length).toBe(readsAtUnmount);
    } finally {
      server.events.removeListener('request:start', listener);
    }
  });

  it('saves the co-manage switch at once', async () => {
    const user = userEvent.setup();
    renderSetup();
    const toggle = await screen.findByRole('switch', { name: 'Allow Carrier to co-manage Your Service' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    await waitFor(() => expect(mockBackend.state.teams[NORTHWIND.id]?.tenant.coManage).toBe(true));
  });

  it('puts the co-manage switch back and says why when saving fails', async () => {
    const user = userEvent.setup();
    renderSetup();
    const toggle = await screen.findByRole('switch', { name: 'Allow Carrier to co-manage Your Service' });
    mockControls.setFaults({ routes: ['setCoManage'], errorRate: 1 });
    await user.click(toggle);
    expect(toggle).toBeChecked();
    await waitFor(() => expect(toggle).not.toBeChecked(), { timeout: 5000 });
    expect(toggle).toHaveAccessibleDescription(/Your change was not saved, so the setting is back as it was\. The server had a problem/);
    expect(mockBackend.state.teams[NORTHWIND.id]?.tenant.coManage).toBe(false);
  });

  it('turns on manual activation and lists the domains with their TXT values, the gateways and the steps left', async () => {
    const user = userEvent.setup();
    const { container } = renderSetup({ path: '/apps/teams/setup/advanced' });
    const toggle = await screen.findByRole('switch', { name: 'Manual Activation' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(toggle);
    await waitFor(() => expect(mockBackend.state.teams[NORTHWIND.id]?.tenant.manualActivation).toBe(true));

    const tenant = mockBackend.state.teams[NORTHWIND.id]?.tenant;
    const domain = tenant?.domains[0];
    if (!domain) throw new Error('The seed has domains');
    const domains = within(screen.getByRole('region', { name: 'Domains' }));
    const row = within(domains.getByRole('row', { name: new RegExp(`^${domain.name.replace(/\./g, '\\.')} `) }));
    expect(row.getByText(domain.txtVerificationCode)).toBeInTheDocument();
    expect(row.getByText('Waiting for the TXT record')).toBeInTheDocument();
    expect(row.getByRole('button', { name: `Copy the TXT value for ${domain.name}` })).toBeInTheDocument();

    const gateways = within(screen.getByRole('region', { name: 'PSTN gateways' }));
    expect(gateways.getByRole('rowheader', { name: 'sbc1.northwindtraders.example.com' })).toBeInTheDocument();
    expect(gateways.getAllByRole('cell', { name: '5061' })).toHaveLength(2);

    const steps = within(screen.getByRole('region', { name: 'Steps left' }));
    expect(steps.getAllByRole('listitem')).toHaveLength(5);
    expect(steps.getByText(`Add a TXT record with the value ${domain.txtVerificationCode} to the DNS of ${domain.name}.`)).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('tab', { name: 'Activation' }));
    expect(await screen.findByText(/Manual activation is on/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
  });

  it('copies a TXT value and announces it politely', async () => {
    const user = userEvent.setup();
    const tenant = mockBackend.state.teams[NORTHWIND.id]?.tenant;
    if (!tenant) throw new Error('The seed has a tenant');
    tenant.manualActivation = true;
    renderSetup({ path: '/apps/teams/setup/advanced' });
    const code = tenant.domains[0]?.txtVerificationCode ?? '';
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true });
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => void copied.push(text));
    const button = await screen.findByRole('button', { name: `Copy the TXT value for ${tenant.domains[0]?.name}` });
    await user.click(button);
    expect(copied).toEqual([code]);
    expect(button).toHaveTextContent(/^Copied/);
    const announcements = screen.getAllByRole('status').map((element) => element.textContent);
    expect(announcements).toContain(`Copied ${code} to the clipboard.`);
  });

  it('keeps manual activation off, and says why, once activation started', async () => {
    const tenant = mockBackend.state.teams[NORTHWIND.id]?.tenant;
    if (!tenant) throw new Error('The seed has a tenant');
    renderSetup({ account: CONTOSO, path: '/apps/teams/setup/advanced' });
    const toggle = await screen.findByRole('switch', { name: 'Manual Activation' });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription('Manual activation can only be turned on before activation starts. Status: Active.');
  });

  it('shows the domains and PSTN gateways read-only on Advanced Options once the tenant is active', async () => {
    const tenant = mockBackend.state.teams[CONTOSO.id]?.tenant;
    if (!tenant) throw new Error('The seed has a tenant');
    const { container } = renderSetup({ account: CONTOSO, path: '/apps/teams/setup/advanced' });
    const domains = within(await screen.findByRole('region', { name: 'Domains' }));
    for (const domain of tenant.domains) {
      const row = within(domains.getByRole('row', { name: new RegExp(`^${domain.name.replace(/\./g, '\\.')} `) }));
      expect(row.getByText(domain.txtVerificationCode)).toBeInTheDocument();
      expect(row.getByText('Verified')).toBeInTheDocument();
    }
    const gateways = within(screen.getByRole('region', { name: 'PSTN gateways' }));
    expect(gateways.getByRole('rowheader', { name: 'sbc1.contosoltd.example.com' })).toBeInTheDocument();
    expect(gateways.getAllByText('Active')).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'Steps left' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says the tenant could not be loaded and loads it on Try again', async () => {
    const user = userEvent.setup();
    mockControls.setFaults({ routes: ['getTenant'], errorRate: 1, times: 4 });
    renderSetup();
    expect(await screen.findByText('The tenant could not be loaded', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Not activated')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderSetup({ locale: 'fr' });
    expect(await screen.findByRole('button', { name: 'Activer' })).toBeInTheDocument();
  });
});
