import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

/** GET `url` (nothing while it is null) and again whenever `url` or `version` changes. */
export const useLoad = <T>(url: string | null, version = 0) => {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<T | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [loading, setLoading] = React.useState(false);

  React.useEffect(() => {
    if (!url) {
      setAnswer(null);
      setFailure(null);
      return undefined;
    }
    let current = true;
    setLoading(true);
    get<T>(url)
      .then(({ data }) => current && (setAnswer(data), setFailure(null)))
      .catch((error) => current && (setAnswer(null), setFailure(toApiFailure(error))))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [get, url, version]);

  return { answer, failure, loading };
};
