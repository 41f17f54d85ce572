import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { Checkbox } from './checkbox';
import { Select } from './select';
import { TextField } from './text-field';
import { Toggle } from './toggle';

/** All form fields together, as the Add seat form uses them. */
const meta = {
  title: 'UI/Fields',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const SITES = [
  { value: 'hq', label: 'Headquarters' },
  { value: 'branch', label: 'Branch Office' },
  { value: 'remote', label: 'Remote' },
];

export const Form: Story = {
  render: () => (
    <form style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
      <TextField label="First Name" required />
      <TextField label="Email" type="email" required description="Used to sign in" />
      <Select label="Site" options={SITES} placeholder="Choose a site" required />
      <Checkbox label="Add to global address book" defaultChecked />
      <Toggle label="Send login details by SMS" description="Needs a mobile number" />
    </form>
  ),
};

export const WithErrors: Story = {
  render: () => (
    <form style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
      <TextField label="Email" defaultValue="ada@" required error="Enter a valid email address" />
      <TextField label="Extension" defaultValue="1000" required error="Extension 1000 is already taken" />
      <Select label="Site" options={SITES} placeholder="Choose a site" required error="Choose a site" />
      <Checkbox label="Send login details by SMS" defaultChecked error="Add a mobile number to send an SMS" />
    </form>
  ),
};

export const Disabled: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 420 }}>
      <TextField label="Account ID" defaultValue="100001" disabled />
      <Select label="Role" options={[{ value: 'user', label: 'User' }]} disabled />
      <Checkbox label="Only show unassigned numbers" disabled />
      <Toggle label="Manual activation" description="Can only be turned on before activation starts" disabled />
    </div>
  ),
};

export const LongLabels: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 320 }}>
      <TextField
        label="Numéro de téléphone de secours en cas d'indisponibilité du numéro principal"
        description="Tout numéro valide, au format national ou international"
      />
      <Toggle label="Permettre à l'opérateur de cogérer votre service" defaultChecked />
    </div>
  ),
};
