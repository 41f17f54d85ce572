import './app-root.module.css';
import { useId, useRef, useState, type ChangeEvent, type DragEvent, type KeyboardEvent } from 'react';
import { Button } from './button';
import { fileMatchesAccept } from './file-accept';
import styles from './file-drop.module.css';
import { ErrorIcon, UploadIcon } from './icons';
import { visuallyHiddenClassName } from './visually-hidden';
import { useFileDropGuard } from './use-file-drop-guard';

/** Props of {@link FileDrop}. */
export interface FileDropProps {
  /** Heading of the zone and part of the file input's name, e.g. "Seats file". */
  label: string;
  /** E.g. "CSV or XLSX, up to 20 MB". */
  description?: string;
  /** Text inside the drop zone, e.g. "Drag a file here, or". */
  dropHint: string;
  /** Text of the browse control, e.g. "Browse files". */
  browseLabel: string;
  /** Extensions and MIME types, as for `<input accept>`: ['.csv', '.xlsx']. */
  accept: readonly string[];
  /** The chosen file (controlled). */
  file: File | null;
  /** Called with an accepted file, or `null` when the user removes it. */
  onFileChange: (file: File | null) => void;
  /** Formats a size in bytes for display, e.g. "12.4 KB" (the caller owns number formatting). */
  formatSize: (bytes: number) => string;
  /** Text of the remove button, e.g. "Remove". */
  removeLabel: string;
  /** The message for a file of the wrong type, e.g. "report.pdf is not a CSV or XLSX file". */
  rejectionMessage: (file: File) => string;
  /** The message when several files are dropped at once, e.g. "Drop one file at a time". */
  severalFilesMessage: (count: number) => string;
  /** An error from the caller about the chosen file (e.g. it could not be read). */
  error?: string;
  disabled?: boolean;
}

/**
 * A drop zone with a keyboard-reachable browse control (a visually hidden file input), an accept
 * list enforced for drops too, the chosen file's name and size with a remove button, and a located
 * error message for rejected files and for several files dropped at once. While it is on screen, a
 * file dropped elsewhere on the page is refused instead of opened by the browser.
 */
export function FileDrop({
  label,
  description,
  dropHint,
  browseLabel,
  accept,
  file,
  onFileChange,
  formatSize,
  removeLabel,
  rejectionMessage,
  severalFilesMessage,
  error,
  disabled = false,
}: FileDropProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const zoneRef = useRef<HTMLDivElement>(null);
  // While the zone is on screen, a file dropped beside it must not make the browser open it.
  useFileDropGuard(true, zoneRef);
  const [dragging, setDragging] = useState(false);
  const [rejection, setRejection] = useState<string | null>(null);
  const headingId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const fileNameId = `${id}-file`;
  const message = rejection ?? error;

  const choose = (candidate: File | undefined) => {
    if (!candidate) return;
    if (!fileMatchesAccept(candidate, accept)) {
      setRejection(rejectionMessage(candidate));
      return;
    }
    setRejection(null);
    onFileChange(candidate);
  };

  const handleInput = (event: ChangeEvent<HTMLInputElement>) => {
    choose(event.target.files?.[0]);
    // Cleared so that picking the same file again after removing it still fires a change.
    event.target.value = '';
  };

  // Chromium opens a file input's picker on Space only; Enter must too, as on the button it looks like.
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.click();
  };

  const handleDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const handleDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setDragging(false);
  };

  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    if (disabled) return;
    event.preventDefault();
    setDragging(false);
    const { files } = event.dataTransfer;
    // Several files: none is kept rather than the first silently.
    if (files.length > 1) {
      setRejection(severalFilesMessage(files.length));
      return;
    }
    choose(files[0]);
  };

  const describedBy = [message ? errorId : undefined, description ? descriptionId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.fileDrop} role="group" aria-labelledby={headingId}>
      <span id={headingId} className={styles.label}>
        {label}
      </span>
      {description ? (
        <span id={descriptionId} className={styles.description}>
          {description}
        </span>
      ) : null}
      <div
        ref={zoneRef}
        className={dragging ? `${styles.zone} ${styles.dragging}` : styles.zone}
        onDragEnter={handleDragOver}
        onDragOver={handleDragOver}
        onDragLeave={handleDragLeave}
        onDrop={handleDrop}
      >
        <span className={styles.zoneIcon} aria-hidden="true">
          <UploadIcon />
        </span>
        <span>{dropHint}</span>
        <span>
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="file"
            accept={accept.join(',')}
            disabled={disabled}
            className={`${visuallyHiddenClassName} ${styles.input}`}
            aria-describedby={describedBy}
            aria-invalid={message ? true : undefined}
            onChange={handleInput}
            onKeyDown={handleKeyDown}
          />
          <label htmlFor={`${id}-input`} className={styles.browse}>
            {browseLabel}
            <span className={visuallyHiddenClassName}>: {label}</span>
          </label>
        </span>
      </div>
      {file ? (
        <div className={styles.file}>
          <span id={fileNameId} className={styles.fileName}>
            {file.name}
          </span>
          <span className={styles.fileSize}>{formatSize(file.size)}</span>
          <Button
            size="sm"
            variant="ghost"
            aria-describedby={fileNameId}
            disabled={disabled}
            onClick={() => {
              onFileChange(null);
              // The remove button disappears with the file: focus goes back to the picker.
              inputRef.current?.focus();
            }}
          >
            {removeLabel}
          </Button>
        </div>
      ) : null}
      {message ? (
        <span id={errorId} className={styles.error} role="alert">
          <ErrorIcon />
          <span>{message}</span>
        </span>
      ) : null}
    </div>
  );
}
