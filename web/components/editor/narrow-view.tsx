'use client';

// On a narrow screen the editor shows either its form or the preview, not the preview below thousands of
// pixels of form: these two buttons choose which. From the `lg` breakpoint up both are side by side and
// the buttons are not shown.

export type NarrowView = 'form' | 'preview';

/** The classes that hide a part of the editor below `lg` when the other one is chosen. */
export function shownWhen(part: NarrowView, view: NarrowView): string {
  return part === view ? '' : 'hidden lg:block';
}

const OPTION =
  'px-3 py-1.5 text-sm font-medium aria-pressed:bg-brand-700 aria-pressed:text-white text-slate-800 hover:bg-slate-100 aria-pressed:hover:bg-brand-800';

export function NarrowViewToggle({
  view,
  onChange,
}: {
  view: NarrowView;
  onChange: (view: NarrowView) => void;
}) {
  return (
    <fieldset className="ml-auto flex overflow-hidden rounded-md border border-slate-400 bg-white lg:hidden">
      <legend className="sr-only">Show</legend>
      {(
        [
          ['form', 'Form'],
          ['preview', 'Preview'],
        ] as const
      ).map(([value, label]) => (
        <button
          key={value}
          type="button"
          aria-pressed={view === value}
          className={OPTION}
          onClick={() => onChange(value)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  );
}
