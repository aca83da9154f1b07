import { createContext, useContext, useId, type ReactNode } from 'react';
import type { AveModel } from '../../../../shared/instruments/definition-schema';
import { LifeAreaSchema } from '../../../../shared/plan';
import { ActorSchema } from '../../../../shared/prevention/vocabulary';
import type { Person } from '../../../../shared/schemas/person';
import { localIsoDay } from '../../../../shared/household/birth-date';
import { t } from '../../app/i18n';
import { fieldError, type FormError } from '../../components/ErrorSummary';
import { describedBy, FieldError } from '../../components/FieldMessage';
import {
  newMaatwerkTest,
  planFieldId,
  type PlanForm,
  type PlanFormAction,
  type PlanFormGoal,
} from './plan-form';

const STATUSES = ['concept', 'afgesproken', 'bezig', 'klaar', 'gestopt'] as const;
const CRITERIA = ['draagvlak', 'rendement', 'legitimiteit'] as const;

/** The errors of the last failed save, so each field can show its own. */
const ErrorsContext = createContext<readonly FormError[]>([]);

interface EditorProps {
  readonly form: PlanForm;
  readonly errors?: readonly FormError[];
  readonly persons: readonly Person[];
  readonly onChange: (next: PlanForm) => void;
  readonly onGenerate: (which: 'verslag' | 'plan') => void;
  readonly canWriteVerslag: boolean;
  readonly aveModel: AveModel;
}

function replaceAt<T>(items: readonly T[], index: number, next: T): T[] {
  return items.map((item, position) => (position === index ? next : item));
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel plan-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date';
  readOnly?: boolean;
  hint?: string;
  /** Lines of a multiline field; a whole written text needs more than a note. */
  rows?: number;
  className?: string;
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const error = fieldError(useContext(ErrorsContext), props.id);
  const described = describedBy(props.hint ? hintId : undefined, error ? errorId : undefined);
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={props.id}>
          {props.label}
        </label>
      </div>
      {props.hint ? (
        <div className="utrecht-form-field-description" id={hintId}>
          {props.hint}
        </div>
      ) : null}
      <FieldError id={errorId} message={error} />
      <div className="utrecht-form-field__input">
        {props.multiline ? (
          <textarea
            id={props.id}
            className={`utrecht-textarea${props.className ? ` ${props.className}` : ''}`}
            value={props.value}
            readOnly={props.readOnly}
            aria-describedby={described}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              props.onChange(event.target.value);
            }}
            rows={props.rows ?? 4}
          />
        ) : (
          <input
            id={props.id}
            className="utrecht-textbox utrecht-textbox--html-input"
            type={props.type ?? 'text'}
            value={props.value}
            aria-describedby={described}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              props.onChange(event.target.value);
            }}
          />
        )}
      </div>
    </div>
  );
}

function Select<V extends string>(props: {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--select">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={props.id}>
          {props.label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select
          id={props.id}
          className="utrecht-select utrecht-select--html-select"
          value={props.value}
          onChange={(event) => {
            const chosen = props.options.find((option) => option.value === event.target.value);
            if (chosen) props.onChange(chosen.value);
          }}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onClick}>
      {label}
    </button>
  );
}

function AddButton({ id, label, onClick }: { id?: string; label: string; onClick: () => void }) {
  return (
    <button
      id={id}
      type="button"
      className="utrecht-button utrecht-button--secondary-action"
      onClick={onClick}
    >
      {label}
    </button>
  );
}

// The professional's calendar day, as the caseload reads it (not UTC: late evenings count).
const today = () => localIsoDay(new Date());

