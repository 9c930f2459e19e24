import { useField, type Filters } from '@strapi/admin/strapi-admin';
import { SingleSelect, SingleSelectOption } from '@strapi/design-system';

/**
 * The value of an enumeration filter, chosen by name. Given as the filter's own input so that
 * the filter's chip also shows the chosen option's name instead of the stored code.
 */
export const EnumerationFilterInput = ({ name, options = [], 'aria-label': ariaLabel }: Filters.ValueInputProps) => {
  const field = useField<string>(name);
  return (
    <SingleSelect aria-label={ariaLabel} value={field.value ?? ''} onChange={(value) => field.onChange(name, String(value))}>
      {options.map((option) => {
        const { value, label } = typeof option === 'string' ? { value: option, label: option } : option;
        return (
          <SingleSelectOption key={value} value={value}>
            {label ?? value}
          </SingleSelectOption>
        );
      })}
    </SingleSelect>
  );
};
