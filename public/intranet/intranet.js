/*
 * The example intranet page's script: plain JavaScript, no library, no build. Everything comes
 * from the platform's anonymous intranet API on the same host:
 *   GET /api/intranet/news?section=&page=&pageSize=     published news, newest first
 *   GET /api/intranet/news/:documentId                  one article with its body
 *   GET /api/intranet/catalogue?q=&page=&pageSize=      the current catalogue, searched in Chinese
 *   GET /api/intranet/guidelines?q=                     guidelines in force
 *   GET /api/intranet/figures?year=                     the public synergy figures of a year
 *   GET /api/intranet/bulletins?page=&pageSize=         published assessment bulletins, newest first
 *   GET /api/intranet/bulletins/:documentId             one bulletin with its frozen ranking
 * Answers carry an ETag; the browser revalidates them and gets 304 while nothing changed.
 */
(function () {
  'use strict';

  var SECTIONS = [
    ['', '全部'],
    ['news', '新闻'],
    ['best-practice', '典型经验'],
    ['policy', '政策制度'],
    ['guideline', '工作指引'],
    ['notice', '通知公告'],
  ];
  var SECTION_LABEL = {};
  SECTIONS.forEach(function (s) { SECTION_LABEL[s[0]] = s[1]; });
  var ENTRY_TYPE = { product: '产品', engineering: '工程', service: '服务', resource: '资源' };
  var SUPPLIER_CLASS = { must: '须选择', priority: '优先选择', encouraged: '鼓励选择' };
  var GUIDELINE_CATEGORY = { 'policy-document': '政策文件', 'management-rule': '管理制度', 'process-manual': '流程手册', 'work-notice': '工作通知' };

  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === 'text') node.textContent = props[key];
      else if (key === 'onclick') node.addEventListener('click', props[key]);
      else node.setAttribute(key, props[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  };

  var api = function (path) {
    return fetch('/api/intranet/' + path, { headers: { Accept: 'application/json' } }).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) throw new Error((body && body.error && body.error.message) || '读取失败（' + res.status + '）');
        return body;
      });
    });
  };

  var say = function (node, text) { node.textContent = text; };
  var money = function (yuan) { return (Number(yuan || 0) / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 1 }); };

  /*
   * An article's body is Markdown: headings, list items and paragraphs are shown as such, as text
   * (never as HTML, so nothing in a body can run here); other marks are left as they are.
   */
  var markdown = function (text) {
    var nodes = [];
    var list = null;
    String(text || '').split('\n').forEach(function (line) {
      var heading = /^(#{1,6})\s+(.*)$/.exec(line);
      var item = /^\s*[-*]\s+(.*)$/.exec(line);
      if (item) {
        if (!list) nodes.push((list = el('ul', { class: 'body-list' })));
        list.appendChild(el('li', { text: item[1] }));
        return;
      }
      list = null;
      if (heading) nodes.push(el('h' + Math.min(6, heading[1].length + 2), { text: heading[2] }));
      else if (line.trim() !== '') nodes.push(el('p', { text: line }));
    });
    return nodes;
  };

  /* News: sections as toggle buttons, the list, and the article opened below it. */
  var section = '';
  var showArticle = function (documentId) {
    api('news/' + encodeURIComponent(documentId)).then(function (body) {
      var a = body.data;
      var box = $('article');
      box.replaceChildren(
        el('h3', { text: a.title }),
        el('p', { class: 'date', text: [SECTION_LABEL[a.kind] || a.kind, a.publishedDate || '', a.source ? '供稿：' + a.source.name : ''].filter(Boolean).join(' · ') }),
        el('div', { class: 'body' }, markdown(a.body))
      );
      box.hidden = false;
    }).catch(function (error) { say($('article'), error.message); $('article').hidden = false; });
  };
  var loadNews = function () {
    var list = $('news');
    list.setAttribute('aria-busy', 'true');
    api('news?pageSize=8' + (section ? '&section=' + section : '')).then(function (body) {
      list.replaceChildren.apply(list, body.data.length ? body.data.map(function (a) {
        return el('li', {}, [
          el('span', { class: 'tag', text: SECTION_LABEL[a.kind] || a.kind }),
          el('a', { href: '#' + a.documentId, text: a.title, onclick: function (event) { event.preventDefault(); showArticle(a.documentId); } }),
          el('span', { class: 'date', text: a.publishedDate || '' }),
        ]);
      }) : [el('li', { text: '本栏目暂无资讯' })]);
      list.setAttribute('aria-busy', 'false');
    }).catch(function (error) { list.replaceChildren(el('li', { text: error.message })); });
  };
  $('news-sections').replaceChildren.apply($('news-sections'), SECTIONS.map(function (s) {
    return el('button', {
      type: 'button',
      'aria-pressed': String(s[0] === section),
      text: s[1],
      onclick: function (event) {
        section = s[0];
        Array.prototype.forEach.call($('news-sections').children, function (b) { b.setAttribute('aria-pressed', 'false'); });
        event.target.setAttribute('aria-pressed', 'true');
        loadNews();
      },
    });
  }));

  /* Catalogue: the current edition, searched by words. */
  var loadCatalogue = function (q) {
    var status = $('catalogue-status');
    say(status, '正在检索…');
    api('catalogue?pageSize=20' + (q ? '&q=' + encodeURIComponent(q) : '')).then(function (body) {
      var rows = body.data.map(function (e) {
        return el('tr', {}, [
          el('td', { text: e.name }),
          el('td', { text: ENTRY_TYPE[e.entryType] || e.entryType }),
          el('td', { text: e.subCategory || '' }),
          el('td', { text: SUPPLIER_CLASS[e.supplierClass] || '' }),
          el('td', { text: e.supplier ? e.supplier.name : '' }),
          el('td', { class: 'number', text: e.referencePrice == null ? '' : e.referencePrice.toLocaleString('zh-CN') + (e.priceUnit ? ' ' + e.priceUnit : '') }),
        ]);
      });
      var tbody = $('catalogue').tBodies[0];
      tbody.replaceChildren.apply(tbody, rows);
      var edition = body.meta.edition ? '（' + body.meta.edition.title + '）' : '';
      say(status, q
        ? '“' + q + '”找到 ' + body.meta.pagination.total + ' 条' + edition + (body.meta.words.length ? '，检索词：' + body.meta.words.join('、') : '')
        : '当前目录共 ' + body.meta.pagination.total + ' 条' + edition) +
        (body.meta.pagination.total > body.data.length ? '，显示前 ' + body.data.length + ' 条' : '');
    }).catch(function (error) { say(status, error.message); });
  };
  $('catalogue-search').addEventListener('submit', function (event) {
    event.preventDefault();
    loadCatalogue($('catalogue-q').value.trim());
  });

  /* Figures of this year, by segment, with the group's total. */
  var loadFigures = function () {
    var year = new Date().getFullYear();
    api('figures?year=' + year).then(function (body) {
      var f = body.data;
      say($('figures-year'), f.year + ' 年，按板块统计');
      var row = function (name, s) {
        return el('tr', {}, [
          el('td', { text: name }),
          el('td', { class: 'number', text: String(s.publishedDemands) }),
          el('td', { class: 'number', text: String(s.activeProjects) }),
          el('td', { class: 'number', text: String(s.completedProjects) }),
          el('td', { class: 'number', text: money(s.confirmedBenefit) }),
        ]);
      };
      var tbody = $('figures').tBodies[0];
      tbody.replaceChildren.apply(tbody, (f.segments || []).map(function (s) { return row(s.name, s); }));
      $('figures').tFoot.replaceChildren(f.total ? row('集团合计', f.total) : el('tr'));
    }).catch(function (error) { say($('figures-year'), error.message); });
  };

  /* Assessment bulletins: the newest five as buttons, the chosen one's frozen ranking below. */
  var showBulletin = function (documentId) {
    var status = $('bulletin-status');
    api('bulletins/' + encodeURIComponent(documentId)).then(function (body) {
      var b = body.data;
      Array.prototype.forEach.call($('bulletin-list').children, function (button) {
        button.setAttribute('aria-pressed', String(button.getAttribute('data-id') === documentId));
      });
      say(status, b.title + (b.issuedAt ? ' · ' + b.issuedAt.slice(0, 10) + ' 发布' : '') +
        (b.corrects ? ' · 更正《' + b.corrects.title + '》' + (b.correctionNote ? '：' + b.correctionNote : '') : ''));
      var tbody = $('bulletin').tBodies[0];
      tbody.replaceChildren.apply(tbody, (b.ranking || []).map(function (r) {
        return el('tr', {}, [
          el('td', { class: 'number', text: String(r.rank) }),
          el('td', { text: r.subject.name }),
          el('td', { class: 'number', text: Number(r.totals.total).toFixed(2) }),
          el('td', { text: r.grade || '' }),
          el('td', { text: r.award || '' }),
          el('td', { text: r.veto ? '一票否决' + (r.vetoReasons.length ? '：' + r.vetoReasons.join('；') : '') : '' }),
        ]);
      }));
      $('bulletin').hidden = false;
    }).catch(function (error) { say(status, error.message); });
  };
  var loadBulletins = function () {
    api('bulletins?pageSize=5').then(function (body) {
      var list = $('bulletin-list');
      list.replaceChildren.apply(list, body.data.map(function (b) {
        return el('button', { type: 'button', 'data-id': b.documentId, 'aria-pressed': 'false', text: b.title, onclick: function () { showBulletin(b.documentId); } });
      }));
      if (body.data.length) showBulletin(body.data[0].documentId);
      else say($('bulletin-status'), '暂无考核通报');
    }).catch(function (error) { say($('bulletin-status'), error.message); });
  };

  /* Guidelines in force, or a search of them. */
  var loadGuidelines = function (q) {
    var list = $('guidelines');
    api('guidelines?pageSize=10' + (q ? '&q=' + encodeURIComponent(q) : '')).then(function (body) {
      list.replaceChildren.apply(list, body.data.length ? body.data.map(function (g) {
        return el('li', {}, [
          el('span', { class: 'tag', text: GUIDELINE_CATEGORY[g.category] || g.category }),
          el('span', { text: g.title + (g.documentNumber ? '（' + g.documentNumber + '）' : '') }),
          el('span', { class: 'date', text: g.effectiveFrom ? g.effectiveFrom + ' 起施行' : '' }),
        ]);
      }) : [el('li', { text: q ? '没有找到相关指引' : '暂无指引' })]);
    }).catch(function (error) { list.replaceChildren(el('li', { text: error.message })); });
  };
  $('guideline-search').addEventListener('submit', function (event) {
    event.preventDefault();
    loadGuidelines($('guideline-q').value.trim());
  });

  loadNews();
  loadCatalogue('');
  loadFigures();
  loadBulletins();
  loadGuidelines('');
})();
