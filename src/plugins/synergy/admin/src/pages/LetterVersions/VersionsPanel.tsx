import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowsCounterClockwise } from '@strapi/icons';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Link } from 'react-router-dom';
import { usePageModel } from '../../hooks/usePageModel';
import { PLUGIN_ID } from '../../pluginId';
import { useLetterVersions } from './useLetters';
import { useLetterText } from './useLetterText';

/** Edit-view side panel "Versions" of a responsibility letter: the version in force, and a link to the versions and their diff. */
export const LetterVersionsPanel: PanelComponent = ({ model, documentId, document }) => {
  const text = useLetterText();
  const { t } = text;
  const letterModel = usePageModel('targets.letter');
  const existing = model === letterModel?.uid && document && documentId && documentId !== 'create' ? documentId : null;
  const state = useLetterVersions(existing, document?.updatedAt as string | undefined);
  if (!existing || state.phase !== 'ready') return null;
  const { data, meta } = state.view;
  return {
    title: t('letters.panel.title', 'Versions'),
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        <Typography variant="pi" textColor="neutral600">
          {meta.signedVersionNo
            ? t('letters.panel.summary', '{count} signed versions; version {n} in force', { count: data.length, n: meta.signedVersionNo })
            : t('letters.notSigned', 'Not signed yet')}
        </Typography>
        {meta.revisionReason && (
          <Typography variant="pi" textColor="warning700">
            {t('letters.revising', 'Version {n} under revision: {reason}', { n: meta.versionNo ?? '', reason: meta.revisionReason })}
          </Typography>
        )}
        <LinkButton
          tag={Link}
          to={`/plugins/${PLUGIN_ID}/letters?letter=${encodeURIComponent(existing)}`}
          variant="secondary"
          startIcon={<ArrowsCounterClockwise />}
          fullWidth
        >
          {t('letters.panel.open', 'Versions and diff')}
        </LinkButton>
      </Flex>
    ),
  };
};
