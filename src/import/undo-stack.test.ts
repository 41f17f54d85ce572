import { describe, expect, it } from 'vitest';
import { UndoStack } from './undo-stack';

describe('UndoStack', () => {
  it('undoes the last change first and redoes in the order undone', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.push('b');
    expect(stack.undo()).toBe('b');
    expect(stack.undo()).toBe('a');
    expect(stack.undo()).toBeUndefined();
    expect(stack.redo()).toBe('a');
    expect(stack.nextRedo).toBe('b');
    expect(stack.nextUndo).toBe('a');
  });

  it('drops what was undone when a new change is made', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.push('b');
    stack.undo();
    stack.push('c');
    expect(stack.nextRedo).toBeUndefined();
    expect(stack.undo()).toBe('c');
    expect(stack.undo()).toBe('a');
  });

  it('keeps at most its limit of changes, forgetting the oldest', () => {
    const stack = new UndoStack<number>(2);
    stack.push(1);
    stack.push(2);
    stack.push(3);
    expect(stack.undo()).toBe(3);
    expect(stack.undo()).toBe(2);
    expect(stack.undo()).toBeUndefined();
  });

  it('forgets everything on clear', () => {
    const stack = new UndoStack<number>();
    stack.push(1);
    stack.undo();
    stack.clear();
    expect(stack.nextUndo).toBeUndefined();
    expect(stack.nextRedo).toBeUndefined();
  });
});
