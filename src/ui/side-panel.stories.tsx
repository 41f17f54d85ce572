import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { useState } from 'react';
import { Button } from './button';
import { Checkbox } from './checkbox';
import { Select } from './select';
import { SidePanel } from './side-panel';
import { TextField } from './text-field';

function SidePanelDemo({ width }: { width?: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Edit Alex Admin</Button>
      <SidePanel
        open={open}
        onClose={() => setOpen(false)}
        width={width}
        title="Alex Admin"
        description="alex.admin@northwind.example.com"
        closeLabel="Close"
        footer={
          <>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button variant="primary" onClick={() => setOpen(false)}>
              Update
            </Button>
          </>
        }
      >
        <div style={{ display: 'grid', gap: 16 }}>
          <Select
            label="Assigned phone number"
            options={[
              { value: '+14155550100', label: '(415) 555-0100' },
              { value: '+14155550101', label: '(415) 555-0101' },
            ]}
          />
          <Checkbox label="Only show unassigned numbers" />
          <TextField label="Failover phone number" type="tel" />
        </div>
      </SidePanel>
    </>
  );
}

const meta = {
  title: 'UI/SidePanel',
  component: SidePanel,
  tags: ['autodocs'],
  args: { open: false, onClose: () => {}, title: 'Alex Admin', closeLabel: 'Close' },
  render: (args) => <SidePanelDemo width={args.width} />,
} satisfies Meta<typeof SidePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Wide: Story = { args: { width: 720 } };
