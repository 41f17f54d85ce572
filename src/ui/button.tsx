import './app-root.module.css';
import type { ButtonHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
import styles from './button.module.css';
import { Spinner } from './spinner';
import { VisuallyHidden } from './visually-hidden';

/** Visual weight of a button: one primary action per area, danger for destructive ones. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
/** Height of a button. */
export type ButtonSize = 'sm' | 'md';

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner and ignores clicks while an action runs; the button stays focusable. */
  loading?: boolean;
  /** Announced while loading, e.g. "Saving…" (the visible label stays). */
  loadingLabel?: string;
  /** Icon before the label; decorative. */
  icon?: ReactNode;
  fullWidth?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** Builds the class list shared by {@link Button} and {@link IconButton}. */
export function buttonClassName(variant: ButtonVariant, size: ButtonSize, extra?: string): string {
  return [styles.button, styles[variant], size === 'sm' ? styles.sm : undefined, extra].filter(Boolean).join(' ');
}

/**
 * A button with variants (primary, secondary, danger, ghost), two sizes and a loading state.
 * Defaults to `type="button"` so it never submits a form by accident.
 */
export function Button({
  variant = 'secondary',
  size = 'md',
  loading = false,
  loadingLabel,
  icon,
  fullWidth = false,
  type = 'button',
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  // While loading, aria-disabled (not disabled) keeps focus on the button, so keyboard users do not
  // lose their place when the action finishes.
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={buttonClassName(variant, size, [fullWidth ? styles.fullWidth : '', className ?? ''].join(' ').trim())}
      aria-busy={loading || undefined}
      aria-disabled={loading || rest['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {loading ? <Spinner /> : icon ? <span aria-hidden="true">{icon}</span> : null}
      {children}
      {loading && loadingLabel ? <VisuallyHidden>{loadingLabel}</VisuallyHidden> : null}
    </button>
  );
}
