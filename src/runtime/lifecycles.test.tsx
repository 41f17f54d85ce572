import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { createAppLifecycles } from './lifecycles';
import { createFakeBridge } from '../testing/fake-bridge';
import { useAccount } from './react';
import { useTranslation } from 'react-i18next';

function Hello() {
  const account = useAccount();
  const { t } = useTranslation('demo');
  return (
    <p>
      {t('hello')} {account.name}
    </p>
  );
}

const lifecycles = createAppLifecycles({
  id: 'demo',
  name: 'Demo',
  namespaces: { demo: { en: { hello: 'Hello' }, fr: { hello: 'Bonjour' }, es: { hello: 'Hola' } } },
  Root: Hello,
});

// single-spa resolves mount after React commits, so these tests let React schedule its work as in
// a browser instead of batching it inside act().
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

describe('app lifecycles', () => {
  beforeAll(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterAll(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('exports bootstrap and its single-spa 7 name init', () => {
    expect(typeof lifecycles.bootstrap).toBe('function');
    expect(typeof lifecycles.init).toBe('function');
  });

  it('mounts into the element the host gives, follows the host, and leaves nothing behind', async () => {
    const domElement = document.createElement('main');
    document.body.appendChild(domElement);
    const bridge = createFakeBridge({ locale: 'fr-CA' });
    const props = { name: 'demo', bridge, domElement };

    await lifecycles.bootstrap(props);
    await lifecycles.mount(props);
    expect(await screen.findByText('Bonjour Northwind Traders')).toBeInTheDocument();
    expect(domElement.querySelector('[lang="fr"]')).not.toBeNull();

    bridge.host.setAccount({ id: '100002', name: 'Contoso Ltd' });
    bridge.host.setLocale('es');
    expect(await screen.findByText('Hola Contoso Ltd')).toBeInTheDocument();

    await lifecycles.unmount(props);
    expect(domElement.childNodes).toHaveLength(0);
  });

  it('names the real cause on the incompatible-host screen: a 1.x bridge missing a member is not told to update its version', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { locale: _locale, ...withoutLocale } = createFakeBridge();
    const props = { name: 'demo', bridge: { ...withoutLocale, contractVersion: '1.1.0' } };
    await lifecycles.mount(props);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Demo cannot start: the portal's bridge does not work as the app contract says (locale: ");
    expect(alert).not.toHaveTextContent('needs a host portal that implements version');
    expect(screen.getByText('locale')).toBeVisible();
    expect(errors).toHaveBeenCalled();
    await lifecycles.unmount(props);
  });

  it('renders an "incompatible host" screen for a bad bridge instead of throwing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const props = { name: 'demo', bridge: { contractVersion: '2.0.0' } };
    await lifecycles.mount(props);
    expect(await screen.findByRole('alert')).toHaveTextContent('This host is not compatible');
    expect(screen.getByText('contractVersion')).toBeInTheDocument();
    expect(errors).toHaveBeenCalled();
    await lifecycles.unmount(props);
    expect(document.querySelector('[data-portal-app="demo"]')).toBeNull();
  });
});
