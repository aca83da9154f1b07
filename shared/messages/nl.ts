// Every sentence the app shows, in Dutch at B1 level. Code refers to keys, never to the text.
// Placeholders are written {name} and filled by `formatMessage`.

import { desktopMessages } from './nl-desktop';
import { instrumentMessages } from './nl-instruments';
import { planMessages } from './nl-plan';
import { preventionMessages } from './nl-prevention';
import { profilesUiMessages } from './nl-profiles-ui';
import { sessionMessages } from './nl-session';
import { storageMessages } from './nl-storage';

const appMessages = {
  'app.name': 'Keukentafel',
  'app.tagline': 'Samen in gesprek over wat goed gaat en wat beter kan.',
  'app.skipToContent': 'Ga naar de inhoud',
  'nav.label': 'Hoofdmenu',
  'nav.home': 'Start',
  'nav.about': 'Over Keukentafel',
  'home.title': 'Welkom bij Keukentafel',
  'home.intro':
    'Keukentafel helpt u bij een gesprek met een inwoner of een gezin. Alles blijft op deze laptop. U hebt geen internet nodig.',
  'home.statusTitle': 'Stand van de app',
  'home.statusReady': 'De app is open. Uw gegevens staan versleuteld op deze laptop.',
  'home.statusLock': 'Gaat u weg van de laptop? Kies dan Vergrendelen of druk op Ctrl+L.',
  'home.statusBackup': 'Maak regelmatig een back-up. Dat doet u bij Back-up in het menu.',
  'home.nextTitle': 'Wat komt er nog',
  'home.nextBody': 'Binnenkort zoekt u hier dossiers en voert u gesprekken. Dat kan nu nog niet.',
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
  ...desktopMessages,
  ...instrumentMessages,
  ...preventionMessages,
  ...planMessages,
  ...profilesUiMessages,
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
