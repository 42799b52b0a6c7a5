// A stand-in partner site: a plain page on its own origin that embeds the Haven widget
// twice with nothing but the documented <script> tag, as a real partner would.
//
//   HAVEN_URL=http://127.0.0.1:8080 HOST_PORT=8081 node host-server.mjs
//
// Prints "host page: <url>" once listening; stops on SIGTERM/SIGINT.
import http from 'node:http';

function escapeAttr(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function partnerPage(havenUrl) {
  const widget = escapeAttr(`${havenUrl.replace(/\/$/, '')}/widget.js`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner site - support</title>
<style>
  body { margin: 0; font: 16px/1.5 sans-serif; color: #222; }
  header, section, footer { padding: 12px 16px; }
  header { background: #eef2f7; }
</style>
</head>
<body>
<header><a href="/" id="partner-home">Partner home</a></header>
<section id="uk">
  <h2>Support in the UK</h2>
  <p>If things feel too much right now, these services can help.</p>
  <script src="${widget}" data-country="GB" data-locale="en" async></script>
</section>
<section id="eg" lang="ar" dir="rtl">
  <h2>الدعم في مصر</h2>
  <script src="${widget}" data-country="EG" data-locale="ar" async></script>
</section>
<section id="nz">
  <h2>Support in New Zealand</h2>
  <script src="${widget}" data-country="NZ" data-locale="en" async></script>
</section>
<section id="alias">
  <h2>Support (a partner who wrote UK)</h2>
  <script src="${widget}" data-country="UK" data-locale="en" async></script>
</section>
<section id="missing">
  <h2>Support (a partner who left the country out)</h2>
  <script src="${widget}" data-locale="en" async></script>
</section>
<footer><p>Partner site footer.</p></footer>
</body>
</html>
`;
}

export function startHostServer({ havenUrl, port = 0, host = '127.0.0.1' }) {
  const page = partnerPage(havenUrl);
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/' || req.url.startsWith('/?'))) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const havenUrl = process.env.HAVEN_URL;
  if (!havenUrl) {
    console.error('host-server: set HAVEN_URL (e.g. http://127.0.0.1:8080)');
    process.exit(2);
  }
  const server = await startHostServer({ havenUrl, port: Number(process.env.HOST_PORT || 0) });
  console.log(`host page: http://localhost:${server.address().port}/`);
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
}
