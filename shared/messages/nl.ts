// Every sentence the app shows, in Dutch at B1 level. Code refers to keys, never to the text.
// Placeholders are written {name} and filled by `formatMessage`.

import { adviceUiMessages } from './nl-advice-ui';
import { balanceUiMessages } from './nl-balance-ui';
import { brugUiMessages } from './nl-brug-ui';
import { caseloadMessages } from './nl-caseload';
import { desktopMessages } from './nl-desktop';
import { firstRunProfileMessages } from './nl-first-run-profile';
import { handoverMessages } from './nl-handover';
import { instrumentMessages } from './nl-instruments';
import { intakeMessages } from './nl-intake';
import { pgUiMessages } from './nl-pg-ui';
import { planMessages } from './nl-plan';
import { planUiMessages } from './nl-plan-ui';
import { preventionMessages } from './nl-prevention';
import { profilesUiMessages } from './nl-profiles-ui';
import { selfEntryMessages } from './nl-self-entry';
import { sessionMessages } from './nl-session';
import { storageMessages } from './nl-storage';

const appMessages = {
  'app.name': 'Keukentafel',
  'app.tagline': 'Samen in gesprek over wat goed gaat en wat beter kan.',
  'app.skipToContent': 'Ga naar de inhoud',
  'nav.label': 'Hoofdmenu',
  'nav.home': 'Start',
  'nav.about': 'Over Keukentafel',
  'about.title': 'Over Keukentafel',
  'about.version': 'Versie',
  'about.host': 'Werkt als',
  'about.hostDesktop': 'Programma op deze computer',
  'about.hostWeb': 'Proefversie in de browser',
  'about.platform': 'Systeem',
  'about.runtime': 'Onderdelen',
  'about.loading': 'Gegevens over de app worden geladen.',
  'about.privacy':
    'Keukentafel maakt nooit verbinding met internet. Alle gegevens blijven versleuteld op deze laptop.',
  'notFound.title': 'Deze pagina bestaat niet',
  'notFound.body': 'Ga terug naar de startpagina.',
  'error.title': 'Er ging iets mis',
  'error.body':
    'De app kan dit scherm niet tonen. Er is niets verloren gegaan. Start de app opnieuw als dit blijft gebeuren.',
  'error.retry': 'Probeer opnieuw',
  'error.desktopBridgeMissing':
    'Keukentafel is niet goed gestart. Er is niets opgeslagen of verloren. Sluit de app en start hem opnieuw. Blijft dit gebeuren? Neem dan contact op met de ICT-afdeling.',
  'lock.requested': 'De app is vergrendeld omdat de computer op slot ging.',
} as const;

export const nl = {
  ...appMessages,
  ...caseloadMessages,
  ...balanceUiMessages,
  ...brugUiMessages,
  ...desktopMessages,
  ...firstRunProfileMessages,
  ...handoverMessages,
  ...instrumentMessages,
  ...intakeMessages,
  ...pgUiMessages,
  ...preventionMessages,
  ...adviceUiMessages,
  ...planMessages,
  ...planUiMessages,
  ...profilesUiMessages,
  ...selfEntryMessages,
  ...storageMessages,
  ...sessionMessages,
} as const;

export type MessageKey = keyof typeof nl;

/** Fills {placeholders}; an unknown placeholder is left visible so a test can catch it. */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}

export function formatMessage(
  key: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillPlaceholders(nl[key], values);
}
