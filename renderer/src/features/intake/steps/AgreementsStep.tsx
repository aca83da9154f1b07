import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ActorSchema } from '../../../../../shared/prevention/vocabulary';
import { t } from '../../../app/i18n';
import { acceptedAgreements, type AdviceAgreementProposal } from '../../advice/advice-draft';
import { useActiveProfile } from '../../profiles/useActiveProfile';
import type { StepProps } from '../intake-context';
import { TextAreaField, TextField } from '../fields';
import type { DraftAgreement, IntakeDraft } from '../intake-draft';
import { adviceResult } from '../summary-data';

function toAgreement(proposal: AdviceAgreementProposal): DraftAgreement {
  return {
    id: crypto.randomUUID(),
    what: proposal.what,
    actor: proposal.actor,
    ...(proposal.actorName === undefined ? {} : { actorName: proposal.actorName }),
    ...(proposal.due === undefined ? {} : { due: proposal.due }),
    fromSuggestion: proposal.sourceKey,
  };
}

/** Proposals from accepted advice that are not in the list yet. */
function newProposals(draft: IntakeDraft, proposals: readonly AdviceAgreementProposal[]) {
  const taken = new Set(draft.agreements.map((agreement) => agreement.fromSuggestion));
  return proposals.filter((proposal) => !taken.has(proposal.sourceKey));
}

function ActorSelect({
  value,
  onChange,
}: {
  value: DraftAgreement['actor'];
  onChange: (v: DraftAgreement['actor']) => void;
}) {
  const id = useId();
  return (
    <div className="utrecht-form-field intake-field">
      <label className="utrecht-form-label intake-field__label" htmlFor={id}>
        {t('intake.afspraken.actor')}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select intake-field__control"
        value={value}
        onChange={(event) => {
          const parsed = ActorSchema.safeParse(event.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
      >
        {ActorSchema.options.map((actor) => (
          <option key={actor} value={actor}>
            {t(`intake.afspraken.actor.${actor}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Step 8: the agreements, pre-filled once from accepted advice, then edited by hand. */
export function AgreementsStep({ draft, update, household, persons, history, now }: StepProps) {
  const profile = useActiveProfile();
  const focusNext = useRef<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const proposals = useMemo(() => {
    if (profile.status !== 'ready') return null;
    const result = adviceResult(draft, household, persons, history, profile.profile, now);
    return result === null ? [] : acceptedAgreements(draft.advice, result);
  }, [profile, draft, household, persons, history, now]);

  // The first visit copies accepted advice into the list; after that the list is the
  // professional's own, and a removed proposal does not come back by itself.
  useEffect(() => {
    if (proposals === null || draft.agreementsSeeded === true) return;
    update((current) => ({
      ...current,
      agreements: [...current.agreements, ...newProposals(current, proposals).map(toAgreement)],
      agreementsSeeded: true,
    }));
  }, [proposals, draft.agreementsSeeded, update]);

  // After a render that added or removed a row, focus goes to the new row or to "add".
  useEffect(() => {
    const focusId = focusNext.current;
    if (focusId === null) return;
    focusNext.current = null;
    if (focusId === 'add') addRef.current?.focus();
    else document.getElementById(`afspraak-${focusId}-what`)?.focus();
  });

  const change = (id: string, patch: Partial<DraftAgreement>) => {
    update((current) => ({
      ...current,
      agreements: current.agreements.map((agreement) =>
        agreement.id === id ? { ...agreement, ...patch } : agreement,
      ),
    }));
  };
  const optional = (value: string) => (value === '' ? undefined : value);
  const missing = proposals === null ? [] : newProposals(draft, proposals);

  return (
    <>
      <p className="intake__lead">{t('intake.afspraken.intro')}</p>
      {draft.agreements.length === 0 ? (
        <p className="intake__empty">{t('intake.afspraken.empty')}</p>
      ) : (
        <ol className="intake-cards">
          {draft.agreements.map((agreement, index) => (
            <li key={agreement.id} className="intake-card">
              <h2 className="intake-card__title">
                {t('intake.afspraken.entryTitle', { number: index + 1 })}
              </h2>
              <TextAreaField
                id={`afspraak-${agreement.id}-what`}
                label={t('intake.afspraken.what')}
                rows={2}
                maxLength={2000}
                value={agreement.what}
                onChange={(value) => {
                  change(agreement.id, { what: value });
                }}
              />
              <div className="intake-card__grid intake-card__grid--fields">
                <ActorSelect
                  value={agreement.actor}
                  onChange={(actor) => {
                    change(agreement.id, { actor });
                  }}
                />
                <TextField
                  label={t('intake.afspraken.actorName')}
                  maxLength={200}
                  value={agreement.actorName ?? ''}
                  onChange={(value) => {
                    change(agreement.id, { actorName: optional(value) });
                  }}
                />
                <TextField
                  type="date"
                  label={t('intake.afspraken.due')}
                  value={agreement.due ?? ''}
                  onChange={(value) => {
                    change(agreement.id, { due: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '' });
                  }}
                />
              </div>
              <div className="utrecht-button-group">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  aria-label={t('intake.afspraken.removeLabel', { number: index + 1 })}
                  onClick={() => {
                    update((current) => ({
                      ...current,
                      agreements: current.agreements.filter((other) => other.id !== agreement.id),
                    }));
                    focusNext.current = 'add';
                  }}
                >
                  {t('intake.afspraken.remove')}
                </button>
              </div>
            </li>
          ))}
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
              agreements: [...current.agreements, { id, what: '', actor: 'inwoner' }],
            }));
            focusNext.current = id;
          }}
        >
          + {t('intake.afspraken.add')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => {
            if (missing.length === 0) {
              setNotice(t('intake.afspraken.fromAdviceNone'));
              return;
            }
            setNotice(null);
            update((current) => ({
              ...current,
              agreements: [
                ...current.agreements,
                ...newProposals(current, missing).map(toAgreement),
              ],
            }));
          }}
        >
          {t('intake.afspraken.fromAdvice')}
        </button>
      </div>
      <p role="status" className="intake__hint">
        {notice}
      </p>
    </>
  );
}
