import { storageText, t } from '../../app/i18n';
import { fieldError, type FormError } from '../../components/ErrorSummary';
import { describedBy, FieldError } from '../../components/FieldMessage';
import type { WriteFailure } from '../../db';
import {
  ADDRESS_MAX,
  LABEL_MAX,
  MAX_MEMBERS,
  NAME_MAX,
  type MemberEntry,
  type NewHouseholdForm,
  type NewHouseholdProblem,
} from '../../../../shared/household/new-household';
import { PersonRoleSchema } from '../../../../shared/schemas/person';
import { newMemberRow } from './new-household-form';

// The household fields and member rows, shared by the new-household and edit-members forms.

export const LABEL_ID = 'huishouden-naam';
export const ADDRESS_ID = 'huishouden-adres';
export const ADD_ID = 'persoon-toevoegen';
export const memberFieldId = (key: string, field: 'name' | 'role' | 'birthDate') =>
  `persoon-${key}-${field}`;

/** The Dutch message of one problem, pointing at the field to fix. */
export function toFormError(problem: NewHouseholdProblem, form: NewHouseholdForm): FormError {
  switch (problem.field) {
    case 'label':
      return {
        fieldId: LABEL_ID,
        message:
          problem.code === 'required'
            ? t('newHousehold.error.labelRequired')
            : t('newHousehold.error.labelTooLong', { max: LABEL_MAX }),
      };
    case 'address':
      return {
        fieldId: ADDRESS_ID,
        message: t('newHousehold.error.addressTooLong', { max: ADDRESS_MAX }),
      };
    case 'members': {
      const first = form.members[0];
      return {
        fieldId: first ? memberFieldId(first.key, 'name') : ADD_ID,
        message: t('newHousehold.error.membersNone'),
      };
    }
    case 'name':
      return {
        fieldId: memberFieldId(problem.memberKey, 'name'),
        message:
          problem.code === 'required'
            ? t('newHousehold.error.nameRequired', { position: problem.position })
            : t('newHousehold.error.nameTooLong', { position: problem.position, max: NAME_MAX }),
      };
    case 'role':
      return {
        fieldId: memberFieldId(problem.memberKey, 'role'),
        message: t('newHousehold.error.roleRequired', { position: problem.position }),
      };
    case 'birthDate':
      return {
        fieldId: memberFieldId(problem.memberKey, 'birthDate'),
        message: t(`newHousehold.error.birthDate.${problem.code}`, { position: problem.position }),
      };
  }
}

export function failureText(failure: WriteFailure): string {
  return storageText(failure.code === 'invalid' ? 'unavailable' : failure.code);
}

interface MemberRowProps {
  member: MemberEntry;
  position: number;
  errors: readonly FormError[];
  canRemove: boolean;
  onChange: (next: MemberEntry) => void;
  onRemove: () => void;
}