/** Every part of the 1G1P plan, as one long form with a section per part. */
export function PlanEditor({
  form,
  errors = [],
  persons,
  onChange,
  onGenerate,
  canWriteVerslag,
  aveModel,
}: EditorProps) {
  const base = useId();
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => {
    onChange({ ...form, [key]: value });
  };
  const setGoal = (index: number, goal: PlanFormGoal) => {
    set('goals', replaceAt(form.goals, index, goal));
  };
  const setAction = (index: number, action: PlanFormAction) => {
    set('actions', replaceAt(form.actions, index, action));
  };
  const actorOptions = ActorSchema.options.map((actor) => ({
    value: actor,
    label: t(`plan.actor.${actor}`),
  }));
  const areaOptions = LifeAreaSchema.options.map((area) => ({
    value: area,
    label: t(`plan.area.${area}`),
  }));
  const phase = aveModel.phases.find((entry) => entry.phase === form.avePhase);

  return (
    <ErrorsContext value={errors}>
      <Section id={`${base}-regisseur`} title={t('planUi.section.regisseur')}>
        <p>{t('planUi.regisseur.hint')}</p>
        <Select
          id={planFieldId.regisseurKind}
          label={t('planUi.regisseur.kind')}
          value={form.regisseur.kind}
          options={[
            { value: '', label: t('planUi.regisseur.none') },
            { value: 'gezinslid', label: t('planUi.regisseur.gezinslid') },
            { value: 'netwerk', label: t('planUi.regisseur.netwerk') },
            { value: 'professional', label: t('planUi.regisseur.professional') },
          ]}
          onChange={(kind) => {
            set('regisseur', { ...form.regisseur, kind });
          }}
        />
        {form.regisseur.kind === 'gezinslid' ? (
          <Select
            id={`${base}-regisseur-member`}
            label={t('planUi.regisseur.member')}
            value={form.regisseur.personId}
            options={[
              { value: '', label: t('planUi.regisseur.none') },
              ...persons.map((person) => ({ value: person.id, label: person.displayName })),
            ]}
            onChange={(personId) => {
              set('regisseur', {
                ...form.regisseur,
                personId,
                name:
                  persons.find((person) => person.id === personId)?.displayName ??
                  form.regisseur.name,
              });
            }}
          />
        ) : null}
        {form.regisseur.kind !== '' ? (
          <TextField
            id={planFieldId.regisseurName}
            label={t('planUi.regisseur.name')}
            value={form.regisseur.name}
            onChange={(name) => {
              set('regisseur', { ...form.regisseur, name });
            }}
          />
        ) : null}
      </Section>

      <Section id={`${base}-krachten`} title={t('planUi.section.krachtenZorgen')}>
        <TextField
          id={`${base}-krachten-text`}
          label={t('planUi.section.krachten')}
          value={form.krachten}
          multiline
          onChange={(value) => {
            set('krachten', value);
          }}
        />
        <TextField
          id={`${base}-zorgen-text`}
          label={t('planUi.zorgen.label')}
          value={form.zorgen}
          multiline
          onChange={(value) => {
            set('zorgen', value);
          }}
        />
      </Section>

      <Section id={`${base}-goals`} title={t('planUi.section.goals')}>
        <p>{t('planUi.goals.hint')}</p>
        {form.goals.map((goal, index) => (
          <fieldset
            key={goal.id}
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset plan-row"
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t('planUi.goal.legend', { number: index + 1 })}{' '}
              <span className="utrecht-status-badge">
                {t(`planUi.goal.source.${goal.source.kind}`)}
              </span>
            </legend>
            <Select
              id={`${base}-goal-${String(index)}-area`}
              label={t('planUi.goal.area')}
              value={goal.area}
              options={areaOptions}
              onChange={(area) => {
                setGoal(index, { ...goal, area });
              }}
            />
            <TextField
              id={planFieldId.goalWords(index)}
              label={t('planUi.goal.words')}
              value={goal.words}
              multiline
              onChange={(words) => {
                setGoal(index, { ...goal, words });
              }}
            />
            {persons.length > 0 ? (
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset plan-checkboxes">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                  {t('planUi.goal.for')}
                </legend>
                <div className="plan-choices">
                  {persons.map((person) => {
                    const checkboxId = `${base}-goal-${String(index)}-person-${person.id}`;
                    return (
                      <div key={person.id} className="plan-checkbox">
                        <input
                          id={checkboxId}
                          type="checkbox"
                          checked={goal.personIds.includes(person.id)}
                          onChange={(event) => {
                            setGoal(index, {
                              ...goal,
                              personIds: event.target.checked
                                ? [...goal.personIds, person.id]
                                : goal.personIds.filter((id) => id !== person.id),
                            });
                          }}
                        />
                        <label htmlFor={checkboxId}>{person.displayName}</label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            ) : null}
            <RemoveButton
              label={t('planUi.goal.remove', { number: index + 1 })}
              onClick={() => {
                set(
                  'goals',
                  form.goals.filter((_, position) => position !== index),
                );
              }}
            />
          </fieldset>
        ))}
        <AddButton
          id={planFieldId.goalAdd}
          label={t('planUi.goal.add')}
          onClick={() => {
            set('goals', [
              ...form.goals,
              {
                id: crypto.randomUUID(),
                area: 'dagelijks-leven',
                personIds: [],
                words: '',
                source: { kind: 'eigen' },
              },
            ]);
          }}
        />
      </Section>

      <Section id={`${base}-actions`} title={t('planUi.section.actions')}>
        {form.actions.map((action, index) => (
          <fieldset
            key={action.id}
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset plan-row"
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t('planUi.action.legend', { number: index + 1 })}
              {action.level !== '' ? (
                <>
                  {' '}
                  <span className="utrecht-status-badge">
                    {t('planUi.action.level', { level: action.level })}
                  </span>
                </>
              ) : null}
            </legend>
            <TextField
              id={planFieldId.actionWhat(index)}
              label={t('planUi.action.what')}
              value={action.what}
              onChange={(what) => {
                setAction(index, { ...action, what });
              }}
            />
            <div className="plan-columns">
              <Select
                id={`${base}-action-${String(index)}-actor`}
                label={t('planUi.action.actor')}
                value={action.actor}
                options={actorOptions}
                onChange={(actor) => {
                  setAction(index, { ...action, actor });
                }}
              />
              <TextField
                id={planFieldId.actionName(index)}
                label={t('planUi.action.name')}
                value={action.actorName}
                onChange={(actorName) => {
                  setAction(index, { ...action, actorName });
                }}
              />
              <TextField
                id={planFieldId.actionDue(index)}
                label={t('planUi.action.due')}
                type="date"
                value={action.due}
                onChange={(due) => {
                  setAction(index, { ...action, due });
                }}
              />
              <Select
                id={`${base}-action-${String(index)}-status`}
                label={t('planUi.action.status')}
                value={action.status}
                options={STATUSES.map((status) => ({
                  value: status,
                  label: t(`plan.status.${status}`),
                }))}
                onChange={(status) => {
                  setAction(index, { ...action, status });
                }}
              />
            </div>
            <Select
              id={`${base}-action-${String(index)}-goal`}
              label={t('planUi.action.goal')}
              value={action.goalId}
              options={[
                { value: '', label: t('planUi.action.noGoal') },
                ...form.goals.map((goal, goalIndex) => ({
                  value: goal.id,
                  label: `${t('planUi.goal.legend', { number: goalIndex + 1 })}: ${goal.words.slice(0, 60)}`,
                })),
              ]}
              onChange={(goalId) => {
                setAction(index, { ...action, goalId });
              }}
            />
            {action.level === 'maatwerk' || action.maatwerkTest !== null ? (
              <MaatwerkTestFields
                idBase={planFieldId.maatwerk(index)}
                action={action}
                onChange={(next) => {
                  setAction(index, next);
                }}
              />
            ) : null}
            <RemoveButton
              label={t('planUi.action.remove', { number: index + 1 })}
              onClick={() => {
                set(
                  'actions',
                  form.actions.filter((_, position) => position !== index),
                );
              }}
            />
          </fieldset>
        ))}
        <AddButton
          label={t('planUi.action.add')}
          onClick={() => {
            set('actions', [
              ...form.actions,
              {
                id: crypto.randomUUID(),
                goalId: '',
                what: '',
                actor: 'inwoner',
                actorName: '',
                due: '',
                status: 'afgesproken',
                catalogueId: '',
                level: '',
                maatwerkTest: null,
              },
            ]);
          }}
        />
      </Section>

      <Section id={`${base}-network`} title={t('planUi.section.network')}>
        {form.network.length === 0 ? (
          <p>{t('planUi.network.none')}</p>
        ) : (
          <ul className="plan-network">
            {form.network.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.name}</strong>
                {entry.relation ? ` (${entry.relation})` : ''}:{' '}
                {t(entry.status === 'helpt' ? 'planUi.network.helps' : 'planUi.network.could')}
                {entry.help ? ` – ${entry.help}` : ''}
              </li>
            ))}
          </ul>
        )}
        <TextField
          id={`${base}-earlier`}
          label={t('planUi.section.earlierHelp')}
          value={form.earlierHelp}
          multiline
          onChange={(value) => {
            set('earlierHelp', value);
          }}
        />
      </Section>

      <Section id={`${base}-evaluation`} title={t('planUi.section.evaluation')}>
        <p>{t('planUi.evaluation.hint')}</p>
        {form.evaluationDates.map((date, index) => (
          <div key={`${String(index)}-${date}`} className="plan-inline">
            <TextField
              id={planFieldId.evaluationDate(index)}
              label={t('planUi.evaluation.date', { number: index + 1 })}
              type="date"
              value={date}
              onChange={(value) => {
                set('evaluationDates', replaceAt(form.evaluationDates, index, value));
              }}
            />
            <RemoveButton
              label={t('planUi.evaluation.remove', { number: index + 1 })}
              onClick={() => {
                set(
                  'evaluationDates',
                  form.evaluationDates.filter((_, position) => position !== index),
                );
              }}
            />
          </div>
        ))}
        <AddButton
          id={planFieldId.evaluationAdd}
          label={t('planUi.evaluation.add')}
          onClick={() => {
            set('evaluationDates', [...form.evaluationDates, today()]);
          }}
        />
      </Section>

      <Section id={`${base}-ave`} title={t('planUi.section.ave')}>
        <Select
          id={`${base}-ave-phase`}
          label={t('planUi.ave.label')}
          value={form.avePhase === null ? '' : String(form.avePhase)}
          options={[
            { value: '', label: t('planUi.ave.none') },
            ...aveModel.phases.map((entry) => ({
              value: String(entry.phase),
              label: t('planUi.ave.option', { phase: entry.phase, title: entry.title }),
            })),
          ]}
          onChange={(value) => {
            const chosen = aveModel.phases.find((entry) => String(entry.phase) === value);
            set('avePhase', chosen ? chosen.phase : null);
          }}
        />
        {phase ? (
          <div className="plan-ave">
            <p>{phase.description}</p>
            {phase.scaleUp.length > 0 ? (
              <>
                <p>
                  <strong>{t('planUi.ave.up')}</strong>
                </p>
                <ul>
                  {phase.scaleUp.map((criterion) => (
                    <li key={criterion.id}>{criterion.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {phase.scaleDown.length > 0 ? (
              <>
                <p>
                  <strong>{t('planUi.ave.down')}</strong>
                </p>
                <ul>
                  {phase.scaleDown.map((criterion) => (
                    <li key={criterion.id}>{criterion.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </Section>

      <Section id={`${base}-consent`} title={t('planUi.section.consent')}>
        <p>{t('planUi.consent.hint')}</p>
        {form.consent.map((entry, index) => (
          <fieldset
            key={entry.id}
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset plan-row"
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t('planUi.consent.legend', { number: index + 1 })}
            </legend>
            <TextField
              id={planFieldId.consentPartner(index)}
              label={t('planUi.consent.partner')}
              value={entry.partner}
              onChange={(partner) => {
                set('consent', replaceAt(form.consent, index, { ...entry, partner }));
              }}
            />
            <TextField
              id={planFieldId.consentWhat(index)}
              label={t('planUi.consent.what')}
              value={entry.what}
              onChange={(what) => {
                set('consent', replaceAt(form.consent, index, { ...entry, what }));
              }}
            />
            <div className="plan-checkbox">
              <input
                id={`${base}-consent-${String(index)}-given`}
                type="checkbox"
                checked={entry.given}
                onChange={(event) => {
                  set(
                    'consent',
                    replaceAt(form.consent, index, { ...entry, given: event.target.checked }),
                  );
                }}
              />
              <label htmlFor={`${base}-consent-${String(index)}-given`}>
                {t('planUi.consent.given')}
              </label>
            </div>
            <TextField
              id={planFieldId.consentDate(index)}
              label={t('planUi.consent.date')}
              type="date"
              value={entry.date}
              onChange={(date) => {
                set('consent', replaceAt(form.consent, index, { ...entry, date }));
              }}
            />
            <RemoveButton
              label={t('planUi.consent.remove', { number: index + 1 })}
              onClick={() => {
                set(
                  'consent',
                  form.consent.filter((_, position) => position !== index),
                );
              }}
            />
          </fieldset>
        ))}
        <AddButton
          label={t('planUi.consent.add')}
          onClick={() => {
            set('consent', [
              ...form.consent,
              { id: crypto.randomUUID(), partner: '', what: '', given: true, date: today() },
            ]);
          }}
        />
      </Section>

      <Section id={`${base}-safety`} title={t('planUi.section.safety')}>
        <div className="plan-checkbox">
          <input
            id={`${base}-safety-flag`}
            type="checkbox"
            checked={form.safety.flag}
            onChange={(event) => {
              set('safety', { ...form.safety, flag: event.target.checked });
            }}
          />
          <label htmlFor={`${base}-safety-flag`}>{t('planUi.safety.flag')}</label>
        </div>
        {form.safety.flag ? (
          <>
            <div className="utrecht-alert utrecht-alert--warning" role="note">
              <p>{t('planUi.safety.route')}</p>
            </div>
            <TextField
              id={`${base}-safety-note`}
              label={t('planUi.safety.note')}
              value={form.safety.note}
              multiline
              onChange={(note) => {
                set('safety', { ...form.safety, note });
              }}
            />
          </>
        ) : null}
      </Section>

      <Section id={`${base}-agreement`} title={t('planUi.section.agreement')}>
        <Select
          id={planFieldId.agreementStatus}
          label={t('planUi.agreement.status')}
          value={form.agreement.status}
          options={[
            { value: '', label: t('planUi.agreement.none') },
            { value: 'akkoord', label: t('planUi.agreement.akkoord') },
            { value: 'akkoord-onder-protest', label: t('planUi.agreement.protest') },
          ]}
          onChange={(status) => {
            set('agreement', {
              ...form.agreement,
              status,
              date: form.agreement.date === '' && status !== '' ? today() : form.agreement.date,
            });
          }}
        />
        {form.agreement.status !== '' ? (
          <TextField
            id={planFieldId.agreementDate}
            label={t('planUi.agreement.date')}
            type="date"
            value={form.agreement.date}
            onChange={(date) => {
              set('agreement', { ...form.agreement, date });
            }}
          />
        ) : null}
        {form.agreement.status === 'akkoord-onder-protest' ? (
          <TextField
            id={planFieldId.agreementNote}
            label={t('planUi.agreement.note')}
            value={form.agreement.note}
            multiline
            onChange={(note) => {
              set('agreement', { ...form.agreement, note });
            }}
          />
        ) : null}
      </Section>

      <Section id={`${base}-texts`} title={t('planUi.section.texts')}>
        <p>{t('planUi.texts.hint')}</p>
        {(['verslag', 'plan'] as const).map((which) => {
          const text = form.texts[which];
          const disabled = which === 'verslag' && !canWriteVerslag;
          return (
            <div key={which} className="plan-text">
              <h3>{t(which === 'verslag' ? 'planUi.texts.verslag' : 'planUi.texts.plan')}</h3>
              {disabled ? <p>{t('planUi.texts.noConversation')}</p> : null}
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                disabled={disabled || text.final}
                onClick={() => {
                  onGenerate(which);
                }}
              >
                {t(text.text === '' ? 'planUi.texts.generate' : 'planUi.texts.regenerate')}
              </button>
              {text.text !== '' ? (
                <>
                  <TextField
                    id={`${base}-text-${which}`}
                    label={t(which === 'verslag' ? 'planUi.texts.verslag' : 'planUi.texts.plan')}
                    value={text.text}
                    multiline
                    rows={16}
                    className="plan-text__area"
                    readOnly={text.final}
                    onChange={(value) => {
                      set('texts', {
                        ...form.texts,
                        [which]: { ...text, text: value, generated: false },
                      });
                    }}
                  />
                  <div className="plan-checkbox">
                    <input
                      id={`${base}-text-${which}-final`}
                      type="checkbox"
                      checked={text.final}
                      aria-describedby={`${base}-text-${which}-final-hint`}
                      onChange={(event) => {
                        set('texts', {
                          ...form.texts,
                          [which]: { ...text, final: event.target.checked },
                        });
                      }}
                    />
                    <label htmlFor={`${base}-text-${which}-final`}>{t('planUi.texts.final')}</label>
                    <span id={`${base}-text-${which}-final-hint`} className="plan-hint">
                      {t('planUi.texts.finalHint')}
                    </span>
                  </div>
                </>
              ) : null}
            </div>
          );
        })}
      </Section>
    </ErrorsContext>
  );
}

function MaatwerkTestFields({
  idBase,
  action,
  onChange,
}: {
  idBase: string;
  action: PlanFormAction;
  onChange: (next: PlanFormAction) => void;
}) {
  const test = action.maatwerkTest ?? newMaatwerkTest();
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset plan-maatwerk">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('planUi.maatwerk.legend')}
      </legend>
      <p>{t('planUi.maatwerk.hint')}</p>
      {CRITERIA.map((criterion) => {
        const value = test[criterion];
        const name = `${idBase}-${criterion}`;
        const setCriterion = (next: typeof value) => {
          onChange({ ...action, maatwerkTest: { ...test, [criterion]: next } });
        };
        return (
          <fieldset
            key={criterion}
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset plan-criterion"
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t(`planUi.maatwerk.${criterion}`)}
            </legend>
            <div className="plan-radios">
              {(
                [
                  ['ja', true, 'planUi.maatwerk.yes'],
                  ['nee', false, 'planUi.maatwerk.no'],
                  ['open', null, 'planUi.maatwerk.open'],
                ] as const
              ).map(([suffix, met, label]) => (
                <div key={suffix} className="plan-radio">
                  <input
                    id={`${name}-${suffix}`}
                    type="radio"
                    name={name}
                    checked={value.met === met}
                    onChange={() => {
                      setCriterion({ ...value, met });
                    }}
                  />
                  <label htmlFor={`${name}-${suffix}`}>{t(label)}</label>
                </div>
              ))}
            </div>
            <TextField
              id={`${name}-note`}
              label={t('planUi.maatwerk.note')}
              value={value.note}
              onChange={(note) => {
                setCriterion({ ...value, note });
              }}
            />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
