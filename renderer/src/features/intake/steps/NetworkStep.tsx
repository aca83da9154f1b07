import { useEffect, useRef } from 'react';
import { t } from '../../../app/i18n';
import type { StepProps } from '../intake-context';
import { RadioField, TextAreaField, TextField } from '../fields';
import type { DraftNetworkEntry } from '../intake-draft';

/** Step 3: who helps now, and who could; informal and formal. */
export function NetworkStep({ draft, update }: StepProps) {
  const focusNext = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  // After a render that added or removed a row, focus goes to the new row or to "add".
  useEffect(() => {
    const focusId = focusNext.current;
    if (focusId === null) return;
    focusNext.current = null;
    if (focusId === 'add') addRef.current?.focus();
    else document.getElementById(`netwerk-${focusId}-name`)?.focus();
  });

  const change = (id: string, patch: Partial<DraftNetworkEntry>) => {
    update((current) => ({
      ...current,
      network: current.network.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry)),
    }));
  };
  const optional = (value: string) => (value === '' ? undefined : value);

  return (
    <>
      <p className="intake__lead">{t('intake.netwerk.intro')}</p>
      {draft.network.length === 0 ? (
        <p className="intake__empty">{t('intake.netwerk.empty')}</p>
      ) : (
        <ol className="intake-cards">
          {draft.network.map((entry, index) => {
            const title = entry.name.trim() === '' ? t('intake.netwerk.unnamed') : entry.name;
            return (
              <li key={entry.id} className="intake-card">
                <h2 className="intake-card__title">
                  {t('intake.netwerk.entryTitle', { number: index + 1 })}: {title}
                </h2>
                <div className="intake-card__grid intake-card__grid--fields">
                  <TextField
                    id={`netwerk-${entry.id}-name`}
                    label={t('intake.netwerk.name')}
                    maxLength={200}
                    value={entry.name}
                    onChange={(value) => {
                      change(entry.id, { name: value });
                    }}
                  />
                  <TextField
                    label={t('intake.netwerk.relation')}
                    hint={t('intake.netwerk.relationHint')}
                    maxLength={200}
                    value={entry.relation ?? ''}
                    onChange={(value) => {
                      change(entry.id, { relation: optional(value) });
                    }}
                  />
                </div>
                <div className="intake-card__grid">
                  <RadioField
                    legend={t('intake.netwerk.kind')}
                    name={`netwerk-${entry.id}-kind`}
                    value={entry.kind}
                    options={[
                      { value: 'informeel', label: t('intake.netwerk.kind.informeel') },
                      { value: 'formeel', label: t('intake.netwerk.kind.formeel') },
                    ]}
                    onChange={(kind) => {
                      change(entry.id, { kind });
                    }}
                  />
                  <RadioField
                    legend={t('intake.netwerk.status')}
                    name={`netwerk-${entry.id}-status`}
                    value={entry.status}
                    options={[
                      { value: 'helpt', label: t('intake.netwerk.status.helpt') },
                      { value: 'kan-helpen', label: t('intake.netwerk.status.kan-helpen') },
                    ]}
                    onChange={(status) => {
                      change(entry.id, { status });
                    }}
                  />
                </div>
                <TextAreaField
                  label={t('intake.netwerk.help')}
                  rows={2}
                  maxLength={1000}
                  value={entry.help ?? ''}
                  onChange={(value) => {
                    change(entry.id, { help: optional(value) });
                  }}
                />
                <div className="utrecht-button-group">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    aria-label={t('intake.netwerk.removeLabel', { name: title })}
                    onClick={() => {
                      update((current) => ({
                        ...current,
                        network: current.network.filter((other) => other.id !== entry.id),
                      }));
                      focusNext.current = 'add';
                    }}
                  >
                    {t('intake.netwerk.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="utrecht-button-group">
        <button
          ref={addRef}
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => {
            const id = crypto.randomUUID();
            update((current) => ({
              ...current,
              network: [...current.network, { id, name: '', kind: 'informeel', status: 'helpt' }],
            }));
            focusNext.current = id;
          }}
        >
          + {t('intake.netwerk.add')}
        </button>
      </div>
    </>
  );
}
