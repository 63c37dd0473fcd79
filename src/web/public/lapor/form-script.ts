// The small progressive script of the public pages: quick exit (button, Escape), danger numbers at once, region lists, inline
// checks whose messages are the page's language (not the browser's), evidence files over their count or size refused when
// chosen (not after their upload). A region list takes only its latest request's answer, and one that failed (no signal) is
// asked again when the signal returns or the list is touched. The no-JavaScript region button is removed, not hidden:
// hidden, it stayed the form's default button, and Enter in a field posted the region step instead of the report.
// Keeps nothing on the device: no storage, no cookies; the draft lives only in the page. The visit stays one history entry
// (ONE_ENTRY_SCRIPT: forms sent by fetch, links replacing the page), so Back after the quick exit leaves these pages. A
// page answering a POST (code and PIN, the messages) that came the plain way leaves history as a plain GET of its address;
// either is emptied when left, so Back cannot show it again.

import { ONE_ENTRY_SCRIPT } from "../one-entry-script.js";

export const FORM_SCRIPT = (exitUrl: string): string =>
  `(function(){var d=document,u=${JSON.stringify(exitUrl)};function go(e){if(e)e.preventDefault();try{d.body.innerHTML=""}catch(x){}location.replace(u)}
d.addEventListener("keydown",function(e){if(e.key==="Escape"||e.key==="Esc")go(e)});
if(d.querySelector("main[data-posted]"))history.replaceState(null,"",location.href);
addEventListener("pagehide",function(){var m=d.querySelector("main[data-posted]");if(m)m.innerHTML=""});
addEventListener("pageshow",function(e){if(e.persisted&&d.querySelector("main[data-posted]"))location.reload()});
var asked=0;function fill(id,code,next){var el=d.getElementById(id);if(!el)return;var keep=el.options[0];el.length=0;el.add(keep);var ask=String(++asked);el.setAttribute("data-ask",ask);el.removeAttribute("data-failed");if(next)fill(next,"");if(!code)return;
fetch("/lapor/regions/"+code,{credentials:"omit"}).then(function(r){return r.json()}).then(function(j){if(el.getAttribute("data-ask")!==ask)return;(j.regions||[]).forEach(function(x){el.add(new Option(x.name,x.code))})})
.catch(function(){if(el.getAttribute("data-ask")===ask)el.setAttribute("data-failed",code)})}
function refill(){[["regencyCode","districtCode"],["districtCode",""]].forEach(function(x){var el=d.getElementById(x[0]),c=el&&el.getAttribute("data-failed");if(c)fill(x[0],c,x[1])})}
addEventListener("online",refill);
function init(){var b=d.getElementById("quick-exit");if(b)b.addEventListener("click",go);
var h=d.getElementById("exit-hint");if(h)h.textContent=h.getAttribute("data-js");
var s=d.getElementById("sos");d.querySelectorAll("input[name=inDanger]").forEach(function(r){r.addEventListener("change",function(){if(r.checked&&r.value==="yes"&&s){s.className="sos big";s.setAttribute("role","alert");s.scrollIntoView();}})});
var c=d.getElementById("choose-region");if(c)c.remove();var er=d.getElementById("errors");if(er)er.focus();
var p=d.getElementById("provinceCode"),g=d.getElementById("regencyCode");
if(p)p.addEventListener("change",function(){fill("regencyCode",p.value,"districtCode")});if(g)g.addEventListener("change",function(){fill("districtCode",g.value)});
[g,d.getElementById("districtCode")].forEach(function(el){if(el)el.addEventListener("focus",refill)});
var fm=d.querySelector("form[data-required]");
function say(el){var v=el.validity;el.setCustomValidity("");if(!fm||el.form!==fm||v.valid)return;
el.setCustomValidity(v.valueMissing?fm.getAttribute(el.type==="radio"||el.type==="checkbox"||el.tagName==="SELECT"?"data-choose":"data-required"):fm.getAttribute("data-invalid"))}
function clear(el){d.getElementsByName(el.name).forEach(function(x){if(x.setCustomValidity)x.setCustomValidity("")});if(el.checkValidity&&el.checkValidity())el.removeAttribute("aria-invalid")}
function files(el){var n=el.files||[],big=0;for(var i=0;i<n.length;i++)if(n[i].size>+el.getAttribute("data-max-bytes"))big=1;
el.setCustomValidity(n.length>+el.getAttribute("data-max-files")?el.getAttribute("data-too-many"):big?el.getAttribute("data-too-big"):"");
if(el.validity.valid)el.removeAttribute("aria-invalid");else{el.setAttribute("aria-invalid","true");el.reportValidity()}}
d.querySelectorAll("input,select,textarea").forEach(function(el){if(el.hasAttribute("data-max-files")){el.addEventListener("change",function(){files(el)});return}
el.addEventListener("invalid",function(){el.setAttribute("aria-invalid","true");say(el)});
el.addEventListener("change",function(){clear(el)});el.addEventListener("input",function(){clear(el)})})}
init();
${ONE_ENTRY_SCRIPT}})();`;
