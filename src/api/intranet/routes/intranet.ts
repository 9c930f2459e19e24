/**
 * The intranet's reads. Granted to the public and every member role in src/modules/intranet;
 * checked by the public-grant policy instead of per-request authentication (see there).
 */
const read = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler: `api::intranet.intranet.${handler}`,
  config: { auth: false, policies: ['api::intranet.public-grant'] },
});

export default {
  routes: [
    read('/intranet/news', 'news'),
    read('/intranet/news/:documentId', 'article'),
    read('/intranet/catalogue', 'catalogue'),
    read('/intranet/guidelines', 'guidelines'),
    read('/intranet/figures', 'figures'),
    read('/intranet/bulletins', 'bulletins'),
    read('/intranet/bulletins/:documentId', 'bulletin'),
  ],
};
