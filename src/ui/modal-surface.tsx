import './app-root.module.css';
import { useId, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { IconButton } from './icon-button';
import { CloseIcon } from './icons';
import styles from './modal.module.css';
import { Portal } from './portal';
import { useModal } from './use-modal';

/** What Dialog and SidePanel have in common. */
export interface ModalSurfaceProps {
  open: boolean;
  /** Called on Escape, on the close button, and on a backdrop click when allowed. */
  onClose: () => void;
  /** The heading, which also names the dialog. */
  title: ReactNode;
  /** A sentence under the title, linked with aria-describedby. */
  description?: ReactNode;
  /** Accessible name of the close button, e.g. "Close". */
  closeLabel: string;
  children?: ReactNode;
  /** Actions at the bottom, e.g. Cancel and Save buttons. */
  footer?: ReactNode;
  /** Element focused on open; defaults to the first focusable element of the body or footer. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /**
   * Asked as the modal closes: false when the caller moves focus somewhere new itself (e.g. to what the
   * dialog created), so focus is not sent back to the opener first. Focus returns by default.
   */
  returnFocus?: () => boolean;
  /** Close when the backdrop is clicked (off by default so a form is never lost by a stray click). */
  closeOnBackdropClick?: boolean;
  /** alertdialog for confirmations that interrupt the user (e.g. "Release 3 numbers?"). */
  role?: 'dialog' | 'alertdialog';
}

/** The modal frame of Dialog (centred) and SidePanel (anchored to the end). */
export function ModalSurface({
  open,
  onClose,
  title,
  description,
  closeLabel,
  children,
  footer,
  initialFocusRef,
  returnFocus,
  closeOnBackdropClick = false,
  role = 'dialog',
  placement,
  sizeClassName,
  panelStyle,
}: ModalSurfaceProps & { placement: 'center' | 'end'; sizeClassName?: string; panelStyle?: CSSProperties }) {
  const titleId = useId();
  const descriptionId = useId();
  const [layer, setLayer] = useState<HTMLDivElement | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const { onKeyDown } = useModal({ open, onClose, layer, panelRef, initialFocusRef, contentRef, returnFocus });
  if (!open) return null;
  return (
    <Portal>
      <div ref={setLayer} className={placement === 'end' ? `${styles.layer} ${styles.layerEnd}` : styles.layer}>
        <div className={styles.backdrop} aria-hidden="true" onClick={closeOnBackdropClick ? onClose : undefined} />
        <div
          ref={panelRef}
          role={role}
          aria-modal="true"
          aria-labelledby={titleId}
          aria-describedby={description ? descriptionId : undefined}
          tabIndex={-1}
          className={[styles.panel, sizeClassName].filter(Boolean).join(' ')}
          style={panelStyle}
          onKeyDown={onKeyDown}
        >
          <div className={styles.header}>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            <IconButton label={closeLabel} icon={<CloseIcon />} onClick={onClose} />
          </div>
          <div ref={contentRef} className={styles.content}>
            <div className={styles.body}>
              {description ? (
                <p id={descriptionId} className={styles.description}>
                  {description}
                </p>
              ) : null}
              {children}
            </div>
            {footer ? <div className={styles.footer}>{footer}</div> : null}
          </div>
        </div>
      </div>
    </Portal>
  );
}

export { styles as modalStyles };
