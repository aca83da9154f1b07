import type { KeukentafelDatabase, Session } from '../../db';

// The unlocked session holds the data key. It lives only in this module: never in zustand or
// React state, so no devtool, serializer or snapshot can reach it through the UI state.
let database: KeukentafelDatabase | null = null;
let current: Session | null = null;

export function getDatabase(): KeukentafelDatabase | null {
  return database;
}

export function setDatabase(next: KeukentafelDatabase | null): void {
  database = next;
}

/** The unlocked session, or null while the app is new or locked. */
export function getSession(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
}

/** For screens behind the vault gate: they only mount while a session exists. */
export function requireSession(): Session {
  if (!current) throw new Error('No unlocked session: this screen must sit behind the vault gate');
  return current;
}
