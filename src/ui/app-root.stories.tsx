import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { AppRoot } from './app-root';
import { Button } from './button';
import { TextField } from './text-field';

const meta = {
  title: 'UI/AppRoot',
  component: AppRoot,
  tags: ['autodocs'],
  args: { children: null },
} satisfies Meta<typeof AppRoot>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tokens and reset in place: the primitives look the same whatever the host page does. */
export const Default: Story = {
  render: () => (
    <AppRoot>
      <div style={{ display: 'grid', gap: 12, maxWidth: 360 }}>
        <TextField label="Account ID" description="Six digits" />
        <Button variant="primary">Next</Button>
      </div>
    </AppRoot>
  ),
};

/**
 * The same content under a hostile host stylesheet (element selectors, content-box sizing, a
 * different font): the scoped reset keeps it intact. The <style> unmounts with the story.
 */
export const UnderHostileHostCss: Story = {
  render: () => (
    <div>
      <style>{`* { box-sizing: content-box; } button { background: red; color: yellow; padding: 20px; border: 4px dotted lime; font-family: serif; } input { border: 0; background: black; } p { margin: 40px; }`}</style>
      <button type="button">A host button (styled by the host)</button>
      <AppRoot>
        <div style={{ display: 'grid', gap: 12, maxWidth: 360, marginTop: 16 }}>
          <p>Inside the app</p>
          <TextField label="Account ID" />
          <Button variant="primary">Next</Button>
        </div>
      </AppRoot>
    </div>
  ),
};
