import type { SourceDocument } from './schema';

// The documents the profiles take their facts from (shared/seeds). Descriptions in the catalogues
// are our own words; these records say where each fact comes from.

export const MAG_WIJK_BIJ_DUURSTEDE = {
  id: 'mag-wijk-bij-duurstede-2023',
  title: 'Maatschappelijke Agenda: ambitie en kaders voor het sociaal domein 2023-2027',
  publisher: 'Gemeente Wijk bij Duurstede',
  year: 2022,
  file: '004_1564465b5b86ebda.txt',
} as const satisfies SourceDocument;

export const SAMEN_DOEN_MAASSLUIS = {
  id: 'samen-doen-maassluis-2019',
  title: 'Nota Samen Doen, met de brief aan de Adviesraad Samenlevingszaken',
  publisher: 'Gemeente Maassluis',
  year: 2019,
  file: '000_09222a46d2ee7b93.txt',
} as const satisfies SourceDocument;

export const WIJK_OP_MAAT_MAASSLUIS = {
  id: 'de-wijk-op-maat-maassluis-2019',
  title: "Programma 'de wijk op maat': duurzaam investeren in een sterke sociale basis",
  publisher: 'Gemeente Maassluis',
  year: 2019,
  file: '001_5bfe54a9600f7b1f.txt',
} as const satisfies SourceDocument;

export const BELEIDSKADER_MAASHORST = {
  id: 'beleidskader-maashorst-2023',
  title: 'Strategisch beleidskader sociaal domein 2023-2028',
  publisher: 'Gemeente Maashorst',
  year: 2023,
  file: '002_ffdbd75fb07c7164.txt',
} as const satisfies SourceDocument;

export const SOCIALE_VISIE_MAASTRICHT = {
  id: 'sociale-visie-maastricht-2040',
  title: 'Sociale visie Maastricht 2040: van vangnet naar trampoline',
  publisher: 'Gemeente Maastricht',
  year: 2021,
  file: '003_ab86799a7a73b944.txt',
} as const satisfies SourceDocument;

/** Source of the generic entries every profile holds (eigen kracht, netwerk, huisarts, safety). */
export const KEUKENTAFEL_DOMEIN = {
  id: 'keukentafel-domein',
  title: 'Keukentafel domeinmodel: preventie-advies en generieke voorzieningen',
  publisher: 'Keukentafel',
  year: 2024,
} as const satisfies SourceDocument;
