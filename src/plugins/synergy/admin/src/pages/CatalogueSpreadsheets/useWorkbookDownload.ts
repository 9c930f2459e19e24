import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** Fetches a workbook with the admin session and hands it to the browser as a file. */
export const useWorkbookDownload = () => {
  const { get } = useFetchClient();
  return React.useCallback(
    async (path: string, fileName: string) => {
      const { data } = await get<Blob>(path, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
    },
    [get]
  );
};
