/** The intranet's reads; granted to the public and every member role in src/modules/intranet. */
const read = (path: string, handler: string) => ({ method: 'GET', path, handler: `api::intranet.intranet.${handler}`, config: {} });

export default {
  routes: [
    read('/intranet/news', 'news'),
    read('/intranet/news/:documentId', 'article'),
    read('/intranet/catalogue', 'catalogue'),
    read('/intranet/guidelines', 'guidelines'),
    read('/intranet/figures', 'figures'),
  ],
};
