/**
 * Past and undone changes, for undo and redo: a new change drops what was undone, as in every editor.
 * The oldest changes go past `limit`, so a long session does not keep every row it ever touched.
 */
export class UndoStack<Change> {
  private readonly past: Change[] = [];
  private readonly undone: Change[] = [];

  constructor(private readonly limit = 100) {}

  /** Records a change just made. */
  push(change: Change): void {
    this.past.push(change);
    if (this.past.length > this.limit) this.past.shift();
    this.undone.length = 0;
  }

  /** The change an undo would revert, without taking it. */
  get nextUndo(): Change | undefined {
    return this.past.at(-1);
  }

  /** The change a redo would make again, without taking it. */
  get nextRedo(): Change | undefined {
    return this.undone.at(-1);
  }

  /** Takes the last change for reverting; it becomes redoable. */
  undo(): Change | undefined {
    const change = this.past.pop();
    if (change !== undefined) this.undone.push(change);
    return change;
  }

  /** Takes the last undone change for making again; it becomes undoable. */
  redo(): Change | undefined {
    const change = this.undone.pop();
    if (change !== undefined) this.past.push(change);
    return change;
  }

  /** Forgets everything (the rows it refers to are gone). */
  clear(): void {
    this.past.length = 0;
    this.undone.length = 0;
  }
}
