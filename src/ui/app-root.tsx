import { useState, type HTMLAttributes, type ReactNode } from 'react';
import styles from './app-root.module.css';
import { PortalContainerProvider } from './portal';

/** Props of {@link AppRoot}. */
export interface AppRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The app's content. */
  children: ReactNode;
  /** BCP 47 language of the content (`en`, `fr`, `es`), so assistive technology pronounces it right. */
  lang?: string;
}

/**
 * The root element of every app: sets the design tokens on itself, resets the common elements inside
 * it against the host page's CSS, and is the default container for dialogs, panels and menus.
 */
export function AppRoot({ children, className, ...rest }: AppRootProps) {
  // A state (not a ref) so that portals re-render once the element exists.
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  return (
    <div {...rest} ref={setElement} className={className ? `${styles.root} ${className}` : styles.root}>
      <PortalContainerProvider container={element}>{children}</PortalContainerProvider>
    </div>
  );
}
