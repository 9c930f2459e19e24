import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../pluginId';

export interface EditionOption {
  documentId: string;
  code: string;
  title: string;
  state: string;
}

/** The catalogue editions the admin may read, newest first. */
export const useCatalogueEditions = () => {
  const { get } = useFetchClient();
  const [editions, setEditions] = React.useState<EditionOption[]>([]);
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    get<{ data: EditionOption[] }>(`/${PLUGIN_ID}/catalogue/editions`).then(({ data }) => {
      if (current) setEditions(data.data);
    });
    return () => {
      current = false;
    };
  }, [get, version]);
  return { editions, reload: () => setVersion((v) => v + 1) };
};
