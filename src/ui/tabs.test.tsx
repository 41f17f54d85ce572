import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Tabs, type TabItem } from './tabs';
import { expectNoAxeViolations } from './test-utils/axe';

const TABS: TabItem[] = [
  { id: 'configuration', label: 'Configuration' },
  { id: 'seats', label: 'Seats' },
  { id: 'disabled', label: 'Archived', disabled: true },
  { id: 'event-logs', label: 'Event Logs' },
];

function Harness({ activation, onSelect = () => {} }: { activation?: 'automatic' | 'manual'; onSelect?: (id: string) => void }) {
  const [selected, setSelected] = useState('configuration');
  return (
    <Tabs
      label="Sections"
      tabs={TABS}
      selectedId={selected}
      activation={activation}
      onSelect={(id) => {
        onSelect(id);
        setSelected(id);
      }}
    >
      <p>Panel of {selected}</p>
    </Tabs>
  );
}

describe('Tabs', () => {
  it('tells when the user is about to pick a tab: the pointer over it, or keyboard focus on it', async () => {
    const user = userEvent.setup();
    const onIntent = vi.fn();
    render(
      <Tabs label="Sections" tabs={TABS} selectedId="configuration" onSelect={() => {}} onIntent={onIntent}>
        <p>Panel</p>
      </Tabs>,
    );
    await user.hover(screen.getByRole('tab', { name: 'Event Logs' }));
    expect(onIntent).toHaveBeenLastCalledWith('event-logs');
    screen.getByRole('tab', { name: 'Configuration' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(onIntent).toHaveBeenLastCalledWith('seats');
  });

  it('renders the selected panel labelled by its tab and one tab stop', () => {
    render(<Harness />);
    const selected = screen.getByRole('tab', { name: 'Configuration' });
    expect(selected).toHaveAttribute('aria-selected', 'true');
    expect(selected).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'Seats' })).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel', { name: 'Configuration' })).toHaveTextContent('Panel of configuration');
  });

  it('moves and selects with arrow keys, skipping disabled tabs and wrapping, and Home/End', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Configuration' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Seats' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Event Logs' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Panel of event-logs');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Configuration' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Event Logs' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Event Logs' })).toHaveFocus();
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(['seats', 'event-logs', 'configuration', 'event-logs', 'configuration', 'event-logs']);
  });

  it('in manual mode moves focus with arrows and selects with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness activation="manual" onSelect={onSelect} />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Seats' })).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('seats');
    expect(screen.getByRole('tab', { name: 'Seats' })).toHaveAttribute('aria-selected', 'true');
  });

  it('selects on click and Tab moves from the tab list into the panel', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('tab', { name: 'Seats' }));
    expect(screen.getByRole('tabpanel', { name: 'Seats' })).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
  });

  it('focuses the new panel when an action in the old one opened it and took the focused button away', async () => {
    const user = userEvent.setup();
    function Done() {
      const [selected, setSelected] = useState('configuration');
      return (
        <Tabs label="Sections" tabs={TABS} selectedId={selected} onSelect={setSelected}>
          {selected === 'configuration' ? <button onClick={() => setSelected('event-logs')}>Done</button> : <p>Jobs</p>}
        </Tabs>
      );
    }
    render(<Done />);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(document.activeElement).toBe(screen.getByRole('tabpanel', { name: 'Event Logs' }));
  });

  it('has no axe violations', async () => {
    const { container } = render(<Harness />);
    await expectNoAxeViolations(container);
  });
});
