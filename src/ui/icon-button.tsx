import './app-root.module.css';
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { buttonClassName, type ButtonSize, type ButtonVariant } from './button';
import styles from './button.module.css';

/** Props of {@link IconButton}. */
export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  /** The accessible name (and tooltip), e.g. "Close"; required because the button shows no text. */
  label: string;
  /** The icon; hidden from assistive technology. */
  icon: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A square button that shows only an icon and is named by `label`.
 */
export function IconButton({ label, icon, variant = 'ghost', size = 'md', type = 'button', className, ...rest }: IconButtonProps) {
  return (
    <button {...rest} type={type} aria-label={label} title={label} className={buttonClassName(variant, size, [styles.icon, className ?? ''].join(' ').trim())}>
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}
