/**
 * Users-permissions extension: an intranet user has a real name (姓名). Owners of tasks, meeting
 * participants, reminder e-mails and history rows show it; the login name stands in where a user
 * has none. Written by administrators in the content manager, like the rest of the user; how the
 * content manager shows a user is declared here as the app's own types declare it in their schemas.
 */
export const userAdminView = {
  labels: {
    username: ['登录名', 'Username'],
    fullName: ['姓名', 'Full name'],
    email: ['电子邮箱', 'E-mail'],
    provider: ['登录方式', 'Provider'],
    password: ['密码', 'Password'],
    resetPasswordToken: ['密码重置令牌', 'Password reset token'],
    confirmationToken: ['确认令牌', 'Confirmation token'],
    confirmed: ['已确认', 'Confirmed'],
    blocked: ['已停用', 'Blocked'],
    role: ['角色', 'Role'],
  },
  list: ['username', 'fullName', 'email', 'role', 'blocked'],
  hidden: ['resetPasswordToken', 'confirmationToken'],
};

export default (plugin: any) => {
  const { schema } = plugin.contentTypes.user;
  schema.attributes.fullName = {
    type: 'string',
    maxLength: 64,
  };
  schema.pluginOptions = { ...schema.pluginOptions, synergy: { ...schema.pluginOptions?.synergy, admin: userAdminView } };
  return plugin;
};
