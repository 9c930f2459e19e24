/**
 * The content manager's date and date-and-time fields, with the design system's pickers
 * labelled in the admin's language. Strapi renders them without their labels, so the pickers fall
 * back to English ("Choose date", "Choose time", "Month", "Year") for screen readers and tooltips
 * in a Chinese form (a time alone is labelled by its field). These fields replace the built-in ones (app.addFields) and render Strapi's own
 * inputs with the labels added; everything else (value handling, hints, errors) is Strapi's.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { InputRenderer, type StrapiApp } from '@strapi/strapi/admin';

type FieldProps = Record<string, unknown> & { type: string };

const usePickerLabels = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: `synergy-shell.picker.${id}`, defaultMessage });
  return {
    dateLabel: t('date', 'Choose date'),
    timeLabel: t('time', 'Choose time'),
    calendarLabel: t('calendar', 'Calendar'),
    monthSelectLabel: t('month', 'Month'),
    yearSelectLabel: t('year', 'Year'),
  };
};

/** One field of `type`, as the content manager would render it, with the pickers' labels. */
const labelledPicker = (type: 'date' | 'datetime') => {
  const Field = (props: FieldProps) => {
    const labels = usePickerLabels();
    // The content manager drops these before its generic renderer too.
    const { unique: _unique, mainField: _mainField, ...rest } = props;
    const { dateLabel, timeLabel, ...calendar } = labels;
    const own = type === 'date' ? calendar : { dateLabel, timeLabel, ...calendar };
    return <InputRenderer {...(rest as any)} {...own} type={type} />;
  };
  Field.displayName = `Labelled(${type})`;
  return Field;
};

export const labelDatePickers = (app: Pick<StrapiApp, 'addFields'>) => {
  for (const type of ['date', 'datetime'] as const) app.addFields({ type, Component: labelledPicker(type) as never });
};
