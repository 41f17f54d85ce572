/**
 * What the engine reports. Every message is an i18n key of the `import` namespace with its
 * interpolation parameters, so the UI owns the wording in en, fr and es.
 */

/** Interpolation parameters of a message (`{{name}}` in the locale files). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Why a whole file was refused. Each code is also the key `file.<code>` in the `import` namespace. */
export type FileErrorCode =
  | 'empty'
  | 'headerOnly'
  | 'binary'
  | 'tooBig'
  | 'tooManyRows'
  | 'missingColumns'
  | 'duplicatedHeader'
  | 'headerNotFound'
  | 'unsupportedFormat'
  | 'zipBomb'
  | 'invalidXlsx'
  | 'unreadable';

/** A file-level error: the file cannot be imported at all. */
export interface FileIssue {
  readonly code: FileErrorCode;
  /** `file.<code>`. */
  readonly messageKey: string;
  readonly params: MessageParams;
}

/**
 * An error located in one cell, as the user sees it in their spreadsheet: `row` counts the header row
 * and any title lines above it, `column` is the header as written in the user's file.
 */
export interface CellIssue {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly messageKey: string;
  readonly params: MessageParams;
}

/** Something the engine did that the user should know about (never an error). */
export interface FileNotice {
  readonly messageKey: string;
  readonly params: MessageParams;
}

/** Builds a file-level error with its conventional key. */
export function fileIssue(code: FileErrorCode, params: MessageParams = {}): FileIssue {
  return { code, messageKey: `file.${code}`, params };
}
