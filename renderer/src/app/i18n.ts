import { formatMessage, type MessageKey } from '../../../shared/messages/nl';

/** Every visible text comes from the one Dutch catalogue. */
export const t = (key: MessageKey, values?: Readonly<Record<string, string | number>>): string =>
  formatMessage(key, values);

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });
const numberFormat = new Intl.NumberFormat('nl-NL');

export const formatDate = (date: Date): string => dateFormat.format(date);
export const formatNumber = (value: number): string => numberFormat.format(value);
