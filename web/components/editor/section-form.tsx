'use client';

// The selected section's props as form fields, generated from its schema: text becomes an input or a text
// area, numbers number inputs, yes/no a checkbox, a fixed list of values a select, lists get rows to add,
// remove and reorder, and optional parts can be added and removed. Problems found by validation show under
// the field they concern.

import { isPlaceholder, type Section } from '@pagemagic/crds/site-document';
import { getIn, moveTo, type PropPath } from '@/lib/editor/document.ts';
import {
  defaultValue,
  type FieldSchema,
  type ObjectField,
  sectionPropsSchema,
  singularLabel,
} from '@/lib/editor/schema-form.ts';
import type { EditorAction } from '@/lib/editor/state.ts';
import type { EditorIssue } from '@/lib/editor/validation.ts';
import { humanizeKey } from '@/lib/editor/validation.ts';
import { INPUT, LABEL, SMALL_BUTTON } from './styles.ts';

export interface SectionFormProps {
  section: Section;
  /** Problems in this section in the default locale. */
  issues: readonly EditorIssue[];
  dispatch: (action: EditorAction) => void;
}

interface FieldContext {
  sectionId: string;
  props: unknown;
  issuesByPath: ReadonlyMap<string, string[]>;
  dispatch: (action: EditorAction) => void;
}

/** The id of a field's control, also the target of "go to the problem" links. */
export function fieldId(sectionId: string, path: PropPath): string {
  return `field-${sectionId}-${path.join('-')}`;
}

const pathKey = (path: PropPath) => JSON.stringify(path);

export function SectionForm({ section, issues, dispatch }: SectionFormProps) {
  const schema = sectionPropsSchema(section.type);
  const issuesByPath = new Map<string, string[]>();
  for (const issue of issues) {
    const key = pathKey(issue.field ?? []);
    issuesByPath.set(key, [...(issuesByPath.get(key) ?? []), issue.message]);
  }
  const context: FieldContext = { sectionId: section.id, props: section.props, issuesByPath, dispatch };
  const sectionWide = issuesByPath.get(pathKey([]));
  return (
    <div className="space-y-4">
      {sectionWide?.map((message) => (
        <p key={message} className="text-sm text-red-700">
          This section {message}
        </p>
      ))}
      {schema.fields.map((field) => (
        <Field
          key={field.key}
          context={context}
          field={field}
          path={[field.key]}
          label={humanizeKey(field.key)}
        />
      ))}
    </div>
  );
}

/**
 * A fact the brief did not give: highlighted so the owner sees what the published page leaves out, with the
 * one action that fixes it.
 */
function MissingFact({
  id,
  label,
  note,
  onAdd,
}: {
  id: string;
  label: string;
  note?: string;
  onAdd: () => void;
}) {
  return (
    <div
      id={id}
      tabIndex={-1}
      className="rounded-md border-2 border-dashed border-amber-500 bg-amber-50 p-3"
      data-placeholder={label}
    >
      <p className="text-sm font-semibold text-amber-900">{label}: not given yet</p>
      <p className="mt-1 text-sm text-amber-900">
        {note ?? 'The published page leaves this out until you add it.'}
      </p>
      <button type="button" className={`${SMALL_BUTTON} mt-2`} onClick={onAdd}>
        Add {label.toLowerCase()}
      </button>
    </div>
  );
}

function FieldErrors({ id, label, messages }: { id: string; label: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <div id={id}>
      {messages.map((message) => (
        <p key={message} className="mt-1 text-sm text-red-700">
          {label} {message}
        </p>
      ))}
    </div>
  );
}

interface FieldProps {
  context: FieldContext;
  field: ObjectField;
  path: PropPath;
  label: string;
}

