/** The internal-market catalogue: editions and their entries. */
import { STATE_LABEL } from './common';
import type { AdminView } from './types';

export const CATALOGUE_VIEWS: Record<string, AdminView> = {
  'api::catalogue-edition.catalogue-edition': {
    labels: {
      code: ['版本编码', 'Edition code'],
      title: ['标题', 'Title'],
      validFrom: ['生效日期', 'Valid from'],
      validTo: ['截止日期', 'Valid to'],
      notes: ['说明', 'Notes'],
      state: STATE_LABEL,
      ownerUnit: ['所属单位', 'Owner unit'],
    },
    list: ['code', 'title', 'state', 'validFrom', 'validTo'],
    sort: ['validFrom', 'DESC'],
    hidden: ['state'],
    mainField: 'code',
  },
  'api::catalogue-entry.catalogue-entry': {
    labels: {
      name: ['名称', 'Name'],
      description: ['描述', 'Description'],
      entryType: ['类型', 'Type'],
      resourceKind: ['资源类别', 'Resource kind'],
      subCategory: ['子类别', 'Subcategory'],
      supplierClass: ['类别等级', 'Supplier class'],
      referencePrice: ['参考价格', 'Reference price'],
      priceUnit: ['计价单位', 'Price unit'],
      coverageRegions: ['覆盖区域', 'Regions covered'],
      leadTimeDays: ['供货周期(天)', 'Lead time (days)'],
      edition: ['目录版本', 'Edition'],
      state: STATE_LABEL,
      ownerUnit: ['供应单位', 'Supplying unit'],
    },
    list: ['name', 'state', 'entryType', 'supplierClass', 'ownerUnit', 'edition', 'referencePrice'],
    hidden: ['state'],
    mainField: 'name',
  },
};
