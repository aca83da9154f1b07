import type { PgDefinition } from '../../../../../shared/instruments/definition-schema';
import type { Person } from '../../../../../shared/schemas/person';
import { formatNumber, t } from '../../../app/i18n';
import type { StepProps } from '../intake-context';
import { TextAreaField } from '../fields';
import { memberInstruments, pgIsFilled, type DraftChangeWish } from '../intake-draft';
import { memberLabel } from './InstrumentsStep';

/** At or below this score a dimension is marked "laag" and offered first. */
export const LOW_SCORE = 5;
export const MAX_WISHES = 3;

/** Scored dimensions, lowest score first (ties keep the instrument's order). */
export function dimensionsToOffer(
  definition: PgDefinition,
  scores: Readonly<Record<string, number>>,
) {
  return definition.dimensions
    .flatMap((dimension, index) => {
      const score = scores[dimension.id];
      return score === undefined ? [] : [{ dimension, score, index }];
    })
    .sort((left, right) => left.score - right.score || left.index - right.index);
}

function MemberWishes({ person, props }: { person: Person; props: StepProps }) {
  const { draft, update, now } = props;
  const member = draft.members[person.id];
  const definition = memberInstruments(person, member, now).pg;
  if (definition === null) return null;
  const name = person.displayName;
  const heading = <h2 className="intake-member__title">{memberLabel(person, now)}</h2>;
  if (!pgIsFilled(member?.pg)) {
    return (
      <section className="intake-member">
        {heading}
        <p className="intake__empty">{t('intake.veranderen.noPg', { name })}</p>
      </section>
    );
  }
  const offered = dimensionsToOffer(definition, member.pg.scores);
  const wishes = draft.changes.filter((change) => change.personId === person.id);
  const chosen = (dimensionId: string) => wishes.find((wish) => wish.dimensionId === dimensionId);
  const full = wishes.length >= MAX_WISHES;
  const edit = (dimensionId: string, patch: Partial<DraftChangeWish>) => {
    update((current) => ({
      ...current,
      changes: current.changes.map((change) =>
        change.personId === person.id && change.dimensionId === dimensionId
          ? { ...change, ...patch }
          : change,
      ),
    }));
  };
  const optional = (value: string) => (value === '' ? undefined : value);
  const hintId = `veranderen-${person.id}-max`;

  return (
    <section className="intake-member">
      {heading}
      <fieldset className="utrecht-form-fieldset intake-fieldset">
        <legend className="intake-field__label">{t('intake.veranderen.pick', { name })}</legend>
        <ul className="intake-picks">
          {offered.map(({ dimension, score }) => {
            const isChosen = chosen(dimension.id) !== undefined;
            return (
              <li key={dimension.id}>
                <label className="intake-checkbox">
                  <input
                    type="checkbox"
                    checked={isChosen}
                    disabled={!isChosen && full}
                    aria-describedby={full && !isChosen ? hintId : undefined}
                    onChange={(event) => {
                      const checked = event.target.checked;
                      update((current) => ({
                        ...current,
                        changes: checked
                          ? [
                              ...current.changes,
                              { personId: person.id, dimensionId: dimension.id, words: '' },
                            ]
                          : current.changes.filter(
                              (change) =>
                                !(
                                  change.personId === person.id &&
                                  change.dimensionId === dimension.id
                                ),
                            ),
                      }));
                    }}
                  />
                  <span>
                    {dimension.label}{' '}
                    <span className="intake-picks__score">
                      ({t('intake.veranderen.score', { score: formatNumber(score) })}
                      {score <= LOW_SCORE ? `, ${t('intake.veranderen.low')}` : ''})
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {full ? (
          <p id={hintId} className="intake__hint">
            {t('intake.veranderen.max')}
          </p>
        ) : null}
      </fieldset>
      {wishes.map((wish) => {
        const label =
          definition.dimensions.find((dimension) => dimension.id === wish.dimensionId)?.label ??
          wish.dimensionId;
        return (
          <div key={wish.dimensionId} className="intake-card">
            <h3 className="intake-card__title">{label}</h3>
            <TextAreaField
              id={`wens-${person.id}-${wish.dimensionId}`}
              label={t('intake.veranderen.words', { name })}
              rows={3}
              maxLength={2000}
              value={wish.words}
              onChange={(value) => {
                edit(wish.dimensionId, { words: value });
              }}
            />
            <TextAreaField
              label={t('intake.veranderen.needed')}
              rows={2}
              maxLength={2000}
              value={wish.needed ?? ''}
              onChange={(value) => {
                edit(wish.dimensionId, { needed: optional(value) });
              }}
            />
            <TextAreaField
              label={t('intake.veranderen.whoCanHelp')}
              rows={2}
              maxLength={1000}
              value={wish.whoCanHelp ?? ''}
              onChange={(value) => {
                edit(wish.dimensionId, { whoCanHelp: optional(value) });
              }}
            />
          </div>
        );
      })}
    </section>
  );
}

/** Step 6: "Wat wil je veranderen?" per member, from the dimensions they scored. */
export function ChangesStep(props: StepProps) {
  return (
    <>
      <p className="intake__lead">{t('intake.veranderen.intro')}</p>
      {props.persons.map((person) => (
        <MemberWishes key={person.id} person={person} props={props} />
      ))}
    </>
  );
}
