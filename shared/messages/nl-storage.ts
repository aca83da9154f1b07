// Messages of the encrypted storage: failures of the storage core and passphrase feedback.
// Merged into the one catalogue in nl.ts. Keys follow the codes in renderer/src/db/types.ts.
export const storageMessages = {
  'storage.error.locked': 'De app is vergrendeld. Ontgrendel de app met uw wachtwoord.',
  'storage.error.storage-full':
    'De schijf van deze laptop is vol. Er is niets opgeslagen, uw invoer staat nog in het formulier. Maak ruimte vrij en probeer het opnieuw.',
  'storage.error.conflict':
    'Deze gegevens zijn intussen ergens anders gewijzigd. Open ze opnieuw en voer uw wijziging nog een keer in.',
  'storage.error.not-found': 'Deze gegevens bestaan niet (meer).',
  'storage.error.invalid': 'Niet alle velden zijn goed ingevuld. Kijk de velden na.',
  'storage.error.tampered':
    'Een deel van de opgeslagen gegevens is beschadigd of veranderd buiten de app. De app toont het niet. Neem contact op met uw beheerder en zet zo nodig een back-up terug.',
  'storage.error.unavailable':
    'De app kan de opgeslagen gegevens nu niet openen. Sluit de app en start hem opnieuw.',
  'storage.error.newer-version':
    'De gegevens op deze laptop zijn gemaakt met een nieuwere versie van Keukentafel. Installeer de nieuwste versie.',
  'storage.error.upgrade-failed':
    'De gegevens konden niet worden bijgewerkt naar deze versie. Er is niets veranderd of verloren. Neem contact op met uw beheerder.',
  'storage.error.no-vault': 'Er zijn nog geen gegevens op deze laptop. Kies eerst een wachtwoord.',
  'storage.error.vault-exists': 'Op deze laptop is al een wachtwoord ingesteld.',
  'storage.error.corrupt':
    'De sleutel van uw gegevens is beschadigd. Er is niets gewist. Neem contact op met uw beheerder.',
  'storage.error.wrong-passphrase':
    'Dit wachtwoord klopt niet. Er is niets gewist. Probeer het opnieuw.',
  'storage.error.throttled':
    'Te vaak een verkeerd wachtwoord. Wacht {seconds} seconden en probeer het dan opnieuw.',
  'storage.error.weak-passphrase':
    'Dit wachtwoord is te zwak. Kies minstens 12 tekens of vier woorden.',
  'storage.error.same-passphrase': 'Het nieuwe wachtwoord is hetzelfde als het oude.',
  'storage.error.malformed-recovery-code':
    'Deze herstelcode is niet compleet of bevat een typefout. Kijk de code na.',
  'storage.error.wrong-recovery-code':
    'Deze herstelcode hoort niet bij deze gegevens. Er is niets gewist.',
  'storage.error.not-a-backup': 'Dit bestand is geen back-up van Keukentafel.',
  'storage.error.unsupported-backup-version':
    'Deze back-up is gemaakt met een andere versie van Keukentafel en kan niet worden gelezen.',
  'storage.error.damaged-backup':
    'Deze back-up is beschadigd of niet compleet. Er is niets teruggezet.',
  'storage.error.invalid-backup-content':
    'De inhoud van deze reservekopie klopt niet. Er is niets teruggezet.',
  'storage.error.newer-backup':
    'Deze back-up is gemaakt met een nieuwere versie van Keukentafel. Installeer eerst de nieuwste versie.',
  'storage.error.new-passphrase-required':
    'Kies een nieuw wachtwoord om de back-up met de herstelcode terug te zetten.',
  'passphrase.feedback.too-short': 'Gebruik minstens 12 tekens, of vier woorden.',
  'passphrase.feedback.few-words': 'Gebruik vier of meer woorden, gescheiden door spaties.',
  'passphrase.feedback.repeated-characters': 'Herhaal niet steeds dezelfde tekens.',
  'passphrase.feedback.sequence': 'Vermijd reeksen zoals 1234 of abcd.',
  'passphrase.feedback.common-password': 'Dit wachtwoord wordt heel vaak gebruikt.',
  'passphrase.feedback.common-words':
    'Deze woorden worden vaak gebruikt. Kies minder voor de hand liggende woorden.',
  'passphrase.feedback.keyboard-pattern': 'Vermijd rijtjes op het toetsenbord, zoals qwerty.',
  'passphrase.feedback.only-digits': 'Gebruik niet alleen cijfers.',
  'passphrase.feedback.date-like': 'Vermijd datums, zoals een geboortedatum.',
  'passphrase.feedback.add-words': 'Nog een woord erbij maakt het sterker.',
  'passphrase.feedback.good': 'Dit is een sterk wachtwoord.',
} as const;