function Field({ context, field, path, label }: FieldProps) {
  const value = getIn(context.props, path);
  const { schema, required } = field;
  const id = fieldId(context.sectionId, path);
  const messages = context.issuesByPath.get(pathKey(path));
  const set = (next: unknown, discrete = false) =>
    context.dispatch({ type: 'setProp', sectionId: context.sectionId, path, value: next, discrete });
  const endTyping = () => context.dispatch({ type: 'endTyping' });
  const shownLabel = required ? label : `${label} (optional)`;

  if (schema.kind === 'fixed') return null;

  if (schema.kind === 'fact') {
    if (isPlaceholder(value)) {
      return (
        <MissingFact
          id={id}
          label={label}
          note={value.note}
          onAdd={() => set(defaultValue(schema.value, field.key), true)}
        />
      );
    }
    return <Field context={context} field={{ ...field, schema: schema.value }} path={path} label={label} />;
  }

  if (
    !required &&
    value === undefined &&
    (schema.kind === 'object' || schema.kind === 'variant' || schema.kind === 'list')
  ) {
    return (
      <div>
        <button
          type="button"
          className={SMALL_BUTTON}
          onClick={() =>
            set(schema.kind === 'list' ? [defaultValue(schema.item)] : defaultValue(schema, field.key), true)
          }
        >
          Add {label.toLowerCase()}
        </button>
        <FieldErrors id={`${id}-errors`} label={label} messages={messages} />
      </div>
    );
  }

  switch (schema.kind) {
    case 'text': {
      const hintId = schema.hint ? `${id}-hint` : undefined;
      const errorsId = messages ? `${id}-errors` : undefined;
      const describedBy = [hintId, errorsId].filter(Boolean).join(' ') || undefined;
      const common = {
        id,
        value: typeof value === 'string' ? value : '',
        maxLength: schema.maxLength,
        'aria-invalid': messages ? true : undefined,
        'aria-describedby': describedBy,
        onBlur: endTyping,
        className: INPUT,
      };
      // An optional text cleared is left out of the document rather than stored empty.
      const onText = (text: string) => set(text === '' && !required ? undefined : text);
      return (
        <div>
          <label htmlFor={id} className={LABEL}>
            {shownLabel}
          </label>
          {schema.multiline ? (
            <textarea {...common} rows={4} onChange={(event) => onText(event.target.value)} />
          ) : (
            <input {...common} type={schema.inputType} onChange={(event) => onText(event.target.value)} />
          )}
          {schema.hint ? (
            <p id={hintId} className="mt-1 text-xs text-slate-700">
              Write {schema.hint}.
            </p>
          ) : null}
          <FieldErrors id={`${id}-errors`} label={label} messages={messages} />
        </div>
      );
    }
    case 'number':
      return (
        <div>
          <label htmlFor={id} className={LABEL}>
            {shownLabel}
          </label>
          <input
            id={id}
            type="number"
            inputMode={schema.integer ? 'numeric' : 'decimal'}
            step={schema.integer ? 1 : 'any'}
            min={schema.minimum}
            max={schema.maximum}
            value={typeof value === 'number' && Number.isFinite(value) ? value : ''}
            aria-invalid={messages ? true : undefined}
            aria-describedby={messages ? `${id}-errors` : undefined}
            onBlur={endTyping}
            onChange={(event) => set(event.target.value === '' ? undefined : Number(event.target.value))}
            className={`${INPUT} max-w-40`}
          />
          <FieldErrors id={`${id}-errors`} label={label} messages={messages} />
        </div>
      );
    case 'boolean':
      return (
        <div>
          <div className="flex items-center gap-2">
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              onChange={(event) => set(event.target.checked || (required ? false : undefined), true)}
              className="h-4 w-4 rounded border-slate-400"
            />
            <label htmlFor={id} className="text-sm font-medium text-slate-800">
              {label}
            </label>
          </div>
          <FieldErrors id={`${id}-errors`} label={label} messages={messages} />
        </div>
      );
    case 'choice':
      return (
        <div>
          <label htmlFor={id} className={LABEL}>
            {shownLabel}
          </label>
          <select
            id={id}
            value={typeof value === 'string' ? value : ''}
            aria-invalid={messages ? true : undefined}
            aria-describedby={messages ? `${id}-errors` : undefined}
            onChange={(event) => set(event.target.value === '' ? undefined : event.target.value, true)}
            className={INPUT}
          >
            {required ? null : <option value="">None</option>}
            {schema.options.map((option) => (
              <option key={option} value={option}>
                {humanizeKey(option)}
              </option>
            ))}
          </select>
          <FieldErrors id={`${id}-errors`} label={label} messages={messages} />
        </div>
      );
    case 'object':
      return (
        <fieldset className="space-y-3 rounded-md border border-slate-300 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
          <FieldErrors id={`${id}-errors`} label={label} messages={messages} />
          {schema.fields.map((child) => (
            <Field
              key={child.key}
              context={context}
              field={child}
              path={[...path, child.key]}
              label={humanizeKey(child.key)}
            />
          ))}
          {required ? null : (
            <button type="button" className={SMALL_BUTTON} onClick={() => set(undefined, true)}>
              Remove {label.toLowerCase()}
            </button>
          )}
        </fieldset>
      );
    case 'variant':
      return (
        <VariantField
          context={context}
          field={field}
          schema={schema}
          path={path}
          label={label}
          value={value}
        />
      );
    case 'list':
      return (
        <ListField context={context} field={field} schema={schema} path={path} label={label} value={value} />
      );
  }
}

