/**
 * Shared UI primitives of both apps. CSS Modules only, scoped under {@link AppRoot}; every visible
 * text comes from props so the apps can translate it.
 */

/** Root element of every app: design tokens, scoped reset, default portal container. */
export { AppRoot, type AppRootProps } from './app-root';
/** Chooses the element overlays render into; AppRoot provides its own element by default. */
export { PortalContainerProvider, usePortalContainer, Portal, type PortalContainerProviderProps, type PortalProps } from './portal';
/** Screen-reader-only text. */
export { VisuallyHidden, visuallyHiddenClassName } from './visually-hidden';
/** Button with variants, sizes and a loading state. */
export { Button, type ButtonProps, type ButtonVariant, type ButtonSize } from './button';
/** Icon-only button named by a required label. */
export { IconButton, type IconButtonProps } from './icon-button';
/** Labelled text input with description and located error. */
export { TextField, type TextFieldProps } from './text-field';
/** Labelled native select with description and located error. */
export { Select, type SelectProps, type SelectOption } from './select';
/** Labelled checkbox with description, error and indeterminate state. */
export { Checkbox, type CheckboxProps } from './checkbox';
/** On/off switch (role="switch") with label, description and error. */
export { Toggle, type ToggleProps } from './toggle';
/** Controlled WAI-ARIA tabs with roving focus and the selected panel. */
export { Tabs, type TabsProps, type TabItem } from './tabs';
/** Modal dialog with focus trap, Escape and focus return. */
export { Dialog, type DialogProps } from './dialog';
/** Modal drawer from the inline end with the same focus rules as Dialog. */
export { SidePanel, type SidePanelProps } from './side-panel';
/** Inline spinner and block loading placeholder. */
export { Spinner, LoadingState, type SpinnerProps, type LoadingStateProps } from './spinner';
/** Drop zone with a keyboard-reachable file picker, accept list and chosen-file row. */
export { FileDrop, type FileDropProps } from './file-drop';
/** Checks a file against an accept list of extensions and MIME types. */
export { fileMatchesAccept } from './file-accept';

export { useFileDropGuard } from './use-file-drop-guard';
/** Determinate or indeterminate progress bar with value text. */
export { ProgressBar, type ProgressBarProps } from './progress-bar';
/** Placeholder for a list or screen with nothing to show. */
export { EmptyState, type EmptyStateProps, type StateHeadingLevel } from './empty-state';
/** Failure in place of content, with a retry action. */
export { ErrorState, type ErrorStateProps } from './error-state';
/** Menu button with WAI-ARIA menu keyboard behaviour. */
export { Menu, type MenuProps, type MenuItem } from './menu';
/** Virtualized data grid: sticky header, controlled sort, selection, row activation, server paging, in-place text editing, keyboard navigation. */
export { DataTable, type DataTableProps } from './data-table';
export type {
  DataTableColumn,
  DataTableColumnWidth,
  DataTableCellContext,
  DataTableCellEdit,
  DataTableEditOption,
  DataTableSort,
  DataTableSelection,
} from './data-table-types';
/** A list's toolbar: search field in a search landmark, live count, actions. */
export { SearchBar, type SearchBarProps } from './search-bar';
/** A value that settles once it stops changing (search as you type). */
export { useDebounced } from './use-debounced';
/** Offers content to the user as a downloaded file. */
export { saveFile } from './save-file';
/** A lazy `import()` asked for once more when its chunk did not arrive. */
export { isChunkLoadError, loadChunk } from './chunk-load';
/** Phone numbers as people read them (national format for NANP), with the formatter loaded lazily. */
export { formatPhone, loadPhoneLibrary, parsePhoneInput, usePhoneFormat, type PhoneInput } from './phone-format';
