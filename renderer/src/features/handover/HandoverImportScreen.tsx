import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  FieldError as AriaFieldError,
  Label,
  RadioButton,
  RadioField,
  RadioGroup,
} from 'react-aria-components';
import { Link } from 'react-router';
import { MAX_OPEN_FILE_BYTES } from '../../../../shared/ipc';
import { formatDateTime, formatNumber, t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { BusyNotice } from '../../components/BusyNotice';
import { ErrorSummary, fieldError, type FormError } from '../../components/ErrorSummary';
import { describedBy, FieldError } from '../../components/FieldMessage';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import {
  applyHandoverImport,
  HANDOVER_CODE_LENGTH,
  HANDOVER_FILE_FILTERS,
  inspectHandover,
  normalizeHandoverCode,
  planHandoverImport,
  type HandoverChoice,
  type HandoverFailure,
  type HandoverImportOutcome,
  type HandoverImportPlan,
  type HandoverItem,
  type HandoverPayload,
  type HandoverPreview,
  type HandoverTable,
} from '../../db';
import { requireSession } from '../session/current-session';
import { fieldLabel, handoverErrorText, itemName, valueText } from './handover-text';
import '../../styles/handover.css';

const FILE_ID = 'handover-file';
const CODE_ID = 'handover-code';

const COUNTED: readonly Exclude<HandoverTable, 'households'>[] = [
  'persons',
  'assessments',
  'conversations',
  'plans',
  'decisions',
];

type Conflict = Extract<HandoverItem, { status: 'conflict' }>;

interface Opened {
  readonly preview: HandoverPreview;
  readonly payload: HandoverPayload;
  readonly plan: HandoverImportPlan;
}

function conflictHeadingId(id: string): string {
  return `handover-conflict-${id}`;
}

function ConflictChoice({
  conflict,
  name,
  value,
  error,
  onChange,
}: {
  conflict: Conflict;
  name: string;
  value: HandoverChoice | undefined;
  error: string | undefined;
  onChange: (choice: HandoverChoice) => void;
}) {
  const headingId = conflictHeadingId(conflict.id);
  const shown = conflict.differences.map((difference) => ({
    field: difference.field,
    mine: valueText(difference.mine),
    theirs: valueText(difference.theirs),
  }));
  // Times a few seconds apart read the same: such a row would only puzzle.
  const distinct = shown.filter((row) => row.mine !== row.theirs);
  const rows = distinct.length > 0 ? distinct : shown;
  return (
    <section className="handover-conflict" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {name}
      </h3>
      <div className="handover-table-wrap">
        <table className="utrecht-table handover-table">
          <caption className="utrecht-table__caption visually-hidden">
            {t('handover.import.conflictCaption', { item: name })}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('handover.import.field')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('handover.import.mine')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('handover.import.theirs')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((row) => (
              <tr key={row.field} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {fieldLabel(row.field)}
                </th>
                <td className="utrecht-table__cell">{row.mine}</td>
                <td className="utrecht-table__cell">{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RadioGroup
        className="handover-radios"
        value={value ?? null}
        isRequired
        isInvalid={error !== undefined}
        validationBehavior="aria"
        onChange={(selected) => {
          if (selected === 'mine' || selected === 'theirs') onChange(selected);
        }}
      >
        <Label className="field__label">{t('handover.import.choiceLabel', { item: name })}</Label>
        <AriaFieldError className="field__error">{error}</AriaFieldError>
        <RadioField value="mine">
          <RadioButton className="handover-radio">{t('handover.import.choiceMine')}</RadioButton>
        </RadioField>
        <RadioField value="theirs">
          <RadioButton className="handover-radio">{t('handover.import.choiceTheirs')}</RadioButton>
        </RadioField>
      </RadioGroup>
    </section>
  );
}

/**
 * `/overdracht-ontvangen`: choose the file, type the code, see what it holds and how it differs
 * from this laptop, choose per difference, then save everything at once.
 */
export function HandoverImportScreen() {
  const { api } = usePlatform();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [code, setCode] = useState('');
  const [opened, setOpened] = useState<Opened | null>(null);
  const [choices, setChoices] = useState<Record<string, HandoverChoice>>({});
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState<'open' | 'save' | null>(null);
  const [done, setDone] = useState<{ outcome: HandoverImportOutcome; label: string } | null>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (opened) previewTitle.current?.focus();
  }, [opened]);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const reset = () => {
    setOpened(null);
    setChoices({});
  };

  const chooseFile = async () => {
    setAlert(null);
    const result = await api.fileOpen({
      filters: HANDOVER_FILE_FILTERS.map((filter) => ({
        name: filter.name,
        extensions: [...filter.extensions],
      })),
      maxBytes: MAX_OPEN_FILE_BYTES,
    });
    if (result.status === 'opened') {
      setFile({ name: result.fileName, bytes: result.bytes });
      setErrors([]);
    } else if (result.status === 'failed') {
      setErrors([
        {
          fieldId: FILE_ID,
          message: t(
            result.code === 'too-large'
              ? 'handover.import.fileTooLarge'
              : 'handover.import.fileReadFailed',
          ),
        },
      ]);
    }
  };

  const showFailure = (failure: HandoverFailure) => {
    if (failure.code === 'wrong-code' || failure.code === 'malformed-code') {
      setErrors([{ fieldId: CODE_ID, message: handoverErrorText(failure.code) }]);
      return;
    }
    setErrors([]);
    setAlert(handoverErrorText(failure.code));
  };

  const open = async () => {
    const problems: FormError[] = [];
    if (!file) problems.push({ fieldId: FILE_ID, message: t('handover.import.fileMissing') });
    const typed = normalizeHandoverCode(code);
    if (typed === '') {
      problems.push({ fieldId: CODE_ID, message: t('handover.import.codeEmpty') });
    } else if (typed.length !== HANDOVER_CODE_LENGTH) {
      problems.push({
        fieldId: CODE_ID,
        message: t('handover.import.codeLength', { count: typed.length }),
      });
    }
    setErrors(problems);
    if (!file || problems.length > 0) return;
    setBusy('open');
    const inspected = await inspectHandover(file.bytes, code);
    if (!inspected.ok) {
      setBusy(null);
      showFailure(inspected.error);
      return;
    }
    const plan = await planHandoverImport(requireSession(), inspected.value.payload, new Date());
    setBusy(null);
    if (!plan.ok) {
      showFailure(plan.error);
      return;
    }
    setOpened({ ...inspected.value, plan: plan.value });
  };

  const conflicts = (opened?.plan.items ?? []).filter(
    (item): item is Conflict => item.status === 'conflict',
  );

  const save = async () => {
    if (!opened) return;
    const missing = conflicts.filter((conflict) => choices[conflict.id] === undefined);
    if (missing.length > 0) {
      setErrors(
        missing.map((conflict) => ({
          fieldId: conflictHeadingId(conflict.id),
          message: t('handover.import.choiceMissing', {
            item: itemName(conflict, opened.payload),
          }),
        })),
      );
      return;
    }
    setErrors([]);
    setBusy('save');
    const result = await applyHandoverImport(requireSession(), opened.payload, choices, new Date());
    setBusy(null);
    if (!result.ok) {
      showFailure(result.error);
      return;
    }
    setDone({ outcome: result.value, label: opened.preview.householdLabel });
    setFile(null);
    setCode('');
    reset();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    if (opened) void save();
    else void open();
  };

  const fileError = fieldError(errors, FILE_ID);
  const codeError = fieldError(errors, CODE_ID);

  if (done) {
    return (
      <>
        <PageTitle>{t('handover.import.title')}</PageTitle>
        <div role="status">
          <p ref={doneRef} tabIndex={-1} className="notice notice--success">
            {t('handover.import.done', {
              label: done.label,
              added: done.outcome.added,
              replaced: done.outcome.replaced,
              kept: done.outcome.kept,
            })}
          </p>
        </div>
        <p>
          <Link to={`/huishouden/${done.outcome.householdId}`} className="button button--primary">
            {t('handover.import.toDossier')}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('handover.import.title')}</PageTitle>
      <p className="lead">{t('handover.import.intro')}</p>
      <ErrorSummary errors={errors} />
      <FormAlert message={alert} />
      <form noValidate aria-busy={busy !== null} onSubmit={submit}>
        <div className={fileError ? 'field field--invalid' : 'field'}>
          <span className="field__label" id={`${FILE_ID}-label`}>
            {t('handover.import.fileLabel')}
          </span>
          <span className="field__hint" id={`${FILE_ID}-name`}>
            {file
              ? t('handover.import.fileChosen', { fileName: file.name })
              : t('handover.import.noFile')}
          </span>
          <FieldError id={`${FILE_ID}-error`} message={fileError} />
          <div className="field__row">
            <button
              id={FILE_ID}
              type="button"
              className="button"
              aria-describedby={describedBy(
                `${FILE_ID}-label`,
                `${FILE_ID}-name`,
                fileError && `${FILE_ID}-error`,
              )}
              onClick={() => {
                reset();
                void chooseFile();
              }}
            >
              {file ? t('handover.import.otherFile') : t('handover.import.chooseFile')}
            </button>
          </div>
        </div>

        <div className={codeError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={CODE_ID}>
            {t('handover.import.codeLabel')}
          </label>
          <span className="field__hint" id={`${CODE_ID}-hint`}>
            {t('handover.import.codeHint')}
          </span>
          <FieldError id={`${CODE_ID}-error`} message={codeError} />
          <div className="field__row">
            <input
              id={CODE_ID}
              className="input input--code handover-code-input"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={code}
              aria-invalid={codeError ? true : undefined}
              aria-describedby={describedBy(`${CODE_ID}-hint`, codeError && `${CODE_ID}-error`)}
              onChange={(event) => {
                setCode(event.target.value);
                reset();
              }}
            />
          </div>
        </div>

        {opened ? (
          <>
            <section className="panel" aria-labelledby="handover-preview-title">
              <h2 id="handover-preview-title" ref={previewTitle} tabIndex={-1}>
                {t('handover.import.previewTitle')}
              </h2>
              <dl className="facts facts--preview">
                <dt>{t('handover.import.previewHousehold')}</dt>
                <dd>{opened.preview.householdLabel}</dd>
                <dt>{t('handover.import.previewMembers')}</dt>
                <dd>{formatNumber(opened.preview.memberCount)}</dd>
                <dt>{t('handover.import.previewExported')}</dt>
                <dd>{formatDateTime(new Date(opened.preview.exportedAt))}</dd>
                {COUNTED.map((table) => (
                  <CountRow key={table} table={table} count={opened.preview.counts[table]} />
                ))}
              </dl>
              <ul className="handover-plan">
                <li>{t('handover.import.planNew', { count: opened.plan.counts.new })}</li>
                <li>{t('handover.import.planSame', { count: opened.plan.counts.same })}</li>
                <li>{t('handover.import.planConflict', { count: opened.plan.counts.conflict })}</li>
              </ul>
            </section>
            {conflicts.length > 0 ? (
              <section className="panel" aria-labelledby="handover-conflicts-title">
                <h2 id="handover-conflicts-title">{t('handover.import.conflictsTitle')}</h2>
                <p>{t('handover.import.conflictsIntro')}</p>
                {conflicts.map((conflict) => {
                  const name = itemName(conflict, opened.payload);
                  return (
                    <ConflictChoice
                      key={conflict.id}
                      conflict={conflict}
                      name={name}
                      value={choices[conflict.id]}
                      error={fieldError(errors, conflictHeadingId(conflict.id))}
                      onChange={(choice) => {
                        setChoices((current) => ({ ...current, [conflict.id]: choice }));
                      }}
                    />
                  );
                })}
              </section>
            ) : null}
          </>
        ) : null}

        <BusyNotice
          busy={busy !== null}
          text={t(busy === 'save' ? 'handover.import.busySave' : 'handover.import.busyOpen')}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy !== null}>
            {t(opened ? 'handover.import.confirm' : 'handover.import.open')}
          </button>
          {opened ? (
            <button
              type="button"
              className="button"
              aria-disabled={busy !== null}
              onClick={busy ? undefined : reset}
            >
              {t('handover.import.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}

function CountRow({
  table,
  count,
}: {
  table: Exclude<HandoverTable, 'households'>;
  count: number;
}) {
  return (
    <>
      <dt>{t(`handover.import.count.${table}`)}</dt>
      <dd>{formatNumber(count)}</dd>
    </>
  );
}
