// First run, last step: which gemeente profile the advice follows. Changed later under Instellingen.
export const firstRunProfileMessages = {
  'firstRunProfile.title': 'Kies uw gemeente',
  'firstRunProfile.intro':
    'Keukentafel stelt voorzieningen voor die uw gemeente aanbiedt. Kies de gemeente waarvoor u werkt. Weet u het niet? Laat dan de eerste keuze staan.',
  'firstRunProfile.legend': 'Gemeenteprofiel',
  'firstRunProfile.later':
    'U of een functioneel beheerder kan dit later veranderen bij Instellingen, Gemeenteprofiel.',
  'firstRunProfile.submit': 'Opslaan en beginnen',
} as const;
