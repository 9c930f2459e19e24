/**
 * The content manager's integer input (registered for the type with app.addFields): a field of
 * PLAIN_INTEGERS is a text input with a numeric keyboard showing its digits as typed (no grouping:
 * 2026, not 2,026); every other integer is Strapi's own input, as before.
 */
import * as React from 'react';
import { Field, TextInput } from '@strapi/design-system';
import { InputRenderer, useField } from '@strapi/strapi/admin';
import { isPlainInteger } from './plain-integers';

type Props = React.ComponentProps<typeof InputRenderer> & { labelAction?: React.ReactNode };

const PlainIntegerInput = ({ name, label, hint, required, disabled, labelAction, placeholder }: Props) => {
  const field = useField<number | null>(name);
  return (
    <Field.Root error={field.error} name={name} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <TextInput
        inputMode="numeric"
        placeholder={placeholder}
        disabled={disabled}
        value={field.value === null || field.value === undefined ? '' : String(field.value)}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          const typed = event.target.value.trim();
          // Empty is null, as Strapi's own input stores it; digits are the number; anything else is sent as
          // typed, so the server's validation says what is wrong instead of the form storing nothing.
          field.onChange(name, typed === '' ? null : /^-?\d+$/.test(typed) ? Number(typed) : typed);
        }}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

type LayoutProps = Props & { unique?: boolean; mainField?: unknown };

/** The content manager strips `unique` and `mainField` before its own renderer too: they are the layout's, not the input's (React warns on them). */
export const IntegerInput = ({ unique: _unique, mainField: _mainField, ...props }: LayoutProps) =>
  isPlainInteger(props.name) ? <PlainIntegerInput {...props} /> : <InputRenderer {...props} />;
