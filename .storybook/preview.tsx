import '../src/zod-setup';
import type { Decorator, Loader, Preview } from '@storybook/react-webpack5';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { SetupWorker } from 'msw/browser';
import { createFakeBridge, type FakeBridgeOptions } from '../src/testing/fake-bridge';
import { AppProviders } from '../src/runtime/lifecycles';
import { allNamespaces } from '../src/i18n/namespaces';
import type { FaultRule } from '../mocks/faults';
import type { MockBackend } from '../mocks/backend';
import type { MockControls } from '../mocks/controls';
import { mockRuntime } from './mock-runtime';

/**
 * Per-story control of the mock backend, in `parameters.mocks`: fault rules, and a setup function that
 * shapes the data (an empty account, a failed activation step…) after the reset to the seed.
 */
export interface MockParameters {
  faults?: FaultRule[];
  setup?: (mocks: { controls: MockControls; backend: MockBackend }) => void | Promise<void>;
}

const accounts: Record<string, { id: string; name: string }> = {
  '100001': { id: '100001', name: 'Northwind Traders' },
  '100002': { id: '100002', name: 'Contoso Ltd' },
};

/** Users a designer can play the host's signed-in user as (names of different lengths and scripts). */
const users: Record<string, { id: string; username: string; displayName: string }> = {
  alex: { id: 'user-1', username: 'alex.admin', displayName: 'Alex Admin' },
  long: { id: 'user-1', username: 'alex.admin', displayName: 'Alexandra Konstantinopoulou-Featherstonehaugh' },
  accents: { id: 'user-1', username: 'alex.admin', displayName: 'Zoë Ñúñez-Çelik' },
};

const resetMocks: Loader = async ({ parameters }) => {
  const { controls, backend } = await mockRuntime();
  await controls.reset();
  const mocks = parameters.mocks as MockParameters | undefined;
  if (mocks?.faults) controls.setFaults(mocks.faults);
  await mocks?.setup?.({ controls, backend });
  return {};
};

/**
 * Every story renders inside the same providers as a mounted app, with a fresh fake bridge whose
 * locale and account come from the toolbar (and `parameters.bridge` for the route).
 */
const withApp: Decorator = (Story, context) => {
  const options = (context.parameters.bridge ?? {}) as FakeBridgeOptions & { appId?: string; appName?: string };
  const account = accounts[String(context.globals.account)] ?? accounts['100001'];
  const user = users[String(context.globals.user)] ?? users.alex;
  const bridge = createFakeBridge({ ...options, account, user, locale: String(context.globals.locale ?? 'en') });
  return (
    <AppProviders
      key={`${context.id}:${context.globals.locale}:${account?.id}:${context.globals.user}`}
      bridge={bridge}
      appId={options.appId ?? 'storybook'}
      appName={options.appName ?? 'Portal Apps'}
      namespaces={allNamespaces}
    >
      <Story />
    </AppProviders>
  );
};

const preview: Preview = {
  loaders: [mswLoader(async () => (await mockRuntime()).target as SetupWorker), resetMocks],
  decorators: [withApp],
  globalTypes: {
    locale: {
      description: 'Language of the host',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    account: {
      description: 'Current account of the host',
      toolbar: {
        title: 'Account',
        icon: 'home',
        items: [
          { value: '100001', title: 'Northwind Traders' },
          { value: '100002', title: 'Contoso Ltd' },
        ],
        dynamicTitle: true,
      },
    },
    user: {
      description: 'The signed-in user of the host',
      toolbar: {
        title: 'User',
        icon: 'user',
        items: [
          { value: 'alex', title: 'Alex Admin' },
          { value: 'long', title: 'A very long name' },
          { value: 'accents', title: 'Accented name' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', account: '100001', user: 'alex' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
