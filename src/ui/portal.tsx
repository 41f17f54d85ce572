import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * `undefined` means "no provider": overlays then render in place, which still keeps them inside the
 * app's DOM subtree. `null` means a provider exists but its element is not mounted yet.
 */
const PortalContainerContext = createContext<HTMLElement | null | undefined>(undefined);

/** Props of {@link PortalContainerProvider}. */
export interface PortalContainerProviderProps {
  /** The element overlays render into; `null` while it is not mounted yet. */
  container: HTMLElement | null;
  children: ReactNode;
}

/**
 * Tells dialogs, side panels and menus where to render. {@link AppRoot} provides its own
 * element; nest another provider to choose a different element inside the app.
 */
export function PortalContainerProvider({ container, children }: PortalContainerProviderProps) {
  return <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>;
}

/**
 * The element overlays render into: `undefined` outside any provider, `null` while it is mounting.
 */
export function usePortalContainer(): HTMLElement | null | undefined {
  return useContext(PortalContainerContext);
}

/** Props of {@link Portal}. */
export interface PortalProps {
  children: ReactNode;
}

/**
 * Renders its children into the app's portal container (never `document.body`, so unmounting the
 * app removes them), or in place when there is no container provider.
 */
export function Portal({ children }: PortalProps) {
  const container = usePortalContainer();
  if (container === undefined) return <>{children}</>;
  if (container === null) return null;
  return createPortal(children, container);
}