function VariantField({
  context,
  field,
  schema,
  path,
  label,
  value,
}: FieldProps & { schema: FieldSchema & { kind: 'variant' }; value: unknown }) {
  const id = fieldId(context.sectionId, path);
  const current = (value as Record<string, unknown> | undefined)?.[schema.tag];
  const variant = schema.variants.find((candidate) => candidate.value === current) ?? schema.variants[0];
  const messages = context.issuesByPath.get(pathKey(path));
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
      <FieldErrors id={`${id}-errors`} label={label} messages={messages} />
      <div>
        <label htmlFor={`${id}-kind`} className={LABEL}>
          Kind of {label.toLowerCase()}
        </label>
        <select
          id={`${id}-kind`}
          value={variant?.value ?? ''}
          onChange={(event) => {
            const chosen = schema.variants.find((candidate) => candidate.value === event.target.value);
            if (chosen) {
              context.dispatch({
                type: 'setProp',
                sectionId: context.sectionId,
                path,
                value: defaultValue(chosen.schema),
                discrete: true,
              });
            }
          }}
          className={INPUT}
        >
          {schema.variants.map((candidate) => (
            <option key={candidate.value} value={candidate.value}>
              {humanizeKey(candidate.value)}
            </option>
          ))}
        </select>
      </div>
      {variant?.schema.fields
        .filter((child) => child.schema.kind !== 'fixed')
        .map((child) => (
          <Field
            key={`${variant.value}-${child.key}`}
            context={context}
            field={child}
            path={[...path, child.key]}
            label={humanizeKey(child.key)}
          />
        ))}
      {field.required ? null : (
        <button
          type="button"
          className={SMALL_BUTTON}
          onClick={() =>
            context.dispatch({
              type: 'setProp',
              sectionId: context.sectionId,
              path,
              value: undefined,
              discrete: true,
            })
          }
        >
          Remove {label.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

function ListField({
  context,
  field,
  schema,
  path,
  label,
  value,
}: FieldProps & { schema: FieldSchema & { kind: 'list' }; value: unknown }) {
  const items = Array.isArray(value) ? value : [];
  const id = fieldId(context.sectionId, path);
  const messages = context.issuesByPath.get(pathKey(path));
  const key = path.at(-1);
  const itemName = singularLabel(typeof key === 'string' ? key : 'items');
  const atMost = schema.maxItems !== undefined && items.length >= schema.maxItems;
  const atLeast = items.length <= schema.minItems;
  const setList = (next: unknown[] | undefined) =>
    context.dispatch({ type: 'setProp', sectionId: context.sectionId, path, value: next, discrete: true });
  return (
    <fieldset id={id} className="space-y-3 rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {label}
        {field.required ? '' : ' (optional)'}
      </legend>
      <FieldErrors id={`${id}-errors`} label={label} messages={messages} />
      {items.length === 0 ? <p className="text-sm text-slate-700">None yet.</p> : null}
      <ol className="space-y-3">
        {items.map((_, index) => {
          const itemLabel = `${itemName} ${index + 1}`;
          const itemField: ObjectField = { key: String(index), required: true, schema: schema.item };
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is identified by its position in the list.
            <li key={index} className="space-y-2 rounded-md bg-slate-50 p-2">
              <Field context={context} field={itemField} path={[...path, index]} label={itemLabel} />
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  className={SMALL_BUTTON}
                  disabled={index === 0}
                  aria-label={`Move ${itemLabel.toLowerCase()} up`}
                  onClick={() => setList(moveTo(items, index, index - 1))}
                >
                  Up
                </button>
                <button
                  type="button"
                  className={SMALL_BUTTON}
                  disabled={index === items.length - 1}
                  aria-label={`Move ${itemLabel.toLowerCase()} down`}
                  onClick={() => setList(moveTo(items, index, index + 1))}
                >
                  Down
                </button>
                <button
                  type="button"
                  className={SMALL_BUTTON}
                  disabled={atLeast && field.required}
                  aria-label={`Remove ${itemLabel.toLowerCase()}`}
                  onClick={() =>
                    items.length === 1 && !field.required
                      ? setList(undefined)
                      : context.dispatch({ type: 'removeItem', sectionId: context.sectionId, path, index })
                  }
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={SMALL_BUTTON}
        disabled={atMost}
        onClick={() =>
          context.dispatch({
            type: 'insertItem',
            sectionId: context.sectionId,
            path,
            item: defaultValue(schema.item),
          })
        }
      >
        Add {itemName.toLowerCase()}
      </button>
      {atMost ? <p className="text-xs text-slate-700">At most {schema.maxItems}.</p> : null}
    </fieldset>
  );
}
