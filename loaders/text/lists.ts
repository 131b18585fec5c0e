/**
 * Lists with one array shape for V8. An empty literal `[]` is an array of small integers to V8 until
 * something else is pushed onto it, so objects that hold sometimes an empty literal and sometimes a
 * filled list of strings or rows have two array shapes, and optimised code that read one shape is
 * thrown away and compiled again when the other arrives (seen with `--trace-deopt` as "wrong map").
 * Values are unchanged: these only choose how an empty list is stored.
 */

/** A new empty array stored as an array of references (like a list of strings or objects) from the start. */
export function emptyList<T>(): T[] {
  const list: unknown[] = [undefined];
  list.pop();
  return list as T[];
}

/** `list` itself, or a new {@link emptyList} when it is empty. */
export function listOf<T>(list: T[]): T[] {
  return list.length ? list : emptyList<T>();
}
