// A small progressive script for the optional drawn signature: draws on a canvas and puts a PNG data URL in a hidden field.
/** A function `sig()`, run by the link pages' script on each page shown (a no-op where the page has no signature pad). */
export const SIGNATURE_SCRIPT = `function sig(){var c=document.getElementById("sig-pad"),h=document.getElementById("signatureDrawn");if(!c||!h||!c.getContext)return;
var box=document.getElementById("sig-box");if(box)box.hidden=false;var x=c.getContext("2d"),down=false,drawn=false;x.lineWidth=2;x.lineCap="round";
function p(e){var r=c.getBoundingClientRect();return{x:(e.clientX-r.left)*c.width/r.width,y:(e.clientY-r.top)*c.height/r.height};}
c.addEventListener("pointerdown",function(e){down=true;var q=p(e);x.beginPath();x.moveTo(q.x,q.y);c.setPointerCapture(e.pointerId);});
c.addEventListener("pointermove",function(e){if(!down)return;var q=p(e);x.lineTo(q.x,q.y);x.stroke();drawn=true;});
c.addEventListener("pointerup",function(){down=false;});
var clr=document.getElementById("sig-clear");if(clr)clr.addEventListener("click",function(){x.clearRect(0,0,c.width,c.height);drawn=false;h.value="";});
var f=c.form||document.getElementById("client-form");if(f)f.addEventListener("submit",function(){if(drawn)h.value=c.toDataURL("image/png");});}`;
