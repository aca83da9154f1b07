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
  'profiles.missing':
    'Het gekozen profiel "{id}" is niet meer beschikbaar. De app gebruikt nu {name}. Lees het profiel opnieuw in of kies een ander profiel.',
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
    'Een ingelezen profiel blijft beschikbaar tot u de app afsluit. Daarna leest u het opnieuw in.',
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
