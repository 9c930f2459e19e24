import * as React from 'react';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router-dom';
import { Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { recordVerdicts, type RecordVerdicts } from '../rbac/record-permissions';
import { inLanguage } from '../utils/bilingual';
import { getTranslation } from '../utils/getTranslation';

/**
 * Edit-view side panel "只读" (read-only): on a record the server would refuse to change, the
 * fields are read-only (rbac/record-permissions.ts) and this says why, in the server's words.
 * Nothing is shown on a record the caller may change, or while creating one.
 */
export const ReadOnlyPanel: PanelComponent = ({ model, collectionType, documentId }) => {
  const { formatMessage, locale } = useIntl();
  const { search } = useLocation();
  const [verdicts, setVerdicts] = React.useState<RecordVerdicts | null>(null);
  const existing = collectionType === 'collection-types' && documentId && documentId !== 'create' ? documentId : undefined;

  React.useEffect(() => {
    setVerdicts(null);
    if (!existing) return undefined;
    let current = true;
    recordVerdicts(model, existing, search.replace(/^\?/, '')).then((answer) => current && setVerdicts(answer));
    return () => {
      current = false;
    };
  }, [model, existing, search]);

  if (!verdicts || verdicts.update.allowed) return null;
  return {
    title: formatMessage({ id: getTranslation('read-only.title'), defaultMessage: 'Read-only' }),
    content: (
      <Typography tag="p" variant="pi" textColor="neutral700">
        {inLanguage(verdicts.update.reason ?? '', locale)}
      </Typography>
    ),
  };
};
