// How the handover screens name records, fields and values in Dutch.

import { handoverMessages } from '../../../../shared/messages/nl-handover';
import type { MessageKey } from '../../../../shared/messages/nl';
import { formatDate, formatDateTime, formatNumber, t } from '../../app/i18n';
import type { HandoverErrorCode, HandoverItem, HandoverPayload } from '../../db';

const MAX_TEXT = 300;

export function handoverErrorText(code: HandoverErrorCode): string {
  return t(`handover.error.${code}`);
}

/** 'Gezinslid Fatma Çelik', 'Meting van Fatma Çelik', 'Plan van het huishouden'. */
export function itemName(item: HandoverItem, payload: HandoverPayload): string {
  const theirs = item.theirs;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const household = payload.households[0].label;
  switch (item.table) {
    case 'households':
      return t('handover.item.households', { name: text(theirs.label) });
    case 'persons':
      return t('handover.item.persons', { name: text(theirs.displayName) });
    case 'assessments': {
      const person = payload.persons.find((candidate) => candidate.id === theirs.personId);
      return t('handover.item.assessments', { name: person?.displayName ?? household });
    }
    case 'conversations':
      return t('handover.item.conversations', { name: household });
    case 'plans':
      return t('handover.item.plans');
    case 'decisions':
      return t('handover.item.decisions');
  }
}

function isFieldKey(key: string): key is MessageKey {
  return key in handoverMessages;
}

/** The Dutch name of a field; content fields of a plan or decision are named by their key. */
export function fieldLabel(field: string): string {
  const key = `handover.field.${field}`;
  return isFieldKey(key) ? t(key) : t('handover.field.other', { field });
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One value in a side-by-side cell, short and readable; never more than a few lines. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return t('handover.value.empty');
  if (typeof value === 'boolean') return t(value ? 'handover.value.yes' : 'handover.value.no');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
      return formatDateTime(new Date(value));
    }
    const day = DATE.exec(value);
    if (day) return formatDate(new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return shorten(value);
  }
  if (Array.isArray(value)) {
    if (value.every((entry) => typeof entry === 'string')) return shorten(value.join(', '));
    return t('handover.value.list', { count: value.length });
  }
  return shorten(JSON.stringify(value));
}

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
