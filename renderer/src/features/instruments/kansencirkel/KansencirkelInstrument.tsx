import { useId } from 'react';
import { Label, RadioButton, RadioField, RadioGroup, Text } from 'react-aria-components';
import type { KansencirkelDefinition } from '../../../../../shared/instruments/definition-schema';
import { KANSENCIRKEL } from '../../../../../shared/instruments/kansencirkel';
import type { KansencirkelAnswers } from '../../../../../shared/schemas/assessment';
import type { Person } from '../../../../../shared/schemas/person';
import {
  AreaStatusSchema,
  type AreaStatus,
  type KansencirkelAreaId,
} from '../../../../../shared/schemas/vocabulary';
import { formatDate, t } from '../../../app/i18n';
import {
  KansencirkelChart,
  StatusPatterns,
  StatusSwatch,
} from '../../../components/KansencirkelChart';
import '../../../styles/kansencirkel.css';

export interface KansencirkelInstrumentProps {
  readonly child: Person;
  readonly value: KansencirkelAnswers;
  readonly onChange: (value: KansencirkelAnswers) => void;
  readonly definition?: KansencirkelDefinition | undefined;
  /** The previous conversation's answers, named beside each area in the chart. */
  readonly previous?: { readonly takenAt: string; readonly value: KansencirkelAnswers } | undefined;
  /** Only the chart, for the dossier. */
  readonly readOnly?: boolean | undefined;
  readonly headingLevel?: 2 | 3 | undefined;
}

function withStatus(
  value: KansencirkelAnswers,
  areaId: KansencirkelAreaId,
  status: AreaStatus,
): KansencirkelAnswers {
  return { ...value, areas: { ...value.areas, [areaId]: status } };
}

/** The Kansencirkel for one child: per area gaat goed, aandacht nodig or zorg. */
export function KansencirkelInstrument({
  child,
  value,
  onChange,
  definition = KANSENCIRKEL,
  previous,
  readOnly = false,
  headingLevel = 2,
}: KansencirkelInstrumentProps) {
  const prefix = `kci${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const chart = (
    <KansencirkelChart
      definition={definition}
      childName={child.displayName}
      areas={value.areas}
      previous={
        previous === undefined
          ? undefined
          : {
              dateText: formatDate(new Date(`${previous.takenAt}T12:00:00Z`)),
              areas: previous.value.areas,
            }
      }
      compact={readOnly}
      headingLevel={headingLevel}
    />
  );
  if (readOnly) {
    return <div className="kc kc--read-only">{chart}</div>;
  }

  return (
    <div className="kc">
      <p className="kc__intro">{t('kansUi.intro', { name: child.displayName })}</p>
      {chart}
      <svg className="kc__defs" aria-hidden="true" focusable="false">
        <StatusPatterns prefix={prefix} />
      </svg>
      <div className="kc__areas">
        {definition.dimensions.map((area) => (
          <RadioGroup
            key={area.id}
            className="kc-area"
            data-area={area.id}
            orientation="horizontal"
            value={value.areas[area.id] ?? null}
            onChange={(key) => {
              const parsed = AreaStatusSchema.safeParse(key);
              if (parsed.success) onChange(withStatus(value, area.id, parsed.data));
            }}
          >
            <Label className="kc-area__label">{area.label}</Label>
            <Text slot="description" className="kc-area__prompt">
              {area.prompt}
            </Text>
            <div className="kc-area__options">
              {definition.statuses.map((status) => (
                <RadioField key={status.id} value={status.id}>
                  <RadioButton className="kc-option">
                    <StatusSwatch prefix={prefix} status={status.id} />
                    <span className="kc-option__text">{status.label}</span>
                  </RadioButton>
                </RadioField>
              ))}
            </div>
          </RadioGroup>
        ))}
      </div>
    </div>
  );
}
