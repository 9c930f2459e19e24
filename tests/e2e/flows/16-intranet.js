/**
 * The example intranet page (public/intranet/index.html), opened by someone who is not signed
 * in: the news, an article, the catalogue searched in Chinese, the public figures and the
 * guidelines in force, all from /api/intranet on the same host. Then HQ publishes an article in
 * the content manager, and the intranet page, reloaded, shows it at the top at once: what the
 * intranet keeps ready is dropped by the write. Screenshots in .tmp/e2e/.
 */
const { test } = require('../lib/harness');
const { openList, field, choose, fillDate, save, expectToast } = require('../lib/admin');
const { see, visible, eventually } = require('../lib/expect');

const RUN = Date.now().toString(36);
const TITLE = `协同简报 E2E-${RUN}：港航物流板块对接成果`;

test('an anonymous reader sees the news, reads an article, searches the catalogue and the guidelines, and the figures', async ({
  as,
  shot,
}) => {
  const page = await as(null);
  await page.goto('/intranet/index.html');
  await visible(page.getByRole('heading', { level: 1, name: '集团业务协同' }), 'the intranet page');

  const news = page.getByRole('list', { name: '资讯列表' });
  const meeting = await visible(news.getByRole('link', { name: '集团召开2026年上半年业务协同对接会' }), 'a demo article in the news');
  await meeting.click();
  await visible(page.locator('#article').getByRole('heading', { name: '会议概况' }), "the article's first heading");

  const catalogue = page.getByRole('table', { name: '目录条目' });
  await see(page.locator('#catalogue-status'), /当前目录共 \d+ 条/);
  await page.getByRole('searchbox', { name: '检索目录' }).fill('压力容器检验');
  await page
    .getByRole('search')
    .filter({ has: page.getByRole('searchbox', { name: '检索目录' }) })
    .getByRole('button', { name: '检索' })
    .click();
  await see(page.locator('#catalogue-status'), /“压力容器检验”找到 \d+ 条/);
  await visible(catalogue.getByRole('row').filter({ hasText: '压力容器定期检验' }).first(), 'the pressure-vessel entry among the hits');

  const figures = page.getByRole('table', { name: '协同数据' });
  await visible(figures.getByRole('row').filter({ hasText: '集团合计' }), "the group's total in the figures");

  // The demo quarter's published bulletins: the newest shown with its frozen ranking, the veto marked;
  // the other opens on its button.
  const ranking = page.getByRole('table', { name: '考核排名' });
  await visible(ranking.getByRole('row').filter({ hasText: '一票否决' }).first(), 'a vetoed subject in the bulletin ranking');
  await page
    .getByRole('navigation', { name: '通报' })
    .getByRole('button', { name: /经营公司协同考核通报/ })
    .click();
  await visible(ranking.getByRole('row').filter({ hasText: '华瀚电力控股有限公司' }), 'the operating companies bulletin, opened');

  await page.getByRole('searchbox', { name: '检索指引' }).fill('安全生产');
  await page
    .getByRole('search')
    .filter({ has: page.getByRole('searchbox', { name: '检索指引' }) })
    .getByRole('button', { name: '检索' })
    .click();
  await visible(page.getByRole('list', { name: '指引列表' }).getByText(/安全生产管理办法（2026年修订）/), 'the safety rules in force');
  await shot(page, 'intranet-anonymous-zh-Hans');
});

test('HQ publishes an article in the admin; the intranet page shows it at the top on reload', async ({ as, shot }) => {
  const admin = await as('hq.admin');
  await openList(admin, '资讯');
  await admin
    .getByRole('link', { name: /^(新建条目|Create new entry)$/ })
    .first()
    .click();
  await field(admin, '标题').fill(TITLE);
  await field(admin, '摘要').fill('港航物流板块本期发布协同需求 6 项，落地项目 2 个。');
  await choose(admin, '栏目', '新闻');
  await fillDate(admin, '发布日期', '2026/12/31');
  await save(admin);
  await admin.getByRole('button', { name: /^(发布|Publish)$/ }).click();
  await expectToast(admin, /已发布|Published/);

  const page = await as(null);
  await page.goto('/intranet/index.html');
  const first = page.getByRole('list', { name: '资讯列表' }).getByRole('listitem').first();
  await eventually(
    () => first.innerText(),
    (text) => text.includes(TITLE),
    'the new article first in the news'
  );
  await shot(page, 'intranet-after-publish-zh-Hans');
});
