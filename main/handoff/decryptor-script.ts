// The script and style inlined into the offline decryptor page. Kept as plain strings (not
// compiled code) so the page is identical however main/ is bundled, and its CSP hashes are stable.
// The keycode rules repeat keycode.ts on purpose: the page cannot load modules; tests in Chromium
// check both agree (sloppy input, split parts, check symbols). The words, and the package-name
// checks from the one list the console uses, come from a JSON block the page carries in its own
// language (html-page.ts), so the script and its hash are the same in every language.

export const DECRYPTOR_STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.4rem; }
label { display: block; margin: .6rem 0 .2rem; font-weight: 600; }
input[type=text] { font: 1.1rem ui-monospace, monospace; width: 100%; max-width: 30rem; padding: .4rem; letter-spacing: .05em; }
button { font: inherit; padding: .35rem .8rem; margin-top: .6rem; cursor: pointer; }
.error { border: 2px solid #b00020; padding: .6rem .8rem; border-radius: .3rem; }
.warning { border: 2px solid #b36b00; padding: .6rem .8rem; border-radius: .3rem; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #8884; }
td.value { font-family: ui-monospace, monospace; word-break: break-all; white-space: pre-wrap; }
td.copy button { margin: 0; }
.sp { background: #f5c542; color: #000; outline: 1px dashed #8a5a00; border-radius: 2px; }
.sp::after { content: "\\2423"; font-size: .75em; vertical-align: sub; }
.name-note { display: block; font-weight: 400; font-size: .9em; }
code, pre.help { font-family: ui-monospace, monospace; }
pre.help { white-space: pre-wrap; background: #8882; padding: .6rem; }
`;

export const DECRYPTOR_SCRIPT = `
(function () {
  'use strict';
  var ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  var TEXT = JSON.parse(document.getElementById('page-text').textContent);
  var NAME_CHECKS = TEXT.nameChecks;
  var MSG = TEXT.msg;
  // A message with {name} placeholders, filled here (the page cannot run the catalog's formatter).
  function fmt(s, v) { return s.replace(/\\{(\\w+)\\}/g, function (m, k) { return Object.prototype.hasOwnProperty.call(v, k) ? String(v[k]) : m; }); }
  function el(id) { return document.getElementById(id); }
  function gfMul(a, b) {
    var r = 0;
    for (var i = 0; i < 5; i++) { if (b & 1) r ^= a; b >>= 1; a <<= 1; if (a & 32) a ^= 37; }
    return r;
  }
  function check(s) {
    var acc = 0, w = 1;
    for (var i = 0; i < s.length; i++) { w = gfMul(w, 2); acc ^= gfMul(ALPHABET.indexOf(s[i]), w); }
    return ALPHABET[acc];
  }
  function groups(s) { return s.match(/.{1,5}/g).join('-'); }
  function clean(s) {
    s = String(s).toUpperCase().replace(/[\\s\\-_.]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
    for (var i = 0; i < s.length; i++) if (ALPHABET.indexOf(s[i]) < 0) throw new Error(fmt(MSG.badChar, { char: s[i] }));
    return s;
  }
  function part(s, which) {
    var want = which === 1 ? 16 : 11;
    if (s.length !== want) throw new Error(fmt(MSG.partLength, { part: which, n: s.length, want: want }));
    var body = s.slice(0, -1);
    if (check(body) !== s.slice(-1)) throw new Error(fmt(MSG.partCheck, { part: which }));
    return groups(body) + '-' + s.slice(-1);
  }
  function passphrase() {
    var a = clean(el('keycode').value), b = el('part2') ? clean(el('part2').value) : '';
    if (b) return part(a, 1) + '-' + part(b, 2);
    if (a.length === 25) return groups(a);
    if (a.length === 27) return part(a.slice(0, 16), 1) + '-' + part(a.slice(16), 2);
    throw new Error(el('part2') ? MSG.needParts : fmt(MSG.length, { n: a.length }));
  }
  function show(id, on) { el(id).hidden = !on; }
  function fail(text) { el('error').textContent = text; show('error', true); el('status').textContent = ''; }
  function copyButton(value) {
    var b = document.createElement('button');
    b.type = 'button'; b.textContent = MSG.copy;
    b.addEventListener('click', function () {
      var done = function () { b.textContent = MSG.copied; setTimeout(function () { b.textContent = MSG.copy; }, 1500); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).then(done, function () {});
    });
    return b;
  }
  function nameProblems(name) {
    return NAME_CHECKS.filter(function (c) { return new RegExp(c[0]).test(name); }).map(function (c) { return c[1]; });
  }
  // The exact name, with each space that is easy to miss highlighted: the text stays exact, so
  // selecting it or pressing Copy gives the name character for character.
  function markedName(name) {
    var frag = document.createDocumentFragment(), re = /^\\s+|\\s+$|\\s{2,}|[^\\S ]/g, last = 0, m;
    while ((m = re.exec(name)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (m.index > last) frag.appendChild(document.createTextNode(name.slice(last, m.index)));
      var sp = document.createElement('span');
      sp.className = 'sp'; sp.title = MSG.space; sp.textContent = m[0];
      frag.appendChild(sp);
      last = m.index + m[0].length;
    }
    if (last < name.length) frag.appendChild(document.createTextNode(name.slice(last)));
    return frag;
  }
  function row(label, value, copy, shown, note) {
    var tr = document.createElement('tr'), th = document.createElement('th'), td = document.createElement('td'), tc = document.createElement('td');
    th.textContent = label; td.className = 'value'; tc.className = 'copy';
    if (shown) td.appendChild(shown); else td.textContent = value;
    if (note) { var n = document.createElement('span'); n.className = 'name-note'; n.textContent = note; th.appendChild(n); }
    if (copy) tc.appendChild(copyButton(value));
    tr.appendChild(th); tr.appendChild(td); tr.appendChild(tc);
    el('fields').appendChild(tr);
  }
  // Dates in the reader's own zone, in the page's language, with the zone named: the sender may be elsewhere.
  function when(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return iso;
    var zone = '';
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
    try {
      return new Intl.DateTimeFormat(TEXT.locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d) + (zone ? ' (' + zone + ')' : '');
    } catch (e) { return d.toString(); }
  }
  function valid(p) {
    var str = function (v) { return typeof v === 'string' && v.length > 0; };
    return p && p.format === 'certn-icims-handoff/1' && str(p.integrationName) && str(p.companyLabel) && str(p.icimsCustomerId)
      && str(p.certnEndpointUrl) && str(p.webhookUsername) && str(p.webhookPassword) && str(p.instructions)
      && str(p.createdAt) && str(p.expiresAt) && Array.isArray(p.packages) && p.packages.length > 0
      && p.packages.every(function (x) { return x && str(x.name) && str(x.id); });
  }
  function render(p) {
    el('fields').textContent = '';
    el('instructions').textContent = p.instructions;
    row(MSG.integration, p.integrationName, false);
    row(MSG.company, p.companyLabel, false);
    row(MSG.customerId, p.icimsCustomerId, true);
    row(MSG.endpoint, p.certnEndpointUrl, true);
    row(MSG.username, p.webhookUsername, true);
    row(MSG.password, p.webhookPassword, true);
    p.packages.forEach(function (x, i) {
      var problems = nameProblems(x.name);
      row(fmt(MSG.packageName, { n: i + 1 }), x.name, true, markedName(x.name),
        problems.length ? fmt(MSG.nameNote, { problems: problems.join(', ') }) : '');
      row(fmt(MSG.packageId, { n: i + 1 }), x.id, true);
    });
    row(MSG.created, when(p.createdAt), false);
    row(MSG.expires, when(p.expiresAt), false);
    show('values', true);
  }
  async function open(ev) {
    ev.preventDefault();
    show('error', false); show('expired', false); show('values', false);
    var pass;
    try { pass = passphrase(); } catch (e) { fail(e.message); return; }
    if (typeof openpgp === 'undefined' || !window.crypto || !window.crypto.subtle) { fail(MSG.noCrypto); return; }
    el('status').textContent = MSG.opening;
    el('open').disabled = true;
    try {
      var message, keys, result, payload;
      try { message = await openpgp.readMessage({ armoredMessage: el('handoff-message').textContent }); } catch (e) { fail(MSG.unreadable); return; }
      try { keys = await openpgp.decryptSessionKeys({ message: message, passwords: [pass] }); } catch (e) { keys = []; }
      if (!keys[0] || keys[0].algorithm !== 'aes256') { fail(MSG.wrong); return; }
      try { result = await openpgp.decrypt({ message: message, sessionKeys: keys[0], format: 'binary' }); } catch (e) { fail(MSG.tampered); return; }
      try { payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(result.data)); } catch (e) { payload = null; }
      if (!valid(payload)) { fail(MSG.notHandoff); return; }
      el('status').textContent = MSG.opened;
      var expires = Date.parse(payload.expiresAt);
      if (!(expires > Date.now())) {
        el('expired-text').textContent = fmt(MSG.expired, { when: when(payload.expiresAt) });
        show('expired', true);
        el('show-anyway').onclick = function () { show('expired', false); render(payload); };
        return;
      }
      render(payload);
    } finally {
      el('open').disabled = false;
    }
  }
  el('unlock').addEventListener('submit', open);
})();
`;
