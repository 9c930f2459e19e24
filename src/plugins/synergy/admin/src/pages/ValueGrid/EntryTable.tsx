/**
 * A plain HTML table for the entry grid. The design system's Table is an ARIA grid with a roving
 * focus: a cell once edited takes the focus back when another cell becomes active, so typing in a
 * second cell of the row lands in the first. A form of many inputs needs ordinary focus and Tab.
 */
import * as React from 'react';
import { Box } from '@strapi/design-system';

export const EntryTable = ({ children, busy }: { children: React.ReactNode; busy: boolean }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" paddingLeft={6} paddingRight={6} paddingTop={2} paddingBottom={2}>
    <table aria-busy={busy} style={{ width: '100%', borderCollapse: 'collapse' }}>
      {children}
    </table>
  </Box>
);

export const Th = ({ children }: { children?: React.ReactNode }) => (
  <Box tag="th" paddingTop={4} paddingBottom={4} paddingRight={4} textAlign="left" fontSize={1} fontWeight="bold" color="neutral800">
    {children}
  </Box>
);

export const Td = ({ children }: { children?: React.ReactNode }) => (
  <Box
    tag="td"
    paddingTop={3}
    paddingBottom={3}
    paddingRight={4}
    borderColor="neutral150"
    style={{ borderTopWidth: 1, borderTopStyle: 'solid' }}
  >
    {children}
  </Box>
);
