import { ModalSurface, type ModalSurfaceProps } from './modal-surface';

/** Props of {@link SidePanel}. */
export interface SidePanelProps extends ModalSurfaceProps {
  /** Panel width in px, capped to the viewport. Defaults to 480. */
  width?: number;
}

/**
 * A modal drawer from the inline end (e.g. editing a user's numbers), with the same focus rules as
 * {@link Dialog}: initial focus, trap, Escape, inert background, focus returned on close.
 */
export function SidePanel({ width = 480, ...props }: SidePanelProps) {
  return <ModalSurface {...props} placement="end" panelStyle={{ width: `min(${width}px, 100vw)` }} />;
}
