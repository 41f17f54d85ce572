import React, { useEffect, useMemo, type ComponentType, type ReactNode } from 'react';
import ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BRIDGE_CONTRACT_VERSION, type AppLifecycles, type HostBridge } from '../bridge/contract';
import { checkBridge, type BridgeProblem } from '../bridge/guard';
import { BridgeProvider } from './react';
import { attachStyles, detachStyles } from './style-registry';
import { createI18n, toLocale, type LocaleResources } from '../i18n';
import { AppFrame } from './app-frame';
import { AppQueryCache } from './query-cache';
import styles from './host-screens.module.css';

/** What an app of this bundle declares to become single-spa lifecycles. */
export interface AppDefinition {
  /** Route segment and single-spa name, for example `bulk-manager`. */
  id: string;
  /** Product name, the same in every language. */
  name: string;
  /** The app's i18n namespaces (the `common` namespace is always there). */
  namespaces: Record<string, LocaleResources>;
  /** The app's screen, rendered once the bridge is known to be good. */
  Root: ComponentType;
}

interface MountProps {
  bridge?: unknown;
  name?: string;
  domElement?: HTMLElement;
}

/**
 * Turns an app definition into single-spa lifecycles that also work as a parcel. The bridge is
 * checked at mount: a bad one renders the "incompatible host" screen instead of throwing into the
 * host, and a render error renders a crash screen inside the app's own element.
 */
export function createAppLifecycles(definition: AppDefinition): AppLifecycles {
  const ownContainers = new Map<string, HTMLElement>();

  function EntryPoint(props: MountProps) {
    const check = useMemo(() => checkBridge(props.bridge), [props.bridge]);
    if (!check.ok) return <IncompatibleHost definition={definition} problems={check.problems} />;
    return <CompatibleApp definition={definition} bridge={check.bridge} />;
  }

  const reactLifecycles = singleSpaReact<MountProps>({
    React,
    ReactDOMClient,
    rootComponent: EntryPoint,
    domElementGetter: (props) => {
      // Without a host-provided element, make our own and remember it, so unmount can remove it.
      const key = props.name ?? definition.id;
      let element = ownContainers.get(key);
      if (!element) {
        element = document.createElement('div');
        element.setAttribute('data-portal-app', definition.id);
        document.body.appendChild(element);
        ownContainers.set(key, element);
      }
      return element;
    },
    errorBoundary: (error) => <Crashed definition={definition} error={error} />,
  });

  const update = reactLifecycles.update;
  /**
   * The host's props as single-spa-react reads them. The contract types them as `object` (a host owes
   * nothing more); what they carry is checked where it is used: the bridge by `checkBridge` at mount,
   * `name` and `domElement` by single-spa-react, which falls back on its own when they are missing.
   */
  type LifecycleProps = Parameters<typeof reactLifecycles.mount>[0];
  const typed = (props: object): LifecycleProps => props as LifecycleProps;
  return {
    bootstrap: (props) => reactLifecycles.bootstrap(typed(props)),
    init: (props) => reactLifecycles.bootstrap(typed(props)),
    async mount(props) {
      attachStyles();
      try {
        await reactLifecycles.mount(typed(props));
      } catch (error) {
        detachStyles();
        throw error;
      }
    },
    async unmount(props) {
      await reactLifecycles.unmount(typed(props));
      detachStyles();
      const key = typed(props).name ?? definition.id;
      ownContainers.get(key)?.remove();
      ownContainers.delete(key);
    },
    update: (props) => (update ? update(typed(props)) : Promise.resolve()),
  };
}

function CompatibleApp({ definition, bridge }: { definition: AppDefinition; bridge: HostBridge }) {
  const { Root } = definition;
  return (
    <AppProviders bridge={bridge} appId={definition.id} appName={definition.name} namespaces={definition.namespaces}>
      <Root />
    </AppProviders>
  );
}

/** Props of {@link AppProviders}. */
export interface AppProvidersProps {
  bridge: HostBridge;
  appId: string;
  /** The app's product name, which names its region. */
  appName: string;
  namespaces: Record<string, LocaleResources>;
  children: ReactNode;
}

/**
 * Everything an app's screens expect around them: the bridge, the app's query cache, a per-mount i18n
 * instance that follows the host's locale, and the app's root element. The lifecycles use
 * it, and so do stories and component tests, so screens are rendered the same way everywhere.
 */
export function AppProviders({ bridge, appId, appName, namespaces, children }: AppProvidersProps) {
  const i18n = useMemo(() => createI18n(bridge.locale.current(), namespaces), [bridge, namespaces]);
  useEffect(
    () =>
      bridge.locale.subscribe((locale) => {
        void i18n.changeLanguage(toLocale(locale));
      }),
    [bridge, i18n],
  );
  return (
    <BridgeProvider bridge={bridge}>
      <AppQueryCache>
        <I18nextProvider i18n={i18n}>
          <AppFrame appId={appId} appName={appName}>
            {children}
          </AppFrame>
        </I18nextProvider>
      </AppQueryCache>
    </BridgeProvider>
  );
}

function IncompatibleHost({ definition, problems }: { definition: AppDefinition; problems: BridgeProblem[] }) {
  const i18n = useMemo(() => createI18n(navigator.language, {}), []);
  useEffect(() => {
    console.error(`${definition.name}: the host's bridge does not honour contract ${BRIDGE_CONTRACT_VERSION}`, problems);
  }, [definition, problems]);
  return (
    <I18nextProvider i18n={i18n}>
      <AppFrame appId={definition.id} appName={definition.name}>
        <IncompatibleHostMessage name={definition.name} problems={problems} />
      </AppFrame>
    </I18nextProvider>
  );
}

function IncompatibleHostMessage({ name, problems }: { name: string; problems: BridgeProblem[] }) {
  const { t } = useTranslation('common');
  // The real cause: another major version, or members of a 1.x bridge that are missing or misbehave.
  const wrongVersion = problems.some((problem) => problem.path === 'contractVersion');
  const first = problems[0];
  return (
    <section role="alert" aria-labelledby="portal-apps-incompatible-title" className={styles.screen}>
      <h1 id="portal-apps-incompatible-title" className={styles.title}>
        {t('incompatibleHost.title')}
      </h1>
      <p className={styles.body}>
        {wrongVersion || !first
          ? t('incompatibleHost.body', { app: name, version: '1.x' })
          : t('incompatibleHost.members', { app: name, first: `${first.path || 'bridge'}: ${first.message}` })}
      </p>
      <details className={styles.details} open={!wrongVersion}>
        <summary>{t('incompatibleHost.details')}</summary>
        <ul className={styles.problems}>
          {problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              <code>{problem.path || 'bridge'}</code>: {problem.message}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function Crashed({ definition, error }: { definition: AppDefinition; error: Error }) {
  const i18n = useMemo(() => createI18n(navigator.language, {}), []);
  useEffect(() => console.error(`${definition.name} crashed`, error), [definition, error]);
  return (
    <I18nextProvider i18n={i18n}>
      <AppFrame appId={definition.id} appName={definition.name}>
        <CrashedMessage name={definition.name} />
      </AppFrame>
    </I18nextProvider>
  );
}

function CrashedMessage({ name }: { name: string }) {
  const { t } = useTranslation('common');
  return (
    <section role="alert" className={styles.screen}>
      <h1 className={styles.title}>{t('crashed.title')}</h1>
      <p className={styles.body}>{t('crashed.body', { app: name })}</p>
    </section>
  );
}
