/** What a form's server action answers: a refusal to show, or what happened; `value` refills the field. */
export interface FormState {
  error?: string;
  notice?: string;
  value?: string;
}

/** A server action as `useActionState` calls it. */
export type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;
