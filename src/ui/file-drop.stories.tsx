import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { useState } from 'react';
import { FileDrop, type FileDropProps } from './file-drop';

const formatSize = (bytes: number) => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1000);

function FileDropDemo(props: Omit<FileDropProps, 'file' | 'onFileChange'> & { initialFile?: File }) {
  const [file, setFile] = useState<File | null>(props.initialFile ?? null);
  return <FileDrop {...props} file={file} onFileChange={setFile} />;
}

const meta = {
  title: 'UI/FileDrop',
  component: FileDrop,
  tags: ['autodocs'],
  args: {
    label: 'Seats file',
    description: 'CSV or XLSX, with the template’s columns',
    dropHint: 'Drag a file here, or',
    browseLabel: 'Browse files',
    accept: ['.csv', '.xlsx'],
    file: null,
    onFileChange: () => {},
    formatSize,
    removeLabel: 'Remove',
    rejectionMessage: (file: File) => `${file.name} is not a CSV or XLSX file`,
    severalFilesMessage: (count: number) => `Drop one file at a time: ${count} files were dropped.`,
  },
  render: ({ file: _file, onFileChange: _onFileChange, ...args }) => <FileDropDemo {...args} />,
} satisfies Meta<typeof FileDrop>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const WithFile: Story = {
  render: ({ file: _file, onFileChange: _onFileChange, ...args }) => (
    <FileDropDemo {...args} initialFile={new File(['First Name,Last Name\n'.repeat(400)], 'northwind-seats.csv', { type: 'text/csv' })} />
  ),
};
export const WithError: Story = { args: { error: 'The file could not be read. Is it a valid CSV?' } };
export const Disabled: Story = { args: { disabled: true } };
