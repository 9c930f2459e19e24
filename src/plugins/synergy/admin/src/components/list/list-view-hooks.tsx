/**
 * Content-manager list view hooks: enumeration columns show names (states and lights as badges),
 * integers that name something (a year, a version: PLAIN_INTEGERS) show their digits ungrouped,
 * and filters read in the admin's language — field names, and for enumerations the options and
 * the applied filter's chip.
 */
import { Typography } from '@strapi/design-system';
import type { ListFieldLayout, ListLayout, InjectableListViewFilter } from '@strapi/content-manager/strapi-admin';
import { fieldLabelId } from '../../../../shared/admin-views';
import { EnumerationCell } from './EnumerationCell';
import { EnumerationFilterInput } from './EnumerationFilterInput';
import { listModel, stateName } from './list-names';
import { isPlainInteger } from '../forms/plain-integers';

/** The attribute every lifecycle type keeps its state in. */
const STATE = 'state';

const plainCell = (value: unknown) => (
  <Typography textColor="neutral800">{value === null || value === undefined || value === '' ? '-' : String(value)}</Typography>
);

export const addListCells = ({ displayedHeaders, layout }: { displayedHeaders: ListFieldLayout[]; layout: ListLayout }) => ({
  displayedHeaders: displayedHeaders.map((header) => {
    if (header.cellFormatter) return header;
    if (header.attribute.type === 'enumeration') {
      return {
        ...header,
        cellFormatter: (row: Record<string, unknown>) => <EnumerationCell name={header.name} value={row[header.name]} />,
      };
    }
    if (header.attribute.type === 'integer' && isPlainInteger(header.name)) {
      return { ...header, cellFormatter: (row: Record<string, unknown>) => plainCell(row[header.name]) };
    }
    return header;
  }),
  layout,
});

/** The admin's locale as the admin itself keeps it; filter options must be strings when the hook runs. */
const adminLocale = () => window.localStorage.getItem('strapi-admin-language') ?? 'en';

type Option = { label?: string; value: string };
const optionValue = (option: Option | string) => (typeof option === 'string' ? option : option.value);

export const translateFilters = ({ displayedFilters, layout }: { displayedFilters: InjectableListViewFilter[]; layout: ListLayout }) => {
  const model = listModel(window.location.pathname);
  return {
    displayedFilters: displayedFilters.map((filter) => {
      let next = filter;
      // Attributes' filters carry the stored label; the content manager translates only headers and forms.
      if (model && typeof filter.label === 'string' && filter.name in layout.metadatas) {
        next = { ...next, label: { id: fieldLabelId(model, filter.name), defaultMessage: filter.label } };
      }
      if (filter.type === 'enumeration' && !filter.input) {
        const locale = adminLocale();
        const options =
          filter.name === STATE
            ? (filter.options ?? []).map((option) => ({ value: optionValue(option), label: stateName(optionValue(option), locale) }))
            : filter.options;
        next = { ...next, options, input: EnumerationFilterInput };
      }
      return next;
    }),
    layout,
  };
};
