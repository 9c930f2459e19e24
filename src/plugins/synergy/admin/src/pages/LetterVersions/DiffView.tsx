import { Badge, Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { LetterDiff, LetterItemField, LetterVersionItem } from '../../../../shared/contracts';
import type { LetterText } from './useLetterText';

const COLUMNS: LetterItemField[] = ['target', 'weight', 'scoringRule', 'floor', 'ceiling', 'step'];

type Line =
  | { kind: 'added'; item: LetterVersionItem }
  | { kind: 'removed'; item: LetterVersionItem }
  | { kind: 'changed'; item: LetterVersionItem; old: LetterVersionItem; fields: Set<string> };

const TONE = { added: 'success', removed: 'danger', changed: 'warning' } as const;

/** One value, or "old → new" when the line changed in this field. */
const Cell = ({ line, field, text }: { line: Line; field: LetterItemField; text: LetterText }) => {
  const now = text.value(field, line.item[field]);
  if (line.kind !== 'changed' || !line.fields.has(field)) {
    return (
      <Typography
        textColor={line.kind === 'removed' ? 'neutral500' : 'neutral800'}
        style={line.kind === 'removed' ? { textDecoration: 'line-through' } : undefined}
      >
        {now}
      </Typography>
    );
  }
  return (
    <Flex gap={1} wrap="wrap" data-changed={field}>
      <Typography textColor="danger600" style={{ textDecoration: 'line-through' }}>
        {text.value(field, line.old[field])}
      </Typography>
      <Typography textColor="neutral500">→</Typography>
      <Typography textColor="success700" fontWeight="bold">
        {now}
      </Typography>
    </Flex>
  );
};

/** The diff of two versions: changed header fields, then every item added, removed or changed, old and new side by side. */
export const DiffView = ({ diff, text }: { diff: LetterDiff; text: LetterText }) => {
  const { t } = text;
  const lines: Line[] = [
    ...diff.changed.map((c): Line => ({ kind: 'changed', item: c.to, old: c.from, fields: new Set(c.changes.map((x) => x.field)) })),
    ...diff.added.map((item): Line => ({ kind: 'added', item })),
    ...diff.removed.map((item): Line => ({ kind: 'removed', item })),
  ];
  const nothing = lines.length === 0 && diff.header.length === 0;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="omega" textColor="neutral600" data-testid="letter-diff-summary">
        {t('letters.diff.summary', '{changed} changed, {added} added, {removed} removed, {unchanged} unchanged', {
          changed: diff.changed.length,
          added: diff.added.length,
          removed: diff.removed.length,
          unchanged: diff.unchanged,
        })}
      </Typography>
      {nothing && <Typography textColor="neutral600">{t('letters.diff.none', 'The two versions are the same.')}</Typography>}
      {diff.header.length > 0 && (
        <Box>
          <Typography variant="delta" tag="h3">
            {t('letters.diff.header', 'Header')}
          </Typography>
          <Table colCount={3} rowCount={diff.header.length + 1}>
            <Thead>
              <Tr>
                <Th>{t('letters.diff.field', 'Field')}</Th>
                <Th>{text.version(diff.from)}</Th>
                <Th>{text.version(diff.to)}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {diff.header.map((change) => (
                <Tr key={change.field}>
                  <Td>
                    <Typography fontWeight="bold">{text.field(change.field)}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'pre-wrap', maxWidth: 420 }}>
                    <Typography textColor="danger600">{text.value(change.field, change.from)}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'pre-wrap', maxWidth: 420 }}>
                    <Typography textColor="success700">{text.value(change.field, change.to)}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
      {lines.length > 0 && (
        <Box>
          <Typography variant="delta" tag="h3">
            {t('letters.diff.items', 'Target items')}
          </Typography>
          <Table colCount={COLUMNS.length + 2} rowCount={lines.length + 1}>
            <Thead>
              <Tr>
                <Th>{t('letters.diff.indicator', 'Indicator')}</Th>
                <Th>{t('letters.diff.change', 'Change')}</Th>
                {COLUMNS.map((field) => (
                  <Th key={field}>{text.field(field)}</Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {lines.map((line) => (
                <Tr key={`${line.kind}-${line.item.code}`} data-line={line.kind} data-code={line.item.code}>
                  <Td>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography fontWeight="bold">{line.item.name}</Typography>
                      <Typography variant="pi" textColor="neutral500">
                        {line.item.code}
                        {line.item.unit ? ` · ${line.item.unit}` : ''}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td>
                    <Badge backgroundColor={`${TONE[line.kind]}100`} textColor={`${TONE[line.kind]}700`}>
                      {t(`letters.diff.${line.kind}`, line.kind)}
                    </Badge>
                  </Td>
                  {COLUMNS.map((field) => (
                    <Td key={field}>
                      <Cell line={line} field={field} text={text} />
                    </Td>
                  ))}
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
    </Flex>
  );
};
