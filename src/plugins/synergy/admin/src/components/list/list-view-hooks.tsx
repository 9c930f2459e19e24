/**
 * Content-manager list view hooks: enumeration columns show names (states and lights as badges),
 * and filters read in the admin's language — field names, and for enumerations the options and
 * the applied filter's chip.
 */
import type { ListFieldLayout, ListLayout, InjectableListViewFilter } from '@strapi/content-manager/strapi-admin';
import { fieldLabelId } from '../../../../shared/admin-views';
import { EnumerationCell } from './EnumerationCell';
import { EnumerationFilterInput } from './EnumerationFilterInput';
import { listModel, stateName } from './list-names';

/** The attribute every lifecycle type keeps its state in. */
const STATE = 'state';

export const addEnumerationCells = ({ displayedHeaders, layout }: { displayedHeaders: ListFieldLayout[]; layout: ListLayout }) => ({
  displayedHeaders: displayedHeaders.map((header) =>
    header.attribute.type === 'enumeration' && !header.cellFormatter
      ? { ...header, cellFormatter: (row: Record<string, unknown>) => <EnumerationCell name={header.name} value={row[header.name]} /> }
      : header
  ),
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
