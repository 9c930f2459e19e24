/**
 * Generated matching data, seeded (mulberry32) so every run sees the same rows: catalogue
 * entries and resources worded from a domain vocabulary, and demands worded the same way. Shared
 * by the matching benchmarks (the pure engine, and the bulk run through the database).
 */
const { mulberry32 } = require('./random');

const OBJECTS = [
  '笔记本电脑',
  '服务器',
  '变压器',
  '开关柜',
  '电力电缆',
  '光伏组件',
  '风力发电机组',
  '锅炉',
  '汽轮机',
  '水泵',
  '阀门',
  '电动机',
  '挖掘机',
  '装载机',
  '起重机',
  '叉车',
  '冷库',
  '仓库',
  '厂房',
  '办公楼',
  '食堂',
  '电梯',
  '中央空调',
  '消防设施',
  '网络交换机',
  '数据中心',
  '财务系统',
  '办公软件',
  '储能电站',
  '充电桩',
  '输变电线路',
  '变电站',
  '污水处理站',
  '脱硫装置',
  '压力容器',
  '计量器具',
  '钢材',
  '商品混凝土',
  '动力煤',
  '柴油',
  '天然气',
  '润滑油',
  '安全帽',
  '防护服',
  '办公文具',
  '打印机',
  '投影仪',
  '视频监控',
  '门禁系统',
  '无人机',
];
const ACTIONS = [
  '维修',
  '检修',
  '维护保养',
  '供货',
  '采购',
  '租赁',
  '出租',
  '检测',
  '检验',
  '施工',
  '设计',
  '运维',
  '安装',
  '改造',
  '培训',
  '咨询',
  '运输',
  '配送',
  '仓储',
  '外包',
];
const QUALIFIERS = ['年度', '长期', '应急', '集中', '批量', '上门', '驻场', '定期', '专项', '整体'];
const REGIONS = ['北京', '上海', '湖北', '湖南', '广东', '四川', '重庆', '山西', '内蒙古', '新疆', '江苏', '河南', '全国'];
const TYPES = ['product', 'engineering', 'service', 'resource'];
const CLASSES = ['must', 'priority', 'encouraged'];
const RESOURCE_TYPES = ['tangible-physical', 'tangible-financial', 'intangible', 'human'];

/**
 * `entries` catalogue entries, `resources` resources and `demands` demands, in the engine's
 * shapes. Supplier and owner units are numbered 1..`units` (`unitId(n)` maps them to real ids).
 */
const generateMatchingData = ({ entries, resources, demands, units = 400, unitId = (n) => n }) => {
  const random = mulberry32(20260401);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const phrase = () => `${pick(QUALIFIERS)}${pick(OBJECTS)}${pick(ACTIONS)}`;
  const unit = () => {
    const n = 1 + Math.floor(random() * units);
    return { id: unitId(n), code: `CO-${n}`, name: `成员单位${n}` };
  };

  const offers = [];
  for (let i = 0; i < entries; i += 1) {
    offers.push({
      kind: 'catalogue-entry',
      documentId: `e${i}`,
      title: phrase(),
      description: `${phrase()}，${phrase()}，提供${pick(OBJECTS)}${pick(ACTIONS)}服务`,
      category: pick(TYPES),
      subCategory: pick(ACTIONS),
      regions: [pick(REGIONS), pick(REGIONS)],
      supplierClass: pick(CLASSES),
      supplierUnit: unit(),
      rating: random() < 0.5 ? 1 + random() * 4 : null,
    });
  }
  for (let i = 0; i < resources; i += 1) {
    offers.push({
      kind: 'synergy-resource',
      documentId: `r${i}`,
      title: `闲置${pick(OBJECTS)}${pick(['出租', '调剂', '共享'])}`,
      description: `${phrase()}，可${pick(ACTIONS)}`,
      category: 'resource',
      subCategory: pick(RESOURCE_TYPES),
      regions: [pick(REGIONS)],
      supplierClass: null,
      supplierUnit: unit(),
      rating: null,
    });
  }
  const demandList = Array.from({ length: demands }, () => ({
    title: `${pick(OBJECTS)}${pick(ACTIONS)}`,
    description: `${pick(QUALIFIERS)}需要${pick(OBJECTS)}${pick(ACTIONS)}`,
    category: pick(TYPES),
    subCategory: null,
    region: pick(REGIONS),
    ownerUnitId: unit().id,
  }));
  return { offers, demands: demandList };
};

module.exports = { generateMatchingData };
