// Hostile HTML for the quote sanitizer, written by hand as our own test data: the vectors of the OWASP
// "XSS Filter Evasion Cheat Sheet" (OWASP/CheatSheetSeries, cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md)
// that apply to HTML in a mail body, the bypasses issue 10 names, and mutation tricks on the same themes.
// `mustNotSurvive`: what must be absent from what a browser reads from the sanitized output (see
// browserView in scriptCapable.ts: elements as `<name attr=value>`, values decoded, lower-cased, with
// spaces and controls removed, styles with CSS escapes and comments undone); ' onerror' (with its space)
// means an attribute of that name, not the same letters inside another attribute's value.
export interface XssVector {
  name: string;
  html: string;
  mustNotSurvive: string[];
}

const JS = ['javascript:'];
const SCRIPT = ['<script'];

export const XSS_VECTORS: XssVector[] = [
  // Issue 10: numeric entities, CSS escapes, <plaintext>.
  {
    name: 'zero-padded decimal entity in href',
    html: '<a href="&#00000106;avascript:alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  { name: 'hex entity in href', html: '<a href="&#x6A;avascript:alert(1)">x</a>', mustNotSurvive: JS },
  {
    name: 'hex entity, capital X, no semicolon',
    html: '<a href="javascri&#X70t:alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  {
    name: 'entities without semicolons',
    html: '<a href="&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  {
    name: 'named entities &Tab; and &colon;',
    html: '<a href="java&Tab;script&colon;alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  {
    name: '&NewLine; inside the scheme',
    html: '<a href="java&NewLine;script:alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  { name: 'raw tab inside the scheme', html: '<a href="java\tscript:alert(1)">x</a>', mustNotSurvive: JS },
  {
    name: 'raw newline inside the scheme',
    html: '<a href="java\nscript:alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  {
    name: 'raw NUL inside the scheme',
    html: '<a href="java\u0000script:alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  {
    name: 'encoded NUL inside the scheme',
    html: '<a href="java&#0;script:alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  {
    name: 'CSS escape \\65 xpression',
    html: '<p style="width:\\65 xpression(alert(1))">x</p>',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'CSS escape \\000065',
    html: '<p style="width:\\000065xpression(alert(1))">x</p>',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'comment inside expression',
    html: '<p style="width:expr/**/ession(alert(1))">x</p>',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'url(javascript:) in style',
    html: '<div style="background:url(javascript:alert(1))">x</div>',
    mustNotSurvive: JS,
  },
  {
    name: 'behavior in style',
    html: '<div style="behavior:url(xss.htc)">x</div>',
    mustNotSurvive: ['behavior'],
  },
  {
    name: '-moz-binding in style',
    html: '<div style="-moz-binding:url(http://e.example/x.xml#x)">x</div>',
    mustNotSurvive: ['binding'],
  },
  {
    name: '@import in style',
    html: '<div style="@import \'http://e.example/x.css\';color:red">x</div>',
    mustNotSurvive: ['@import'],
  },
  {
    name: '<plaintext> swallows the rest',
    html: '<plaintext><img src=x onerror=alert(1)>',
    mustNotSurvive: ['<plaintext', ' onerror'],
  },
  { name: '<xmp>', html: '<xmp><img src=x onerror=alert(1)></xmp>', mustNotSurvive: ['<xmp', ' onerror'] },
  {
    name: '<noscript> mutation',
    html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    mustNotSurvive: [' onerror', '<noscript'],
  },
  {
    name: '<svg> namespace',
    html: '<svg><script>alert(1)</script></svg>',
    mustNotSurvive: [...SCRIPT, '<foreign:'],
  },
  {
    name: '<svg><style> mutation',
    html: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    mustNotSurvive: [' onerror', '<foreign:'],
  },
  {
    name: '<math> mglyph mutation',
    html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    mustNotSurvive: [' onerror', '<foreign:'],
  },
  { name: '<math> href', html: '<math href="javascript:alert(1)">x</math>', mustNotSurvive: JS },
  { name: '<base href>', html: '<base href="javascript:alert(1)//">', mustNotSurvive: ['<base'] },
  {
    name: '<meta refresh>',
    html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    mustNotSurvive: ['<meta', ...JS],
  },
  {
    name: '<meta refresh to data:',
    html: '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD4=">',
    mustNotSurvive: ['<meta'],
  },
  {
    name: '<meta refresh with two URLs',
    html: '<META HTTP-EQUIV="refresh" CONTENT="0; URL=http://;URL=javascript:alert(1);">',
    mustNotSurvive: ['<meta', ...JS],
  },
  {
    name: '<meta refresh with entities',
    html: '<meta content="&NewLine; 1 &NewLine;; JAVASCRIPT&colon; alert(1)" http-equiv="refresh"/>',
    mustNotSurvive: ['<meta', ...JS],
  },
  {
    name: '<form action>',
    html: '<form action="javascript:alert(1)"><input type=submit></form>',
    mustNotSurvive: ['<form', 'action=', ...JS],
  },
  {
    name: 'formaction',
    html: '<form><button formaction=javascript&colon;alert(1)>CLICK',
    mustNotSurvive: ['formaction', ...JS],
  },
  {
    name: 'form action with data:',
    html: "<form action='data:text&sol;html,&lt;script&gt;alert(1)&lt/script&gt'><button>CLICK",
    mustNotSurvive: ['action=', 'data:'],
  },
  {
    name: 'iframe srcdoc',
    html: '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    mustNotSurvive: ['srcdoc', '<iframe'],
  },
  {
    name: 'srcdoc on an allowed element',
    html: '<div srcdoc="<script>alert(1)</script>">x</div>',
    mustNotSurvive: ['srcdoc'],
  },
  {
    name: 'data:text/html link',
    html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    mustNotSurvive: ['data:'],
  },
  {
    name: 'data:image/svg+xml image',
    html: '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    mustNotSurvive: ['data:'],
  },
  {
    name: 'data: in a style url()',
    html: '<div style="background:url(data:text/html,x)">x</div>',
    mustNotSurvive: ['data:'],
  },
  {
    name: 'unclosed tag at the end',
    html: '<p>a</p><img src=x onerror=alert(1) ',
    mustNotSurvive: [' onerror'],
  },
  { name: 'nested script tag', html: '<scr<script>ipt>alert(1)</scr</script>ipt>', mustNotSurvive: SCRIPT },
  { name: 'attributes without quotes', html: '<img src=x onerror=alert(1)>', mustNotSurvive: [' onerror'] },
  {
    name: 'backticks around a URL',
    html: '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
    mustNotSurvive: JS,
  },
  {
    name: 'onerror with slash separator',
    html: '<img/src=x/onerror=alert(1)>',
    mustNotSurvive: [' onerror'],
  },
  { name: 'onerror, space before =', html: '<img src=x onerror =alert(1)>', mustNotSurvive: [' onerror'] },
  {
    name: 'onerror with entity-encoded code',
    html: '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'onerror upper case',
    html: '<IMG SRC=/ ONERROR="alert(String.fromCharCode(88,83,83))"></img>',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'attribute hidden in a title',
    html: '<img src="/" =_=" title="onerror=\'prompt(1)\'">',
    mustNotSurvive: [' onerror'],
  },
  { name: 'src="x:x" onerror', html: '"><img src="x:x" onerror="alert(XSS)">', mustNotSurvive: [' onerror'] },
  {
    name: 'onerror=eval(src)',
    html: '<img src=x:alert(alt) onerror=eval(src) alt=0>',
    mustNotSurvive: [' onerror', 'x:alert'],
  },
  { name: 'NUL inside a tag name', html: '<scr\u0000ipt>alert(1)</scr\u0000ipt>', mustNotSurvive: SCRIPT },
  {
    name: 'comment with onerror inside an img',
    html: '</script><img/*%00/src="worksinchrome&colon;prompt(1)"/%00*/onerror=\'eval(src)\'>',
    mustNotSurvive: [' onerror', 'worksinchrome:'],
  },
  // OWASP XSS Filter Evasion Cheat Sheet.
  {
    name: 'OWASP basic script src',
    html: '<SCRIPT SRC=https://cdn.example/xss.js></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP polyglot',
    html: "javascript:/*--></title></style></textarea></script></xmp>\n<svg/onload='+/\"`/+/onmouseover=1/+/[*/[]/+alert(42);//'>",
    mustNotSurvive: [' onload', ' onmouseover', '<foreign:'],
  },
  {
    name: 'OWASP malformed A onmouseover quoted',
    html: '<a onmouseover="alert(document.cookie)">xxs link</a>',
    mustNotSurvive: [' onmouseover'],
  },
  {
    name: 'OWASP malformed A onmouseover unquoted',
    html: '<a onmouseover=alert(document.cookie)>xxs link</a>',
    mustNotSurvive: [' onmouseover'],
  },
  { name: 'OWASP malformed IMG', html: '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">', mustNotSurvive: SCRIPT },
  {
    name: 'OWASP fromCharCode',
    html: '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP default SRC #',
    html: '<IMG SRC=# onmouseover="alert(\'xxs\')">',
    mustNotSurvive: [' onmouseover'],
  },
  {
    name: 'OWASP empty SRC',
    html: '<IMG SRC= onmouseover="alert(\'xxs\')">',
    mustNotSurvive: [' onmouseover'],
  },
  { name: 'OWASP no SRC', html: '<IMG onmouseover="alert(\'xxs\')">', mustNotSurvive: [' onmouseover'] },
  {
    name: 'OWASP decimal references',
    html: '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP decimal references, padded, no semicolons',
    html: '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP hex references, no semicolons',
    html: '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
    mustNotSurvive: JS,
  },
  { name: 'OWASP embedded tab', html: '<IMG SRC="jav\tascript:alert(\'XSS\');">', mustNotSurvive: JS },
  {
    name: 'OWASP embedded encoded tab',
    html: '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP embedded newline',
    html: '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP embedded carriage return',
    html: '<IMG SRC="jav&#x0D;ascript:alert(\'XSS\');">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP null in the directive',
    html: '<IMG SRC=java\u0000script:alert("XSS")>',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP spaces and meta chars before javascript:',
    html: '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP non-alpha-non-digit after SCRIPT',
    html: '<SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP non-alpha-non-digit before =',
    html: '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    mustNotSurvive: [' onload'],
  },
  {
    name: 'OWASP slash between tag and attribute',
    html: '<SCRIPT/SRC="http://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP extraneous open brackets',
    html: '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP no closing script tag',
    html: '<SCRIPT SRC=http://xss.example/xss.js?< B >',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP protocol resolution in script tags',
    html: '<SCRIPT SRC=//xss.example/.j>',
    mustNotSurvive: SCRIPT,
  },
  { name: 'OWASP half open IMG', html: '<IMG SRC="`<javascript:alert>`(\'XSS\')"', mustNotSurvive: JS },
  {
    name: 'OWASP double open angle brackets',
    html: '<iframe src=http://xss.example/scriptlet.html <',
    mustNotSurvive: ['<iframe'],
  },
  {
    name: 'OWASP closing a script block',
    html: "</script><script>alert('XSS');</script>",
    mustNotSurvive: SCRIPT,
  },
  { name: 'OWASP end title tag', html: '</TITLE><SCRIPT>alert("XSS");</SCRIPT>', mustNotSurvive: SCRIPT },
  {
    name: 'OWASP INPUT image',
    html: '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    mustNotSurvive: ['<input', ...JS],
  },
  {
    name: 'OWASP BODY background',
    html: '<BODY BACKGROUND="javascript:alert(\'XSS\')">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP IMG dynsrc',
    html: '<IMG DYNSRC="javascript:alert(\'XSS\')">',
    mustNotSurvive: ['dynsrc', ...JS],
  },
  {
    name: 'OWASP IMG lowsrc',
    html: '<IMG LOWSRC="javascript:alert(\'XSS\')">',
    mustNotSurvive: ['lowsrc', ...JS],
  },
  {
    name: 'OWASP list-style-image',
    html: '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
    mustNotSurvive: ['<style', ...JS],
  },
  {
    name: 'OWASP vbscript image',
    html: '<IMG SRC=\'vbscript:msgbox("XSS")\'>',
    mustNotSurvive: ['vbscript:'],
  },
  { name: 'OWASP livescript image', html: '<IMG SRC="livescript:[code]">', mustNotSurvive: ['livescript:'] },
  { name: 'OWASP SVG onload', html: "<svg/onload=alert('XSS')>", mustNotSurvive: [' onload', '<foreign:'] },
  { name: 'OWASP BODY onload', html: "<BODY ONLOAD=alert('XSS')>", mustNotSurvive: [' onload'] },
  {
    name: 'OWASP onclick on an allowed element',
    html: '<p onClick="alert(1)">x</p>',
    mustNotSurvive: [' onclick'],
  },
  {
    name: 'OWASP onfocus autofocus',
    html: '<div tabindex=1 autofocus onfocus=alert(1)>x</div>',
    mustNotSurvive: [' onfocus'],
  },
  {
    name: 'OWASP BGSOUND',
    html: '<BGSOUND SRC="javascript:alert(\'XSS\');">',
    mustNotSurvive: ['<bgsound', ...JS],
  },
  { name: 'OWASP & JavaScript includes', html: '<BR SIZE="&{alert(\'XSS\')}">', mustNotSurvive: ['&{'] },
  {
    name: 'OWASP LINK stylesheet javascript:',
    html: '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    mustNotSurvive: ['<link', ...JS],
  },
  {
    name: 'OWASP remote style sheet',
    html: '<LINK REL="stylesheet" HREF="http://xss.example/xss.css">',
    mustNotSurvive: ['<link'],
  },
  {
    name: 'OWASP STYLE @import',
    html: "<STYLE>@import'http://xss.example/xss.css';</STYLE>",
    mustNotSurvive: ['<style', '@import'],
  },
  {
    name: 'OWASP META Link header',
    html: '<META HTTP-EQUIV="Link" Content="<http://xss.example/xss.css>; REL=stylesheet">',
    mustNotSurvive: ['<meta'],
  },
  {
    name: 'OWASP STYLE -moz-binding',
    html: '<STYLE>BODY{-moz-binding:url("http://xss.example/xssmoz.xml#xss")}</STYLE>',
    mustNotSurvive: ['<style', 'binding'],
  },
  {
    name: 'OWASP STYLE broken-up @import',
    html: '<STYLE>@im\\port\'\\ja\\vasc\\ript:alert("XSS")\';</STYLE>',
    mustNotSurvive: ['<style'],
  },
  {
    name: 'OWASP style attribute broken-up expression',
    html: '<IMG STYLE="xss:expr/*XSS*/ession(alert(\'XSS\'))">',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'OWASP IMG STYLE with expressions',
    html: 'exp/*<A STYLE=\'no\\xss:noxss("*//*");\nxss:ex/*XSS*//*/*/pression(alert("XSS"))\'>',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'OWASP STYLE type text/javascript',
    html: '<STYLE TYPE="text/javascript">alert(\'XSS\');</STYLE>',
    mustNotSurvive: ['<style'],
  },
  {
    name: 'OWASP STYLE background-image',
    html: '<STYLE>.XSS{background-image:url("javascript:alert(\'XSS\')");}</STYLE><A CLASS=XSS></A>',
    mustNotSurvive: ['<style', ...JS],
  },
  {
    name: 'OWASP STYLE background',
    html: '<STYLE type="text/css">BODY{background:url("javascript:alert(\'XSS\')")}</STYLE>',
    mustNotSurvive: ['<style', ...JS],
  },
  {
    name: 'OWASP anonymous element with STYLE expression',
    html: '<XSS STYLE="xss:expression(alert(\'XSS\'))">',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'OWASP local htc behavior',
    html: '<XSS STYLE="behavior: url(xss.htc);">',
    mustNotSurvive: ['behavior'],
  },
  {
    name: 'OWASP META refresh',
    html: '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    mustNotSurvive: ['<meta', ...JS],
  },
  {
    name: 'OWASP IFRAME',
    html: '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>',
    mustNotSurvive: ['<iframe', ...JS],
  },
  {
    name: 'OWASP IFRAME event',
    html: '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
    mustNotSurvive: ['<iframe', ' onmouseover'],
  },
  {
    name: 'OWASP FRAMESET',
    html: '<FRAMESET><FRAME SRC="javascript:alert(\'XSS\');"></FRAMESET>',
    mustNotSurvive: ['<frame', ...JS],
  },
  {
    name: 'OWASP TABLE background',
    html: '<TABLE BACKGROUND="javascript:alert(\'XSS\')">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP TD background',
    html: '<TABLE><TD BACKGROUND="javascript:alert(\'XSS\')">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP DIV background-image',
    html: '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP DIV background-image with unicode escapes',
    html: '<DIV STYLE="background-image:\\0075\\0072\\006C\\0028\'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029\'\\0029">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP DIV background-image plus extra characters',
    html: '<DIV STYLE="background-image: url(&#1;javascript:alert(\'XSS\'))">',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP DIV expression',
    html: '<DIV STYLE="width: expression(alert(\'XSS\'));">',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'OWASP DIV expression after newline',
    html: '<DIV STYLE="width:\nexpression(alert(\'XSS\'));">',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'OWASP downlevel-hidden block',
    html: "<!--[if gte IE 4]>\n<SCRIPT>alert('XSS');</SCRIPT>\n<![endif]-->",
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP BASE tag',
    html: '<BASE HREF="javascript:alert(\'XSS\');//">',
    mustNotSurvive: ['<base', ...JS],
  },
  {
    name: 'OWASP OBJECT tag',
    html: '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.example/scriptlet.html"></OBJECT>',
    mustNotSurvive: ['<object'],
  },
  {
    name: 'OWASP EMBED flash',
    html: '<EMBED SRC="http://xss.example/xss.swf" AllowScriptAccess="always"></EMBED>',
    mustNotSurvive: ['<embed'],
  },
  {
    name: 'OWASP EMBED SVG',
    html: '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
    mustNotSurvive: ['<embed', 'data:'],
  },
  {
    name: 'OWASP XML data island',
    html: '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(\'XSS\')"></B></I></XML>\n<SPAN DATASRC="#xss" DATAFLD="B" DATAFORMATAS="HTML"></SPAN>',
    mustNotSurvive: ['<xml', 'datasrc', 'javas<!--'],
  },
  {
    name: 'OWASP locally hosted XML',
    html: '<XML SRC="xsstest.xml" ID=I></XML>\n<SPAN DATASRC=#I DATAFLD=C DATAFORMATAS=HTML></SPAN>',
    mustNotSurvive: ['<xml', 'datasrc'],
  },
  {
    name: 'OWASP HTML+TIME',
    html: '<HTML><BODY>\n<?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time">\n<?import namespace="t" implementation="#default#time2">\n<t:set attributeName="innerHTML" to="XSS<SCRIPT DEFER>alert("XSS")</SCRIPT>">\n</BODY></HTML>',
    mustNotSurvive: [...SCRIPT, '<t:set'],
  },
  {
    name: 'OWASP script renamed to an image',
    html: '<SCRIPT SRC="http://xss.example/xss.jpg"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP SSI',
    html: '<!--#exec cmd="/bin/echo \'<SCR\'"--><!--#exec cmd="/bin/echo \'IPT SRC=http://xss.example/xss.js></SCRIPT>\'"-->',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP PHP',
    html: "<? echo('<SCR)';\necho('IPT>alert(\"XSS\")</SCRIPT>'); ?>",
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP META Set-Cookie',
    html: '<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert(\'XSS\')</SCRIPT>">',
    mustNotSurvive: ['<meta', ...SCRIPT],
  },
  {
    name: 'OWASP UTF-7',
    html: '<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert(\'XSS\');+ADw-/SCRIPT+AD4-',
    mustNotSurvive: ['<meta', ...SCRIPT],
  },
  {
    name: 'OWASP quote encapsulation 1',
    html: '<SCRIPT a=">" SRC="httx://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP quote encapsulation 2',
    html: '<SCRIPT =">" SRC="httx://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP quote encapsulation 3',
    html: '<SCRIPT a=">" \'\' SRC="httx://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP quote encapsulation 4',
    html: '<SCRIPT "a=\'>\'" SRC="httx://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP quote encapsulation with grave accents',
    html: '<SCRIPT a=`>` SRC="httx://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP quote encapsulation 5',
    html: '<SCRIPT a=">\'>" SRC="httx://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP document.write split',
    html: '<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="httx://xss.example/xss.js"></SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP javascript link location',
    html: '<A HREF="javascript:document.location=\'http://www.example.com/\'">XSS</A>',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP mixed encoding with tabs and newlines (a safe http link)',
    html: '<A HREF="h \ntt  p://6\t6.000146.0x7.147/">XSS</A>',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP WAF: video source onerror',
    html: '<Video> <source onerror = "javascript: alert (XSS)">',
    mustNotSurvive: [' onerror', '<video', '<source'],
  },
  {
    name: 'OWASP WAF: img onerror with spaces',
    html: '<Img src = x onerror = "javascript: window.onerror = alert; throw XSS">',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'OWASP WAF: applet code',
    html: '<applet code="javascript:confirm(document.cookie);">',
    mustNotSurvive: ['<applet', ...JS],
  },
  {
    name: 'OWASP WAF: isindex',
    html: '<isindex x="javascript:" onmouseover="alert(XSS)">',
    mustNotSurvive: ['<isindex', ' onmouseover'],
  },
  {
    name: 'OWASP WAF: isindex image',
    html: '<isindex type=image src=1 onerror=alert(XSS)>',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'OWASP WAF: breaking out of a script',
    html: '"></SCRIPT>">\'><SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>',
    mustNotSurvive: SCRIPT,
  },
  {
    name: 'OWASP WAF: iframe javascript:',
    html: '"><iframe src="javascript:alert(XSS)">',
    mustNotSurvive: ['<iframe', ...JS],
  },
  {
    name: 'OWASP WAF: object data javascript:',
    html: '<object data="javascript:alert(XSS)">',
    mustNotSurvive: ['<object', ...JS],
  },
  {
    name: 'OWASP WAF: unicode-escaped onerror code',
    html: '<img  src="x:gif" onerror="window[\'al\\u0065rt\'](0)"></img>',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'OWASP WAF: iframe data:',
    html: '<iframe/src="data:text/html,<svg onload=alert(1)>">',
    mustNotSurvive: ['<iframe', ' onload'],
  },
  {
    name: 'OWASP WAF: svg script xlink:href',
    html: "<svg><script xlink:href=data&colon;,window.open('https://www.example.com/')></script",
    mustNotSurvive: [...SCRIPT, 'xlink:href'],
  },
  {
    name: 'OWASP WAF: iframe with named entities',
    html: '<iframe src=javascript&colon;alert&lpar;document&period;location&rpar;>',
    mustNotSurvive: ['<iframe', ...JS],
  },
  {
    name: 'OWASP WAF: link with unicode escape',
    html: '<form><a href="javascript:\\u0061lert(1)">X',
    mustNotSurvive: JS,
  },
  {
    name: 'OWASP WAF: style in style',
    html: '<style>//*{x:expression(alert(/xss/))}//<style></style>',
    mustNotSurvive: ['<style', 'expression('],
  },
  {
    name: 'OWASP WAF: many attributes then an entity href',
    html: '<a aa aaa aaaa aaaaa aaaaaa aaaaaaa aaaaaaaa aaaaaaaaa aaaaaaaaaa href=j&#97v&#97script:&#97lert(1)>ClickMe',
    mustNotSurvive: JS,
  },
  { name: 'OWASP WAF: script x', html: '<script x> alert(1) </script 1=2', mustNotSurvive: SCRIPT },
  {
    name: 'OWASP WAF: input onmouseover',
    html: '<input/onmouseover="javaSCRIPT&colon;confirm&lpar;1&rpar;"',
    mustNotSurvive: [' onmouseover', ...JS],
  },
  {
    name: 'OWASP WAF: iframe percent-encoded data:',
    html: '<iframe src="data:text/html,%3C%73%63%72%69%70%74%3E%61%6C%65%72%74%28%31%29%3C%2F%73%63%72%69%70%74%3E"></iframe>',
    mustNotSurvive: ['<iframe', 'data:'],
  },
  {
    name: 'OWASP WAF: object classid param',
    html: '<OBJECT CLASSID="clsid:333C7BC4-460F-11D0-BC04-0080C7055A83"><PARAM NAME="DataURL" VALUE="javascript:alert(1)"></OBJECT>',
    mustNotSurvive: ['<object', '<param', 'classid', ...JS],
  },
  // Further mutation and parser-differential tricks on the same themes.
  {
    name: 'duplicate href, the first one bad',
    html: '<a href="javascript:alert(1)" href="https://ok.example">x</a>',
    mustNotSurvive: JS,
  },
  { name: 'marquee onstart', html: '<marquee onstart=alert(1)>x</marquee>', mustNotSurvive: [' onstart'] },
  {
    name: 'details ontoggle',
    html: '<details open ontoggle=alert(1)>x</details>',
    mustNotSurvive: [' ontoggle'],
  },
  {
    name: 'textarea breakout',
    html: '<textarea></textarea><img src=x onerror=alert(1)></textarea>',
    mustNotSurvive: [' onerror', '<textarea'],
  },
  {
    name: 'title breakout',
    html: '<title><img src=x onerror=alert(1)></title>',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'comment closed with --!>',
    html: '<!-- x --!><img src=x onerror=alert(1)>',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'abrupt empty comment',
    html: '<!--><img src=x onerror=alert(1)>-->',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'CDATA in HTML content',
    html: '<![CDATA[><img src=x onerror=alert(1)>]]>',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'template content',
    html: '<template><img src=x onerror=alert(1)></template>',
    mustNotSurvive: [' onerror', '<template'],
  },
  {
    name: 'end tag with attributes',
    html: '<p>a</p title="><img src=x onerror=alert(1)>">',
    mustNotSurvive: [' onerror'],
  },
  {
    name: 'a with xlink:href',
    html: '<a xlink:href="javascript:alert(1)">x</a>',
    mustNotSurvive: ['xlink:href', ...JS],
  },
  {
    name: 'srcset with javascript:',
    html: '<img srcset="javascript:alert(1) 1x">',
    mustNotSurvive: ['srcset'],
  },
  {
    name: 'form-associated button text',
    html: '<button form=f formaction="javascript:alert(1)">Go</button>',
    mustNotSurvive: ['formaction', '<button'],
  },
  { name: 'portal', html: '<portal src="https://evil.example"></portal>', mustNotSurvive: ['<portal'] },
  {
    name: 'javascript: later in a mailto URL',
    html: '<a href="mailto:a@x.example?body=javascript:alert(1)">x</a>',
    mustNotSurvive: JS,
  },
  {
    name: 'percent-encoded scheme',
    html: '<a href="%6Aavascript:alert(1)">x</a>',
    mustNotSurvive: ['avascript:'],
  },
  {
    name: 'escaped CSS function paren',
    html: '<p style="width:expression\\28 alert(1)\\29">x</p>',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'escaped semicolon joins declarations',
    html: '<p style="color:red\\3b background:url(javascript:alert(1))">x</p>',
    mustNotSurvive: JS,
  },
  {
    name: 'entity-encoded CSS',
    html: '<p style="width&colon;expression&lpar;alert(1)&rpar;">x</p>',
    mustNotSurvive: ['expression('],
  },
  {
    name: 'fullwidth expression',
    html: '<p style="width:ｅｘｐｒｅｓｓｉｏｎ(alert(1))">x</p>',
    mustNotSurvive: ['ｅｘｐｒｅｓｓｉｏｎ('],
  },
  {
    name: 'unclosed style attribute quote',
    html: '<p style="color:red>x</p><img src=x onerror=alert(1)>',
    mustNotSurvive: [],
  },
];
