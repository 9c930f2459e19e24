import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { LetterVersionSummary } from '../../../../shared/contracts';
import type { LetterText } from './useLetterText';

/** The signed versions, oldest first: who started each and why, who signed it, and which is in force. */
export const VersionList = ({ versions, text }: { versions: LetterVersionSummary[]; text: LetterText }) => {
  const { t } = text;
  if (versions.length === 0) {
    return <Typography textColor="neutral600">{t('letters.versions.none', 'No signed version yet: signing makes version 1.')}</Typography>;
  }
  return (
    <Table colCount={6} rowCount={versions.length + 1}>
      <Thead>
        <Tr>
          <Th>{t('letters.versions.version', 'Version')}</Th>
          <Th>{t('letters.versions.reason', 'Reason')}</Th>
          <Th>{t('letters.versions.author', 'Started by')}</Th>
          <Th>{t('letters.versions.signedBy', 'Signed by')}</Th>
          <Th>{t('letters.versions.signedAt', 'Signed at')}</Th>
          <Th>{t('letters.versions.items', 'Items')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {versions.map((v) => (
          <Tr key={v.documentId} data-version={v.versionNo}>
            <Td>
              <Typography fontWeight="bold">{text.version(v.versionNo)}</Typography>{' '}
              {v.inForce && (
                <Badge backgroundColor="success100" textColor="success700">
                  {t('letters.versions.inForce', 'In force')}
                </Badge>
              )}
            </Td>
            <Td style={{ whiteSpace: 'normal', maxWidth: 320 }}>
              <Typography>{v.reason ?? t('letters.versions.first', 'First signing')}</Typography>
            </Td>
            <Td>
              <Typography>{v.author ?? '—'}</Typography>
              <Typography variant="pi" textColor="neutral500" tag="p">
                {text.when(v.authoredAt)}
              </Typography>
            </Td>
            <Td>
              <Typography>{v.signedBy ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography>{text.when(v.signedAt)}</Typography>
            </Td>
            <Td>
              <Typography>{v.items}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
