// A set of checkboxes under one legend: which of the options are chosen, kept in the options'
// own order whichever is ticked first, so the URL they end up in reads the same each time.
export function Choices<T extends string>(props: {
  legend: string;
  testId: string;
  options: { value: T; label: string }[];
  chosen: T[];
  onChange(chosen: T[]): void;
}) {
  return (
    <fieldset className="choices" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            value={o.value}
            checked={props.chosen.includes(o.value)}
            onChange={(e) =>
              props.onChange(
                e.target.checked
                  ? props.options
                      .map((x) => x.value)
                      .filter((v) => v === o.value || props.chosen.includes(v))
                  : props.chosen.filter((v) => v !== o.value),
              )
            }
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