export function MemberRow({
  member,
  position,
  errors,
  canRemove,
  onChange,
  onRemove,
}: MemberRowProps) {
  const nameId = memberFieldId(member.key, 'name');
  const roleId = memberFieldId(member.key, 'role');
  const birthId = memberFieldId(member.key, 'birthDate');
  const nameError = fieldError(errors, nameId);
  const roleError = fieldError(errors, roleId);
  const birthError = fieldError(errors, birthId);
  const fieldClass = (error: string | undefined) =>
    error ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field';

  return (
    <fieldset className="utrecht-form-fieldset member-row">
      <legend className="member-row__legend">{t('newHousehold.memberLegend', { position })}</legend>
      <div className="member-row__fields">
        <div className={`${fieldClass(nameError)} member-row__name`}>
          <label className="utrecht-form-label" htmlFor={nameId}>
            {t('newHousehold.nameLabel')}
          </label>
          <FieldError id={`${nameId}-error`} message={nameError} />
          <input
            id={nameId}
            className="utrecht-textbox utrecht-textbox--html-input"
            autoComplete="off"
            value={member.name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy(nameError && `${nameId}-error`)}
            onChange={(event) => {
              onChange({ ...member, name: event.target.value });
            }}
          />
        </div>
        <div className={`${fieldClass(roleError)} member-row__role`}>
          <label className="utrecht-form-label" htmlFor={roleId}>
            {t('newHousehold.roleLabel')}
          </label>
          <FieldError id={`${roleId}-error`} message={roleError} />
          <select
            id={roleId}
            className={
              roleError
                ? 'utrecht-select utrecht-select--html-select utrecht-select--invalid'
                : 'utrecht-select utrecht-select--html-select'
            }
            value={member.role}
            aria-invalid={roleError ? true : undefined}
            aria-describedby={describedBy(roleError && `${roleId}-error`)}
            onChange={(event) => {
              const parsed = PersonRoleSchema.safeParse(event.target.value);
              onChange({ ...member, role: parsed.success ? parsed.data : '' });
            }}
          >
            <option value="">{t('newHousehold.roleChoose')}</option>
            {PersonRoleSchema.options.map((role) => (
              <option key={role} value={role}>
                {t(`newHousehold.role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={`${fieldClass(birthError)} member-row__birth`}>
          <label className="utrecht-form-label" htmlFor={birthId}>
            {t('newHousehold.birthDateLabel')}
          </label>
          <p id={`${birthId}-hint`} className="utrecht-form-field-description">
            {t('newHousehold.birthDateHint')}
          </p>
          <FieldError id={`${birthId}-error`} message={birthError} />
          <input
            id={birthId}
            className="utrecht-textbox utrecht-textbox--html-input member-row__date"
            inputMode="numeric"
            autoComplete="off"
            placeholder="dd-mm-jjjj"
            value={member.birthDate}
            aria-invalid={birthError ? true : undefined}
            aria-describedby={describedBy(`${birthId}-hint`, birthError && `${birthId}-error`)}
            onChange={(event) => {
              onChange({ ...member, birthDate: event.target.value });
            }}
          />
        </div>
      </div>
      {canRemove ? (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle member-row__remove"
          aria-label={t('newHousehold.removeMemberLabel', { position })}
          onClick={onRemove}
        >
          {t('newHousehold.removeMember')}
        </button>
      ) : null}
    </fieldset>
  );
}

interface HouseholdFormFieldsProps {
  form: NewHouseholdForm;
  errors: readonly FormError[];
  onChange: (next: NewHouseholdForm) => void;
  /** Whether a row may be taken out (new rows; at least one row stays). */
  canRemove: (member: MemberEntry) => boolean;
}

/** Name and address of the household, and one row per member with add and remove. */
export function HouseholdFormFields({
  form,
  errors,
  onChange,
  canRemove,
}: HouseholdFormFieldsProps) {
  const update = (next: Partial<NewHouseholdForm>) => {
    onChange({ ...form, ...next });
  };
  const updateMember = (index: number, member: MemberEntry) => {
    update({ members: form.members.map((row, at) => (at === index ? member : row)) });
  };
  const focusLater = (id: string) => {
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  const addMember = () => {
    if (form.members.length >= MAX_MEMBERS) return;
    const row = newMemberRow();
    update({ members: [...form.members, row] });
    focusLater(memberFieldId(row.key, 'name'));
  };
  const removeMember = (index: number) => {
    const members = form.members.filter((_row, at) => at !== index);
    update({ members });
    const neighbour = members[Math.min(index, members.length - 1)];
    focusLater(neighbour ? memberFieldId(neighbour.key, 'name') : ADD_ID);
  };

  return (
    <>
      <div
        className={
          fieldError(errors, LABEL_ID)
            ? 'utrecht-form-field utrecht-form-field--invalid'
            : 'utrecht-form-field'
        }
      >
        <label className="utrecht-form-label" htmlFor={LABEL_ID}>
          {t('newHousehold.labelLabel')}
        </label>
        <p id={`${LABEL_ID}-hint`} className="utrecht-form-field-description">
          {t('newHousehold.labelHint')}
        </p>
        <FieldError id={`${LABEL_ID}-error`} message={fieldError(errors, LABEL_ID)} />
        <input
          id={LABEL_ID}
          className="utrecht-textbox utrecht-textbox--html-input"
          autoComplete="off"
          value={form.label}
          aria-invalid={fieldError(errors, LABEL_ID) ? true : undefined}
          aria-describedby={describedBy(
            `${LABEL_ID}-hint`,
            fieldError(errors, LABEL_ID) && `${LABEL_ID}-error`,
          )}
          onChange={(event) => {
            update({ label: event.target.value });
          }}
        />
      </div>
      <div
        className={
          fieldError(errors, ADDRESS_ID)
            ? 'utrecht-form-field utrecht-form-field--invalid'
            : 'utrecht-form-field'
        }
      >
        <label className="utrecht-form-label" htmlFor={ADDRESS_ID}>
          {t('newHousehold.addressLabel')}
        </label>
        <p id={`${ADDRESS_ID}-hint`} className="utrecht-form-field-description">
          {t('newHousehold.addressHint')}
        </p>
        <FieldError id={`${ADDRESS_ID}-error`} message={fieldError(errors, ADDRESS_ID)} />
        <input
          id={ADDRESS_ID}
          className="utrecht-textbox utrecht-textbox--html-input"
          autoComplete="off"
          value={form.address}
          aria-invalid={fieldError(errors, ADDRESS_ID) ? true : undefined}
          aria-describedby={describedBy(
            `${ADDRESS_ID}-hint`,
            fieldError(errors, ADDRESS_ID) && `${ADDRESS_ID}-error`,
          )}
          onChange={(event) => {
            update({ address: event.target.value });
          }}
        />
      </div>
      <section className="new-household__members" aria-labelledby="leden-titel">
        <h2 id="leden-titel">{t('newHousehold.membersTitle')}</h2>
        <p>{t('newHousehold.membersHint')}</p>
        {form.members.map((member, index) => (
          <MemberRow
            key={member.key}
            member={member}
            position={index + 1}
            errors={errors}
            canRemove={canRemove(member)}
            onChange={(next) => {
              updateMember(index, next);
            }}
            onRemove={() => {
              removeMember(index);
            }}
          />
        ))}
        {form.members.length < MAX_MEMBERS ? (
          <button
            id={ADD_ID}
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={addMember}
          >
            {t('newHousehold.addMember')}
          </button>
        ) : (
          <p>{t('newHousehold.maxMembers', { max: MAX_MEMBERS })}</p>
        )}
      </section>
    </>
  );
}
