/** One choice in a select, dropdown or radio group: value goes to the API, label is shown. */
export type Option<Value extends string = string> = { value: Value; label: string; disabled?: boolean };
