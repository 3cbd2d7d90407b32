// The page shell (the script fills it in) and the page shown instead when the bundle does not build.

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function pageHtml(addonName: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mail preview · ${escapeHtml(addonName)}</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<a class="skip-link" href="#reading-pane">Skip to the reading pane</a>
<div id="app" aria-busy="true"><p class="boot">Loading the mailbox…</p></div>
</body>
</html>`;
}

export function buildErrorPage(error: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Build failed · mail preview</title>
<link rel="stylesheet" href="/app.css">
</head>
<body class="build-error-page">
<main class="build-error" role="alert">
<h1>The add-on failed to build</h1>
<p>The preview runs the built bundle (<code>dist/Code.js</code>), and building it failed:</p>
<pre id="build-error">${escapeHtml(error)}</pre>
<p>Fix the error and reload this page: the preview rebuilds on every page load while the bundle is stale.</p>
</main>
</body>
</html>`;
}
