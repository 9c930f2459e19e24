/**
 * 考核通报 of the chosen scheme and period: a draft for a computed version (or a correction naming
 * the published bulletin it corrects and what it corrects), published through the workflow — which
 * freezes the version's ranking and the quarterly figures into it — and every bulletin of the
 * period, a published one read-only with what it froze.
 */
import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Textarea,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { FailureNotice } from '../../components/FailureNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { PLUGIN_ID } from '../../pluginId';
import { problemsAt, toRefusal, type Refusal } from './problems';
import { RankingTable } from './RankingTable';
import type { Bulletin, SchemeSummary } from './types';
import type { Translate } from './traceText';
import { useLoad } from './useLoad';

const num = (value: number | null) => (value === null ? '—' : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 }));

const Figures = ({ figures, t }: { figures: NonNullable<Bulletin['figures']>; t: Translate }) => (
  <Flex direction="column" alignItems="stretch" gap={3}>
    {Object.entries(figures).map(([code, figure]) => (
      <Box key={code}>
        <Typography variant="delta" tag="h4">
          {t('assessment.bulletin.figure', '{name}: value, growth and rank', { name: figure.name })}
        </Typography>
        <Table colCount={4} rowCount={figure.rows.length + 1}>
          <Thead>
            <Tr>
              {[
                t('assessment.col.subject', 'Subject'),
                t('assessment.bulletin.value', 'Value'),
                t('assessment.bulletin.growth', 'Growth'),
                t('assessment.col.rank', 'Rank'),
              ].map((label) => (
                <Th key={label}>
                  <Typography variant="sigma">{label}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {figure.rows.map((row) => (
              <Tr key={row.key}>
                <Td>
                  <Typography>{row.name}</Typography>
                </Td>
                <Td>
                  <Typography>{num(row.value)}</Typography>
                </Td>
                <Td>
                  <Typography>{row.growth === null ? '—' : `${row.growth > 0 ? '+' : ''}${num(row.growth)}%`}</Typography>
                </Td>
                <Td>
                  <Typography>{row.rank ?? '—'}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
    ))}
  </Flex>
);

const BulletinCard = ({ bulletin, t, onPublish }: { bulletin: Bulletin; t: Translate; onPublish: () => Promise<void> }) => {
  const [open, setOpen] = React.useState(false);
  const [publishing, setPublishing] = React.useState(false);
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-bulletin={bulletin.title}>
      <Flex justifyContent="space-between" gap={2} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Flex gap={2}>
            <Typography variant="delta" tag="h3">
              {bulletin.title}
            </Typography>
            <StatusBadge state={bulletin.state} />
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            {bulletin.state === 'published'
              ? t('assessment.bulletin.issued', 'Version {version} of {period}, published {at} by {by}', {
                  version: bulletin.sheetVersion ?? '—',
                  period: bulletin.period,
                  at: bulletin.issuedAt ? new Date(bulletin.issuedAt).toLocaleString('zh-CN') : '—',
                  by: bulletin.issuedBy ?? '—',
                })
              : t('assessment.bulletin.draft-of', 'Draft for version {version} of {period}', {
                  version: bulletin.sheetVersion ?? t('assessment.latest', 'latest'),
                  period: bulletin.period,
                })}
          </Typography>
          {bulletin.corrects && (
            <Typography variant="pi" textColor="warning700" data-testid="corrects">
              {t('assessment.bulletin.corrects', 'Corrects “{title}”: {note}', {
                title: bulletin.corrects.title,
                note: bulletin.correctionNote ?? '',
              })}
            </Typography>
          )}
        </Flex>
        <Flex gap={2}>
          {bulletin.state === 'published' && (
            <Button variant="tertiary" onClick={() => setOpen(!open)}>
              {open ? t('assessment.bulletin.hide', 'Hide') : t('assessment.bulletin.show', 'Show the published ranking')}
            </Button>
          )}
          {bulletin.state === 'draft' && (
            <Button
              loading={publishing}
              onClick={async () => {
                setPublishing(true);
                await onPublish();
                setPublishing(false);
              }}
            >
              {t('assessment.bulletin.publish', 'Publish')}
            </Button>
          )}
        </Flex>
      </Flex>
      {bulletin.body && (
        <Box paddingTop={2}>
          <Typography>{bulletin.body}</Typography>
        </Box>
      )}
      {open && bulletin.state === 'published' && (
        <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
          <Typography variant="pi" textColor="neutral600">
            {t(
              'assessment.bulletin.read-only',
              'Published: this ranking and these figures are frozen and never change; correct them with a new bulletin.'
            )}
          </Typography>
          {bulletin.ranking && <RankingTable rows={bulletin.ranking} t={t} traced={false} />}
          {bulletin.figures && <Figures figures={bulletin.figures} t={t} />}
        </Flex>
      )}
    </Box>
  );
};

interface Props {
  scheme: SchemeSummary;
  year: number;
  periodNumber: number;
  period: string;
  versions: number[];
  version: number | null;
  t: Translate;
}

export const Bulletins = ({ scheme, year, periodNumber, period, versions, version, t }: Props) => {
  const { post } = useFetchClient();
  const { locale } = useIntl();
  const [reload, setReload] = React.useState(0);
  const query = new URLSearchParams({ scheme: scheme.documentId, year: String(year), periodNumber: String(periodNumber) });
  const { answer, failure } = useLoad<{ data: Bulletin[] }>(`/${PLUGIN_ID}/assessment-bulletins?${query}`, reload);
  const bulletins = answer?.data ?? [];
  const published = bulletins.filter((b) => b.state === 'published');
  const [title, setTitle] = React.useState('');
  const [sheetVersion, setSheetVersion] = React.useState<string>('');
  const [body, setBody] = React.useState('');
  const [corrects, setCorrects] = React.useState<string>('');
  const [note, setNote] = React.useState('');
  const [refusal, setRefusal] = React.useState<Refusal | null>(null);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    setTitle(t('assessment.bulletin.default-title', '{scheme} {period} assessment bulletin', { scheme: scheme.name, period }));
    setSheetVersion(version ? String(version) : '');
    setCorrects('');
    setNote('');
    setBody('');
    setRefusal(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scheme.documentId, period, version]);

  const draft = async () => {
    setSaving(true);
    setRefusal(null);
    try {
      await post(`/${PLUGIN_ID}/assessment-bulletins`, {
        data: {
          scheme: scheme.documentId,
          title,
          year,
          periodNumber: scheme.periodKind === 'quarter' ? periodNumber : null,
          sheetVersion: sheetVersion ? Number(sheetVersion) : null,
          body: body || null,
          ...(corrects ? { corrects, correctionNote: note } : {}),
        },
      });
      setReload((n) => n + 1);
    } catch (error) {
      setRefusal(toRefusal(error, locale));
    } finally {
      setSaving(false);
    }
  };

  const publish = (documentId: string) => async () => {
    setRefusal(null);
    try {
      await post(`/${PLUGIN_ID}/assessment-bulletins/${documentId}/transitions`, { action: 'publish' });
    } catch (error) {
      setRefusal(toRefusal(error, locale));
    }
    setReload((n) => n + 1);
  };

  const fieldError = (name: string) => problemsAt(refusal, name).join('；') || undefined;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
        <Typography variant="delta" tag="h2">
          {t('assessment.bulletin.new', 'New bulletin')}
        </Typography>
        <Flex direction="column" alignItems="stretch" gap={3} paddingTop={3}>
          <Field.Root name="title" error={fieldError('title')}>
            <Field.Label>{t('assessment.bulletin.title', 'Title')}</Field.Label>
            <TextInput value={title} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTitle(e.target.value)} />
            <Field.Error />
          </Field.Root>
          <Flex gap={3} wrap="wrap" alignItems="flex-start">
            <Box minWidth="12rem">
              <Field.Root name="sheetVersion" error={fieldError('sheetVersion')}>
                <Field.Label>{t('assessment.bulletin.version', 'Sheet version')}</Field.Label>
                <SingleSelect value={sheetVersion} onChange={(v: string | number) => setSheetVersion(String(v))}>
                  {versions.map((v) => (
                    <SingleSelectOption key={v} value={String(v)}>
                      {t('assessment.version', 'Version {version}', { version: v })}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
            </Box>
            <Box minWidth="20rem">
              <Field.Root name="corrects" error={fieldError('corrects')}>
                <Field.Label>{t('assessment.bulletin.corrects-label', 'Corrects (a published bulletin)')}</Field.Label>
                <SingleSelect
                  value={corrects}
                  placeholder={t('assessment.bulletin.no-correction', 'Not a correction')}
                  onChange={(v: string | number) => setCorrects(String(v))}
                  onClear={() => setCorrects('')}
                >
                  {published.map((b) => (
                    <SingleSelectOption key={b.documentId} value={b.documentId}>
                      {b.title}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
            </Box>
          </Flex>
          {corrects && (
            <Field.Root name="correctionNote" error={fieldError('correctionNote')}>
              <Field.Label>{t('assessment.bulletin.note', 'What it corrects')}</Field.Label>
              <Textarea value={note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
              <Field.Error />
            </Field.Root>
          )}
          <Field.Root name="body" error={fieldError('body')}>
            <Field.Label>{t('assessment.bulletin.body', 'Text')}</Field.Label>
            <Textarea value={body} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setBody(e.target.value)} />
            <Field.Error />
          </Field.Root>
          {refusal && <FailureNotice failure={refusal} />}
          <Box>
            <Button onClick={draft} loading={saving} disabled={versions.length === 0}>
              {t('assessment.bulletin.save-draft', 'Save as draft')}
            </Button>
          </Box>
        </Flex>
      </Box>
      {failure && <FailureNotice failure={failure} />}
      {bulletins.length === 0 && !failure && (
        <Typography textColor="neutral600">{t('assessment.bulletin.none', 'No bulletin for this period yet.')}</Typography>
      )}
      {bulletins.map((b) => (
        <BulletinCard key={b.documentId} bulletin={b} t={t} onPublish={publish(b.documentId)} />
      ))}
    </Flex>
  );
};
