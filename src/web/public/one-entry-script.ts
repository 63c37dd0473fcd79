// Keeps a visit to the public pages in one history entry (with JavaScript), so that Back after the quick exit leaves them.
//
// The quick exit replaces the page it is on, but a page cannot remove the entries before it: every form sent and every
// link followed inside these pages used to add one, and Back from the neutral site showed the previous page. Here a form
// is sent by fetch and its answer's header and main are put in place of the page's (its scripts are not run: the page's
// own script binds the new elements through `init`; the answer's style and scripts are left out before it is parsed, as
// the page's CSP would refuse their nonces), and a link to these pages replaces the current entry. If the answer is not
// a page, the form is sent again the plain way (requestSubmit, or a hidden field where it is missing, so the pressed
// button's name and value go with it; FormData is given them by hand too, as older browsers ignore its submitter), as
// without JavaScript; its form key makes a report sent twice one report. The form's address, method and encoding are
// read as attributes: a field named "action" (the verification page's two buttons) hides the form's own property. Files
// chosen in a form that comes back unsent (an error status: its fields, the limit, not stored) stay chosen unless they
// were what was wrong; after a form that went, a new form starts empty. A form is sent in its own encoding (multipart only where it says so). While it
// goes, its button says so (main's data-sending): a fetch shows no loading mark of the browser's own, and a photo on a
// slow line takes minutes. With no connection at all the page stays as it is, with what was written, and says so
// (data-offline) by the button, to send again once there is signal; the plain way would leave an error page instead.

/** A script fragment; expects `d` (the document) and `init` (binds the page's elements) in its scope. */
export const ONE_ENTRY_SCRIPT = `var busy=0,plain=0;
d.addEventListener("click",function(e){var a=e.target&&e.target.closest?e.target.closest("a[href]"):null;
if(!a||a.id==="quick-exit"||a.origin!==location.origin||e.defaultPrevented||e.button||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey)return;
e.preventDefault();location.replace(a.href)});
d.addEventListener("submit",function(e){var f=e.target,sb=e.submitter,at=function(k){return(f.getAttribute(k)||"").toLowerCase()};if(plain){plain=0;return}
if(e.defaultPrevented||at("method")!=="post")return;e.preventDefault();if(busy)return;busy=1;
var m=d.querySelector("main"),btn=sb||f.querySelector("button:not([type=button])"),label=btn?btn.textContent:"",say=function(k){return m?m.getAttribute(k):null};
function idle(){busy=0;f.removeAttribute("aria-busy");if(btn){btn.removeAttribute("aria-disabled");btn.textContent=label}}
f.setAttribute("aria-busy","true");if(btn&&say("data-sending")){btn.setAttribute("aria-disabled","true");btn.textContent=say("data-sending")}
var to=new URL((sb&&sb.getAttribute("formaction"))||f.getAttribute("action")||"",location.href).href,kept=f.querySelector("input[type=file]"),data,shown=0;
data=new FormData(f);if(sb&&sb.name)data.append(sb.name,sb.value);
fetch(to,{method:"POST",body:at("enctype")==="multipart/form-data"?data:new URLSearchParams(data),credentials:"same-origin"}).then(function(r){
if((r.headers.get("content-type")||"").indexOf("text/html"))throw 0;var back=!r.ok;return r.text().then(function(html){
var n=new DOMParser().parseFromString(html.replace(/<(style|script)\\b[\\s\\S]*?<\\/\\1>/g,""),"text/html"),nm=n.querySelector("main"),om=d.querySelector("main"),nh=n.querySelector("header"),oh=d.querySelector("header");if(!nm||!om)throw 0;
d.title=n.title;if(nh&&oh)oh.replaceWith(d.importNode(nh,true));om.replaceWith(d.importNode(nm,true));shown=1;busy=0;scrollTo(0,0);
var nf=d.querySelector("main input[type=file]");if(back&&kept&&kept.files&&kept.files.length&&nf&&nf.name===kept.name&&!nf.hasAttribute("aria-invalid")){try{nf.files=kept.files;var ag=d.getElementById("files-again");if(ag)ag.remove()}catch(x){}}
var af=d.querySelector("main [autofocus]"),h=d.querySelector("main h1");if(af)af.focus();else if(h){h.tabIndex=-1;h.focus()}init()})},function(){idle();var n=d.getElementById("offline");
if(!n){n=d.createElement("p");n.id="offline";n.className="err";n.setAttribute("role","alert");n.tabIndex=-1;(btn||f).parentNode.insertBefore(n,btn||f)}
n.textContent=say("data-offline");n.focus()}).catch(function(){if(shown)return;idle();plain=1;if(f.requestSubmit)f.requestSubmit(sb||null);else{if(sb&&sb.name){var k=d.createElement("input");k.type="hidden";k.name=sb.name;k.value=sb.value;f.appendChild(k)}HTMLFormElement.prototype.submit.call(f)}plain=0})});`;
