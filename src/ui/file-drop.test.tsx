import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fileMatchesAccept } from './file-accept';
import { FileDrop } from './file-drop';
import { expectNoAxeViolations } from './test-utils/axe';

function Harness({ onFileChange = () => {} }: { onFileChange?: (file: File | null) => void }) {
  const [file, setFile] = useState<File | null>(null);
  return (
    <FileDrop
      label="Seats file"
      description="CSV or XLSX"
      dropHint="Drag a file here, or"
      browseLabel="Browse files"
      accept={['.csv', '.xlsx']}
      file={file}
      onFileChange={(next) => {
        setFile(next);
        onFileChange(next);
      }}
      formatSize={(bytes) => `${bytes} B`}
      removeLabel="Remove"
      rejectionMessage={(rejected) => `${rejected.name} is not a CSV or XLSX file`}
      severalFilesMessage={(count) => `Drop one file at a time: ${count} files were dropped.`}
    />
  );
}

/** The zone is the element around the drop hint. */
const dropZone = () => screen.getByText('Drag a file here, or').parentElement ?? document.body;

const csv = () => new File(['First Name\nAda'], 'seats.csv', { type: 'text/csv' });
const pdf = () => new File(['%PDF'], 'report.pdf', { type: 'application/pdf' });

describe('FileDrop', () => {
  it('reaches the file input by keyboard, with a name and description', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    const input = screen.getByLabelText(/Browse files/);
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.csv,.xlsx');
    expect(input).toHaveAccessibleDescription('CSV or XLSX');
  });

  it('opens the file picker with Enter as with Space, once for each key', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    const input = screen.getByLabelText(/Browse files/);
    expect(input).toHaveFocus();
    const opened = vi.fn();
    // A file input opens the picker when it is clicked: the browser's own Space does that.
    input.addEventListener('click', opened);
    // A key event alone, as Chromium sends Enter to a file input: it opens nothing by itself.
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(opened).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    expect(opened).toHaveBeenCalledTimes(1);
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('shows the chosen file with its size, and removing it returns focus to the picker', async () => {
    const user = userEvent.setup();
    const onFileChange = vi.fn();
    render(<Harness onFileChange={onFileChange} />);
    const input = screen.getByLabelText(/Browse files/);
    await user.upload(input, csv());
    expect(screen.getByText('seats.csv')).toBeInTheDocument();
    expect(screen.getByText('14 B')).toBeInTheDocument();
    const remove = screen.getByRole('button', { name: 'Remove' });
    expect(remove).toHaveAccessibleDescription('seats.csv');
    await user.click(remove);
    expect(screen.queryByText('seats.csv')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
    expect(onFileChange.mock.calls.map(([file]) => (file instanceof File ? file.name : file))).toEqual(['seats.csv', null]);
  });

  it('accepts a dropped file', () => {
    render(<Harness />);
    fireEvent.drop(dropZone(), { dataTransfer: { files: [csv()] } });
    expect(screen.getByText('seats.csv')).toBeInTheDocument();
  });

  it('rejects a dropped file of the wrong type with the caller message, linked to the input', () => {
    const onFileChange = vi.fn();
    render(<Harness onFileChange={onFileChange} />);
    fireEvent.drop(dropZone(), { dataTransfer: { files: [pdf()] } });
    expect(screen.getByRole('alert')).toHaveTextContent('report.pdf is not a CSV or XLSX file');
    expect(onFileChange).not.toHaveBeenCalled();
    const input = screen.getByLabelText(/Browse files/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('report.pdf is not a CSV or XLSX file CSV or XLSX');
  });

  it('refuses several files dropped at once, keeping none of them', () => {
    const onFileChange = vi.fn();
    render(<Harness onFileChange={onFileChange} />);
    fireEvent.drop(dropZone(), { dataTransfer: { files: [csv(), csv()] } });
    expect(screen.getByRole('alert')).toHaveTextContent('Drop one file at a time: 2 files were dropped.');
    expect(onFileChange).not.toHaveBeenCalled();
  });

  it('while on screen, stops the browser from opening a file dropped beside the zone, and lets the zone take its own', () => {
    const { unmount } = render(<Harness />);
    const outside = (type: 'dragover' | 'drop', target: EventTarget) => {
      const event = new Event(type, { bubbles: true, cancelable: true, composed: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [csv()], dropEffect: 'copy' } });
      target.dispatchEvent(event);
      return event;
    };
    expect(outside('dragover', document.body).defaultPrevented).toBe(true);
    expect(outside('drop', document.body).defaultPrevented).toBe(true);
    // Dragging text of the page is not a file: left alone.
    const text = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(text, 'dataTransfer', { value: { types: ['text/plain'] } });
    document.body.dispatchEvent(text);
    expect(text.defaultPrevented).toBe(false);
    // Over the zone, the zone decides (and its copy effect stays).
    const over = outside('dragover', dropZone());
    expect((over as Event & { dataTransfer: { dropEffect: string } }).dataTransfer.dropEffect).toBe('copy');
    unmount();
    expect(outside('drop', document.body).defaultPrevented).toBe(false);
  });

  it('has no axe violations, empty and with a file', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    await expectNoAxeViolations(container);
    await user.upload(screen.getByLabelText(/Browse files/), csv());
    await expectNoAxeViolations(container);
  });
});

describe('fileMatchesAccept', () => {
  it('matches extensions case-insensitively, MIME types and wildcards', () => {
    expect(fileMatchesAccept({ name: 'SEATS.CSV', type: '' }, ['.csv'])).toBe(true);
    expect(fileMatchesAccept({ name: 'x', type: 'text/csv' }, ['text/csv'])).toBe(true);
    expect(fileMatchesAccept({ name: 'x.png', type: 'image/png' }, ['image/*'])).toBe(true);
    expect(fileMatchesAccept({ name: 'x.pdf', type: 'application/pdf' }, ['.csv', 'text/csv'])).toBe(false);
    expect(fileMatchesAccept({ name: 'anything', type: '' }, [])).toBe(true);
  });
});
