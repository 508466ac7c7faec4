import { screen, waitFor, within } from '@testing-library/react';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderApp } from './renderApp';

let fake: FakeFacilitator;

beforeEach(() => {
  fake = installFakeFacilitator({ settings: sampleSettings() });
});

async function openOrganisation() {
  const view = renderApp('/settings');
  await screen.findByLabelText('Organisation name');
  return view;
}

const section = () => screen.getByRole('region', { name: 'Organisation' });

describe('Settings › Organisation: how people reach the organisation', () => {
  it('saves each contact field on its own when it is left, keeping the name and the other fields', async () => {
    const { user } = await openOrganisation();
    const phone = within(section()).getByLabelText(/^Phone/);
    expect(phone).toHaveValue('');
    await user.type(phone, '555-0100');
    await user.tab();
    await waitFor(() => expect(fake.callsTo('settings.setOrganisation')).toEqual([{ name: 'Riverside Youth Services', phone: '555-0100' }]));

    const address = within(section()).getByLabelText(/^Address/);
    await user.type(address, '12 Main St{Enter}Oakland, CA');
    await user.tab();
    await waitFor(() =>
      expect(fake.settings.organisation).toEqual({ name: 'Riverside Youth Services', phone: '555-0100', address: '12 Main St\nOakland, CA' }),
    );
    expect(await within(section()).findByRole('status')).toHaveTextContent('Saved');
  });

  it('names the field that was refused next to it, and keeps what was typed', async () => {
    const { user } = await openOrganisation();
    fake.failNext('settings.setOrganisation', {
      code: 'invalid-input',
      reason: { code: 'input-invalid' },
      issues: [{ path: 'email', rule: 'not-an-email' }],
    });
    const email = within(section()).getByLabelText(/^Email/);
    await user.type(email, 'riverside.example');
    await user.tab();
    expect(await screen.findByText('Email must be an email address such as office@example.org.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue('riverside.example');
    expect(fake.settings.organisation.email).toBeUndefined();
  });
});
