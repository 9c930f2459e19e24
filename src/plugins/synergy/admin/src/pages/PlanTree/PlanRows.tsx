/**
 * The plan tree as table rows for one indicator: each node's target, its children's sum, the gap
 * (a non-zero gap in red), its compiled figure and that gap; a node with children expands and
 * collapses, and its children's targets can be edited in place and sent as one decomposition.
 */
import * as React from 'react';
import { Box, Button, Flex, IconButton, Td, TextInput, Tr, Typography } from '@strapi/design-system';
import { ChevronDown, ChevronRight } from '@strapi/icons';
import type { PlanNode } from './usePlanTree';

export interface Editing {
  parent: string;
  values: Record<string, string>;
}

interface RowsProps {
  node: PlanNode;
  depth: number;
  indicator: string;
  collapsed: Set<string>;
  onToggle: (code: string) => void;
  editing: Editing | null;
  onEdit: (node: PlanNode) => void;
  onValue: (code: string, value: string) => void;
  canDecompose: boolean;
  t: (id: string, fallback: string, values?: Record<string, string>) => string;
}

const Figure = ({ value, alert }: { value: string | null; alert?: boolean }) => {
  const nonZero = alert && value !== null && Number(value) !== 0;
  return (
    <Typography
      textColor={nonZero ? 'danger600' : 'neutral800'}
      fontWeight={nonZero ? 'bold' : undefined}
      data-gap={alert ? (nonZero ? 'open' : 'closed') : undefined}
    >
      {value ?? '—'}
    </Typography>
  );
};

export const PlanRows = (props: RowsProps): React.ReactElement => {
  const { node, depth, indicator, collapsed, onToggle, editing, onEdit, onValue, canDecompose, t } = props;
  const figure = node.figures.find((f) => f.indicator === indicator);
  const open = !collapsed.has(node.unit.code);
  const editingChildren = editing?.parent === node.unit.code;
  const editedHere = editing && editing.parent !== node.unit.code && editing.values[node.unit.code] !== undefined;
  return (
    <>
      <Tr data-unit={node.unit.code}>
        <Td>
          <Flex gap={1} style={{ paddingLeft: `${depth * 2.4}rem` }}>
            {node.children.length > 0 ? (
              <IconButton
                label={open ? t('plans.collapse', 'Collapse') : t('plans.expand', 'Expand')}
                variant="ghost"
                onClick={() => onToggle(node.unit.code)}
              >
                {open ? <ChevronDown /> : <ChevronRight />}
              </IconButton>
            ) : (
              <Box width="3.2rem" />
            )}
            <Typography fontWeight={depth === 0 ? 'bold' : undefined}>{node.unit.name}</Typography>
          </Flex>
        </Td>
        <Td>
          {editedHere ? (
            <TextInput
              aria-label={t('plans.target-of', 'Target of {unit}', { unit: node.unit.name })}
              name={`target-${node.unit.code}`}
              value={editing!.values[node.unit.code]}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => onValue(node.unit.code, e.target.value)}
              size="S"
            />
          ) : (
            <Figure value={figure?.target ?? null} />
          )}
        </Td>
        <Td>
          <Figure value={figure?.childrenSum ?? null} />
        </Td>
        <Td>
          <Figure value={figure?.gap ?? null} alert />
        </Td>
        <Td>
          <Figure value={figure?.compiled ?? null} />
        </Td>
        <Td>
          <Figure value={figure?.compiledGap ?? null} alert />
        </Td>
        <Td>
          {canDecompose && node.children.length > 0 && !editingChildren && (
            <Button size="S" variant="tertiary" onClick={() => onEdit(node)}>
              {t('plans.decompose', 'Decompose')}
            </Button>
          )}
        </Td>
      </Tr>
      {open && node.children.map((child) => <PlanRows key={child.unit.code} {...props} node={child} depth={depth + 1} />)}
    </>
  );
};
