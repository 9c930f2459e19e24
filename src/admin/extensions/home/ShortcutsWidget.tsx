/** 常用功能: the places people of the group go to most, one click from home. */
import type * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { FileXls, ManyWays, PresentationChart, Feather } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';

const SHORTCUTS: Array<{ to: string; icon: React.ComponentType<any>; id: string; label: string; note: string }> = [
  {
    to: '/content-manager/collection-types/api::synergy-demand.synergy-demand',
    icon: Feather,
    id: 'demands',
    label: 'Synergy demands',
    note: 'Report, submit and follow your unit’s demands',
  },
  {
    to: '/plugins/synergy/supervision',
    icon: PresentationChart,
    id: 'board',
    label: 'Supervision board',
    note: 'Every supervised task on one map',
  },
  { to: '/plugins/synergy/matching', icon: ManyWays, id: 'matching', label: 'Matching', note: 'Candidates inside the group for a demand' },
  {
    to: '/plugins/synergy/catalogue',
    icon: FileXls,
    id: 'catalogue',
    label: 'Catalogue import/export',
    note: 'The catalogue as a spreadsheet',
  },
];

const Row = styled(Link)`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.spaces[3]};
  padding: ${({ theme }) => theme.spaces[3]};
  border-radius: ${({ theme }) => theme.borderRadius};
  text-decoration: none;

  &:hover,
  &:focus-visible {
    background: ${({ theme }) => theme.colors.primary100};
  }
`;

export const ShortcutsWidget = () => {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      {SHORTCUTS.map(({ to, icon: Icon, id, label, note }) => (
        <Row key={id} to={to}>
          <Icon width="2rem" height="2rem" fill="primary600" aria-hidden />
          <Flex direction="column" alignItems="flex-start">
            <Typography fontWeight="semiBold" textColor="neutral800">
              {formatMessage({ id: `synergy-shell.shortcuts.${id}`, defaultMessage: label })}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({ id: `synergy-shell.shortcuts.${id}.note`, defaultMessage: note })}
            </Typography>
          </Flex>
        </Row>
      ))}
    </Flex>
  );
};
