/**
 * 目录导入导出: the catalogue template to fill in, an all-or-nothing import into a draft edition
 * (refused rows listed with their spreadsheet row numbers), and an export of an edition.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download, Upload } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';
import { RowErrors } from './RowErrors';
import { useCatalogueEditions, type EditionOption } from './useCatalogueEditions';
import { useWorkbookDownload } from './useWorkbookDownload';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

interface EditionSelectProps {
  name: string;
  label: string;
  placeholder: string;
  editions: EditionOption[];
  value: string;
  onChange: (code: string) => void;
}

/** An edition chosen by its code. */
const EditionSelect = ({ name, label, placeholder, editions, value, onChange }: EditionSelectProps) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect placeholder={placeholder} value={value} onChange={(code: string | number) => onChange(String(code))}>
      {editions.map((e) => (
        <SingleSelectOption key={e.documentId} value={e.code}>
          {`${e.code} ${e.title ?? ''}`}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

const CatalogueSpreadsheetsPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { post } = useFetchClient();
  const download = useWorkbookDownload();
  const { editions } = useCatalogueEditions();
  const drafts = editions.filter((e) => e.state === 'draft');
  const [importEdition, setImportEdition] = React.useState<string>('');
  const [exportEdition, setExportEdition] = React.useState<string>('');
  const [file, setFile] = React.useState<File | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [imported, setImported] = React.useState<number | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);

  const runImport = async () => {
    if (!file || !importEdition) return;
    const form = new FormData();
    form.append('file', file);
    form.append('edition', importEdition);
    setBusy(true);
    setFailure(null);
    setImported(null);
    try {
      const { data } = await post<{ data: { imported: number } }>(`/${PLUGIN_ID}/catalogue/import`, form);
      setImported(data.data.imported);
    } catch (error) {
      setFailure(toApiFailure(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('catalogue.title', 'Catalogue import/export')}</Page.Title>
      <Layouts.Header
        title={t('catalogue.title', 'Catalogue import/export')}
        subtitle={t('catalogue.subtitle', 'Fill in the template, import it into a draft edition, export an edition.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section title={t('catalogue.template', 'Template')}>
            <Typography>{t('catalogue.template.help', 'One row per catalogue entry; the drop-downs list the allowed values.')}</Typography>
            <Box>
              <Button
                startIcon={<Download />}
                onClick={() => download(`/${PLUGIN_ID}/catalogue/template.xlsx`, '内部市场目录导入模板.xlsx')}
              >
                {t('catalogue.template.download', 'Download the template')}
              </Button>
            </Box>
          </Section>

          <Section title={t('catalogue.import', 'Import')}>
            <EditionSelect
              name="synergy-import-edition"
              label={t('catalogue.edition', 'Edition')}
              placeholder={t('catalogue.edition.draft', 'A draft edition')}
              editions={drafts}
              value={importEdition}
              onChange={setImportEdition}
            />
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t('catalogue.file', 'Spreadsheet file')}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
            <Box>
              <Button startIcon={<Upload />} loading={busy} disabled={!file || !importEdition} onClick={runImport}>
                {t('catalogue.import.run', 'Import')}
              </Button>
            </Box>
            {imported !== null && (
              <Typography textColor="success600">{t('catalogue.import.done', '{count} entries imported.', { count: imported })}</Typography>
            )}
            {failure && (
              <Flex direction="column" alignItems="stretch" gap={3} role="alert">
                <Typography textColor="danger600">{failure.message}</Typography>
                {failure.rows && failure.rows.length > 0 && <RowErrors rows={failure.rows} />}
              </Flex>
            )}
          </Section>

          <Section title={t('catalogue.export', 'Export')}>
            <EditionSelect
              name="synergy-export-edition"
              label={t('catalogue.edition', 'Edition')}
              placeholder={t('catalogue.edition.current', 'The current published edition')}
              editions={editions}
              value={exportEdition}
              onChange={setExportEdition}
            />
            <Box>
              <Button
                variant="secondary"
                startIcon={<Download />}
                onClick={() =>
                  download(
                    `/${PLUGIN_ID}/catalogue/export.xlsx${exportEdition ? `?edition=${encodeURIComponent(exportEdition)}` : ''}`,
                    `内部市场目录-${exportEdition || 'current'}.xlsx`
                  )
                }
              >
                {t('catalogue.export.run', 'Export')}
              </Button>
            </Box>
          </Section>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default CatalogueSpreadsheetsPage;
