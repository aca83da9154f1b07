import type { KansencirkelDefinition } from './definition-schema';

// Area names of the Nederlands Jeugdinstituut (NJi). The MAG (bijlage 5) lists seven; NJi's
// current circle adds Actief, so we use eight. Prompts are our own B1 words.

export const KANSENCIRKEL = {
  id: 'kansencirkel',
  version: '1.0.0',
  kind: 'kansencirkel',
  title: 'Kansencirkel',
  description:
    'Acht dingen die een kind nodig heeft om goed op te groeien. Kijk samen met ouders of het kind per onderwerp: gaat het goed, is er aandacht nodig, of is er zorg?',
  source:
    'Kansencirkel van het Nederlands Jeugdinstituut (NJi); MAG Wijk bij Duurstede 2023-2027, §3.5 en bijlage 5, beschermende factoren uit noot 18.',
  licence: 'De namen van de onderwerpen zijn van het NJi. De vragen zijn onze eigen woorden.',
  dimensions: [
    {
      id: 'actief',
      label: 'Actief',
      prompt: 'Speelt het kind, sport het, of heeft het een hobby of club?',
    },
    {
      id: 'gerespecteerd',
      label: 'Gerespecteerd',
      prompt: 'Wordt het kind serieus genomen? Luisteren anderen naar het kind?',
    },
    {
      id: 'verantwoordelijk',
      label: 'Verantwoordelijk',
      prompt: 'Leert het kind keuzes maken? Helpt het mee, thuis en op school?',
    },
    {
      id: 'erbij-horen',
      label: 'Erbij horen',
      prompt: 'Hoort het kind erbij, in het gezin, op school en in de buurt?',
    },
    {
      id: 'veilig',
      label: 'Veilig',
      prompt: 'Is het kind veilig, thuis, op school, op straat en online?',
    },
    {
      id: 'gezond',
      label: 'Gezond',
      prompt: 'Eet het kind gezond, slaapt het genoeg en voelt het zich goed?',
    },
    {
      id: 'ontplooiing',
      label: 'Ontplooiing',
      prompt: 'Leert het kind nieuwe dingen? Kan het ontdekken waar het goed in is?',
    },
    {
      id: 'gekoesterd',
      label: 'Gekoesterd',
      prompt: 'Krijgt het kind liefde, aandacht en zorg van een vaste volwassene?',
    },
  ],
  statuses: [
    { id: 'gaat-goed', label: 'Gaat goed' },
    { id: 'aandacht', label: 'Aandacht nodig' },
    { id: 'zorg', label: 'Zorg' },
  ],
  protectiveFactors: [
    { id: 'sociale-binding', text: 'Een goede band met familie, vrienden en school.' },
    { id: 'kansen-om-mee-te-doen', text: 'Kansen om mee te doen.' },
    { id: 'goede-normen', text: 'Mensen om je heen met goede normen.' },
    { id: 'erkenning', text: 'Erkenning en waardering.' },
    { id: 'steun-van-volwassenen', text: 'Steun van belangrijke volwassenen.' },
    { id: 'zinvolle-vrije-tijd', text: 'Vrije tijd zinvol besteden.' },
    { id: 'vaardigheden', text: 'Dingen goed kunnen.' },
    { id: 'schoolmotivatie', text: 'Zin in school.' },
    { id: 'positief-zelfbeeld', text: 'Een positief beeld van jezelf.' },
  ],
} as const satisfies KansencirkelDefinition;
