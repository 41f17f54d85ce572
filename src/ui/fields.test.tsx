import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from './checkbox';
import { Select } from './select';
import { expectNoAxeViolations } from './test-utils/axe';
import { TextField } from './text-field';
import { Toggle } from './toggle';

describe('TextField', () => {
  it('links its label, description and located error to the input', () => {
    render(<TextField label="Email" description="Used to sign in" error="Enter a valid email" required />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter a valid email Used to sign in');
  });

  it('is not marked invalid without an error and forwards its ref', async () => {
    const user = userEvent.setup();
    let element: HTMLInputElement | null = null;
    render(
      <TextField
        label="Search"
        hideLabel
        ref={(node) => {
          element = node;
        }}
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Search' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(element).toBe(input);
    await user.type(input, 'alex');
    expect(input).toHaveValue('alex');
  });
});

describe('Select', () => {
  it('offers a placeholder and its options and reports the choice', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <Select
        label="Site"
        placeholder="Choose a site"
        options={[
          { value: 'hq', label: 'Headquarters' },
          { value: 'branch', label: 'Branch Office' },
        ]}
        error="Choose a site"
        onChange={(event) => onChange(event.target.value)}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Site' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(select, 'Branch Office');
    expect(onChange).toHaveBeenCalledWith('branch');
  });
});

describe('Checkbox', () => {
  it('toggles with the label and with Space and can be indeterminate', async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Add to global address book" indeterminate />);
    const box = screen.getByRole('checkbox', { name: 'Add to global address book' });
    expect(box).toBePartiallyChecked();
    await user.click(screen.getByText('Add to global address book'));
    expect(box).toBeChecked();
    box.focus();
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
  });
});

describe('Toggle', () => {
  function Controlled({ onCheckedChange }: { onCheckedChange: (checked: boolean) => void }) {
    const [checked, setChecked] = useState(false);
    return (
      <Toggle
        label="Allow co-manage"
        description="Lets the carrier manage your service"
        checked={checked}
        onCheckedChange={(next) => {
          setChecked(next);
          onCheckedChange(next);
        }}
      />
    );
  }

  it('is a switch that Space turns on and off', async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(<Controlled onCheckedChange={onCheckedChange} />);
    const toggle = screen.getByRole('switch', { name: 'Allow co-manage' });
    expect(toggle).toHaveAccessibleDescription('Lets the carrier manage your service');
    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(onCheckedChange.mock.calls).toEqual([[true], [false]]);
  });
});

describe('fields', () => {
  it('have no axe violations, with and without errors', async () => {
    const { container } = render(
      <form>
        <TextField label="First name" required />
        <TextField label="Email" error="Enter a valid email" description="Work address" />
        <Select label="Role" options={[{ value: 'user', label: 'User' }]} />
        <Checkbox label="Send login details by SMS" error="A mobile number is needed" />
        <Toggle label="Manual activation" disabled />
      </form>,
    );
    await expectNoAxeViolations(container);
  });
});
