/**
 * Users-permissions extension: an intranet user has a real name (姓名). Owners of tasks, meeting
 * participants, reminder e-mails and history rows show it; the login name stands in where a user
 * has none. Written by administrators in the content manager, like the rest of the user.
 */
export default (plugin: any) => {
  plugin.contentTypes.user.schema.attributes.fullName = {
    type: 'string',
    maxLength: 64,
  };
  return plugin;
};
