import { ModalSurface, modalStyles, type ModalSurfaceProps } from './modal-surface';

/** Props of {@link Dialog}. */
export interface DialogProps extends ModalSurfaceProps {
  /** Maximum width: sm 400px (confirmations), md 560px (forms), lg 880px (previews). */
  size?: 'sm' | 'md' | 'lg';
}

/**
 * A modal dialog with a title, optional description, body and footer actions. Focus moves in on
 * open, stays inside (Tab wraps), Escape closes, the rest of the app is inert, and focus returns to
 * the opener on close. Renders into the app's portal container.
 */
export function Dialog({ size = 'md', ...props }: DialogProps) {
  return <ModalSurface {...props} placement="center" sizeClassName={modalStyles[size]} />;
}
