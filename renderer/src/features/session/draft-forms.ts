/**
 * Forms that autosave with useDraft register here, so "Verder waar u was" can name them and open
 * them again. A draft key starts with the form's prefix, e.g. 'intake:<householdId>'.
 */
export interface DraftForm {
  prefix: string;
  /** The form's name for the professional, e.g. "Gesprek met de familie Jansen". */
  label: (key: string) => string;
  /** The hash route that opens the form with this draft. */
  path: (key: string) => string;
}

const forms: DraftForm[] = [];

export function registerDraftForm(form: DraftForm): () => void {
  forms.push(form);
  return () => {
    const index = forms.indexOf(form);
    if (index >= 0) forms.splice(index, 1);
  };
}

/** The registered form a draft belongs to, or null (then it can only be discarded). */
export function findDraftForm(key: string): DraftForm | null {
  return forms.find((form) => key.startsWith(form.prefix)) ?? null;
}
