// The simulated SendSafely receive page. Like the real one, it reads the keyCode from the link's
// #fragment (which browsers never send), verifies the recipient by a code "sent by e-mail", proves
// it holds the right keyCode with the checksum only, and decrypts in the browser with
// serverSecret + keyCode. Plain strings so no bundler is involved.
import { RECEIVE_OPEN_PATH, RECEIVE_START_PATH } from './sendsafely-shapes';

export const receiveCsp = () =>
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

export const RECEIVE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>SendSafely (simulator): receive a package</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
label { display: block; margin: .6rem 0 .2rem; font-weight: 600; }
input { font: inherit; padding: .3rem; width: 100%; max-width: 24rem; }
button { font: inherit; margin-top: .5rem; padding: .3rem .8rem; }
pre { white-space: pre-wrap; word-break: break-all; background: #8882; padding: .8rem; }
.error { color: #b00020; font-weight: 600; }
[hidden] { display: none; }
</style>
</head>
<body>
<h1>Receive a package</h1>
<p>Local SendSafely simulator. The key to this package is in the link you were given and never leaves this page.</p>
<p id="problem" class="error" role="alert"></p>
<form id="start">
  <label for="email">Your e-mail address</label>
  <input id="email" type="email" autocomplete="email" required>
  <button type="submit">Send me a verification code</button>
</form>
<form id="verify" hidden>
  <p id="sent" role="status"></p>
  <label for="code">Verification code</label>
  <input id="code" inputmode="numeric" autocomplete="one-time-code" required>
  <button type="submit">Open the package</button>
</form>
<section id="opened" hidden aria-labelledby="opened-title">
  <h2 id="opened-title">Message from the sender</h2>
  <pre id="message" aria-label="Decrypted message"></pre>
</section>
<script src="openpgp.min.js"></script>
<script src="app.js"></script>
</body>
</html>
`;

export const RECEIVE_SCRIPT = `'use strict';
(function () {
  var q = new URLSearchParams(location.search);
  var thread = q.get('thread') || '';
  var packageCode = q.get('packageCode') || '';
  var keyCode = new URLSearchParams(location.hash.slice(1)).get('keyCode') || '';
  var $ = function (id) { return document.getElementById(id); };
  var problem = function (text) { $('problem').textContent = text; };
  if (!thread || !packageCode) problem('This link is not complete: open it exactly as it was sent.');
  else if (!/^[A-Za-z0-9_-]{43}$/.test(keyCode)) problem('The key part of the link (after #) is missing or cut short: open the link exactly as it was sent.');

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json(); });
  }
  function hex(buf) { return Array.from(new Uint8Array(buf), function (b) { return b.toString(16).padStart(2, '0'); }).join(''); }
  function checksum() {
    var enc = new TextEncoder();
    return crypto.subtle.importKey('raw', enc.encode(keyCode), 'PBKDF2', false, ['deriveBits']).then(function (k) {
      return crypto.subtle.deriveBits({ name: 'PBKDF2', salt: enc.encode(packageCode), iterations: 1024, hash: 'SHA-256' }, k, 256);
    }).then(hex);
  }
  function fromBase64(s) { var b = atob(s); var out = new Uint8Array(b.length); for (var i = 0; i < b.length; i++) out[i] = b.charCodeAt(i); return out; }

  $('start').addEventListener('submit', function (e) {
    e.preventDefault();
    problem('');
    var email = $('email').value.trim();
    post('${RECEIVE_START_PATH}', { thread: thread, packageCode: packageCode, email: email }).then(function (r) {
      if (r.response !== 'SUCCESS') return problem(r.message || 'The package cannot be opened.');
      $('sent').textContent = r.message;
      $('verify').hidden = false;
      $('code').focus();
    }, function () { problem('The server did not answer.'); });
  });

  $('verify').addEventListener('submit', function (e) {
    e.preventDefault();
    problem('');
    checksum().then(function (sum) {
      return post('${RECEIVE_OPEN_PATH}', { thread: thread, packageCode: packageCode, email: $('email').value.trim(), code: $('code').value.trim(), checksum: sum });
    }).then(function (r) {
      if (r.response !== 'SUCCESS') return problem(r.message || 'The package cannot be opened.');
      return openpgp.readMessage({ binaryMessage: fromBase64(r.message) }).then(function (message) {
        return openpgp.decrypt({ message: message, passwords: [r.serverSecret + keyCode] });
      }).then(function (out) {
        $('message').textContent = out.data;
        $('opened').hidden = false;
        $('start').hidden = true;
        $('verify').hidden = true;
      }, function () { problem('The package could not be decrypted with the key in this link.'); });
    }, function () { problem('The server did not answer.'); });
  });
})();
`;
