/**
 * 方案编辑 — HQ's assessment scheme editor: a scheme's fields and its items with the fields of
 * each kind, the live total of the weights, saved through the API with the server's problems
 * shown at their fields in the admin's language. A frozen scheme (used by sheets) is read-only,
 * with 修订 to make the next version. The scheme lives in the URL query (`?scheme=` or `?new=1`).
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Check, Plus, Pencil } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { FailureNotice } from '../../components/FailureNotice';
import { PLUGIN_ID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';
import { problemsAt, toRefusal, type Refusal } from '../AssessmentScoring/problems';
import type { SchemeSummary } from '../AssessmentScoring/types';
import type { Translate } from '../AssessmentScoring/traceText';
import { useLoad } from '../AssessmentScoring/useLoad';
import { draftOf, emptyScheme, schemeBody, type SchemeDraft } from './draft';
import { ItemsEditor, type EditorOptions } from './ItemsEditor';
import { SchemeFields } from './SchemeFields';

interface StoredScheme {
  documentId: string;
  version: number;
  frozen: boolean;
  frozenAt: string | null;
  previousVersion: { documentId: string; version: number } | null;
}

const SchemeEditorPage = () => {
  const { formatMessage, locale } = useIntl();
  const t: Translate = (id, defaultMessage, values) => formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { post, put } = useFetchClient();
  const [params, setParams] = useSearchParams();
  const schemeId = params.get('scheme');
  const isNew = !schemeId;
  const [listVersion, setListVersion] = React.useState(0);
  const schemes = useLoad<{ data: SchemeSummary[] }>(`/${PLUGIN_ID}/assessment-schemes`, listVersion);
  const options = useLoad<{ data: EditorOptions }>(`/${PLUGIN_ID}/assessment-editor/options`);
  const [reload, setReload] = React.useState(0);
  const loaded = useLoad<{ data: SchemeDraft & StoredScheme }>(schemeId ? `/${PLUGIN_ID}/assessment-schemes/${schemeId}` : null, reload);
  const stored = loaded.answer?.data ?? null;
  const [draft, setDraft] = React.useState<SchemeDraft>(emptyScheme);
  const [refusal, setRefusal] = React.useState<Refusal | null>(null);
  const [saved, setSaved] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  // A scheme just created opens under its own address; its 已保存 stays.
  const created = React.useRef(false);

  React.useEffect(() => {
    setRefusal(null);
    if (!created.current) setSaved(false);
    created.current = false;
    if (!schemeId) setDraft(emptyScheme());
  }, [schemeId]);
  React.useEffect(() => {
    if (stored) setDraft(draftOf(stored));
  }, [stored]);

  const summary = schemes.answer?.data.find((s) => s.documentId === schemeId);
  const readOnly = !!stored?.frozen;

  const save = async () => {
    setBusy(true);
    setRefusal(null);
    setSaved(false);
    try {
      if (isNew) {
        const { data } = await post<{ data: { documentId: string } }>(`/${PLUGIN_ID}/assessment-schemes`, schemeBody(draft));
        created.current = true;
        setParams({ scheme: data.data.documentId }, { replace: true });
      } else {
        await put(`/${PLUGIN_ID}/assessment-schemes/${schemeId}`, schemeBody(draft));
        setReload((n) => n + 1);
      }
      setSaved(true);
      setListVersion((n) => n + 1);
    } catch (error) {
      setRefusal(toRefusal(error, locale));
    } finally {
      setBusy(false);
    }
  };

  const revise = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const { data } = await post<{ data: { documentId: string } }>(`/${PLUGIN_ID}/assessment-schemes/${schemeId}/revise`, {});
      setListVersion((n) => n + 1);
      setParams({ scheme: data.data.documentId }, { replace: true });
    } catch (error) {
      setRefusal(toRefusal(error, locale));
    } finally {
      setBusy(false);
    }
  };

  const problem = (field: string) => problemsAt(refusal, field).join('；') || undefined;

  return (
    <Page.Main>
      <Page.Title>{t('assessment.editor.title', 'Assessment schemes')}</Page.Title>
      <Layouts.Header
        title={t('assessment.editor.title', 'Assessment schemes')}
        subtitle={t(
          'assessment.editor.subtitle',
          'The rules of an assessment as data: items by kind, weights adding up to 100, grades and awards; a scheme in use is frozen and changes by a new version'
        )}
        primaryAction={
          readOnly ? (
            summary?.latest !== false && (
              <Button startIcon={<Pencil />} onClick={revise} loading={busy}>
                {t('assessment.editor.revise', 'Revise as version {version}', { version: (stored?.version ?? 0) + 1 })}
              </Button>
            )
          ) : (
            <Button startIcon={<Check />} onClick={save} loading={busy} disabled={!!schemeId && !stored}>
              {t('assessment.editor.save', 'Save')}
            </Button>
          )
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="28rem">
              <Field.Root name="scheme-picker">
                <Field.Label>{t('assessment.editor.open', 'Open a scheme')}</Field.Label>
                <SingleSelect
                  value={schemeId ?? undefined}
                  placeholder={t('assessment.editor.new-scheme', 'New scheme')}
                  onChange={(value: string | number) => setParams({ scheme: String(value) }, { replace: true })}
                >
                  {(schemes.answer?.data ?? []).map((s) => (
                    <SingleSelectOption key={s.documentId} value={s.documentId}>
                      {t('assessment.editor.option', '{name} ({code}, version {version}){frozen}', {
                        name: s.name,
                        code: s.code,
                        version: s.version,
                        frozen: s.frozen ? t('assessment.editor.frozen-mark', ' · frozen') : '',
                      })}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Button variant="secondary" startIcon={<Plus />} onClick={() => setParams({}, { replace: true })} disabled={isNew}>
              {t('assessment.editor.create', 'New scheme')}
            </Button>
          </Flex>
          {options.failure && <FailureNotice failure={options.failure} />}
          {loaded.failure && <FailureNotice failure={loaded.failure} />}
          {loaded.loading && <Loader small />}
          {stored && (
            <Typography variant="pi" textColor="neutral600" data-testid="scheme-version">
              {t('assessment.editor.version', 'Version {version}', { version: stored.version })}
              {stored.previousVersion
                ? ` · ${t('assessment.editor.previous', 'revises version {version}', { version: stored.previousVersion.version })}`
                : ''}
            </Typography>
          )}
          {readOnly && (
            <Box background="warning100" hasRadius padding={3} role="status" data-testid="frozen">
              <Typography textColor="warning700">
                {summary?.latest === false
                  ? t('assessment.editor.frozen-old', 'This version is used by assessment sheets and frozen; a later version exists.')
                  : t(
                      'assessment.editor.frozen',
                      'This version is used by assessment sheets and frozen: it is read-only. Revise it to make the next version.'
                    )}
              </Typography>
            </Box>
          )}
          {refusal && <FailureNotice failure={refusal} />}
          {saved && !refusal && (
            <Box background="success100" hasRadius padding={3} role="status">
              <Typography textColor="success700">{t('assessment.editor.saved', 'Saved.')}</Typography>
            </Box>
          )}
          {(isNew || stored) && (
            <>
              <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
                <SchemeFields
                  draft={draft}
                  onChange={setDraft}
                  options={options.answer?.data ?? null}
                  readOnly={readOnly}
                  isNew={isNew}
                  problem={problem}
                  t={t}
                />
              </Box>
              <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
                <ItemsEditor
                  items={draft.items}
                  onChange={(items) => setDraft({ ...draft, items })}
                  options={options.answer?.data ?? null}
                  readOnly={readOnly}
                  problems={(...path) => problemsAt(refusal, 'items', ...path)}
                  t={t}
                />
              </Box>
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default SchemeEditorPage;
