import { formatMessage, type MessageKey } from '../../../shared/messages/nl';
import type { StorageErrorCode } from '../db';

/** Every visible text comes from the one Dutch catalogue. */
export const t = (key: MessageKey, values?: Readonly<Record<string, string | number>>): string =>
  formatMessage(key, values);

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });
const numberFormat = new Intl.NumberFormat('nl-NL');

export const formatDate = (date: Date): string => dateFormat.format(date);
export const formatNumber = (value: number): string => numberFormat.format(value);

/** The Dutch text of a storage failure code (shared/messages/nl-storage.ts). */
export const storageText = (
  code: StorageErrorCode,
  values?: Readonly<Record<string, string | number>>,
): string => formatMessage(`storage.error.${code}`, values);

/** How long to wait, in words: "1 seconde", "40 seconden", "3 minuten". Rounded up, never 0. */
export function waitText(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  if (seconds === 1) return formatMessage('time.oneSecond');
  if (seconds < 120) return formatMessage('time.seconds', { count: seconds });
  return formatMessage('time.minutes', { count: Math.ceil(seconds / 60) });
}

const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

export const formatDateTime = (date: Date): string => dateTimeFormat.format(date);
