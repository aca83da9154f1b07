// The Gemeenteprofiel screen: choose, export and import a gemeente profile (functioneel beheer).
// The sentences about a broken profile itself come from nl-prevention.ts (`formatProfileIssue`).

export const profilesUiMessages = {
  'profiles.title': 'Gemeenteprofiel',
  'profiles.settingsBody':
    'Het gemeenteprofiel bepaalt welke voorzieningen de app voorstelt. Een functioneel beheerder kiest het profiel van uw gemeente.',
  'profiles.settingsLink': 'Gemeenteprofiel kiezen',
  'profiles.intro':
    'Het gemeenteprofiel bepaalt welke voorzieningen de app voorstelt. Kies het profiel van uw gemeente. U kunt een profiel ook opslaan als bestand of een profiel inlezen.',
  'profiles.loading': 'Het gekozen profiel wordt geladen.',
  'profiles.activeTitle': 'Profiel dat nu gebruikt wordt',
  'profiles.activeName': 'Naam',
  'profiles.activeVersion': 'Versie',
  'profiles.activeCount': 'Aantal voorzieningen',
  'profiles.missingTitle': 'Let op: de app gebruikt een ander profiel',
  'profiles.missing':
    'Het gekozen profiel "{id}" is niet meer beschikbaar. De app gebruikt nu {name}. Lees het profiel opnieuw in of kies een ander profiel.',
  'profiles.unusable':
    'Het ingelezen profiel "{id}" past niet bij deze versie van de app. De app gebruikt het niet. Lees het profiel opnieuw in.',
  'profiles.settingsUnavailableTitle': 'Let op: de instellingen konden niet worden gelezen',
  'profiles.settingsUnavailable':
    'Daarom weet de app niet welk profiel u hebt gekozen. De app gebruikt nu {name}. Kies het profiel van uw gemeente opnieuw, of start de app opnieuw.',
  'profiles.removedActive':
    'Het profiel {removed} is verwijderd. De app gebruikt nu het profiel {name}.',
  'profiles.importedUnavailable':
    'De ingelezen profielen konden niet worden geladen. U kunt nu alleen de profielen van de app kiezen.',
  'profiles.chooseTitle': 'Ander profiel kiezen',
  'profiles.chooseLegend': 'Gemeenteprofielen',
  'profiles.option': '{name} (versie {version}, {count} voorzieningen)',
  'profiles.optionImported': '{name} (versie {version}, {count} voorzieningen, ingelezen)',
  'profiles.choose': 'Dit profiel gebruiken',
  'profiles.chosen': 'Opgeslagen. De app gebruikt nu het profiel {name}.',
  'profiles.exportTitle': 'Profiel opslaan als bestand',
  'profiles.exportBody':
    'Sla het profiel dat nu gebruikt wordt op als bestand. U kunt het bestand aanpassen en daarna weer inlezen.',
  'profiles.export': 'Profiel opslaan als bestand',
  'profiles.exported': 'Het profiel is opgeslagen als {fileName}.',
  'profiles.exportCancelled': 'U hebt het opslaan gestopt. Er is geen bestand gemaakt.',
  'profiles.exportFailed': 'Het bestand kon niet worden opgeslagen. Probeer een andere map.',
  'profiles.fileFilter': 'Gemeenteprofiel (JSON)',
  'profiles.importTitle': 'Profiel inlezen',
  'profiles.importBody':
    'Kies een profielbestand (JSON). De app controleert het hele bestand. Klopt er iets niet, dan leest de app niets in en verandert er niets.',
  'profiles.importSession':
    'Een ingelezen profiel bewaart de app versleuteld op deze laptop. Het blijft beschikbaar tot u het verwijdert.',
  'profiles.importedTitle': 'Ingelezen profielen',
  'profiles.importedNone': 'U hebt nog geen profiel ingelezen.',
  'profiles.remove': 'Verwijderen',
  'profiles.removeNamed': 'Profiel {name} verwijderen',
  'profiles.removeTitle': 'Profiel {name} verwijderen?',
  'profiles.removeBody':
    'Het ingelezen profiel verdwijnt van deze laptop. U kunt het later opnieuw inlezen.',
  'profiles.removeBodyActive':
    'De app gebruikt dit profiel nu. Na het verwijderen gebruikt de app het profiel {next}, tot u een ander profiel kiest.',
  'profiles.removeYes': 'Ja, verwijderen',
  'profiles.removeNo': 'Nee, bewaren',
  'profiles.removed': 'Het profiel {name} is verwijderd.',
  'profiles.import': 'Profiel inlezen',
  'profiles.imported':
    'Het profiel {name} (versie {version}, {count} voorzieningen) is ingelezen. U kunt het nu kiezen bij Ander profiel kiezen.',
  'profiles.importRefusedTitle': 'Het profiel is niet ingelezen',
  'profiles.importRefusedBody':
    'Er is niets veranderd. Pas het bestand aan en probeer het opnieuw.',
  'profiles.fileTooLarge':
    'Het bestand is te groot voor een profiel. Een profiel is kleiner dan 2 MB.',
  'profiles.fileReadFailed': 'Het bestand kon niet worden gelezen. Probeer het opnieuw.',
  'profiles.fileNotText': 'Het bestand is geen tekstbestand. Kies een profielbestand (JSON).',
} as const;
