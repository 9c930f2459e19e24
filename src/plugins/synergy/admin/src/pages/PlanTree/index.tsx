/**
 * 年度计划 — the plan tree: every node of the admin's scope with its target, the sum of its
 * children's targets and the gap (non-zero gaps in red), its compiled figure and that gap, for
 * one indicator at a time; nodes expand and collapse; a node's children's targets are edited in
 * place and sent as one decomposition (the server checks that they add up, to the cent); HQ sets
 * the group's target; the plan moves through its workflow from the header.
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
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { inLanguage } from '../../utils/bilingual';
import { getTranslation } from '../../utils/getTranslation';
import { useWorkflowLabels } from '../../hooks/useWorkflowLabels';
import { PlanRows, type Editing } from './PlanRows';
import { usePlanTree, type PlanNode } from './usePlanTree';

const cents = (value: string) => Math.round(Number(value) * 100);
const money = (value: number) => (value / 100).toFixed(2);

const PlanTreePage = () => {
  const { formatMessage, locale } = useIntl();
  const labels = useWorkflowLabels();
  const t = React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage]
  );
  const [params, setParams] = useSearchParams();
  const [chosen, setChosen] = React.useState<string | null>(params.get('plan'));
  const { plans, documentId, tree, actions, failure, send } = usePlanTree(chosen);
  const [indicator, setIndicator] = React.useState<string | null>(null);
  const [collapsed, setCollapsed] = React.useState<Set<string>>(new Set());
  const [editing, setEditing] = React.useState<Editing | null>(null);
  const [groupTarget, setGroupTarget] = React.useState('');
  const [comment, setComment] = React.useState('');
  const [refusal, setRefusal] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);

  const code = indicator ?? tree?.indicators[0]?.code ?? null;
  const setsTargets = tree?.plan.state === 'plan-set';
  const nodeByCode = (nodes: PlanNode[], wanted: string): PlanNode | null =>
    nodes.reduce<PlanNode | null>((found, node) => found ?? (node.unit.code === wanted ? node : nodeByCode(node.children, wanted)), null);
  const figureOf = (node: PlanNode | null) => node?.figures.find((f) => f.indicator === code) ?? null;

  const done = (message: string | null, success: string) => {
    setRefusal(message === null ? null : inLanguage(message, locale));
    setNotice(message === null ? success : null);
  };

  const startEditing = (node: PlanNode) => {
    setCollapsed((previous) => new Set([...previous].filter((c) => c !== node.unit.code)));
    setEditing({
      parent: node.unit.code,
      values: Object.fromEntries(node.children.map((child) => [child.unit.code, figureOf(child)?.target ?? ''])),
    });
    setNotice(null);
    setRefusal(null);
  };

  const saveDecomposition = async () => {
    if (!editing || !code) return;
    const outcome = await send('decompose', {
      parent: editing.parent,
      indicator: code,
      targets: Object.entries(editing.values)
        .filter(([, value]) => value.trim() !== '')
        .map(([unit, target]) => ({ unit, target: target.trim() })),
    });
    done(outcome?.message ?? null, t('plans.saved', 'Decomposition saved'));
    if (!outcome) setEditing(null);
  };

  const saveGroupTarget = async () => {
    if (!code) return;
    const outcome = await send('group-targets', { targets: [{ indicator: code, target: groupTarget.trim() }] });
    done(outcome?.message ?? null, t('plans.group-saved', 'Group target saved'));
    if (!outcome) setGroupTarget('');
  };

  const takeAction = async (action: string) => {
    const outcome = await send('transitions', { action, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    done(outcome?.message ?? null, t('plans.moved', 'Done: {action}', { action: labels.action(action) }));
    if (!outcome) setComment('');
  };

  const parentNode = editing && tree ? nodeByCode(tree.nodes, editing.parent) : null;
  const parentTarget = figureOf(parentNode)?.target ?? null;
  const editedSum = editing
    ? Object.values(editing.values).reduce((sum, v) => sum + (v.trim() === '' || Number.isNaN(Number(v)) ? 0 : cents(v)), 0)
    : 0;
  const additive = tree?.indicators.find((i) => i.code === code)?.additive ?? true;

  return (
    <Page.Main>
      <Page.Title>{t('plans.title', 'Annual plans')}</Page.Title>
      <Layouts.Header
        title={t('plans.title', 'Annual plans')}
        subtitle={
          tree
            ? t('plans.subtitle', '{title} · {state}', { title: tree.plan.title, state: labels.state(tree.plan.state) })
            : t('plans.subtitle.empty', 'Targets set by HQ, decomposed down the tree, compiled bottom-up.')
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="plan">
              <Field.Label>{t('plans.plan', 'Plan')}</Field.Label>
              <SingleSelect
                value={documentId ?? ''}
                onChange={(value: string | number) => {
                  setChosen(String(value));
                  setParams(new URLSearchParams({ plan: String(value) }), { replace: true });
                  setEditing(null);
                }}
              >
                {(plans ?? []).map((plan) => (
                  <SingleSelectOption key={plan.documentId} value={plan.documentId}>
                    {plan.title}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="indicator">
              <Field.Label>{t('plans.indicator', 'Indicator')}</Field.Label>
              <SingleSelect
                value={code ?? ''}
                onChange={(value: string | number) => {
                  setIndicator(String(value));
                  setEditing(null);
                }}
              >
                {(tree?.indicators ?? []).map((i) => (
                  <SingleSelectOption key={i.code} value={i.code}>
                    {`${i.name}（${i.unit ?? ''}）`}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            {setsTargets && (
              <>
                <Field.Root name="groupTarget">
                  <Field.Label>{t('plans.group-target', 'Group target')}</Field.Label>
                  <TextInput value={groupTarget} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setGroupTarget(e.target.value)} />
                </Field.Root>
                <Button variant="secondary" onClick={saveGroupTarget} disabled={!groupTarget.trim()}>
                  {t('plans.set-group-target', 'Set group target')}
                </Button>
              </>
            )}
          </Flex>
          {tree && actions.length > 0 && (
            <Flex gap={2} alignItems="flex-end" wrap="wrap">
              <Field.Root name="comment">
                <Field.Label>{t('plans.comment', 'Comment')}</Field.Label>
                <TextInput value={comment} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setComment(e.target.value)} />
              </Field.Root>
              {actions.map((a) => (
                <Button key={a.action} variant={a.action === 'approve' ? 'success' : 'default'} onClick={() => takeAction(a.action)}>
                  {labels.action(a.action)}
                </Button>
              ))}
            </Flex>
          )}
          {(refusal || failure) && (
            <Box background="danger100" hasRadius padding={4} role="alert">
              <Typography textColor="danger700">{refusal ?? inLanguage(failure!.message, locale)}</Typography>
            </Box>
          )}
          {notice && (
            <Box background="success100" hasRadius padding={4} role="status">
              <Typography textColor="success700">{notice}</Typography>
            </Box>
          )}
          {tree && tree.superiors.length > 0 && (
            <Typography variant="pi" textColor="neutral600">
              {t('plans.superiors', 'Superiors: {list}', {
                list: tree.superiors.map((s) => `${s.unit.name} ${s.targets.find((x) => x.indicator === code)?.target ?? '—'}`).join('；'),
              })}
            </Typography>
          )}
          {editing && parentNode && (
            <Flex gap={3} background="primary100" hasRadius padding={3} data-testid="decomposition-bar">
              <Typography>
                {additive
                  ? t('plans.editing', '{unit}: target {target}, entered {sum}, difference {diff}', {
                      unit: parentNode.unit.name,
                      target: parentTarget ?? '—',
                      sum: money(editedSum),
                      diff: parentTarget === null ? '—' : money(editedSum - cents(parentTarget)),
                    })
                  : t('plans.editing-ratio', '{unit}: a target per unit (a ratio does not sum)', { unit: parentNode.unit.name })}
              </Typography>
              <Button onClick={saveDecomposition}>{t('plans.save', 'Save decomposition')}</Button>
              <Button variant="tertiary" onClick={() => setEditing(null)}>
                {t('plans.cancel', 'Cancel')}
              </Button>
            </Flex>
          )}
          {tree && code && (
            <Table colCount={7} rowCount={1}>
              <Thead>
                <Tr>
                  <Th>{t('plans.col.unit', 'Unit')}</Th>
                  <Th>{t('plans.col.target', 'Target')}</Th>
                  <Th>{t('plans.col.sum', "Children's sum")}</Th>
                  <Th>{t('plans.col.gap', 'Gap')}</Th>
                  <Th>{t('plans.col.compiled', 'Compiled')}</Th>
                  <Th>{t('plans.col.compiled-gap', 'Compiled − target')}</Th>
                  <Th>{t('plans.col.actions', 'Actions')}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {tree.nodes.map((node) => (
                  <PlanRows
                    key={node.unit.code}
                    node={node}
                    depth={0}
                    indicator={code}
                    collapsed={collapsed}
                    onToggle={(c) =>
                      setCollapsed((previous) =>
                        previous.has(c) ? new Set([...previous].filter((x) => x !== c)) : new Set([...previous, c])
                      )
                    }
                    editing={editing}
                    onEdit={startEditing}
                    onValue={(c, value) =>
                      setEditing((previous) => previous && { ...previous, values: { ...previous.values, [c]: value } })
                    }
                    canDecompose={!!setsTargets}
                    t={t}
                  />
                ))}
              </Tbody>
            </Table>
          )}
          {plans && plans.length === 0 && <Typography>{t('plans.none', 'No annual plan yet.')}</Typography>}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default PlanTreePage;
