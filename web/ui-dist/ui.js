(()=>{var T=class{constructor(e){this.value=e}valueOf(){return this.value}},m=class extends T{constructor(e="???"){super(e)}toString(e){return`{${this.value}}`}},$=class extends T{constructor(e,t={}){super(e),this.opts=t}toString(e){if(e)try{return e.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(t){e.reportError(t)}return this.value.toString(10)}},S=class n extends T{static supportsValue(e){if(typeof e=="number"||e instanceof Date)return!0;if(e instanceof T)return n.supportsValue(e.valueOf());if("Temporal"in globalThis){let t=globalThis.Temporal;if(e instanceof t.Instant||e instanceof t.PlainDateTime||e instanceof t.PlainDate||e instanceof t.PlainMonthDay||e instanceof t.PlainTime||e instanceof t.PlainYearMonth)return!0}return!1}constructor(e,t={}){e instanceof n?(t={...e.opts,...t},e=e.value):e instanceof T&&(e=e.valueOf()),typeof e=="object"&&"calendarId"in e&&t.calendar===void 0&&(t={...t,calendar:e.calendarId}),super(e),this.opts=t}[Symbol.toPrimitive](e){return e==="string"?this.toString():this.toNumber()}toNumber(){let e=this.value;if(typeof e=="number")return e;if(e instanceof Date)return e.getTime();if("epochMilliseconds"in e)return e.epochMilliseconds;if("toZonedDateTime"in e)return e.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(e){if(e)try{return e.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(t){e.reportError(t)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var xe=100,at="⁨",it="⁩";function st(n,e,t){if(t===e||t instanceof $&&e instanceof $&&t.value===e.value)return!0;if(e instanceof $&&typeof t=="string"){let o=n.memoizeIntlObject(Intl.PluralRules,e.opts).select(e.value);if(t===o)return!0}return!1}function ke(n,e,t){return e[t]?M(n,e[t].value):(n.reportError(new RangeError("No default")),new m)}function fe(n,e){let t=[],o=Object.create(null);for(let i of e)i.type==="narg"?o[i.name]=B(n,i.value):t.push(B(n,i));return{positional:t,named:o}}function B(n,e){switch(e.type){case"str":return e.value;case"num":return new $(e.value,{minimumFractionDigits:e.precision});case"var":return lt(n,e);case"mesg":return dt(n,e);case"term":return ct(n,e);case"func":return ut(n,e);case"select":return ft(n,e);default:return new m}}function lt(n,{name:e}){let t;if(n.params)if(Object.prototype.hasOwnProperty.call(n.params,e))t=n.params[e];else return new m(`$${e}`);else if(n.args&&Object.prototype.hasOwnProperty.call(n.args,e))t=n.args[e];else return n.reportError(new ReferenceError(`Unknown variable: $${e}`)),new m(`$${e}`);if(t instanceof T)return t;switch(typeof t){case"string":return t;case"number":return new $(t);case"object":if(S.supportsValue(t))return new S(t);default:return n.reportError(new TypeError(`Variable type not supported: $${e}, ${typeof t}`)),new m(`$${e}`)}}function dt(n,{name:e,attr:t}){let o=n.bundle._messages.get(e);if(!o)return n.reportError(new ReferenceError(`Unknown message: ${e}`)),new m(e);if(t){let i=o.attributes[t];return i?M(n,i):(n.reportError(new ReferenceError(`Unknown attribute: ${t}`)),new m(`${e}.${t}`))}return o.value?M(n,o.value):(n.reportError(new ReferenceError(`No value: ${e}`)),new m(e))}function ct(n,{name:e,attr:t,args:o}){let i=`-${e}`,l=n.bundle._terms.get(i);if(!l)return n.reportError(new ReferenceError(`Unknown term: ${i}`)),new m(i);if(t){let u=l.attributes[t];if(u){n.params=fe(n,o).named;let w=M(n,u);return n.params=null,w}return n.reportError(new ReferenceError(`Unknown attribute: ${t}`)),new m(`${i}.${t}`)}n.params=fe(n,o).named;let f=M(n,l.value);return n.params=null,f}function ut(n,{name:e,args:t}){let o=n.bundle._functions[e];if(!o)return n.reportError(new ReferenceError(`Unknown function: ${e}()`)),new m(`${e}()`);if(typeof o!="function")return n.reportError(new TypeError(`Function ${e}() is not callable`)),new m(`${e}()`);try{let i=fe(n,t);return o(i.positional,i.named)}catch(i){return n.reportError(i),new m(`${e}()`)}}function ft(n,{selector:e,variants:t,star:o}){let i=B(n,e);if(i instanceof m)return ke(n,t,o);for(let l of t){let f=B(n,l.key);if(st(n,i,f))return M(n,l.value)}return ke(n,t,o)}function me(n,e){if(n.dirty.has(e))return n.reportError(new RangeError("Cyclic reference")),new m;n.dirty.add(e);let t=[],o=n.bundle._useIsolating&&e.length>1;for(let i of e){if(typeof i=="string"){t.push(n.bundle._transform(i));continue}if(n.placeables++,n.placeables>xe)throw n.dirty.delete(e),new RangeError(`Too many placeables expanded: ${n.placeables}, max allowed is ${xe}`);o&&t.push(at),t.push(B(n,i).toString(n)),o&&t.push(it)}return n.dirty.delete(e),t.join("")}function M(n,e){return typeof e=="string"?n.bundle._transform(e):me(n,e)}var ne=class{constructor(e,t,o){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=e,this.errors=t,this.args=o}reportError(e){if(!this.errors||!(e instanceof Error))throw e;this.errors.push(e)}memoizeIntlObject(e,t){let o=this.bundle._intls.get(e);o||(o={},this.bundle._intls.set(e,o));let i=JSON.stringify(t);return o[i]||(o[i]=new e(this.bundle.locales,t)),o[i]}};function pe(n,e){let t=Object.create(null);for(let[o,i]of Object.entries(n))e.includes(o)&&(t[o]=i.valueOf());return t}var Ee=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function qe(n,e){let t=n[0];if(t instanceof m)return new m(`NUMBER(${t.valueOf()})`);if(t instanceof $)return new $(t.valueOf(),{...t.opts,...pe(e,Ee)});if(t instanceof S)return new $(t.toNumber(),{...pe(e,Ee)});throw new TypeError("Invalid argument to NUMBER")}var mt=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function Ae(n,e){let t=n[0];if(t instanceof m)return new m(`DATETIME(${t.valueOf()})`);if(t instanceof S||t instanceof $)return new S(t,pe(e,mt));throw new TypeError("Invalid argument to DATETIME")}var Te=new Map;function Se(n){let e=Array.isArray(n)?n.join(" "):n,t=Te.get(e);return t===void 0&&(t=new Map,Te.set(e,t)),t}var Y=class{constructor(e,{functions:t,useIsolating:o=!0,transform:i=l=>l}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(e)?e:[e],this._functions={NUMBER:qe,DATETIME:Ae,...t},this._useIsolating=o,this._transform=i,this._intls=Se(e)}hasMessage(e){return this._messages.has(e)}getMessage(e){return this._messages.get(e)}addResource(e,{allowOverrides:t=!1}={}){let o=[];for(let i=0;i<e.body.length;i++){let l=e.body[i];if(l.id.startsWith("-")){if(t===!1&&this._terms.has(l.id)){o.push(new Error(`Attempt to override an existing term: "${l.id}"`));continue}this._terms.set(l.id,l)}else{if(t===!1&&this._messages.has(l.id)){o.push(new Error(`Attempt to override an existing message: "${l.id}"`));continue}this._messages.set(l.id,l)}}return o}formatPattern(e,t=null,o=null){if(typeof e=="string")return this._transform(e);let i=new ne(this,o,t);try{return me(i,e).toString(i)}catch(l){if(i.errors&&l instanceof Error)return i.errors.push(l),new m().toString(i);throw l}}};var he=/^(-?[a-zA-Z][\w-]*) *= */gm,Re=/\.([a-zA-Z][\w-]*) *= */y,pt=/\*?\[/y,ye=/(-?[0-9]+(?:\.([0-9]+))?)/y,ht=/([a-zA-Z][\w-]*)/y,Ne=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,yt=/^[A-Z][A-Z0-9_-]*$/,re=/([^{}\n\r]+)/y,gt=/([^\\"\n\r]*)/y,ze=/\\([\\"])/y,De=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,vt=/^\n+/,Pe=/ +$/,bt=/ *\r?\n/g,wt=/( *)$/,$t=/{\s*/y,Ce=/\s*}/y,xt=/\[\s*/y,kt=/\s*] */y,Et=/\s*\(\s*/y,qt=/\s*->\s*/y,At=/\s*:\s*/y,Tt=/\s*,?\s*/y,St=/\s+/y,K=class{constructor(e){this.body=[],he.lastIndex=0;let t=0;for(;;){let s=he.exec(e);if(s===null)break;t=he.lastIndex;try{this.body.push(w(s[1]))}catch(c){if(c instanceof SyntaxError)continue;throw c}}function o(s){return s.lastIndex=t,s.test(e)}function i(s,c){if(e[t]===s)return t++,!0;if(c)throw new c(`Expected ${s}`);return!1}function l(s,c){if(o(s))return t=s.lastIndex,!0;if(c)throw new c(`Expected ${s.toString()}`);return!1}function f(s){s.lastIndex=t;let c=s.exec(e);if(c===null)throw new SyntaxError(`Expected ${s.toString()}`);return t=s.lastIndex,c}function u(s){return f(s)[1]}function w(s){let c=g(),p=q();if(c===null&&Object.keys(p).length===0)throw new SyntaxError("Expected message value or attributes");return{id:s,value:c,attributes:p}}function q(){let s=Object.create(null);for(;o(Re);){let c=u(Re),p=g();if(p===null)throw new SyntaxError("Expected attribute value");s[c]=p}return s}function g(){let s;if(o(re)&&(s=u(re)),e[t]==="{"||e[t]==="}")return z(s?[s]:[],1/0);let c=we();return c?s?z([s,c],c.length):(c.value=ue(c.value,vt),z([c],c.length)):s?ue(s,Pe):null}function z(s=[],c){for(;;){if(o(re)){s.push(u(re));continue}if(e[t]==="{"){s.push(J());continue}if(e[t]==="}")throw new SyntaxError("Unbalanced closing brace");let A=we();if(A){s.push(A),c=Math.min(c,A.length);continue}break}let p=s.length-1,F=s[p];typeof F=="string"&&(s[p]=ue(F,Pe));let U=[];for(let A of s)A instanceof oe&&(A=A.value.slice(0,A.value.length-c)),A&&U.push(A);return U}function J(){l($t,SyntaxError);let s=G();if(l(Ce))return s;if(l(qt)){let c=de();return l(Ce,SyntaxError),{type:"select",selector:s,...c}}throw new SyntaxError("Unclosed placeable")}function G(){if(e[t]==="{")return J();if(o(Ne)){let[,s,c,p=null]=f(Ne);if(s==="$")return{type:"var",name:c};if(l(Et)){let F=Q();if(s==="-")return{type:"term",name:c,attr:p,args:F};if(yt.test(c))return{type:"func",name:c,args:F};throw new SyntaxError("Function names must be all upper-case")}return s==="-"?{type:"term",name:c,attr:p,args:[]}:{type:"mesg",name:c,attr:p}}return d()}function Q(){let s=[];for(;;){switch(e[t]){case")":return t++,s;case void 0:throw new SyntaxError("Unclosed argument list")}s.push(X()),l(Tt)}}function X(){let s=G();return s.type!=="mesg"?s:l(At)?{type:"narg",name:s.name,value:d()}:s}function de(){let s=[],c=0,p;for(;o(pt);){i("*")&&(p=c);let F=ce(),U=g();if(U===null)throw new SyntaxError("Expected variant value");s[c++]={key:F,value:U}}if(c===0)return null;if(p===void 0)throw new SyntaxError("Expected default variant");return{variants:s,star:p}}function ce(){l(xt,SyntaxError);let s;return o(ye)?s=C():s={type:"str",value:u(ht)},l(kt,SyntaxError),s}function d(){if(o(ye))return C();if(e[t]==='"')return ee();throw new SyntaxError("Invalid expression")}function C(){let[,s,c=""]=f(ye),p=c.length;return{type:"num",value:parseFloat(s),precision:p}}function ee(){i('"',SyntaxError);let s="";for(;;){if(s+=u(gt),e[t]==="\\"){s+=te();continue}if(i('"'))return{type:"str",value:s};throw new SyntaxError("Unclosed string literal")}}function te(){if(o(ze))return u(ze);if(o(De)){let[,s,c]=f(De),p=parseInt(s||c,16);return p<=55295||57344<=p?String.fromCodePoint(p):"�"}throw new SyntaxError("Unknown escape sequence")}function we(){let s=t;switch(l(St),e[t]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return $e(e.slice(s,t))}return e[t-1]===" "?$e(e.slice(s,t)):!1}function ue(s,c){return s.replace(c,"")}function $e(s){let c=s.replace(bt,`
`),p=wt.exec(s)[1].length;return new oe(c,p)}}},oe=class{constructor(e,t){this.value=e,this.length=t}};var Le=`# نافذة المراجِع (\`reviewer ui\`). المصدر: en.ftl.

## The window's frame
window-title = المراجِع
brand = المراجِع
skip-to-content = انتقل إلى المحتوى
nav-label = العروض
view-inbox = البريد الوارد
view-due = المستحق
view-team = الفريق
view-stats = الإحصاءات
sync = مزامنة
sync-progress = تقدّم المزامنة
language-label = اللغة
boot-connecting = جارٍ الاتصال بالمراجِع على هذا الجهاز…
boot-no-secret = افتح العنوان الذي طبعه \`reviewer ui\` (يصلح مرة واحدة). للبدء من جديد، أوقف \`reviewer ui\` وشغّله مرة أخرى.
boot-refused = رفض المراجِع هذه النافذة: { $error }.
error-window = تعطّلت النافذة: { $error }
error-http = أجاب المراجِع بخطأ (HTTP { $status }).
error-unreachable = المراجِع على هذا الجهاز لا يجيب: ربما توقّف (بالقفل أو لعدم النشاط). شغّل \`reviewer ui\` مرة أخرى.
sync-running = جارٍ المزامنة…
sync-done = تمّت المزامنة: حالات جديدة: { $cases }، رسائل متابعة: { $followups }، أحداث فريق طُبّقت: { $applied }، أُرسل منها: { $posted }.
sync-errors = أخطاء: { $errors }
sync-failed = فشلت المزامنة: { $error }

## Shared words
none = (لا شيء)
none-named = (لم يُذكر أحد)
nobody = لا أحد
no-title = (بلا عنوان)
not-triaged = (لم يُصنَّف)
number = { $n }
bytes = { $size ->
    [zero] { $size } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $size } بايتات
   *[other] { $size } بايت
}
back-to-inbox = العودة إلى البريد الوارد

## Fixed sets
status-new = جديدة
status-triaged = مصنّفة
status-accepted = مقبولة
status-invalid = غير صالحة
status-fixing = قيد الإصلاح
status-disclosed = مُفصح عنها
status-closed = مغلقة
status-closed-blank = (مغلقة)
severity-critical = حرجة
severity-high = عالية
severity-medium = متوسطة
severity-low = منخفضة
step-acknowledged = تمّ الإقرار بالاستلام
step-next-steps = الخطوات التالية
step-responded = تمّ الرد
step-notified = تمّ الإبلاغ
step-party-responded = ردّ الطرف المعني
step-escalated = تمّ التصعيد
step-disclosed = تمّ الإفصاح
role-admin = مسؤول
role-reviewer = مراجِع
urgency-overdue = متأخرة
urgency-due-soon = مستحقة قريبًا
urgency-upcoming = قادمة

## Fields and columns
field-status = الحالة
field-severity = الخطورة
field-tlp = TLP
field-owner = المسؤول عنها
field-search = بحث
field-category = الفئة
field-severity-guess = تقدير المُبلِّغ للخطورة
field-received = تاريخ الاستلام
field-replies = الردود
field-contact = جهة الاتصال
field-credit = يُنسب الفضل إلى
field-recipients = المستلمون
field-left-out = المستبعَدون
field-note = ملاحظة
field-reply = الرد
field-reason = السبب
field-step = الخطوة
field-detail = التفاصيل
field-date = التاريخ (YYYY-MM-DD)
field-cert = ملف شهادة المستلم
field-share-out = اكتب المشاركة المشفّرة إلى (ملف)
field-redact = الحقل (contact أو note:N)
field-until = حتى (YYYY-MM-DD، فارغ: 30 يومًا)
field-directory = المجلد
col-id = المعرّف
col-received = الاستلام
col-status = الحالة
col-severity = الخطورة
col-tlp = TLP
col-owner = المسؤول
col-title = العنوان
col-number = رقم
col-file-name = اسم الملف (من المرسِل)
col-claimed-type = النوع الذي ادّعاه المرسِل
col-size = الحجم
col-from = من
col-save = حفظ
col-when = متى
col-who = من
col-what = ماذا
col-urgency = الأولوية
col-due = موعد الاستحقاق
col-deadline = المهلة
col-case = الحالة المعنية
col-next = الإجراء التالي
col-name = الاسم
col-roles = الأدوار
col-item = العنصر
col-arrived = الوصول
col-kind = نوع الحزمة
col-why = السبب

## Inbox
inbox-filter = التصفية والبحث
filter-any = الكل
filter-mine = حالاتي
filter-overdue = المتأخرة
filter-closed = المغلقة
inbox-apply = تطبيق
inbox-count = { $count ->
    [zero] لا حالات
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
   *[other] { $count } حالة
}
inbox-none = لا توجد حالات.
inbox-overdue = متأخرة: { $deadlines }
inbox-purged-on = تُحذف في { $day }

## A case
case-id = الحالة { $id }
case-closed-on = أُغلقت
case-purged-on = تُحذف في
case-held-without-end = (محفوظة بلا نهاية)
case-closed-explained = غادرت الحالة المغلقة المخزن النشط: تعود تفاصيلها إذا أُعيد فتحها قبل حذفها.
case-received = { $day } (الإيصال { $receipt })
replies-possible = ممكنة (لدى المُبلِّغ اسم رمزي)
replies-impossible = غير ممكنة
replies-impossible-long = لم يترك المُبلِّغ اسمًا رمزيًا: الرد غير ممكن.
section-report = البلاغ
section-attachments = المرفقات
section-conversation = المحادثة
section-triage = التصنيف
section-notes = الملاحظات
section-more = إجراءات أخرى
section-timeline = السجل الزمني
section-access-log = سجل الوصول
attachments-caption = المرفقات (لا تُفتح هنا أبدًا: احفظها ثم افتحها في بيئة معزولة)
attachments-none = لا توجد مرفقات.
from-report = البلاغ
from-followup = المتابعة رقم { $seq }
followup-heading = المتابعة رقم { $seq } بتاريخ { $day }
followup-conflict = تعارض: متابعة أخرى تحمل هذا الرقم بمحتوى مختلف
reply-heading = الرد رقم { $seq } من { $member } بتاريخ { $day }
note-line = الملاحظة { $n } من { $member } بتاريخ { $day }:
conversation-none = لا ردود ولا متابعات بعد.
notes-none = لا توجد ملاحظات.
timeline-none = لا أحداث للفريق بعد.
attachment-downloaded = تمّ التنزيل (النوع المكتشف: { $detected }).
attachment-warning = تحذير: { $warning }

## Actions
form-triage = التصنيف
form-note = ملاحظة للفريق
form-reply = الرد على المُبلِّغ
form-close = الإغلاق
form-step = تسجيل خطوة
form-agree = الاتفاق على تاريخ الإفصاح
form-share = المشاركة تحت { $tlp } (OpenPGP)
share-fields = الحقول (إن لم يُحدَّد شيء: العنوان، النص، الفئة، الخطورة، المرفقات)
share-field-title = العنوان
share-field-body = النص
share-field-category = الفئة
share-field-severity = الخطورة
share-field-contact = جهة الاتصال
share-field-credit = نسبة الفضل
share-field-notes = الملاحظات
share-field-followups = المتابعات
share-field-attachments = المرفقات
form-redact = حجب
form-reopen = إعادة الفتح
form-hold = الاحتفاظ (بعد موعد الحذف)
form-save-attachment = حفظ المرفق { $n }
action-save = حفظ
action-note = إضافة ملاحظة
action-reply = إرسال الرد
action-close = إغلاق الحالة
action-step = تسجيل الخطوة
action-agree = اعتماد التاريخ
action-share = مشاركة
action-redact = حجب
action-reopen = إعادة الفتح
action-hold = احتفاظ
action-save-file = حفظ
action-download = تنزيل

## Due
due-caption = الأكثر إلحاحًا أولًا
due-none = لا شيء مستحق.
due-unsynced = عناصر تنتظر على صندوق الإيداع منذ { $oldest } لم تُزامَن: سيحذفها الخادم خلال { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}. زامِن الآن.

## Team
team-name = الفريق
team-fingerprint = البصمة
team-roster = قائمة الأعضاء
team-roster-seq = رقم { $seq }
team-expires = تنتهي صلاحية القائمة
team-members = الأعضاء
section-alerts = التنبيهات
alerts-none = لا تنبيهات.
alert-roster-expires = تنتهي صلاحية قائمة الأعضاء (رقم { $seq }) في { $day }، بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}: على المسؤولين توقيع القائمة التالية قبل ذلك، وإلا فشلت كل مزامنة.
alert-roster-expired = انتهت صلاحية قائمة الأعضاء (رقم { $seq }) في { $day }: على المسؤولين توقيع القائمة التالية؛ وحتى ذلك الحين تفشل كل مزامنة.
alert-no-roster = لا توجد في هذا المخزن قائمة أعضاء موثّقة بعد: زامِن أولًا مع --server و--team.
alert-quarantined = { $count ->
    [one] عنصر واحد في الحجر: نحّته المزامنة جانبًا ولم تحفظ شيئًا. انظر أدناه.
    [two] عنصران في الحجر: نحّتهما المزامنة جانبًا ولم تحفظ شيئًا. انظر أدناه.
    [few] { $count } عناصر في الحجر: نحّتها المزامنة جانبًا ولم تحفظ شيئًا. انظر أدناه.
   *[other] عناصر في الحجر: { $count }. نحّتها المزامنة جانبًا ولم تحفظ شيئًا. انظر أدناه.
}
alert-forged = { $count ->
    [one] تنبيه: عنصر واحد في الحجر مزوَّر أو عُبث به.
   *[other] تنبيه: عناصر في الحجر مزوَّرة أو عُبث بها: { $count }.
}
section-quarantined = العناصر المحجورة
quarantined-caption = نحّتها المزامنة جانبًا ولم تُحفظ أبدًا (يعرض { $command } عنصرًا منها)
quarantined-none = لا شيء في الحجر.
no-bundle = (بلا حزمة)

## Statistics
stats-chart-alt = رسم بياني: { $title }. الأرقام في الجدول أدناه.
`;var Ie=`# Das Fenster der Prüfenden (\`reviewer ui\`). Quelle: en.ftl.

## The window's frame
window-title = Reviewer
brand = Reviewer
skip-to-content = Zum Inhalt springen
nav-label = Ansichten
view-inbox = Eingang
view-due = Fällig
view-team = Team
view-stats = Statistik
sync = Synchronisieren
sync-progress = Fortschritt der Synchronisierung
language-label = Sprache
boot-connecting = Verbindung zum Reviewer auf diesem Rechner…
boot-no-secret = Öffnen Sie die Adresse, die \`reviewer ui\` ausgegeben hat (sie gilt einmal). Für einen neuen Start beenden Sie \`reviewer ui\` und starten es erneut.
boot-refused = Der Reviewer hat dieses Fenster abgelehnt: { $error }.
error-window = Das Fenster ist gescheitert: { $error }
error-http = Der Reviewer antwortete mit einem Fehler (HTTP { $status }).
error-unreachable = Der Reviewer auf diesem Rechner antwortet nicht: Er wurde vielleicht beendet (gesperrt oder untätig). Starten Sie \`reviewer ui\` erneut.
sync-running = Synchronisiere…
sync-done = Synchronisiert: { $cases } neue(r) Fall/Fälle, { $followups } Nachtrag/Nachträge, { $applied } Team-Ereignis(se) übernommen, { $posted } gesendet.
sync-errors = Fehler: { $errors }
sync-failed = Synchronisierung gescheitert: { $error }

## Shared words
none = (keine Angabe)
none-named = (niemand genannt)
nobody = niemand
no-title = (ohne Titel)
not-triaged = (nicht eingestuft)
number = { $n }
bytes = { $size ->
    [one] { $size } Byte
   *[other] { $size } Bytes
}
back-to-inbox = Zurück zum Eingang

## Fixed sets
status-new = neu
status-triaged = eingestuft
status-accepted = angenommen
status-invalid = ungültig
status-fixing = in Behebung
status-disclosed = veröffentlicht
status-closed = geschlossen
status-closed-blank = (geschlossen)
severity-critical = kritisch
severity-high = hoch
severity-medium = mittel
severity-low = niedrig
step-acknowledged = bestätigt
step-next-steps = nächste Schritte
step-responded = geantwortet
step-notified = benachrichtigt
step-party-responded = Gegenseite hat geantwortet
step-escalated = eskaliert
step-disclosed = veröffentlicht
role-admin = Admin
role-reviewer = Prüfer/in
urgency-overdue = überfällig
urgency-due-soon = bald fällig
urgency-upcoming = anstehend

## Fields and columns
field-status = Status
field-severity = Schweregrad
field-tlp = TLP
field-owner = Zuständig
field-search = Suche
field-category = Kategorie
field-severity-guess = Schweregrad laut Meldenden
field-received = Eingegangen
field-replies = Antworten
field-contact = Kontakt
field-credit = Nennen als
field-recipients = Empfänger
field-left-out = Ausgelassen
field-note = Notiz
field-reply = Antwort
field-reason = Grund
field-step = Schritt
field-detail = Einzelheit
field-date = Datum (JJJJ-MM-TT)
field-cert = Zertifikatsdatei des Empfängers
field-share-out = Verschlüsselte Weitergabe schreiben nach (Datei)
field-redact = Feld (contact oder note:N)
field-until = Bis (JJJJ-MM-TT, leer: 30 Tage)
field-directory = Verzeichnis
col-id = ID
col-received = Eingegangen
col-status = Status
col-severity = Schweregrad
col-tlp = TLP
col-owner = Zuständig
col-title = Titel
col-number = Nr.
col-file-name = Dateiname (vom Absender)
col-claimed-type = Vom Absender angegebener Typ
col-size = Größe
col-from = Aus
col-save = Speichern
col-when = Wann
col-who = Wer
col-what = Was
col-urgency = Dringlichkeit
col-due = Fällig
col-deadline = Frist
col-case = Fall
col-next = Nächster Schritt
col-name = Name
col-roles = Rollen
col-item = Objekt
col-arrived = Eingetroffen
col-kind = Bündelart
col-why = Warum

## Inbox
inbox-filter = Filtern und suchen
filter-any = alle
filter-mine = Meine
filter-overdue = Überfällig
filter-closed = Geschlossen
inbox-apply = Anwenden
inbox-count = { $count ->
    [one] { $count } Fall
   *[other] { $count } Fälle
}
inbox-none = Keine Fälle.
inbox-overdue = überfällig: { $deadlines }
inbox-purged-on = gelöscht am { $day }

## A case
case-id = Fall { $id }
case-closed-on = Geschlossen
case-purged-on = Gelöscht am
case-held-without-end = (ohne Ende zurückbehalten)
case-closed-explained = Ein geschlossener Fall hat den aktiven Speicher verlassen: Seine Einzelheiten kehren zurück, wenn er vor dem Löschen wieder geöffnet wird.
case-received = { $day } (Quittung { $receipt })
replies-possible = möglich (die meldende Person hat einen Codenamen)
replies-impossible = nicht möglich
replies-impossible-long = Die meldende Person hat keinen Codenamen hinterlassen: Antworten sind nicht möglich.
section-report = Meldung
section-attachments = Anhänge
section-conversation = Austausch
section-triage = Einstufung
section-notes = Notizen
section-more = Weitere Aktionen
section-timeline = Verlauf
section-access-log = Zugriffsprotokoll
attachments-caption = Anhänge (hier nie geöffnet: speichern Sie sie und öffnen Sie sie in einer Sandbox)
attachments-none = Keine Anhänge.
from-report = Meldung
from-followup = Nachtrag #{ $seq }
followup-heading = Nachtrag #{ $seq } vom { $day }
followup-conflict = KONFLIKT: Ein anderer Nachtrag hat diese Nummer und anderen Inhalt
reply-heading = Antwort #{ $seq } von { $member } am { $day }
note-line = Notiz { $n } von { $member } am { $day }:
conversation-none = Noch keine Antworten oder Nachträge.
notes-none = Keine Notizen.
timeline-none = Noch keine Team-Ereignisse.
attachment-downloaded = Heruntergeladen (erkannt: { $detected }).
attachment-warning = Warnung: { $warning }

## Actions
form-triage = Einstufung
form-note = Notiz für das Team
form-reply = Antwort an die meldende Person
form-close = Schließen
form-step = Schritt festhalten
form-agree = Veröffentlichungsdatum vereinbaren
form-share = Weitergeben unter { $tlp } (OpenPGP)
share-fields = Felder (keines angekreuzt: Titel, Text, Kategorie, Schweregrad, Anhänge)
share-field-title = Titel
share-field-body = Text
share-field-category = Kategorie
share-field-severity = Schweregrad
share-field-contact = Kontakt
share-field-credit = Nennung
share-field-notes = Notizen
share-field-followups = Nachträge
share-field-attachments = Anhänge
form-redact = Schwärzen
form-reopen = Wieder öffnen
form-hold = Zurückbehalten (über das Löschen hinaus)
form-save-attachment = Anhang { $n } speichern
action-save = Speichern
action-note = Notiz hinzufügen
action-reply = Antwort senden
action-close = Fall schließen
action-step = Schritt festhalten
action-agree = Datum vereinbaren
action-share = Weitergeben
action-redact = Schwärzen
action-reopen = Wieder öffnen
action-hold = Zurückbehalten
action-save-file = Speichern
action-download = Herunterladen

## Due
due-caption = Dringendstes zuerst
due-none = Nichts ist fällig.
due-unsynced = Objekte, die seit { $oldest } auf der Drop Box warten, wurden nicht synchronisiert: Der Server löscht sie in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}. Jetzt synchronisieren.

## Team
team-name = Team
team-fingerprint = Fingerabdruck
team-roster = Mitgliederliste
team-roster-seq = Nr. { $seq }
team-expires = Mitgliederliste läuft ab
team-members = Mitglieder
section-alerts = Warnungen
alerts-none = Keine Warnungen.
alert-roster-expires = Die Mitgliederliste (Nr. { $seq }) läuft am { $day } ab, in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}: Die Admins müssen die nächste vorher signieren, sonst scheitert jede Synchronisierung.
alert-roster-expired = Die Mitgliederliste (Nr. { $seq }) ist am { $day } abgelaufen: Die Admins müssen die nächste signieren; bis dahin scheitert jede Synchronisierung.
alert-no-roster = Dieser Speicher hat noch keine geprüfte Mitgliederliste: Synchronisieren Sie zuerst mit --server und --team.
alert-quarantined = { $count ->
    [one] { $count } Objekt ist in Quarantäne: Die Synchronisierung hat es beiseitegelegt und nichts abgelegt. Siehe unten.
   *[other] { $count } Objekte sind in Quarantäne: Die Synchronisierung hat sie beiseitegelegt und nichts abgelegt. Siehe unten.
}
alert-forged = { $count ->
    [one] WARNUNG: { $count } Objekt in Quarantäne wurde gefälscht oder manipuliert.
   *[other] WARNUNG: { $count } Objekte in Quarantäne wurden gefälscht oder manipuliert.
}
section-quarantined = Objekte in Quarantäne
quarantined-caption = Von der Synchronisierung beiseitegelegt, nie abgelegt ({ $command } zeigt eines)
quarantined-none = Nichts ist in Quarantäne.
no-bundle = (kein Bündel)

## Statistics
stats-chart-alt = Diagramm: { $title }. Die Zahlen stehen in der Tabelle darunter.
`;var Fe=`# The reviewer's window (\`reviewer ui\`, web/ui/). The source language:
# every other file in this directory has exactly these messages, with the
# same placeholders (web/test/i18n.test.js). What the reviewer's services
# say (confirmations, errors, timeline lines, statistics) stays English.
# The values of fixed sets (status-*, severity-*, step-*) are shown, not
# typed: the CLI's words are the values sent.

## The window's frame
window-title = Reviewer
brand = Reviewer
skip-to-content = Skip to the content
nav-label = Views
view-inbox = Inbox
view-due = Due
view-team = Team
view-stats = Statistics
sync = Sync
sync-progress = Sync progress
language-label = Language
boot-connecting = Connecting to the reviewer on this machine…
boot-no-secret = Open the address \`reviewer ui\` printed (it works once). To start again, stop \`reviewer ui\` and run it anew.
boot-refused = The reviewer refused this window: { $error }.
error-window = The window failed: { $error }
error-http = The reviewer answered with an error (HTTP { $status }).
error-unreachable = The reviewer on this machine does not answer: it may have stopped (locked or idle). Run \`reviewer ui\` again.
sync-running = Syncing…
sync-done = Synced: { $cases } new case(s), { $followups } follow-up(s), { $applied } team event(s) applied, { $posted } posted.
sync-errors = Errors: { $errors }
sync-failed = Sync failed: { $error }

## Shared words
none = (none)
none-named = (none named)
nobody = nobody
no-title = (no title)
not-triaged = (not triaged)
number = { $n }
bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}
back-to-inbox = Back to the inbox

## Fixed sets
status-new = new
status-triaged = triaged
status-accepted = accepted
status-invalid = invalid
status-fixing = fixing
status-disclosed = disclosed
status-closed = closed
status-closed-blank = (closed)
severity-critical = critical
severity-high = high
severity-medium = medium
severity-low = low
step-acknowledged = acknowledged
step-next-steps = next steps
step-responded = responded
step-notified = notified
step-party-responded = party responded
step-escalated = escalated
step-disclosed = disclosed
role-admin = admin
role-reviewer = reviewer
urgency-overdue = overdue
urgency-due-soon = due soon
urgency-upcoming = upcoming

## Fields and columns
field-status = Status
field-severity = Severity
field-tlp = TLP
field-owner = Owner
field-search = Search
field-category = Category
field-severity-guess = Reporter's severity guess
field-received = Received
field-replies = Replies
field-contact = Contact
field-credit = Credit as
field-recipients = Recipients
field-left-out = Left out
field-note = Note
field-reply = Reply
field-reason = Reason
field-step = Step
field-detail = Detail
field-date = Date (YYYY-MM-DD)
field-cert = Recipient's certificate file
field-share-out = Write the encrypted share to (file)
field-redact = Field (contact or note:N)
field-until = Until (YYYY-MM-DD, empty: 30 days)
field-directory = Directory
col-id = ID
col-received = Received
col-status = Status
col-severity = Severity
col-tlp = TLP
col-owner = Owner
col-title = Title
col-number = #
col-file-name = File name (sender's)
col-claimed-type = Type claimed by the sender
col-size = Size
col-from = From
col-save = Save
col-when = When
col-who = Who
col-what = What
col-urgency = Urgency
col-due = Due
col-deadline = Deadline
col-case = Case
col-next = Next action
col-name = Name
col-roles = Roles
col-item = Item
col-arrived = Arrived
col-kind = Bundle kind
col-why = Why

## Inbox
inbox-filter = Filter and search
filter-any = any
filter-mine = Mine
filter-overdue = Overdue
filter-closed = Closed
inbox-apply = Apply
inbox-count = { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
inbox-none = No cases.
inbox-overdue = overdue: { $deadlines }
inbox-purged-on = purged on { $day }

## A case
case-id = Case { $id }
case-closed-on = Closed
case-purged-on = Purged on
case-held-without-end = (held without end)
case-closed-explained = A closed case has left the active store: its details come back if it is reopened before it is purged.
case-received = { $day } (receipt { $receipt })
replies-possible = possible (the reporter has a codename)
replies-impossible = not possible
replies-impossible-long = The reporter left no codename: replies are not possible.
section-report = Report
section-attachments = Attachments
section-conversation = Conversation
section-triage = Triage
section-notes = Notes
section-more = More actions
section-timeline = Timeline
section-access-log = Access log
attachments-caption = Attachments (never opened here: save them, then open them in a sandbox)
attachments-none = No attachments.
from-report = report
from-followup = follow-up #{ $seq }
followup-heading = Follow-up #{ $seq } on { $day }
followup-conflict = CONFLICT: another follow-up has this number and different content
reply-heading = Reply #{ $seq } by { $member } on { $day }
note-line = Note { $n } by { $member } on { $day }:
conversation-none = No replies or follow-ups yet.
notes-none = No notes.
timeline-none = No team events yet.
attachment-downloaded = Downloaded (detected { $detected }).
attachment-warning = Warning: { $warning }

## Actions
form-triage = Triage
form-note = Note for the team
form-reply = Reply to the reporter
form-close = Close
form-step = Record a step
form-agree = Agree a disclosure date
form-share = Share under { $tlp } (OpenPGP)
share-fields = Fields (none ticked: title, body, category, severity, attachments)
share-field-title = title
share-field-body = body
share-field-category = category
share-field-severity = severity
share-field-contact = contact
share-field-credit = credit
share-field-notes = notes
share-field-followups = follow-ups
share-field-attachments = attachments
form-redact = Redact
form-reopen = Reopen
form-hold = Hold (keep past the purge)
form-save-attachment = Save attachment { $n }
action-save = Save
action-note = Add note
action-reply = Send reply
action-close = Close case
action-step = Record step
action-agree = Agree date
action-share = Share
action-redact = Redact
action-reopen = Reopen
action-hold = Hold
action-save-file = Save
action-download = Download

## Due
due-caption = Most urgent first
due-none = Nothing is due.
due-unsynced = Items on the drop box waiting since { $oldest } have not been synced: the server purges them in { $days ->
    [one] { $days } day
   *[other] { $days } days
}. Sync now.

## Team
team-name = Team
team-fingerprint = Fingerprint
team-roster = Roster
team-roster-seq = #{ $seq }
team-expires = Roster expires
team-members = Members
section-alerts = Alerts
alerts-none = No alerts.
alert-roster-expires = The roster (#{ $seq }) expires on { $day }, in { $days ->
    [one] { $days } day
   *[other] { $days } days
}: the admins must sign the next one before then, or every sync fails.
alert-roster-expired = The roster (#{ $seq }) expired on { $day }: the admins must sign the next one; until then every sync fails.
alert-no-roster = This store has no verified roster yet: sync with --server and --team first.
alert-quarantined = { $count ->
    [one] { $count } item is quarantined: sync set it aside and filed nothing. See below.
   *[other] { $count } items are quarantined: sync set them aside and filed nothing. See below.
}
alert-forged = { $count ->
    [one] ALERT: { $count } quarantined item was forged or tampered with.
   *[other] ALERT: { $count } quarantined items were forged or tampered with.
}
section-quarantined = Quarantined items
quarantined-caption = Set aside by sync, never filed ({ $command } shows one)
quarantined-none = Nothing is quarantined.
no-bundle = (no bundle)

## Statistics
stats-chart-alt = Chart: { $title }. The figures are in the table below.
`;var Oe=`# La ventana de revisión (\`reviewer ui\`). Fuente: en.ftl.

## The window's frame
window-title = Revisión
brand = Revisión
skip-to-content = Saltar al contenido
nav-label = Vistas
view-inbox = Bandeja de entrada
view-due = Pendientes
view-team = Equipo
view-stats = Estadísticas
sync = Sincronizar
sync-progress = Progreso de la sincronización
language-label = Idioma
boot-connecting = Conectando con el reviewer de este equipo…
boot-no-secret = Abra la dirección que imprimió \`reviewer ui\` (sirve una sola vez). Para empezar de nuevo, detenga \`reviewer ui\` y ejecútelo otra vez.
boot-refused = El reviewer rechazó esta ventana: { $error }.
error-window = La ventana falló: { $error }
error-http = El reviewer respondió con un error (HTTP { $status }).
error-unreachable = El reviewer de este equipo no responde: quizá se detuvo (bloqueo o inactividad). Ejecute \`reviewer ui\` de nuevo.
sync-running = Sincronizando…
sync-done = Sincronizado: { $cases } caso(s) nuevo(s), { $followups } seguimiento(s), { $applied } evento(s) del equipo aplicado(s), { $posted } enviado(s).
sync-errors = Errores: { $errors }
sync-failed = La sincronización falló: { $error }

## Shared words
none = (ninguno)
none-named = (nadie nombrado)
nobody = nadie
no-title = (sin título)
not-triaged = (sin clasificar)
number = { $n }
bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}
back-to-inbox = Volver a la bandeja de entrada

## Fixed sets
status-new = nuevo
status-triaged = clasificado
status-accepted = aceptado
status-invalid = no válido
status-fixing = en corrección
status-disclosed = divulgado
status-closed = cerrado
status-closed-blank = (cerrado)
severity-critical = crítica
severity-high = alta
severity-medium = media
severity-low = baja
step-acknowledged = acuse de recibo
step-next-steps = próximos pasos
step-responded = respondido
step-notified = notificado
step-party-responded = la otra parte respondió
step-escalated = escalado
step-disclosed = divulgado
role-admin = administración
role-reviewer = revisión
urgency-overdue = vencido
urgency-due-soon = vence pronto
urgency-upcoming = próximo

## Fields and columns
field-status = Estado
field-severity = Gravedad
field-tlp = TLP
field-owner = Responsable
field-search = Buscar
field-category = Categoría
field-severity-guess = Gravedad según quien informa
field-received = Recibido
field-replies = Respuestas
field-contact = Contacto
field-credit = Crédito como
field-recipients = Destinatarios
field-left-out = Excluidos
field-note = Nota
field-reply = Respuesta
field-reason = Motivo
field-step = Paso
field-detail = Detalle
field-date = Fecha (AAAA-MM-DD)
field-cert = Archivo del certificado del destinatario
field-share-out = Escribir lo compartido cifrado en (archivo)
field-redact = Campo (contact o note:N)
field-until = Hasta (AAAA-MM-DD, vacío: 30 días)
field-directory = Carpeta
col-id = ID
col-received = Recibido
col-status = Estado
col-severity = Gravedad
col-tlp = TLP
col-owner = Responsable
col-title = Título
col-number = N.º
col-file-name = Nombre del archivo (del remitente)
col-claimed-type = Tipo declarado por el remitente
col-size = Tamaño
col-from = Origen
col-save = Guardar
col-when = Cuándo
col-who = Quién
col-what = Qué
col-urgency = Urgencia
col-due = Vence
col-deadline = Plazo
col-case = Caso
col-next = Siguiente acción
col-name = Nombre
col-roles = Funciones
col-item = Elemento
col-arrived = Llegada
col-kind = Tipo de paquete
col-why = Por qué

## Inbox
inbox-filter = Filtrar y buscar
filter-any = cualquiera
filter-mine = Míos
filter-overdue = Vencidos
filter-closed = Cerrados
inbox-apply = Aplicar
inbox-count = { $count ->
    [one] { $count } caso
   *[other] { $count } casos
}
inbox-none = No hay casos.
inbox-overdue = vencido: { $deadlines }
inbox-purged-on = se borra el { $day }

## A case
case-id = Caso { $id }
case-closed-on = Cerrado
case-purged-on = Se borra el
case-held-without-end = (retenido sin fin)
case-closed-explained = Un caso cerrado ha salido del almacén activo: sus detalles vuelven si se reabre antes de borrarse.
case-received = { $day } (recibo { $receipt })
replies-possible = posibles (quien informa tiene un nombre en clave)
replies-impossible = no posibles
replies-impossible-long = Quien informa no dejó nombre en clave: no se puede responder.
section-report = Informe
section-attachments = Adjuntos
section-conversation = Conversación
section-triage = Clasificación
section-notes = Notas
section-more = Más acciones
section-timeline = Cronología
section-access-log = Registro de accesos
attachments-caption = Adjuntos (nunca se abren aquí: guárdelos y ábralos en un entorno aislado)
attachments-none = No hay adjuntos.
from-report = informe
from-followup = seguimiento n.º { $seq }
followup-heading = Seguimiento n.º { $seq } del { $day }
followup-conflict = CONFLICTO: otro seguimiento tiene este número y otro contenido
reply-heading = Respuesta n.º { $seq } de { $member } el { $day }
note-line = Nota { $n } de { $member } el { $day }:
conversation-none = Aún no hay respuestas ni seguimientos.
notes-none = No hay notas.
timeline-none = Aún no hay eventos del equipo.
attachment-downloaded = Descargado (tipo detectado: { $detected }).
attachment-warning = Aviso: { $warning }

## Actions
form-triage = Clasificación
form-note = Nota para el equipo
form-reply = Responder a quien informa
form-close = Cerrar
form-step = Registrar un paso
form-agree = Acordar una fecha de divulgación
form-share = Compartir bajo { $tlp } (OpenPGP)
share-fields = Campos (si no marca ninguno: título, texto, categoría, gravedad, adjuntos)
share-field-title = título
share-field-body = texto
share-field-category = categoría
share-field-severity = gravedad
share-field-contact = contacto
share-field-credit = crédito
share-field-notes = notas
share-field-followups = seguimientos
share-field-attachments = adjuntos
form-redact = Ocultar
form-reopen = Reabrir
form-hold = Retener (más allá del borrado)
form-save-attachment = Guardar el adjunto { $n }
action-save = Guardar
action-note = Añadir nota
action-reply = Enviar respuesta
action-close = Cerrar el caso
action-step = Registrar paso
action-agree = Acordar fecha
action-share = Compartir
action-redact = Ocultar
action-reopen = Reabrir
action-hold = Retener
action-save-file = Guardar
action-download = Descargar

## Due
due-caption = Lo más urgente primero
due-none = No hay nada pendiente.
due-unsynced = Hay elementos esperando en el buzón desde el { $oldest } sin sincronizar: el servidor los borra en { $days ->
    [one] { $days } día
   *[other] { $days } días
}. Sincronice ahora.

## Team
team-name = Equipo
team-fingerprint = Huella
team-roster = Lista de miembros
team-roster-seq = n.º { $seq }
team-expires = La lista caduca
team-members = Miembros
section-alerts = Alertas
alerts-none = No hay alertas.
alert-roster-expires = La lista de miembros (n.º { $seq }) caduca el { $day }, dentro de { $days ->
    [one] { $days } día
   *[other] { $days } días
}: la administración debe firmar la siguiente antes, o toda sincronización fallará.
alert-roster-expired = La lista de miembros (n.º { $seq }) caducó el { $day }: la administración debe firmar la siguiente; hasta entonces toda sincronización falla.
alert-no-roster = Este almacén aún no tiene una lista de miembros verificada: sincronice primero con --server y --team.
alert-quarantined = { $count ->
    [one] { $count } elemento está en cuarentena: la sincronización lo apartó y no archivó nada. Véalo abajo.
   *[other] { $count } elementos están en cuarentena: la sincronización los apartó y no archivó nada. Véalos abajo.
}
alert-forged = { $count ->
    [one] ALERTA: { $count } elemento en cuarentena fue falsificado o manipulado.
   *[other] ALERTA: { $count } elementos en cuarentena fueron falsificados o manipulados.
}
section-quarantined = Elementos en cuarentena
quarantined-caption = Apartados por la sincronización, nunca archivados ({ $command } muestra uno)
quarantined-none = No hay nada en cuarentena.
no-bundle = (sin paquete)

## Statistics
stats-chart-alt = Gráfico: { $title }. Las cifras están en la tabla de abajo.
`;var Me=`# پنجرهٔ بازبین (\`reviewer ui\`). منبع: en.ftl.

## The window's frame
window-title = بازبین
brand = بازبین
skip-to-content = پرش به محتوا
nav-label = نماها
view-inbox = صندوق ورودی
view-due = سررسیدها
view-team = تیم
view-stats = آمار
sync = همگام‌سازی
sync-progress = پیشرفت همگام‌سازی
language-label = زبان
boot-connecting = در حال اتصال به بازبین روی همین رایانه…
boot-no-secret = نشانی‌ای را که \`reviewer ui\` چاپ کرد باز کنید (فقط یک بار کار می‌کند). برای شروع دوباره، \`reviewer ui\` را متوقف و دوباره اجرا کنید.
boot-refused = بازبین این پنجره را نپذیرفت: { $error }.
error-window = پنجره با خطا روبه‌رو شد: { $error }
error-http = بازبین با خطا پاسخ داد (HTTP { $status }).
error-unreachable = بازبین روی این رایانه پاسخ نمی‌دهد: شاید متوقف شده باشد (قفل یا بی‌کاری). \`reviewer ui\` را دوباره اجرا کنید.
sync-running = در حال همگام‌سازی…
sync-done = همگام شد: پروندهٔ تازه: { $cases }، پیگیری: { $followups }، رویداد تیم اعمال‌شده: { $applied }، ارسال‌شده: { $posted }.
sync-errors = خطاها: { $errors }
sync-failed = همگام‌سازی ناموفق بود: { $error }

## Shared words
none = (هیچ)
none-named = (کسی نام برده نشده)
nobody = هیچ‌کس
no-title = (بی‌عنوان)
not-triaged = (دسته‌بندی نشده)
number = { $n }
bytes = { $size } بایت
back-to-inbox = بازگشت به صندوق ورودی

## Fixed sets
status-new = تازه
status-triaged = دسته‌بندی‌شده
status-accepted = پذیرفته
status-invalid = نامعتبر
status-fixing = در حال رفع
status-disclosed = افشاشده
status-closed = بسته
status-closed-blank = (بسته)
severity-critical = بحرانی
severity-high = زیاد
severity-medium = متوسط
severity-low = کم
step-acknowledged = دریافت تأیید شد
step-next-steps = گام‌های بعدی
step-responded = پاسخ داده شد
step-notified = اطلاع داده شد
step-party-responded = طرف مقابل پاسخ داد
step-escalated = ارجاع به سطح بالاتر
step-disclosed = افشا شد
role-admin = مدیر
role-reviewer = بازبین
urgency-overdue = عقب‌افتاده
urgency-due-soon = به‌زودی سررسید
urgency-upcoming = پیش رو

## Fields and columns
field-status = وضعیت
field-severity = شدت
field-tlp = TLP
field-owner = مسئول
field-search = جستجو
field-category = دسته
field-severity-guess = برآورد گزارش‌دهنده از شدت
field-received = دریافت
field-replies = پاسخ‌ها
field-contact = راه تماس
field-credit = نام برای قدردانی
field-recipients = گیرندگان
field-left-out = کنار گذاشته‌شدگان
field-note = یادداشت
field-reply = پاسخ
field-reason = دلیل
field-step = گام
field-detail = جزئیات
field-date = تاریخ (YYYY-MM-DD)
field-cert = پروندهٔ گواهی گیرنده
field-share-out = نوشتن اشتراک رمزنگاری‌شده در (پرونده)
field-redact = فیلد (contact یا note:N)
field-until = تا (YYYY-MM-DD، خالی: ۳۰ روز)
field-directory = پوشه
col-id = شناسه
col-received = دریافت
col-status = وضعیت
col-severity = شدت
col-tlp = TLP
col-owner = مسئول
col-title = عنوان
col-number = شماره
col-file-name = نام پرونده (از فرستنده)
col-claimed-type = نوع اعلام‌شده از سوی فرستنده
col-size = اندازه
col-from = از
col-save = ذخیره
col-when = کی
col-who = چه کسی
col-what = چه
col-urgency = فوریت
col-due = سررسید
col-deadline = مهلت
col-case = پرونده
col-next = اقدام بعدی
col-name = نام
col-roles = نقش‌ها
col-item = مورد
col-arrived = رسیدن
col-kind = نوع بسته
col-why = چرا

## Inbox
inbox-filter = پالایش و جستجو
filter-any = همه
filter-mine = مال من
filter-overdue = عقب‌افتاده
filter-closed = بسته
inbox-apply = اعمال
inbox-count = { $count } پرونده
inbox-none = پرونده‌ای نیست.
inbox-overdue = عقب‌افتاده: { $deadlines }
inbox-purged-on = حذف در { $day }

## A case
case-id = پروندهٔ { $id }
case-closed-on = بسته شد
case-purged-on = حذف در
case-held-without-end = (نگه‌داشته بی‌پایان)
case-closed-explained = پروندهٔ بسته از انبارهٔ فعال بیرون رفته است: اگر پیش از حذف دوباره باز شود، جزئیاتش برمی‌گردد.
case-received = { $day } (رسید { $receipt })
replies-possible = ممکن (گزارش‌دهنده نام رمز دارد)
replies-impossible = ناممکن
replies-impossible-long = گزارش‌دهنده نام رمزی به جا نگذاشت: پاسخ ممکن نیست.
section-report = گزارش
section-attachments = پیوست‌ها
section-conversation = گفت‌وگو
section-triage = دسته‌بندی
section-notes = یادداشت‌ها
section-more = اقدام‌های دیگر
section-timeline = خط زمانی
section-access-log = گزارش دسترسی
attachments-caption = پیوست‌ها (هرگز اینجا باز نمی‌شوند: ذخیره‌شان کنید و در محیطی ایزوله باز کنید)
attachments-none = پیوستی نیست.
from-report = گزارش
from-followup = پیگیری شمارهٔ { $seq }
followup-heading = پیگیری شمارهٔ { $seq } در { $day }
followup-conflict = تعارض: پیگیری دیگری همین شماره را با محتوای متفاوت دارد
reply-heading = پاسخ شمارهٔ { $seq } از { $member } در { $day }
note-line = یادداشت { $n } از { $member } در { $day }:
conversation-none = هنوز پاسخ یا پیگیری‌ای نیست.
notes-none = یادداشتی نیست.
timeline-none = هنوز رویدادی از تیم نیست.
attachment-downloaded = بارگیری شد (نوع شناسایی‌شده: { $detected }).
attachment-warning = هشدار: { $warning }

## Actions
form-triage = دسته‌بندی
form-note = یادداشت برای تیم
form-reply = پاسخ به گزارش‌دهنده
form-close = بستن
form-step = ثبت یک گام
form-agree = توافق بر تاریخ افشا
form-share = اشتراک زیر { $tlp } (OpenPGP)
share-fields = فیلدها (اگر هیچ‌کدام تیک نخورد: عنوان، متن، دسته، شدت، پیوست‌ها)
share-field-title = عنوان
share-field-body = متن
share-field-category = دسته
share-field-severity = شدت
share-field-contact = راه تماس
share-field-credit = قدردانی
share-field-notes = یادداشت‌ها
share-field-followups = پیگیری‌ها
share-field-attachments = پیوست‌ها
form-redact = پوشاندن
form-reopen = بازگشایی
form-hold = نگه‌داشتن (پس از موعد حذف)
form-save-attachment = ذخیرهٔ پیوست { $n }
action-save = ذخیره
action-note = افزودن یادداشت
action-reply = فرستادن پاسخ
action-close = بستن پرونده
action-step = ثبت گام
action-agree = توافق بر تاریخ
action-share = اشتراک
action-redact = پوشاندن
action-reopen = بازگشایی
action-hold = نگه‌داشتن
action-save-file = ذخیره
action-download = بارگیری

## Due
due-caption = فوری‌ترین‌ها نخست
due-none = چیزی سررسید نشده است.
due-unsynced = مواردی که از { $oldest } روی صندوق امن منتظرند همگام نشده‌اند: کارساز آن‌ها را تا { $days } روز دیگر حذف می‌کند. اکنون همگام کنید.

## Team
team-name = تیم
team-fingerprint = اثر انگشت
team-roster = فهرست اعضا
team-roster-seq = شمارهٔ { $seq }
team-expires = انقضای فهرست
team-members = اعضا
section-alerts = هشدارها
alerts-none = هشداری نیست.
alert-roster-expires = فهرست اعضا (شمارهٔ { $seq }) در { $day } منقضی می‌شود، { $days } روز دیگر: مدیران باید فهرست بعدی را پیش از آن امضا کنند، وگرنه هر همگام‌سازی شکست می‌خورد.
alert-roster-expired = فهرست اعضا (شمارهٔ { $seq }) در { $day } منقضی شد: مدیران باید فهرست بعدی را امضا کنند؛ تا آن زمان هر همگام‌سازی شکست می‌خورد.
alert-no-roster = این انباره هنوز فهرست اعضای تأییدشده ندارد: نخست با --server و --team همگام کنید.
alert-quarantined = { $count } مورد در قرنطینه است: همگام‌سازی آن را کنار گذاشت و چیزی ثبت نکرد. پایین را ببینید.
alert-forged = هشدار: { $count } مورد قرنطینه‌شده جعلی است یا دستکاری شده است.
section-quarantined = موارد قرنطینه‌شده
quarantined-caption = کنار گذاشته‌شده به دست همگام‌سازی، هرگز ثبت نشده ({ $command } یکی را نشان می‌دهد)
quarantined-none = چیزی در قرنطینه نیست.
no-bundle = (بی‌بسته)

## Statistics
stats-chart-alt = نمودار: { $title }. ارقام در جدول زیر آمده‌اند.
`;var _e=`# La fenêtre de relecture (\`reviewer ui\`). Source : en.ftl.

## The window's frame
window-title = Relecture
brand = Relecture
skip-to-content = Aller au contenu
nav-label = Vues
view-inbox = Boîte de réception
view-due = Échéances
view-team = Équipe
view-stats = Statistiques
sync = Synchroniser
sync-progress = Progression de la synchronisation
language-label = Langue
boot-connecting = Connexion au reviewer de cette machine…
boot-no-secret = Ouvrez l’adresse affichée par \`reviewer ui\` (elle ne sert qu’une fois). Pour recommencer, arrêtez \`reviewer ui\` et relancez-le.
boot-refused = Le reviewer a refusé cette fenêtre : { $error }.
error-window = La fenêtre a échoué : { $error }
error-http = Le reviewer a répondu par une erreur (HTTP { $status }).
error-unreachable = Le reviewer de cette machine ne répond pas : il s’est peut-être arrêté (verrouillage ou inactivité). Relancez \`reviewer ui\`.
sync-running = Synchronisation…
sync-done = Synchronisé : { $cases } nouveau(x) dossier(s), { $followups } suivi(s), { $applied } événement(s) d’équipe appliqué(s), { $posted } envoyé(s).
sync-errors = Erreurs : { $errors }
sync-failed = La synchronisation a échoué : { $error }

## Shared words
none = (aucun)
none-named = (personne de nommé)
nobody = personne
no-title = (sans titre)
not-triaged = (non trié)
number = { $n }
bytes = { $size ->
    [one] { $size } octet
   *[other] { $size } octets
}
back-to-inbox = Retour à la boîte de réception

## Fixed sets
status-new = nouveau
status-triaged = trié
status-accepted = accepté
status-invalid = non valable
status-fixing = en correction
status-disclosed = divulgué
status-closed = clos
status-closed-blank = (clos)
severity-critical = critique
severity-high = élevée
severity-medium = moyenne
severity-low = faible
step-acknowledged = accusé de réception
step-next-steps = prochaines étapes
step-responded = réponse envoyée
step-notified = notifié
step-party-responded = l’autre partie a répondu
step-escalated = escaladé
step-disclosed = divulgué
role-admin = administration
role-reviewer = relecture
urgency-overdue = en retard
urgency-due-soon = bientôt dû
urgency-upcoming = à venir

## Fields and columns
field-status = Statut
field-severity = Gravité
field-tlp = TLP
field-owner = Responsable
field-search = Recherche
field-category = Catégorie
field-severity-guess = Gravité estimée par la personne
field-received = Reçu
field-replies = Réponses
field-contact = Contact
field-credit = Créditer comme
field-recipients = Destinataires
field-left-out = Tenus à l’écart
field-note = Note
field-reply = Réponse
field-reason = Motif
field-step = Étape
field-detail = Détail
field-date = Date (AAAA-MM-JJ)
field-cert = Fichier du certificat du destinataire
field-share-out = Écrire le partage chiffré dans (fichier)
field-redact = Champ (contact ou note:N)
field-until = Jusqu’au (AAAA-MM-JJ, vide : 30 jours)
field-directory = Dossier
col-id = ID
col-received = Reçu
col-status = Statut
col-severity = Gravité
col-tlp = TLP
col-owner = Responsable
col-title = Titre
col-number = N°
col-file-name = Nom du fichier (selon l’expéditeur)
col-claimed-type = Type annoncé par l’expéditeur
col-size = Taille
col-from = Provenance
col-save = Enregistrer
col-when = Quand
col-who = Qui
col-what = Quoi
col-urgency = Urgence
col-due = Échéance
col-deadline = Délai
col-case = Dossier
col-next = Action suivante
col-name = Nom
col-roles = Rôles
col-item = Élément
col-arrived = Arrivée
col-kind = Type de paquet
col-why = Pourquoi

## Inbox
inbox-filter = Filtrer et chercher
filter-any = tous
filter-mine = Les miens
filter-overdue = En retard
filter-closed = Clos
inbox-apply = Appliquer
inbox-count = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
inbox-none = Aucun dossier.
inbox-overdue = en retard : { $deadlines }
inbox-purged-on = supprimé le { $day }

## A case
case-id = Dossier { $id }
case-closed-on = Clos
case-purged-on = Supprimé le
case-held-without-end = (conservé sans fin)
case-closed-explained = Un dossier clos a quitté le stockage actif : ses détails reviennent s’il est rouvert avant d’être supprimé.
case-received = { $day } (reçu { $receipt })
replies-possible = possibles (la personne a un nom de code)
replies-impossible = impossibles
replies-impossible-long = La personne n’a pas laissé de nom de code : impossible de lui répondre.
section-report = Signalement
section-attachments = Pièces jointes
section-conversation = Échanges
section-triage = Tri
section-notes = Notes
section-more = Autres actions
section-timeline = Chronologie
section-access-log = Journal des accès
attachments-caption = Pièces jointes (jamais ouvertes ici : enregistrez-les, puis ouvrez-les dans un bac à sable)
attachments-none = Aucune pièce jointe.
from-report = signalement
from-followup = suivi n° { $seq }
followup-heading = Suivi n° { $seq } du { $day }
followup-conflict = CONFLIT : un autre suivi porte ce numéro avec un contenu différent
reply-heading = Réponse n° { $seq } de { $member } le { $day }
note-line = Note { $n } de { $member } le { $day } :
conversation-none = Pas encore de réponse ni de suivi.
notes-none = Aucune note.
timeline-none = Pas encore d’événement d’équipe.
attachment-downloaded = Téléchargé (type détecté : { $detected }).
attachment-warning = Attention : { $warning }

## Actions
form-triage = Tri
form-note = Note pour l’équipe
form-reply = Répondre à la personne
form-close = Clore
form-step = Noter une étape
form-agree = Convenir d’une date de divulgation
form-share = Partager sous { $tlp } (OpenPGP)
share-fields = Champs (aucun coché : titre, texte, catégorie, gravité, pièces jointes)
share-field-title = titre
share-field-body = texte
share-field-category = catégorie
share-field-severity = gravité
share-field-contact = contact
share-field-credit = crédit
share-field-notes = notes
share-field-followups = suivis
share-field-attachments = pièces jointes
form-redact = Caviarder
form-reopen = Rouvrir
form-hold = Conserver (au-delà de la suppression)
form-save-attachment = Enregistrer la pièce jointe { $n }
action-save = Enregistrer
action-note = Ajouter la note
action-reply = Envoyer la réponse
action-close = Clore le dossier
action-step = Noter l’étape
action-agree = Convenir de la date
action-share = Partager
action-redact = Caviarder
action-reopen = Rouvrir
action-hold = Conserver
action-save-file = Enregistrer
action-download = Télécharger

## Due
due-caption = Le plus urgent d’abord
due-none = Rien n’est dû.
due-unsynced = Des éléments attendent sur la boîte de dépôt depuis le { $oldest } sans avoir été synchronisés : le serveur les supprime dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}. Synchronisez maintenant.

## Team
team-name = Équipe
team-fingerprint = Empreinte
team-roster = Liste des membres
team-roster-seq = n° { $seq }
team-expires = La liste expire
team-members = Membres
section-alerts = Alertes
alerts-none = Aucune alerte.
alert-roster-expires = La liste des membres (n° { $seq }) expire le { $day }, dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} : l’administration doit signer la suivante avant, sinon chaque synchronisation échouera.
alert-roster-expired = La liste des membres (n° { $seq }) a expiré le { $day } : l’administration doit signer la suivante ; d’ici là, chaque synchronisation échoue.
alert-no-roster = Ce stockage n’a pas encore de liste des membres vérifiée : synchronisez d’abord avec --server et --team.
alert-quarantined = { $count ->
    [one] { $count } élément est en quarantaine : la synchronisation l’a mis de côté sans rien classer. Voir plus bas.
   *[other] { $count } éléments sont en quarantaine : la synchronisation les a mis de côté sans rien classer. Voir plus bas.
}
alert-forged = { $count ->
    [one] ALERTE : { $count } élément en quarantaine a été falsifié ou altéré.
   *[other] ALERTE : { $count } éléments en quarantaine ont été falsifiés ou altérés.
}
section-quarantined = Éléments en quarantaine
quarantined-caption = Mis de côté par la synchronisation, jamais classés ({ $command } en montre un)
quarantined-none = Rien n’est en quarantaine.
no-bundle = (pas de paquet)

## Statistics
stats-chart-alt = Graphique : { $title }. Les chiffres sont dans le tableau ci-dessous.
`;var je=`# A janela de revisão (\`reviewer ui\`). Fonte: en.ftl.

## The window's frame
window-title = Revisão
brand = Revisão
skip-to-content = Ir para o conteúdo
nav-label = Vistas
view-inbox = Caixa de entrada
view-due = Prazos
view-team = Equipe
view-stats = Estatísticas
sync = Sincronizar
sync-progress = Progresso da sincronização
language-label = Idioma
boot-connecting = Conectando ao reviewer desta máquina…
boot-no-secret = Abra o endereço que \`reviewer ui\` imprimiu (vale uma vez). Para recomeçar, pare o \`reviewer ui\` e execute-o de novo.
boot-refused = O reviewer recusou esta janela: { $error }.
error-window = A janela falhou: { $error }
error-http = O reviewer respondeu com um erro (HTTP { $status }).
error-unreachable = O reviewer desta máquina não responde: talvez tenha parado (bloqueio ou inatividade). Execute \`reviewer ui\` de novo.
sync-running = Sincronizando…
sync-done = Sincronizado: { $cases } caso(s) novo(s), { $followups } complemento(s), { $applied } evento(s) da equipe aplicado(s), { $posted } enviado(s).
sync-errors = Erros: { $errors }
sync-failed = A sincronização falhou: { $error }

## Shared words
none = (nenhum)
none-named = (ninguém indicado)
nobody = ninguém
no-title = (sem título)
not-triaged = (não classificado)
number = { $n }
bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}
back-to-inbox = Voltar à caixa de entrada

## Fixed sets
status-new = novo
status-triaged = classificado
status-accepted = aceito
status-invalid = inválido
status-fixing = em correção
status-disclosed = divulgado
status-closed = encerrado
status-closed-blank = (encerrado)
severity-critical = crítica
severity-high = alta
severity-medium = média
severity-low = baixa
step-acknowledged = recebimento confirmado
step-next-steps = próximos passos
step-responded = respondido
step-notified = notificado
step-party-responded = a outra parte respondeu
step-escalated = escalado
step-disclosed = divulgado
role-admin = administração
role-reviewer = revisão
urgency-overdue = atrasado
urgency-due-soon = vence em breve
urgency-upcoming = próximo

## Fields and columns
field-status = Situação
field-severity = Gravidade
field-tlp = TLP
field-owner = Responsável
field-search = Pesquisar
field-category = Categoria
field-severity-guess = Gravidade segundo quem relatou
field-received = Recebido
field-replies = Respostas
field-contact = Contato
field-credit = Crédito como
field-recipients = Destinatários
field-left-out = Deixados de fora
field-note = Nota
field-reply = Resposta
field-reason = Motivo
field-step = Passo
field-detail = Detalhe
field-date = Data (AAAA-MM-DD)
field-cert = Arquivo do certificado do destinatário
field-share-out = Gravar o compartilhamento cifrado em (arquivo)
field-redact = Campo (contact ou note:N)
field-until = Até (AAAA-MM-DD, vazio: 30 dias)
field-directory = Pasta
col-id = ID
col-received = Recebido
col-status = Situação
col-severity = Gravidade
col-tlp = TLP
col-owner = Responsável
col-title = Título
col-number = N.º
col-file-name = Nome do arquivo (do remetente)
col-claimed-type = Tipo declarado pelo remetente
col-size = Tamanho
col-from = Origem
col-save = Salvar
col-when = Quando
col-who = Quem
col-what = O quê
col-urgency = Urgência
col-due = Vence
col-deadline = Prazo
col-case = Caso
col-next = Próxima ação
col-name = Nome
col-roles = Papéis
col-item = Item
col-arrived = Chegada
col-kind = Tipo de pacote
col-why = Por quê

## Inbox
inbox-filter = Filtrar e pesquisar
filter-any = qualquer
filter-mine = Meus
filter-overdue = Atrasados
filter-closed = Encerrados
inbox-apply = Aplicar
inbox-count = { $count ->
    [one] { $count } caso
   *[other] { $count } casos
}
inbox-none = Nenhum caso.
inbox-overdue = atrasado: { $deadlines }
inbox-purged-on = apagado em { $day }

## A case
case-id = Caso { $id }
case-closed-on = Encerrado
case-purged-on = Apagado em
case-held-without-end = (retido sem prazo)
case-closed-explained = Um caso encerrado saiu do armazenamento ativo: os detalhes voltam se for reaberto antes de ser apagado.
case-received = { $day } (recibo { $receipt })
replies-possible = possíveis (quem relatou tem um codinome)
replies-impossible = impossíveis
replies-impossible-long = Quem relatou não deixou codinome: não é possível responder.
section-report = Relato
section-attachments = Anexos
section-conversation = Conversa
section-triage = Classificação
section-notes = Notas
section-more = Mais ações
section-timeline = Linha do tempo
section-access-log = Registro de acessos
attachments-caption = Anexos (nunca abertos aqui: salve-os e abra-os num ambiente isolado)
attachments-none = Nenhum anexo.
from-report = relato
from-followup = complemento n.º { $seq }
followup-heading = Complemento n.º { $seq } de { $day }
followup-conflict = CONFLITO: outro complemento tem este número e outro conteúdo
reply-heading = Resposta n.º { $seq } de { $member } em { $day }
note-line = Nota { $n } de { $member } em { $day }:
conversation-none = Ainda não há respostas nem complementos.
notes-none = Nenhuma nota.
timeline-none = Ainda não há eventos da equipe.
attachment-downloaded = Baixado (tipo detectado: { $detected }).
attachment-warning = Aviso: { $warning }

## Actions
form-triage = Classificação
form-note = Nota para a equipe
form-reply = Responder a quem relatou
form-close = Encerrar
form-step = Registrar um passo
form-agree = Combinar uma data de divulgação
form-share = Compartilhar sob { $tlp } (OpenPGP)
share-fields = Campos (nenhum marcado: título, texto, categoria, gravidade, anexos)
share-field-title = título
share-field-body = texto
share-field-category = categoria
share-field-severity = gravidade
share-field-contact = contato
share-field-credit = crédito
share-field-notes = notas
share-field-followups = complementos
share-field-attachments = anexos
form-redact = Ocultar
form-reopen = Reabrir
form-hold = Reter (além do apagamento)
form-save-attachment = Salvar o anexo { $n }
action-save = Salvar
action-note = Adicionar nota
action-reply = Enviar resposta
action-close = Encerrar o caso
action-step = Registrar passo
action-agree = Combinar data
action-share = Compartilhar
action-redact = Ocultar
action-reopen = Reabrir
action-hold = Reter
action-save-file = Salvar
action-download = Baixar

## Due
due-caption = O mais urgente primeiro
due-none = Nada vence.
due-unsynced = Itens aguardando na caixa de envio desde { $oldest } não foram sincronizados: o servidor os apaga em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}. Sincronize agora.

## Team
team-name = Equipe
team-fingerprint = Impressão digital
team-roster = Lista de membros
team-roster-seq = n.º { $seq }
team-expires = A lista expira
team-members = Membros
section-alerts = Alertas
alerts-none = Nenhum alerta.
alert-roster-expires = A lista de membros (n.º { $seq }) expira em { $day }, daqui a { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}: a administração precisa assinar a próxima antes disso, ou toda sincronização falhará.
alert-roster-expired = A lista de membros (n.º { $seq }) expirou em { $day }: a administração precisa assinar a próxima; até lá toda sincronização falha.
alert-no-roster = Este armazenamento ainda não tem uma lista de membros verificada: sincronize primeiro com --server e --team.
alert-quarantined = { $count ->
    [one] { $count } item está em quarentena: a sincronização o pôs de lado e não arquivou nada. Veja abaixo.
   *[other] { $count } itens estão em quarentena: a sincronização os pôs de lado e não arquivou nada. Veja abaixo.
}
alert-forged = { $count ->
    [one] ALERTA: { $count } item em quarentena foi forjado ou adulterado.
   *[other] ALERTA: { $count } itens em quarentena foram forjados ou adulterados.
}
section-quarantined = Itens em quarentena
quarantined-caption = Postos de lado pela sincronização, nunca arquivados ({ $command } mostra um)
quarantined-none = Nada está em quarentena.
no-bundle = (sem pacote)

## Statistics
stats-chart-alt = Gráfico: { $title }. Os números estão na tabela abaixo.
`;var Ge=`# Окно проверяющего (\`reviewer ui\`). Источник: en.ftl.

## The window's frame
window-title = Проверка
brand = Проверка
skip-to-content = Перейти к содержимому
nav-label = Разделы
view-inbox = Входящие
view-due = Сроки
view-team = Команда
view-stats = Статистика
sync = Синхронизировать
sync-progress = Ход синхронизации
language-label = Язык
boot-connecting = Подключение к reviewer на этом компьютере…
boot-no-secret = Откройте адрес, который вывел \`reviewer ui\` (он действует один раз). Чтобы начать заново, остановите \`reviewer ui\` и запустите его снова.
boot-refused = Reviewer отклонил это окно: { $error }.
error-window = Сбой окна: { $error }
error-http = Reviewer ответил ошибкой (HTTP { $status }).
error-unreachable = Reviewer на этом компьютере не отвечает: возможно, он остановлен (блокировка или бездействие). Запустите \`reviewer ui\` снова.
sync-running = Синхронизация…
sync-done = Синхронизировано: новых дел — { $cases }, дополнений — { $followups }, событий команды применено — { $applied }, отправлено — { $posted }.
sync-errors = Ошибки: { $errors }
sync-failed = Синхронизация не удалась: { $error }

## Shared words
none = (нет)
none-named = (никто не указан)
nobody = никто
no-title = (без заголовка)
not-triaged = (не оценено)
number = { $n }
bytes = { $size ->
    [one] { $size } байт
    [few] { $size } байта
   *[other] { $size } байт
}
back-to-inbox = Назад во входящие

## Fixed sets
status-new = новое
status-triaged = оценено
status-accepted = принято
status-invalid = недействительно
status-fixing = исправляется
status-disclosed = раскрыто
status-closed = закрыто
status-closed-blank = (закрыто)
severity-critical = критическая
severity-high = высокая
severity-medium = средняя
severity-low = низкая
step-acknowledged = получение подтверждено
step-next-steps = следующие шаги
step-responded = дан ответ
step-notified = уведомлены
step-party-responded = другая сторона ответила
step-escalated = передано выше
step-disclosed = раскрыто
role-admin = администратор
role-reviewer = проверяющий
urgency-overdue = просрочено
urgency-due-soon = скоро срок
urgency-upcoming = предстоит

## Fields and columns
field-status = Статус
field-severity = Серьёзность
field-tlp = TLP
field-owner = Ответственный
field-search = Поиск
field-category = Категория
field-severity-guess = Серьёзность по оценке автора
field-received = Получено
field-replies = Ответы
field-contact = Контакт
field-credit = Указать как
field-recipients = Получатели
field-left-out = Исключены
field-note = Заметка
field-reply = Ответ
field-reason = Причина
field-step = Шаг
field-detail = Подробности
field-date = Дата (ГГГГ-ММ-ДД)
field-cert = Файл сертификата получателя
field-share-out = Записать зашифрованную передачу в (файл)
field-redact = Поле (contact или note:N)
field-until = До (ГГГГ-ММ-ДД, пусто: 30 дней)
field-directory = Папка
col-id = ID
col-received = Получено
col-status = Статус
col-severity = Серьёзность
col-tlp = TLP
col-owner = Ответственный
col-title = Заголовок
col-number = №
col-file-name = Имя файла (от отправителя)
col-claimed-type = Тип, заявленный отправителем
col-size = Размер
col-from = Откуда
col-save = Сохранить
col-when = Когда
col-who = Кто
col-what = Что
col-urgency = Срочность
col-due = Срок
col-deadline = Крайний срок
col-case = Дело
col-next = Следующее действие
col-name = Имя
col-roles = Роли
col-item = Объект
col-arrived = Поступил
col-kind = Тип пакета
col-why = Почему

## Inbox
inbox-filter = Фильтр и поиск
filter-any = любой
filter-mine = Мои
filter-overdue = Просроченные
filter-closed = Закрытые
inbox-apply = Применить
inbox-count = { $count ->
    [one] { $count } дело
    [few] { $count } дела
   *[other] { $count } дел
}
inbox-none = Дел нет.
inbox-overdue = просрочено: { $deadlines }
inbox-purged-on = удаляется { $day }

## A case
case-id = Дело { $id }
case-closed-on = Закрыто
case-purged-on = Удаляется
case-held-without-end = (удерживается бессрочно)
case-closed-explained = Закрытое дело покинуло активное хранилище: его подробности вернутся, если открыть его снова до удаления.
case-received = { $day } (квитанция { $receipt })
replies-possible = возможны (у автора есть кодовое имя)
replies-impossible = невозможны
replies-impossible-long = Автор не оставил кодового имени: ответить невозможно.
section-report = Сообщение
section-attachments = Вложения
section-conversation = Переписка
section-triage = Оценка
section-notes = Заметки
section-more = Другие действия
section-timeline = Хронология
section-access-log = Журнал доступа
attachments-caption = Вложения (здесь никогда не открываются: сохраните их и откройте в песочнице)
attachments-none = Вложений нет.
from-report = сообщение
from-followup = дополнение № { $seq }
followup-heading = Дополнение № { $seq } от { $day }
followup-conflict = КОНФЛИКТ: у другого дополнения тот же номер и другое содержимое
reply-heading = Ответ № { $seq }, { $member }, { $day }
note-line = Заметка { $n }, { $member }, { $day }:
conversation-none = Ответов и дополнений пока нет.
notes-none = Заметок нет.
timeline-none = Событий команды пока нет.
attachment-downloaded = Скачано (определённый тип: { $detected }).
attachment-warning = Предупреждение: { $warning }

## Actions
form-triage = Оценка
form-note = Заметка для команды
form-reply = Ответ автору
form-close = Закрытие
form-step = Записать шаг
form-agree = Согласовать дату раскрытия
form-share = Передать под { $tlp } (OpenPGP)
share-fields = Поля (если ничего не отмечено: заголовок, текст, категория, серьёзность, вложения)
share-field-title = заголовок
share-field-body = текст
share-field-category = категория
share-field-severity = серьёзность
share-field-contact = контакт
share-field-credit = упоминание
share-field-notes = заметки
share-field-followups = дополнения
share-field-attachments = вложения
form-redact = Скрыть
form-reopen = Открыть снова
form-hold = Удержать (после срока удаления)
form-save-attachment = Сохранить вложение { $n }
action-save = Сохранить
action-note = Добавить заметку
action-reply = Отправить ответ
action-close = Закрыть дело
action-step = Записать шаг
action-agree = Согласовать дату
action-share = Передать
action-redact = Скрыть
action-reopen = Открыть снова
action-hold = Удержать
action-save-file = Сохранить
action-download = Скачать

## Due
due-caption = Сначала самое срочное
due-none = Сроков нет.
due-unsynced = Объекты, ждущие в ящике с { $oldest }, не синхронизированы: сервер удалит их через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}. Синхронизируйте сейчас.

## Team
team-name = Команда
team-fingerprint = Отпечаток
team-roster = Список участников
team-roster-seq = № { $seq }
team-expires = Список истекает
team-members = Участники
section-alerts = Предупреждения
alerts-none = Предупреждений нет.
alert-roster-expires = Список участников (№ { $seq }) истекает { $day }, через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}: администраторы должны подписать следующий до этого, иначе каждая синхронизация будет завершаться ошибкой.
alert-roster-expired = Список участников (№ { $seq }) истёк { $day }: администраторы должны подписать следующий; до тех пор каждая синхронизация завершается ошибкой.
alert-no-roster = В этом хранилище ещё нет проверенного списка участников: сначала синхронизируйтесь с --server и --team.
alert-quarantined = { $count ->
    [one] { $count } объект в карантине: синхронизация отложила его и ничего не сохранила. См. ниже.
    [few] { $count } объекта в карантине: синхронизация отложила их и ничего не сохранила. См. ниже.
   *[other] { $count } объектов в карантине: синхронизация отложила их и ничего не сохранила. См. ниже.
}
alert-forged = ВНИМАНИЕ: объектов в карантине подделано или изменено: { $count }.
section-quarantined = Объекты в карантине
quarantined-caption = Отложены синхронизацией, никогда не сохранялись ({ $command } показывает один)
quarantined-none = В карантине ничего нет.
no-bundle = (без пакета)

## Statistics
stats-chart-alt = Диаграмма: { $title }. Цифры — в таблице ниже.
`;var Ue=`# İnceleyici penceresi (\`reviewer ui\`). Kaynak: en.ftl.

## The window's frame
window-title = İnceleyici
brand = İnceleyici
skip-to-content = İçeriğe geç
nav-label = Görünümler
view-inbox = Gelen kutusu
view-due = Vadesi gelenler
view-team = Ekip
view-stats = İstatistikler
sync = Eşitle
sync-progress = Eşitleme ilerlemesi
language-label = Dil
boot-connecting = Bu bilgisayardaki reviewer'a bağlanılıyor…
boot-no-secret = \`reviewer ui\` komutunun yazdığı adresi açın (bir kez çalışır). Yeniden başlamak için \`reviewer ui\` komutunu durdurup yeniden çalıştırın.
boot-refused = Reviewer bu pencereyi reddetti: { $error }.
error-window = Pencere başarısız oldu: { $error }
error-http = Reviewer bir hatayla yanıt verdi (HTTP { $status }).
error-unreachable = Bu bilgisayardaki reviewer yanıt vermiyor: durmuş olabilir (kilit ya da boşta kalma). \`reviewer ui\` komutunu yeniden çalıştırın.
sync-running = Eşitleniyor…
sync-done = Eşitlendi: { $cases } yeni vaka, { $followups } ek mesaj, { $applied } ekip olayı uygulandı, { $posted } gönderildi.
sync-errors = Hatalar: { $errors }
sync-failed = Eşitleme başarısız: { $error }

## Shared words
none = (yok)
none-named = (kimse belirtilmedi)
nobody = hiç kimse
no-title = (başlıksız)
not-triaged = (sınıflandırılmadı)
number = { $n }
bytes = { $size } bayt
back-to-inbox = Gelen kutusuna dön

## Fixed sets
status-new = yeni
status-triaged = sınıflandırıldı
status-accepted = kabul edildi
status-invalid = geçersiz
status-fixing = düzeltiliyor
status-disclosed = açıklandı
status-closed = kapandı
status-closed-blank = (kapandı)
severity-critical = kritik
severity-high = yüksek
severity-medium = orta
severity-low = düşük
step-acknowledged = alındı bildirildi
step-next-steps = sonraki adımlar
step-responded = yanıtlandı
step-notified = bildirildi
step-party-responded = karşı taraf yanıtladı
step-escalated = üst düzeye taşındı
step-disclosed = açıklandı
role-admin = yönetici
role-reviewer = inceleyici
urgency-overdue = gecikmiş
urgency-due-soon = yakında
urgency-upcoming = yaklaşan

## Fields and columns
field-status = Durum
field-severity = Önem
field-tlp = TLP
field-owner = Sorumlu
field-search = Ara
field-category = Kategori
field-severity-guess = Bildirenin önem tahmini
field-received = Alındı
field-replies = Yanıtlar
field-contact = İletişim
field-credit = Teşekkür adı
field-recipients = Alıcılar
field-left-out = Dışarıda bırakılanlar
field-note = Not
field-reply = Yanıt
field-reason = Gerekçe
field-step = Adım
field-detail = Ayrıntı
field-date = Tarih (YYYY-AA-GG)
field-cert = Alıcının sertifika dosyası
field-share-out = Şifreli paylaşımı şuraya yaz (dosya)
field-redact = Alan (contact ya da note:N)
field-until = Bitiş (YYYY-AA-GG, boş: 30 gün)
field-directory = Klasör
col-id = Kimlik
col-received = Alındı
col-status = Durum
col-severity = Önem
col-tlp = TLP
col-owner = Sorumlu
col-title = Başlık
col-number = No
col-file-name = Dosya adı (gönderenin)
col-claimed-type = Gönderenin bildirdiği tür
col-size = Boyut
col-from = Kaynak
col-save = Kaydet
col-when = Ne zaman
col-who = Kim
col-what = Ne
col-urgency = Aciliyet
col-due = Vade
col-deadline = Süre
col-case = Vaka
col-next = Sonraki işlem
col-name = Ad
col-roles = Roller
col-item = Öğe
col-arrived = Geliş
col-kind = Paket türü
col-why = Neden

## Inbox
inbox-filter = Süz ve ara
filter-any = hepsi
filter-mine = Benimkiler
filter-overdue = Gecikenler
filter-closed = Kapananlar
inbox-apply = Uygula
inbox-count = { $count } vaka
inbox-none = Vaka yok.
inbox-overdue = gecikmiş: { $deadlines }
inbox-purged-on = silinme: { $day }

## A case
case-id = Vaka { $id }
case-closed-on = Kapandı
case-purged-on = Silinme tarihi
case-held-without-end = (süresiz tutuluyor)
case-closed-explained = Kapanan vaka etkin depodan çıktı: silinmeden önce yeniden açılırsa ayrıntıları geri gelir.
case-received = { $day } (makbuz { $receipt })
replies-possible = mümkün (bildirenin kod adı var)
replies-impossible = mümkün değil
replies-impossible-long = Bildiren bir kod adı bırakmadı: yanıt vermek mümkün değil.
section-report = Bildirim
section-attachments = Ekler
section-conversation = Yazışma
section-triage = Sınıflandırma
section-notes = Notlar
section-more = Diğer işlemler
section-timeline = Zaman çizelgesi
section-access-log = Erişim kaydı
attachments-caption = Ekler (burada asla açılmaz: kaydedin, sonra yalıtılmış bir ortamda açın)
attachments-none = Ek yok.
from-report = bildirim
from-followup = ek mesaj #{ $seq }
followup-heading = Ek mesaj #{ $seq }, { $day }
followup-conflict = ÇAKIŞMA: başka bir ek mesaj bu numarayı farklı içerikle taşıyor
reply-heading = Yanıt #{ $seq }, { $member }, { $day }
note-line = Not { $n }, { $member }, { $day }:
conversation-none = Henüz yanıt ya da ek mesaj yok.
notes-none = Not yok.
timeline-none = Henüz ekip olayı yok.
attachment-downloaded = İndirildi (algılanan tür: { $detected }).
attachment-warning = Uyarı: { $warning }

## Actions
form-triage = Sınıflandırma
form-note = Ekip için not
form-reply = Bildirene yanıt
form-close = Kapat
form-step = Bir adım kaydet
form-agree = Açıklama tarihinde anlaş
form-share = { $tlp } altında paylaş (OpenPGP)
share-fields = Alanlar (hiçbiri işaretli değilse: başlık, metin, kategori, önem, ekler)
share-field-title = başlık
share-field-body = metin
share-field-category = kategori
share-field-severity = önem
share-field-contact = iletişim
share-field-credit = teşekkür
share-field-notes = notlar
share-field-followups = ek mesajlar
share-field-attachments = ekler
form-redact = Karart
form-reopen = Yeniden aç
form-hold = Tut (silinme tarihinden sonra da)
form-save-attachment = Ek { $n } kaydet
action-save = Kaydet
action-note = Not ekle
action-reply = Yanıtı gönder
action-close = Vakayı kapat
action-step = Adımı kaydet
action-agree = Tarihte anlaş
action-share = Paylaş
action-redact = Karart
action-reopen = Yeniden aç
action-hold = Tut
action-save-file = Kaydet
action-download = İndir

## Due
due-caption = En acil olan önce
due-none = Vadesi gelen bir şey yok.
due-unsynced = Bildirim kutusunda { $oldest } tarihinden beri bekleyen öğeler eşitlenmedi: sunucu bunları { $days } gün içinde siler. Şimdi eşitleyin.

## Team
team-name = Ekip
team-fingerprint = Parmak izi
team-roster = Üye listesi
team-roster-seq = #{ $seq }
team-expires = Listenin süresi doluyor
team-members = Üyeler
section-alerts = Uyarılar
alerts-none = Uyarı yok.
alert-roster-expires = Üye listesinin (#{ $seq }) süresi { $day } tarihinde, { $days } gün sonra doluyor: yöneticiler bir sonrakini ondan önce imzalamalı, yoksa her eşitleme başarısız olur.
alert-roster-expired = Üye listesinin (#{ $seq }) süresi { $day } tarihinde doldu: yöneticiler bir sonrakini imzalamalı; o zamana dek her eşitleme başarısız olur.
alert-no-roster = Bu deponun henüz doğrulanmış bir üye listesi yok: önce --server ve --team ile eşitleyin.
alert-quarantined = { $count } öğe karantinada: eşitleme bunları bir kenara ayırdı ve hiçbir şey dosyalamadı. Aşağıya bakın.
alert-forged = UYARI: karantinadaki { $count } öğe sahte ya da kurcalanmış.
section-quarantined = Karantinadaki öğeler
quarantined-caption = Eşitlemenin ayırdığı, hiç dosyalanmamış öğeler ({ $command } birini gösterir)
quarantined-none = Karantinada hiçbir şey yok.
no-bundle = (paket yok)

## Statistics
stats-chart-alt = Grafik: { $title }. Rakamlar aşağıdaki tabloda.
`;var Be=`# Вікно перевіряльника (\`reviewer ui\`). Джерело: en.ftl.

## The window's frame
window-title = Перевірка
brand = Перевірка
skip-to-content = Перейти до вмісту
nav-label = Розділи
view-inbox = Вхідні
view-due = Терміни
view-team = Команда
view-stats = Статистика
sync = Синхронізувати
sync-progress = Перебіг синхронізації
language-label = Мова
boot-connecting = Під'єднання до reviewer на цьому комп'ютері…
boot-no-secret = Відкрийте адресу, яку вивів \`reviewer ui\` (вона діє один раз). Щоб почати знову, зупиніть \`reviewer ui\` і запустіть його ще раз.
boot-refused = Reviewer відхилив це вікно: { $error }.
error-window = Збій вікна: { $error }
error-http = Reviewer відповів помилкою (HTTP { $status }).
error-unreachable = Reviewer на цьому комп'ютері не відповідає: можливо, його зупинено (блокування або бездіяльність). Запустіть \`reviewer ui\` знову.
sync-running = Синхронізація…
sync-done = Синхронізовано: нових справ — { $cases }, доповнень — { $followups }, подій команди застосовано — { $applied }, надіслано — { $posted }.
sync-errors = Помилки: { $errors }
sync-failed = Синхронізація не вдалася: { $error }

## Shared words
none = (немає)
none-named = (нікого не вказано)
nobody = ніхто
no-title = (без заголовка)
not-triaged = (не оцінено)
number = { $n }
bytes = { $size ->
    [one] { $size } байт
    [few] { $size } байти
   *[other] { $size } байтів
}
back-to-inbox = Назад до вхідних

## Fixed sets
status-new = нова
status-triaged = оцінена
status-accepted = прийнята
status-invalid = недійсна
status-fixing = виправляється
status-disclosed = розкрита
status-closed = закрита
status-closed-blank = (закрита)
severity-critical = критична
severity-high = висока
severity-medium = середня
severity-low = низька
step-acknowledged = отримання підтверджено
step-next-steps = наступні кроки
step-responded = відповідь надано
step-notified = повідомлено
step-party-responded = інша сторона відповіла
step-escalated = передано вище
step-disclosed = розкрито
role-admin = адміністратор
role-reviewer = перевіряльник
urgency-overdue = прострочено
urgency-due-soon = скоро термін
urgency-upcoming = попереду

## Fields and columns
field-status = Стан
field-severity = Серйозність
field-tlp = TLP
field-owner = Відповідальний
field-search = Пошук
field-category = Категорія
field-severity-guess = Серйозність за оцінкою автора
field-received = Отримано
field-replies = Відповіді
field-contact = Контакт
field-credit = Згадати як
field-recipients = Одержувачі
field-left-out = Виключені
field-note = Нотатка
field-reply = Відповідь
field-reason = Причина
field-step = Крок
field-detail = Подробиці
field-date = Дата (РРРР-ММ-ДД)
field-cert = Файл сертифіката одержувача
field-share-out = Записати зашифровану передачу до (файл)
field-redact = Поле (contact або note:N)
field-until = До (РРРР-ММ-ДД, порожньо: 30 днів)
field-directory = Тека
col-id = ID
col-received = Отримано
col-status = Стан
col-severity = Серйозність
col-tlp = TLP
col-owner = Відповідальний
col-title = Заголовок
col-number = №
col-file-name = Назва файлу (від відправника)
col-claimed-type = Тип, заявлений відправником
col-size = Розмір
col-from = Звідки
col-save = Зберегти
col-when = Коли
col-who = Хто
col-what = Що
col-urgency = Терміновість
col-due = Термін
col-deadline = Крайній строк
col-case = Справа
col-next = Наступна дія
col-name = Ім'я
col-roles = Ролі
col-item = Об'єкт
col-arrived = Надійшов
col-kind = Тип пакета
col-why = Чому

## Inbox
inbox-filter = Фільтр і пошук
filter-any = будь-який
filter-mine = Мої
filter-overdue = Прострочені
filter-closed = Закриті
inbox-apply = Застосувати
inbox-count = { $count ->
    [one] { $count } справа
    [few] { $count } справи
   *[other] { $count } справ
}
inbox-none = Справ немає.
inbox-overdue = прострочено: { $deadlines }
inbox-purged-on = видаляється { $day }

## A case
case-id = Справа { $id }
case-closed-on = Закрито
case-purged-on = Видаляється
case-held-without-end = (утримується безстроково)
case-closed-explained = Закрита справа залишила активне сховище: її подробиці повернуться, якщо відкрити її знову до видалення.
case-received = { $day } (квитанція { $receipt })
replies-possible = можливі (автор має кодове ім'я)
replies-impossible = неможливі
replies-impossible-long = Автор не залишив кодового імені: відповісти неможливо.
section-report = Повідомлення
section-attachments = Вкладення
section-conversation = Листування
section-triage = Оцінка
section-notes = Нотатки
section-more = Інші дії
section-timeline = Хронологія
section-access-log = Журнал доступу
attachments-caption = Вкладення (тут ніколи не відкриваються: збережіть їх і відкрийте в пісочниці)
attachments-none = Вкладень немає.
from-report = повідомлення
from-followup = доповнення № { $seq }
followup-heading = Доповнення № { $seq } від { $day }
followup-conflict = КОНФЛІКТ: інше доповнення має той самий номер та інший вміст
reply-heading = Відповідь № { $seq }, { $member }, { $day }
note-line = Нотатка { $n }, { $member }, { $day }:
conversation-none = Відповідей і доповнень поки немає.
notes-none = Нотаток немає.
timeline-none = Подій команди поки немає.
attachment-downloaded = Завантажено (визначений тип: { $detected }).
attachment-warning = Попередження: { $warning }

## Actions
form-triage = Оцінка
form-note = Нотатка для команди
form-reply = Відповідь авторові
form-close = Закриття
form-step = Записати крок
form-agree = Погодити дату розкриття
form-share = Передати під { $tlp } (OpenPGP)
share-fields = Поля (якщо нічого не позначено: заголовок, текст, категорія, серйозність, вкладення)
share-field-title = заголовок
share-field-body = текст
share-field-category = категорія
share-field-severity = серйозність
share-field-contact = контакт
share-field-credit = згадка
share-field-notes = нотатки
share-field-followups = доповнення
share-field-attachments = вкладення
form-redact = Приховати
form-reopen = Відкрити знову
form-hold = Утримати (після строку видалення)
form-save-attachment = Зберегти вкладення { $n }
action-save = Зберегти
action-note = Додати нотатку
action-reply = Надіслати відповідь
action-close = Закрити справу
action-step = Записати крок
action-agree = Погодити дату
action-share = Передати
action-redact = Приховати
action-reopen = Відкрити знову
action-hold = Утримати
action-save-file = Зберегти
action-download = Завантажити

## Due
due-caption = Спершу найтерміновіше
due-none = Термінів немає.
due-unsynced = Об'єкти, що чекають у скриньці з { $oldest }, не синхронізовано: сервер видалить їх через { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}. Синхронізуйте зараз.

## Team
team-name = Команда
team-fingerprint = Відбиток
team-roster = Список учасників
team-roster-seq = № { $seq }
team-expires = Список спливає
team-members = Учасники
section-alerts = Попередження
alerts-none = Попереджень немає.
alert-roster-expires = Список учасників (№ { $seq }) спливає { $day }, через { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}: адміністратори мають підписати наступний до того, інакше кожна синхронізація завершуватиметься помилкою.
alert-roster-expired = Список учасників (№ { $seq }) сплив { $day }: адміністратори мають підписати наступний; доти кожна синхронізація завершується помилкою.
alert-no-roster = У цьому сховищі ще немає перевіреного списку учасників: спершу синхронізуйтеся з --server і --team.
alert-quarantined = { $count ->
    [one] { $count } об'єкт у карантині: синхронізація відклала його й нічого не зберегла. Див. нижче.
    [few] { $count } об'єкти в карантині: синхронізація відклала їх і нічого не зберегла. Див. нижче.
   *[other] { $count } об'єктів у карантині: синхронізація відклала їх і нічого не зберегла. Див. нижче.
}
alert-forged = УВАГА: об'єктів у карантині підроблено або змінено: { $count }.
section-quarantined = Об'єкти в карантині
quarantined-caption = Відкладені синхронізацією, ніколи не збережені ({ $command } показує один)
quarantined-none = У карантині нічого немає.
no-bundle = (без пакета)

## Statistics
stats-chart-alt = Діаграма: { $title }. Цифри — в таблиці нижче.
`;var Ye=`# 审阅者窗口（\`reviewer ui\`）。来源：en.ftl。

## The window's frame
window-title = 审阅
brand = 审阅
skip-to-content = 跳到内容
nav-label = 视图
view-inbox = 收件箱
view-due = 到期事项
view-team = 团队
view-stats = 统计
sync = 同步
sync-progress = 同步进度
language-label = 语言
boot-connecting = 正在连接本机上的 reviewer…
boot-no-secret = 请打开 \`reviewer ui\` 打印的地址（只能使用一次）。要重新开始，请停止 \`reviewer ui\` 并再次运行。
boot-refused = reviewer 拒绝了此窗口：{ $error }。
error-window = 窗口出错：{ $error }
error-http = reviewer 返回了错误（HTTP { $status }）。
error-unreachable = 本机上的 reviewer 没有响应：它可能已停止（已锁定或闲置）。请再次运行 \`reviewer ui\`。
sync-running = 正在同步…
sync-done = 已同步：新案件 { $cases } 个，补充消息 { $followups } 条，已应用团队事件 { $applied } 个，已发送 { $posted } 个。
sync-errors = 错误：{ $errors }
sync-failed = 同步失败：{ $error }

## Shared words
none = （无）
none-named = （未指定任何人）
nobody = 无人
no-title = （无标题）
not-triaged = （未分级）
number = { $n }
bytes = { $size } 字节
back-to-inbox = 返回收件箱

## Fixed sets
status-new = 新建
status-triaged = 已分级
status-accepted = 已接受
status-invalid = 无效
status-fixing = 修复中
status-disclosed = 已披露
status-closed = 已关闭
status-closed-blank = （已关闭）
severity-critical = 严重
severity-high = 高
severity-medium = 中
severity-low = 低
step-acknowledged = 已确认收到
step-next-steps = 后续步骤
step-responded = 已回复
step-notified = 已通知
step-party-responded = 对方已回复
step-escalated = 已上报
step-disclosed = 已披露
role-admin = 管理员
role-reviewer = 审阅者
urgency-overdue = 已逾期
urgency-due-soon = 即将到期
urgency-upcoming = 待办

## Fields and columns
field-status = 状态
field-severity = 严重程度
field-tlp = TLP
field-owner = 负责人
field-search = 搜索
field-category = 类别
field-severity-guess = 报告人估计的严重程度
field-received = 收到日期
field-replies = 回复
field-contact = 联系方式
field-credit = 致谢署名
field-recipients = 收件人
field-left-out = 被排除者
field-note = 备注
field-reply = 回复
field-reason = 原因
field-step = 步骤
field-detail = 详情
field-date = 日期（YYYY-MM-DD）
field-cert = 收件人的证书文件
field-share-out = 将加密的分享写入（文件）
field-redact = 字段（contact 或 note:N）
field-until = 直到（YYYY-MM-DD，留空：30 天）
field-directory = 目录
col-id = 编号
col-received = 收到
col-status = 状态
col-severity = 严重程度
col-tlp = TLP
col-owner = 负责人
col-title = 标题
col-number = 序号
col-file-name = 文件名（发送者给出）
col-claimed-type = 发送者声称的类型
col-size = 大小
col-from = 来自
col-save = 保存
col-when = 时间
col-who = 人员
col-what = 内容
col-urgency = 紧急程度
col-due = 到期
col-deadline = 期限
col-case = 案件
col-next = 下一步
col-name = 姓名
col-roles = 角色
col-item = 条目
col-arrived = 到达
col-kind = 包类型
col-why = 原因

## Inbox
inbox-filter = 筛选与搜索
filter-any = 全部
filter-mine = 我的
filter-overdue = 已逾期
filter-closed = 已关闭
inbox-apply = 应用
inbox-count = { $count } 个案件
inbox-none = 没有案件。
inbox-overdue = 已逾期：{ $deadlines }
inbox-purged-on = 将于 { $day } 删除

## A case
case-id = 案件 { $id }
case-closed-on = 已关闭
case-purged-on = 删除日期
case-held-without-end = （无限期保留）
case-closed-explained = 已关闭的案件已离开活动存储：如果在删除前重新打开，其详情会恢复。
case-received = { $day }（回执 { $receipt }）
replies-possible = 可以（报告人有代号）
replies-impossible = 不可以
replies-impossible-long = 报告人没有留下代号：无法回复。
section-report = 报告
section-attachments = 附件
section-conversation = 对话
section-triage = 分级
section-notes = 备注
section-more = 更多操作
section-timeline = 时间线
section-access-log = 访问日志
attachments-caption = 附件（从不在此打开：请先保存，再在沙箱中打开）
attachments-none = 没有附件。
from-report = 报告
from-followup = 补充消息 #{ $seq }
followup-heading = 补充消息 #{ $seq }，{ $day }
followup-conflict = 冲突：另一条补充消息使用了此编号且内容不同
reply-heading = 回复 #{ $seq }，{ $member }，{ $day }
note-line = 备注 { $n }，{ $member }，{ $day }：
conversation-none = 尚无回复或补充消息。
notes-none = 没有备注。
timeline-none = 尚无团队事件。
attachment-downloaded = 已下载（检测到的类型：{ $detected }）。
attachment-warning = 警告：{ $warning }

## Actions
form-triage = 分级
form-note = 给团队的备注
form-reply = 回复报告人
form-close = 关闭
form-step = 记录步骤
form-agree = 商定披露日期
form-share = 按 { $tlp } 分享（OpenPGP）
share-fields = 字段（都不勾选时：标题、正文、类别、严重程度、附件）
share-field-title = 标题
share-field-body = 正文
share-field-category = 类别
share-field-severity = 严重程度
share-field-contact = 联系方式
share-field-credit = 致谢
share-field-notes = 备注
share-field-followups = 补充消息
share-field-attachments = 附件
form-redact = 涂黑
form-reopen = 重新打开
form-hold = 保留（超过删除日期）
form-save-attachment = 保存附件 { $n }
action-save = 保存
action-note = 添加备注
action-reply = 发送回复
action-close = 关闭案件
action-step = 记录步骤
action-agree = 商定日期
action-share = 分享
action-redact = 涂黑
action-reopen = 重新打开
action-hold = 保留
action-save-file = 保存
action-download = 下载

## Due
due-caption = 最紧急的排在最前
due-none = 没有到期事项。
due-unsynced = 自 { $oldest } 起在投递箱上等待的条目尚未同步：服务器将在 { $days } 天后删除它们。请立即同步。

## Team
team-name = 团队
team-fingerprint = 指纹
team-roster = 成员名单
team-roster-seq = #{ $seq }
team-expires = 名单到期
team-members = 成员
section-alerts = 警报
alerts-none = 没有警报。
alert-roster-expires = 成员名单（#{ $seq }）将于 { $day } 到期，还剩 { $days } 天：管理员必须在此之前签署下一份名单，否则每次同步都会失败。
alert-roster-expired = 成员名单（#{ $seq }）已于 { $day } 到期：管理员必须签署下一份名单；在此之前每次同步都会失败。
alert-no-roster = 此存储尚无经过验证的成员名单：请先使用 --server 和 --team 同步。
alert-quarantined = 有 { $count } 个条目被隔离：同步将其搁置，没有归档任何内容。见下方。
alert-forged = 警报：有 { $count } 个被隔离的条目是伪造的或被篡改过。
section-quarantined = 被隔离的条目
quarantined-caption = 被同步搁置，从未归档（{ $command } 可显示其中一个）
quarantined-none = 没有被隔离的条目。
no-bundle = （无包）

## Statistics
stats-chart-alt = 图表：{ $title }。具体数字见下表。
`;var D=[{code:"en",name:"English",dir:"ltr",source:Fe},{code:"ar",name:"العربية",dir:"rtl",source:Le},{code:"de",name:"Deutsch",dir:"ltr",source:Ie},{code:"es",name:"Español",dir:"ltr",source:Oe},{code:"fa",name:"فارسی",dir:"rtl",source:Me},{code:"fr",name:"Français",dir:"ltr",source:_e},{code:"pt",name:"Português",dir:"ltr",source:je},{code:"ru",name:"Русский",dir:"ltr",source:Ge},{code:"tr",name:"Türkçe",dir:"ltr",source:Ue},{code:"uk",name:"Українська",dir:"ltr",source:Be},{code:"zh-CN",name:"简体中文",dir:"ltr",source:Ye}];function Ze(n){let e=D.map(t=>t.code.toLowerCase());for(let t of n||[]){let o=String(t).toLowerCase(),i=e.indexOf(o);if(i>=0)return D[i].code;let l=o.split("-")[0],f=D.find(u=>u.code.toLowerCase().split("-")[0]===l);if(f)return f.code}return"en"}var Ke=new Map;function Ve(n){let e=Ke.get(n);if(!e){let t=D.find(o=>o.code===n)||D[0];e=new Y(t.code,{useIsolating:!1}),e.addResource(new K(t.source)),Ke.set(n,e)}return e}var V="en";function _t(){return D.find(n=>n.code===V)}var We="",He="";function Je(n,e={}){let t=Ve(V),o=t.getMessage(n);if(o||(t=Ve("en"),o=t.getMessage(n)),!o||!o.value)return[n];let i={},l=[];for(let[g,z]of Object.entries(e))typeof z=="number"?i[g]=z:(i[g]=`${We}${l.length}${He}`,l.push(z));let f=t.formatPattern(o.value,i,[]),u=[],w=new RegExp(`${We}(\\d+)${He}`,"g"),q=0;for(let g of f.matchAll(w))g.index>q&&u.push(f.slice(q,g.index)),u.push({arg:l[Number(g[1])]}),q=g.index+g[0].length;return q<f.length&&u.push(f.slice(q)),u}function a(n,e={}){return Je(n,e).map(t=>typeof t=="string"?t:t.arg instanceof Node?t.arg.textContent:String(t.arg)).join("")}function Qe(n,e={}){return Je(n,e).map(t=>{if(typeof t=="string")return document.createTextNode(t);if(t.arg instanceof Node)return t.arg;let o=document.createElement("bdi");return o.textContent=String(t.arg),o})}function x(n){if(!n||!/^\d{4}-\d{2}-\d{2}$/.test(n))return n||"";let[e,t,o]=n.split("-").map(Number);return new Intl.DateTimeFormat(V,{year:"numeric",month:"short",day:"numeric",timeZone:"UTC"}).format(new Date(Date.UTC(e,t-1,o)))}function ae(n){return new Intl.DateTimeFormat(V,{year:"numeric",month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",timeZone:"UTC",timeZoneName:"short"}).format(new Date(n*1e3))}function ge(n){V=D.some(t=>t.code===n)?n:"en";let e=_t();document.documentElement.lang=e.code,document.documentElement.dir=e.dir,document.title=a("window-title")}var le=null,be="",H={view:"inbox",arg:null},nt=["new","triaged","accepted","invalid","fixing","disclosed"],rt=["critical","high","medium","low"],ot=["RED","AMBER+STRICT","AMBER","GREEN","CLEAR"],jt=["acknowledged","next-steps","responded","notified","party-responded","escalated","disclosed"],Gt=["title","body","category","severity","contact","credit","notes","followups","attachments"],Xe={overdue:"urgency-overdue","due soon":"urgency-due-soon",upcoming:"urgency-upcoming"},Ut=0;function r(n,e,...t){let o=document.createElement(n);for(let[i,l]of Object.entries(e||{}))l==null||l===!1||(i.startsWith("on")?o.addEventListener(i.slice(2),l):i==="text"?o.textContent=String(l):l===!0?o.setAttribute(i,""):o.setAttribute(i,String(l)));for(let i of t.flat())i==null||i===!1||o.append(i instanceof Node?i:document.createTextNode(String(i)));return o}var y=(n,e)=>Qe(n,e),O=n=>r("bdi",{},n),v=(n,e={})=>r("span",{lang:"en",dir:"auto",...e},n),W=(n,e)=>e==null||e===""?null:a(`${n}-${e}`),b=n=>document.getElementById(n);function ie(...n){b("alert").replaceChildren(),b("status").replaceChildren(...n.flat())}function ve(...n){b("status").replaceChildren(),b("alert").replaceChildren(...n.flat())}var I=class extends Error{constructor(e,t,o){super(e||t),this.english=e,this.id=t,this.args=o}};function Z(n){n instanceof I&&n.english?ve(v(n.english)):n instanceof I?ve(y(n.id,n.args)):ve(y("error-window",{error:String(n.message||n)}))}async function P(n,e){let t={method:e===void 0?"GET":"POST",headers:{Authorization:`Bearer ${le}`}};e!==void 0&&(t.headers["Content-Type"]="application/json",t.body=JSON.stringify(e));let o;try{o=await fetch(n,t)}catch{throw new I(null,"error-unreachable")}let i=await o.json().catch(()=>({}));if(!o.ok)throw new I(i.error,"error-http",{status:o.status});return i}function h(n,e){return r("label",{},n,e)}function L(n,e,t,o,i){let l=r("select",{name:n});o!==void 0&&l.append(r("option",{value:""},o));for(let f of e){let u=r("option",{value:f},i?a(`${i}-${f}`):f);f===t&&(u.selected=!0),l.append(u)}return l}function E(n,e){return n==null||n===""?e:String(n)}function Bt(n){for(let e of document.querySelectorAll("nav button"))e.dataset.view===n?e.setAttribute("aria-current","page"):e.removeAttribute("aria-current")}function _(n,...e){let t=b("main");t.replaceChildren();let o=n instanceof Node?n:r("h1",{tabindex:"-1"},n);t.append(o,...e.flat().filter(i=>i!=null&&i!==!1)),o.focus()}async function N(n,e){H={view:n,arg:e},Bt(n==="case"?"inbox":n);try{n==="inbox"?await Yt(e||{}):n==="case"?await Kt(e):n==="due"?await Ht():n==="team"?await Jt():n==="stats"&&await Qt()}catch(t){Z(t)}}function k(n,e,t,o){let i=r("form",{},r("fieldset",{},r("legend",{},n),e,r("button",{type:"submit"},t)));return i.addEventListener("submit",async l=>{l.preventDefault();let f=Object.fromEntries(new FormData(i).entries());try{await o(f,i)}catch(u){Z(u)}}),i}var j=n=>r("thead",{},r("tr",{},n.map(e=>r("th",{scope:"col"},a(e)))));async function Yt(n){let e=new URLSearchParams;for(let[u,w]of Object.entries(n))w&&e.set(u,w===!0?"true":w);let t=await P(`/api/inbox?${e}`),o=a("filter-any"),i=k(a("inbox-filter"),[h(a("field-status"),L("status",nt,n.status,o,"status")),h(a("field-severity"),L("severity",rt,n.severity,o,"severity")),h(a("field-tlp"),L("tlp",ot,n.tlp,o)),h(a("field-owner"),r("input",{name:"owner",value:n.owner||"",autocomplete:"off",dir:"auto"})),r("label",{class:"check"},r("input",{type:"checkbox",name:"mine",value:"true",checked:!!n.mine}),a("filter-mine")),r("label",{class:"check"},r("input",{type:"checkbox",name:"overdue",value:"true",checked:!!n.overdue}),a("filter-overdue")),r("label",{class:"check"},r("input",{type:"checkbox",name:"closed",value:"true",checked:!!n.closed}),a("filter-closed")),h(a("field-search"),r("input",{name:"q",type:"search",value:n.q||"",autocomplete:"off",dir:"auto"}))],a("inbox-apply"),u=>N("inbox",u)),l=t.cases.map(u=>r("tr",{},r("td",{},r("code",{dir:"ltr"},u.short)),r("td",{},x(u.day)),r("td",{},W("status",u.status)),r("td",{},E(W("severity",u.severity),"-")),r("td",{},r("bdi",{dir:"ltr"},`TLP:${u.tlp}`)),r("td",{},u.owner?O(u.owner):"-"),r("td",{class:"untrusted"},r("button",{type:"button",class:"link",dir:"auto","data-case":u.id,onclick:()=>N("case",u.id)},E(u.title,a("no-title"))),u.overdue.length?r("span",{class:"warning"}," ",y("inbox-overdue",{deadlines:u.overdue.join(", ")})):null,u.purge_day?r("span",{class:"muted"}," ",y("inbox-purged-on",{day:x(u.purge_day)})):null))),f=t.cases.length?r("table",{id:"cases"},r("caption",{},a("inbox-count",{count:t.cases.length})),j(["col-id","col-received","col-status","col-severity","col-tlp","col-owner","col-title"]),r("tbody",{},l)):r("p",{id:"cases"},a("inbox-none"));_(a("view-inbox"),i,f)}function R(n,...e){let t=`s${++Ut}`;return r("section",{"aria-labelledby":t},r("h2",{id:t},n),...e)}function et(n){return r("h1",{tabindex:"-1",dir:"auto"},E(n,a("no-title")))}async function Kt(n){let e=await P(`/api/case/${encodeURIComponent(n)}`),t=e.state,o=async(d,C,ee)=>{let te=await P(`/api/case/${encodeURIComponent(e.id)}/${d}`,C);await N("case",e.id),ie(v(te.message)),ee&&ee(te)},i=r("p",{class:"muted"},y("case-id",{id:e.id}));if(e.closed_view){_(et(e.title),i,r("dl",{},r("dt",{},a("field-status")),r("dd",{id:"case-status"},W("status",t.status)),r("dt",{},a("case-closed-on")),r("dd",{},t.closed?[x(t.closed.day),": ",O(t.closed.reason)]:""),r("dt",{},a("case-purged-on")),r("dd",{},e.purge_day?x(e.purge_day):a("case-held-without-end"))),r("p",{},a("case-closed-explained")),Vt(o),r("p",{},r("button",{type:"button",onclick:()=>N("inbox")},a("back-to-inbox"))));return}let l=a("none"),f=r("dl",{},r("dt",{},a("field-status")),r("dd",{id:"case-status"},W("status",t.status)),r("dt",{},a("field-severity")),r("dd",{},E(W("severity",t.severity),a("not-triaged"))),r("dt",{},a("field-tlp")),r("dd",{},r("bdi",{dir:"ltr"},`TLP:${t.tlp}`)),r("dt",{},a("field-owner")),r("dd",{},t.owner?O(t.owner):l),r("dt",{},a("field-category")),r("dd",{dir:"auto"},E(e.category,l)),r("dt",{},a("field-severity-guess")),r("dd",{dir:"auto"},E(e.severity_guess,l)),r("dt",{},a("field-received")),r("dd",{},y("case-received",{day:x(e.received),receipt:r("code",{dir:"ltr"},e.receipt)})),r("dt",{},a("field-replies")),r("dd",{},a(e.replies_possible?"replies-possible":"replies-impossible")),e.contact?[r("dt",{},a("field-contact")),r("dd",{dir:"auto"},e.contact)]:null,e.credit?[r("dt",{},a("field-credit")),r("dd",{dir:"auto"},e.credit)]:null,r("dt",{},a("field-recipients")),r("dd",{},e.recipients.length?tt(e.recipients):a("none-named")),r("dt",{},a("field-left-out")),r("dd",{id:"left-out"},e.left_out.length?tt(e.left_out):a("nobody")),e.purge_day?[r("dt",{},a("case-purged-on")),r("dd",{},x(e.purge_day))]:null),u=k(a("form-triage"),[h(a("field-status"),L("status",nt,t.status==="closed"?null:t.status,t.status==="closed"?a("status-closed-blank"):void 0,"status")),h(a("field-severity"),L("severity",rt,t.severity,a("not-triaged"),"severity")),h(a("field-tlp"),L("tlp",ot,t.tlp)),h(a("field-owner"),L("owner",e.owners.map(d=>d.id),t.owner,l))],a("action-save"),d=>o("set",{status:d.status||null,severity:d.severity||null,tlp:d.tlp||null,owner:d.owner||null})),w=k(a("form-note"),h(a("field-note"),r("textarea",{name:"text",required:!0,dir:"auto"})),a("action-note"),d=>o("note",{text:d.text})),q=e.replies_possible?k(a("form-reply"),h(a("field-reply"),r("textarea",{name:"text",required:!0,dir:"auto"})),a("action-reply"),d=>o("reply",{text:d.text})):r("p",{},a("replies-impossible-long")),g=k(a("form-close"),h(a("field-reason"),r("input",{name:"reason",required:!0,dir:"auto"})),a("action-close"),d=>o("close",{reason:d.reason})),z=[k(a("form-step"),[h(a("field-step"),L("step",jt,void 0,void 0,"step")),h(a("field-detail"),r("input",{name:"detail",dir:"auto"}))],a("action-step"),d=>o("step",{step:d.step,detail:d.detail})),k(a("form-agree"),[h(a("field-date"),r("input",{name:"date",required:!0,dir:"ltr"})),h(a("field-reason"),r("input",{name:"reason",required:!0,dir:"auto"}))],a("action-agree"),d=>o("agree",{date:d.date,reason:d.reason})),k(a("form-share",{tlp:`TLP:${t.tlp}`}),[h(a("field-cert"),r("input",{name:"cert",required:!0,autocomplete:"off",dir:"ltr"})),h(a("field-share-out"),r("input",{name:"out",required:!0,autocomplete:"off",dir:"ltr"})),r("fieldset",{},r("legend",{},a("share-fields")),Gt.map(d=>r("label",{class:"check"},r("input",{type:"checkbox",name:"fields",value:d}),a(`share-field-${d}`))))],a("action-share"),(d,C)=>o("share",{cert:d.cert,out:d.out,fields:new FormData(C).getAll("fields")})),k(a("form-redact"),h(a("field-redact"),r("input",{name:"field",required:!0,dir:"ltr"})),a("action-redact"),d=>o("redact",{field:d.field}))],J=e.attachments.length?r("table",{id:"attachments"},r("caption",{},a("attachments-caption")),j(["col-number","col-file-name","col-claimed-type","col-size","col-from","col-save"]),r("tbody",{},e.attachments.map(d=>r("tr",{},r("td",{},a("number",{n:d.n})),r("td",{class:"untrusted",dir:"auto"},d.name),r("td",{class:"untrusted",dir:"auto"},d.claimed),r("td",{},a("bytes",{size:d.size})),r("td",{},d.from==="report"?a("from-report"):a("from-followup",{seq:d.from})),r("td",{},Wt(e.id,d)))))):r("p",{},a("attachments-none")),G=e.followups.map(d=>r("article",{class:"followup"},r("h3",{},y("followup-heading",{seq:d.seq,day:x(d.day)}),d.conflict?[" — ",a("followup-conflict")]:null),r("div",{class:"text",dir:"auto"},d.body))),Q=(t.replies||[]).map(d=>r("article",{class:"reply"},r("h3",{},y("reply-heading",{seq:d.seq,member:d.member,day:x(d.day)})),r("div",{class:"text",dir:"auto"},d.body))),X=(t.notes||[]).map((d,C)=>r("li",{},y("note-line",{n:C+1,member:d.member,day:x(d.day)})," ",r("bdi",{},d.text))),de=r("ol",{id:"timeline"},e.events.map(d=>r("li",{},ae(d.at)," ",O(d.member),": ",v(d.what)))),ce=r("table",{id:"access-log"},r("caption",{},a("section-access-log")),j(["col-when","col-who","col-what"]),r("tbody",{},e.log.map(d=>r("tr",{},r("td",{},ae(d.at)),r("td",{},O(d.who)),r("td",{},v(d.what))))));_(et(e.title),i,R(a("section-report"),f,r("div",{class:"text",id:"report-body",dir:"auto"},E(e.body,""))),R(a("section-attachments"),J),R(a("section-conversation"),Q.length||G.length?[...Q,...G]:r("p",{},a("conversation-none")),q),R(a("section-triage"),u,w,g),R(a("section-notes"),X.length?r("ul",{},X):r("p",{},a("notes-none"))),R(a("section-more"),z),R(a("section-timeline"),e.events.length?de:r("p",{},a("timeline-none"))),R(a("section-access-log"),ce),r("p",{},r("button",{type:"button",onclick:()=>N("inbox")},a("back-to-inbox"))))}function tt(n){let e=new Intl.ListFormat(document.documentElement.lang,{type:"conjunction"}),t=[];for(let o of e.formatToParts(n))t.push(o.type==="element"?O(o.value):o.value);return t}function Vt(n){return[k(a("form-reopen"),h(a("field-reason"),r("input",{name:"reason",required:!0,dir:"auto"})),a("action-reopen"),e=>n("reopen",{reason:e.reason})),k(a("form-hold"),[h(a("field-reason"),r("input",{name:"reason",required:!0,dir:"auto"})),h(a("field-until"),r("input",{name:"until",dir:"ltr"}))],a("action-hold"),e=>n("hold",{reason:e.reason,until:e.until||null}))]}function Wt(n,e){let t=r("p",{class:"export-result"}),o=f=>f?r("span",{class:"warning",role:"alert"}," ",y("attachment-warning",{warning:v(f)})):null,i=k(a("form-save-attachment",{n:e.n}),h(a("field-directory"),r("input",{name:"dir",required:!0,autocomplete:"off",dir:"ltr"})),a("action-save-file"),async f=>{let u=await P(`/api/case/${encodeURIComponent(n)}/export`,{n:e.n,dir:f.dir});t.replaceChildren(...[v(u.message),o(u.warning)].filter(Boolean)),ie(v(u.message))}),l=r("button",{type:"button",onclick:async()=>{try{let f=await fetch(`/api/case/${encodeURIComponent(n)}/download/${e.n}`,{method:"POST",headers:{Authorization:`Bearer ${le}`}});if(!f.ok)throw new I((await f.json().catch(()=>({}))).error,"error-http",{status:f.status});let u=new Blob([await f.arrayBuffer()],{type:"application/octet-stream"}),w=URL.createObjectURL(u);r("a",{href:w,download:e.safe_name}).click(),setTimeout(()=>URL.revokeObjectURL(w),1e4);let g=r("span",{"data-done":"downloaded"},y("attachment-downloaded",{detected:v(f.headers.get("x-detected-type"))}));t.replaceChildren(...[g,o(f.headers.get("x-warning"))].filter(Boolean))}catch(f){Z(f)}}},a("action-download"));return r("div",{},i,l,t)}async function Ht(){let n=await P("/api/due"),e=n.rows.map(o=>r("tr",{},r("td",{},Xe[o.urgency]?a(Xe[o.urgency]):v(o.urgency)),r("td",{},o.due_at===void 0?o.due:ae(o.due_at)),r("td",{},v(o.what)),r("td",{class:"untrusted"},r("button",{type:"button",class:"link",dir:"auto",onclick:()=>N("case",o.case)},E(o.title,a("no-title")))),r("td",{},v(o.next)))),t=n.unacknowledged_items.map(o=>r("p",{class:"warning"},y("due-unsynced",{oldest:x(o.oldest),days:o.days_left})));_(a("view-due"),t,e.length?r("table",{id:"due"},r("caption",{},a("due-caption")),j(["col-urgency","col-due","col-deadline","col-case","col-next"]),r("tbody",{},e)):r("p",{},a("due-none")))}function Zt(n){let e=[];for(let i of n.roster_alerts||[])if(i.alert==="roster-expires"){let l=i.days_left<0?"alert-roster-expired":"alert-roster-expires";e.push(r("li",{"data-alert":"roster-expires"},y(l,{seq:i.seq,day:x(i.expires),days:Math.abs(i.days_left)})))}else i.alert==="no-roster"&&e.push(r("li",{"data-alert":"no-roster"},a("alert-no-roster")));let t=n.quarantined||[],o=t.filter(i=>i.alert).length;o&&e.push(r("li",{"data-alert":"forged"},y("alert-forged",{count:o}))),t.length&&e.push(r("li",{"data-alert":"quarantined"},y("alert-quarantined",{count:t.length})));for(let i of n.alerts||[])e.push(r("li",{"data-alert":"sync"},v(i)));return e.length?r("ul",{id:"alerts"},e):r("p",{id:"alerts"},a("alerts-none"))}async function Jt(){let n=await P("/api/team"),e=n.quarantined||[];_(a("view-team"),r("dl",{},r("dt",{},a("team-name")),r("dd",{dir:"auto"},E(n.name,a("none"))),r("dt",{},a("team-fingerprint")),r("dd",{},r("code",{dir:"ltr"},E(n.fingerprint,"-"))),r("dt",{},a("team-roster")),r("dd",{},n.seq===null||n.seq===void 0?"-":a("team-roster-seq",{seq:n.seq})),n.expires?[r("dt",{},a("team-expires")),r("dd",{},x(n.expires))]:null),r("table",{id:"members"},r("caption",{},a("team-members")),j(["col-id","col-name","col-roles"]),r("tbody",{},(n.members||[]).map(t=>r("tr",{},r("td",{dir:"auto"},t.id),r("td",{dir:"auto"},t.name),r("td",{},(t.roles||[]).map(o=>a(`role-${o}`)).join(", ")))))),R(a("section-alerts"),Zt(n)),R(a("section-quarantined"),e.length?r("table",{id:"quarantined"},r("caption",{},y("quarantined-caption",{command:r("code",{dir:"ltr"},"reviewer quarantine ID")})),j(["col-item","col-arrived","col-size","col-kind","col-why"]),r("tbody",{},e.map(t=>r("tr",{},r("td",{},r("code",{dir:"ltr"},t.id)),r("td",{},t.day?x(t.day):"-"),r("td",{},a("bytes",{size:t.size})),r("td",{dir:"auto"},E(t.kind,a("no-bundle"))),r("td",{class:"untrusted",dir:"auto"},t.alert?"ALERT: ":"",t.reason))))):r("p",{id:"quarantined"},a("quarantined-none"))))}async function Qt(){let n=await P("/api/stats");_(a("view-stats"),r("img",{src:n.chart,alt:a("stats-chart-alt",{title:n.title}),id:"chart"}),r("pre",{class:"text",id:"stats-text",lang:"en",dir:"ltr"},n.text))}async function Xt(){let n=b("sync"),e=b("sync-progress");n.disabled=!0,e.hidden=!1,e.removeAttribute("value"),ie(y("sync-running"));try{for(await P("/api/sync",{});;){await new Promise(l=>setTimeout(l,300));let t=await P("/api/sync");if(t.length&&(e.max=t.length,e.value=t.position),t.running)continue;if(t.error)throw new I(null,"sync-failed",{error:v(t.error)});let o=t.outcome,i=r("span",{"data-done":"synced"},y("sync-done",{cases:o.new_cases,followups:o.followups,applied:o.events_applied,posted:o.events_posted}),o.errors.length?[" ",y("sync-errors",{errors:v(o.errors.join("; "))})]:null);ie(i);break}await N(H.view,H.arg)}catch(t){Z(t)}finally{n.disabled=!1,e.hidden=!0}}function se(){for(let n of document.querySelectorAll("[data-msg]"))n.replaceChildren(...y(n.dataset.msg));for(let n of document.querySelectorAll("[data-msg-label]"))n.setAttribute("aria-label",a(n.dataset.msgLabel));be&&b("member").replaceChildren("(",O(be),")")}function en(){let n=b("lang");for(let t of D)n.append(r("option",{value:t.code,lang:t.code},t.name));let e=Ze(navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language]);n.value=e,ge(e),se(),n.addEventListener("change",async()=>{ge(n.value),se(),b("status").replaceChildren(),b("alert").replaceChildren(),le&&await N(H.view,H.arg)})}async function tn(){en();let n=location.hash.slice(1);if(history.replaceState(null,"","/"),!n){b("boot").dataset.msg="boot-no-secret",se();return}let e=await fetch("/api/session",{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify({secret:n})}),t=await e.json().catch(()=>({}));if(!e.ok){delete b("boot").dataset.msg,b("boot").replaceChildren(...y("boot-refused",{error:v(t.error||`HTTP ${e.status}`)}));return}le=t.token,be=t.member,se();for(let o of document.querySelectorAll("nav button"))o.addEventListener("click",()=>N(o.dataset.view));b("sync").addEventListener("click",Xt),await N("inbox")}tn().catch(n=>Z(n));})();
