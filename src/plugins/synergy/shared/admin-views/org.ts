/** The org tree, memberships, intranet users and their contact people. */
import type { AdminView } from './types';

export const ORG_VIEWS: Record<string, AdminView> = {
  'api::org-unit.org-unit': {
    labels: {
      name: ['名称', 'Name'],
      shortName: ['简称', 'Short name'],
      code: ['编码', 'Code'],
      level: ['层级', 'Level'],
      parent: ['上级单位', 'Parent unit'],
      children: ['下级单位', 'Child units'],
      path: ['路径', 'Path'],
      region: ['地区', 'Region'],
      contacts: ['协同联系人', 'Contact people'],
    },
    list: ['name', 'code', 'level', 'parent', 'region'],
    // The materialised path orders the list as the tree reads.
    sort: ['path', 'ASC'],
    readOnly: ['path'],
    mainField: 'name',
  },
  'org.contact-person': {
    labels: { name: ['姓名', 'Name'], title: ['职务', 'Job title'], phone: ['电话', 'Phone'], email: ['电子邮箱', 'E-mail'] },
  },
  'plugin::synergy.membership': {
    labels: { unit: ['单位', 'Unit'], role: ['角色', 'Role'], user: ['内网用户', 'Intranet user'], adminUser: ['后台用户', 'Admin user'] },
    list: ['unit', 'role', 'user', 'adminUser'],
  },
  'plugin::users-permissions.user': {
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
  },
};
