/**
 * The home page: a greeting and the registered homepage widgets the user may see, two to a row,
 * in registration order. Strapi's own home also offers "Add widget", dragging, resizing and
 * deleting widgets, the guided tour's overview and licence pop-ups, and has no switch for any of
 * them; this page keeps the widgets (registered with app.widgets.register, see ./widgets.ts) and
 * leaves the rest out.
 */
import * as React from 'react';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { PuzzlePiece } from '@strapi/icons';
import { Layouts, Page, Widget, useAuth, useStrapiApp } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

type RegisteredWidget = ReturnType<ReturnType<typeof useRegisteredWidgets>>[number];
const useRegisteredWidgets = () => useStrapiApp('SynergyHome', (state) => state.widgets.getAll);

/** The widgets whose permissions the user holds (all of them for widgets that ask none). */
const useVisibleWidgets = (): RegisteredWidget[] | null => {
  const getAll = useRegisteredWidgets();
  const checkUserHasPermissions = useAuth('SynergyHome', (state) => state.checkUserHasPermissions);
  const [visible, setVisible] = React.useState<RegisteredWidget[] | null>(null);
  React.useEffect(() => {
    let current = true;
    const widgets = getAll();
    Promise.all(
      widgets.map(async (widget) => {
        const permissions = widget.permissions ?? [];
        if (permissions.length === 0) return true;
        const held = await checkUserHasPermissions(permissions);
        return held.length >= permissions.length;
      })
    )
      .then((allowed) => current && setVisible(widgets.filter((_, index) => allowed[index])))
      .catch(() => current && setVisible([]));
    return () => {
      current = false;
    };
  }, [getAll, checkUserHasPermissions]);
  return visible;
};

const WidgetBody = ({ load }: { load: RegisteredWidget['component'] }) => {
  const [Component, setComponent] = React.useState<React.ComponentType | null>(null);
  React.useEffect(() => {
    let current = true;
    load().then((loaded) => current && setComponent(() => loaded as React.ComponentType));
    return () => {
      current = false;
    };
  }, [load]);
  return Component ? <Component /> : <Widget.Loading />;
};

const WidgetFrame = ({ widget }: { widget: RegisteredWidget }) => {
  const { formatMessage } = useIntl();
  const Icon = widget.icon ?? PuzzlePiece;
  return (
    <Flex
      tag="section"
      aria-labelledby={widget.uid}
      direction="column"
      alignItems="stretch"
      gap={4}
      padding={6}
      hasRadius
      background="neutral0"
      shadow="tableShadow"
      height="100%"
    >
      <Flex tag="header" gap={2} minHeight="2.25rem">
        <Icon fill="neutral500" aria-hidden />
        <Typography id={widget.uid} tag="h2" variant="sigma" textColor="neutral500">
          {formatMessage(widget.title)}
        </Typography>
        {widget.link && (
          <Typography
            tag={Link}
            to={widget.link.href}
            variant="omega"
            textColor="primary600"
            marginLeft="auto"
            style={{ textDecoration: 'none' }}
          >
            {formatMessage(widget.link.label)}
          </Typography>
        )}
      </Flex>
      <Box height="261px" overflow="auto">
        <WidgetBody load={widget.component} />
      </Box>
    </Flex>
  );
};

export const HomePage = () => {
  const { formatMessage } = useIntl();
  const user = useAuth('SynergyHome', (state) => state.user);
  const widgets = useVisibleWidgets();
  const name = user?.firstname ?? user?.username ?? user?.email ?? '';
  return (
    <Layouts.Root>
      <Page.Main>
        <Page.Title>{formatMessage({ id: 'HomePage.head.title', defaultMessage: 'Homepage' })}</Page.Title>
        <Layouts.Header
          title={formatMessage({ id: 'HomePage.header.title', defaultMessage: 'Hello {name}' }, { name })}
          subtitle={formatMessage({
            id: 'synergy-shell.home.subtitle',
            defaultMessage: 'Welcome to Synergy, the group business synergy platform',
          })}
        />
        <Layouts.Content>
          {widgets === null ? (
            <Widget.Loading />
          ) : (
            <Box paddingBottom={10}>
              <Grid.Root gap={5}>
                {widgets.map((widget) => (
                  <Grid.Item key={widget.uid} col={6} s={12} direction="column" alignItems="stretch">
                    <WidgetFrame widget={widget} />
                  </Grid.Item>
                ))}
              </Grid.Root>
            </Box>
          )}
        </Layouts.Content>
      </Page.Main>
    </Layouts.Root>
  );
};
