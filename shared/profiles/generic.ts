import type { CatalogueEntry } from './schema';
import { KEUKENTAFEL_DOMEIN } from './sources';

// Entries every profile holds (DOMAIN.md "Gemeente profiles"). Their ids are stable: the safety
// route of every profile refers to `meldcode` and `veilig-thuis`.

const every = (atOrAbove: 'mild' | 'matig' | 'ernstig') =>
  [
    { signalId: 'financieel', atOrAbove },
    { signalId: 'wonen', atOrAbove },
    { signalId: 'mantelzorgbelasting', atOrAbove },
    { signalId: 'netwerk-eenzaamheid', atOrAbove },
    { signalId: 'lichamelijk', atOrAbove },
    { signalId: 'mentaal', atOrAbove },
    { signalId: 'zingeving', atOrAbove },
    { signalId: 'dagelijks-functioneren', atOrAbove },
    { signalId: 'basisvaardigheden', atOrAbove },
    { signalId: 'werk', atOrAbove },
    { signalId: 'opvoeden-kind', atOrAbove },
  ] as const;

/** Every opgave: a generic entry is counted under the opgave of the signal that raised it. */
const ALL_OPGAVEN = [
  't1-opgroeien',
  't1-onderwijs-kinderopvang',
  't1-leefstijl-jeugd',
  't1-armoede-kinderen-gezinnen',
  't1-schulden-kinderen-gezinnen',
  't2-geschikte-woningen',
  't2-eigenaarschap-gezond-wonen',
  't2-ondersteuning-in-en-om-huis',
  't3-werk-participatie',
  't3-verbondenheid',
  't3-basisvaardigheden',
  't3-armoede-volwassenen',
  't3-schulden-volwassenen',
  't3-leefstijl-volwassenen',
  't3-mantelzorg',
  't3-inburgering',
  't3-mobiliteit',
] as const;

const SAFETY_OPGAVEN = [
  't1-huiselijk-geweld-kindermishandeling',
  't2-huiselijk-geweld-volwassenen',
] as const;

export const EIGEN_KRACHT = {
  id: 'eigen-kracht',
  name: 'Eigen kracht: wat kan de inwoner zelf?',
  provider: 'De inwoner zelf',
  description:
    'Kijk eerst samen wat de inwoner zelf kan doen. Wat ging eerder goed? Wat wil de inwoner zelf veranderen? Een kleine stap die iemand zelf zet, houdt het langst.',
  level: 'eigen-kracht',
  opgaven: ALL_OPGAVEN,
  triggers: { signals: every('mild') },
  fit: {},
  collective: false,
  actor: 'inwoner',
  kaders: ['K7'],
  available: true,
  source: {
    documentId: KEUKENTAFEL_DOMEIN.id,
    section:
      'Preventie-advies, regel 3; MAG Wijk bij Duurstede §3.4 (eigenaarschap); Maashorst, beleidskoers (80%)',
  },
} as const satisfies CatalogueEntry;

export const NETWERK = {
  id: 'netwerk',
  name: 'Mensen om de inwoner heen',
  provider: 'Familie, vrienden, buren',
  description:
    'Wie in de omgeving kan helpen? Denk aan familie, vrienden, buren, een club of een kerk of moskee. Hulp van mensen dichtbij blijft, ook als hulp van een professional stopt.',
  level: 'netwerk',
  opgaven: ALL_OPGAVEN,
  triggers: { signals: every('mild') },
  fit: {},
  collective: false,
  actor: 'netwerk',
  kaders: ['K5', 'K4'],
  available: true,
  source: {
    documentId: KEUKENTAFEL_DOMEIN.id,
    section: 'Preventie-advies, regel 3; MAG Wijk bij Duurstede §2.2 kader 5 (de informele lijn)',
  },
} as const satisfies CatalogueEntry;

export const HUISARTS = {
  id: 'huisarts',
  name: 'Huisarts',
  provider: 'Huisartsenpraktijk',
  description:
    'Bij klachten aan lichaam of geest is de huisarts de eerste stap in de zorg. De huisarts kan ook doorverwijzen naar een activiteit voor welzijn of bewegen.',
  level: 'geindiceerd',
  opgaven: ['t3-leefstijl-volwassenen', 't2-ondersteuning-in-en-om-huis', 't1-leefstijl-jeugd'],
  triggers: {
    signals: [
      { signalId: 'lichamelijk', atOrAbove: 'matig' },
      { signalId: 'mentaal', atOrAbove: 'matig' },
      { signalId: 'dagelijks-functioneren', atOrAbove: 'matig' },
    ],
  },
  fit: {},
  collective: false,
  actor: 'partner',
  kaders: ['K1'],
  available: true,
  source: {
    documentId: KEUKENTAFEL_DOMEIN.id,
    section: 'Gemeente profiles; MAG Wijk bij Duurstede §3.4 (het medische domein)',
  },
} as const satisfies CatalogueEntry;

export const MELDCODE = {
  id: 'meldcode',
  name: 'Meldcode huiselijk geweld en kindermishandeling',
  provider: 'De eigen organisatie van de professional',
  description:
    'Is er zorg over veiligheid? Volg dan de stappen van de meldcode. Breng de signalen in kaart. Overleg met een collega en vraag Veilig Thuis om advies. Praat met de inwoner. Weeg wat er speelt en beslis: hulp regelen of melden.',
  level: 'veiligheid',
  opgaven: SAFETY_OPGAVEN,
  triggers: { signals: [{ signalId: 'veiligheid', atOrAbove: 'mild' }] },
  fit: {},
  collective: false,
  actor: 'professional',
  kaders: ['K2', 'K6'],
  available: true,
  source: {
    documentId: KEUKENTAFEL_DOMEIN.id,
    section:
      'Preventie-advies, regel 7; MAG Wijk bij Duurstede §4.2 (huiselijk geweld en kindermishandeling)',
  },
} as const satisfies CatalogueEntry;

export const VEILIG_THUIS = {
  id: 'veilig-thuis',
  name: 'Veilig Thuis',
  provider: 'Veilig Thuis in de regio',
  description:
    'Veilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Een professional kan er advies vragen of een melding doen. Inwoners kunnen er ook zelf terecht.',
  level: 'veiligheid',
  opgaven: SAFETY_OPGAVEN,
  triggers: { signals: [{ signalId: 'veiligheid', atOrAbove: 'mild' }] },
  fit: {},
  collective: false,
  actor: 'partner',
  kaders: ['K2', 'K6'],
  available: true,
  source: {
    documentId: KEUKENTAFEL_DOMEIN.id,
    section: 'Preventie-advies, regel 7; Gemeente profiles (generieke voorzieningen)',
  },
} as const satisfies CatalogueEntry;

/** In every profile; parseProfile refuses a profile without them. */
export const GENERIC_ENTRIES = [EIGEN_KRACHT, NETWERK, HUISARTS, MELDCODE, VEILIG_THUIS] as const;
export const GENERIC_ENTRY_IDS = GENERIC_ENTRIES.map((entry) => entry.id);

/** The safety route of every shipped profile: first the meldcode, then Veilig Thuis. */
export const SAFETY_ROUTE = [MELDCODE.id, VEILIG_THUIS.id] as const;
