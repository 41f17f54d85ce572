/** A file name from the user's file name, without its extension (`seats.xlsx` -> `seats`). */
export function baseName(fileName: string): string {
  const withoutExtension = fileName.replace(/\.[^.]+$/, '');
  return withoutExtension === '' ? 'seats' : withoutExtension;
}
