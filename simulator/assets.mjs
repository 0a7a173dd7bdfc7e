// Static assets of the simulator: CSS (inlined into pages) and small SVG images served from
// /shared/1.0/content/images/*_sim.svg on the page's own host. Drawn here; no Microsoft files.

export const CSS = `
html,body{margin:0;padding:0;height:100%}
body.cb,body.msa-body,body.legacy-body{font-family:"Segoe UI","Helvetica Neue","Lucida Grande",Roboto,Ebrima,"Nirmala UI",Gadugi,"Segoe Xbox Symbol","Segoe UI Symbol","Meiryo UI","Khmer UI",Tunga,"Lao UI",Raavi,"Iskoola Pota",Latha,Leelawadee,"Microsoft YaHei UI","Microsoft JhengHei UI","Malgun Gothic","Estrangelo Edessa","Microsoft Himalaya","Microsoft New Tai Lue","Microsoft PhagsPa","Microsoft Tai Le","Microsoft Yi Baiti","Mongolian Baiti","MV Boli","Myanmar Text","Cambria Math",sans-serif;font-size:15px;color:#1b1b1b;background:#f2f2f2}
#lightboxBackgroundContainer,.background-image-holder,#backgroundImage{position:fixed;inset:0}
#backgroundImage{background:linear-gradient(135deg,#dfe9f3 0%,#eef2f5 45%,#e3e9f0 100%)}
.outer{position:relative;width:100%;min-height:100%;z-index:1}
.middle{display:block}
.flex-column{display:flex;flex-direction:column;align-items:center;padding-bottom:80px}
.win-scroll{width:100%}
#lightbox,.sign-in-box{position:relative;max-width:440px;width:calc(100% - 40px);padding:44px;margin:28px auto 20px;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);min-width:320px;min-height:338px;box-sizing:border-box}
.lightbox-cover{display:none}
img.logo{height:24px}
.row{margin-left:-2px;margin-right:-2px}
.title,.text-title{font-size:1.5rem;font-weight:600;line-height:1.75rem;padding:0;margin:16px 0 12px}
.text-subheader{font-size:1.25rem;font-weight:600;margin:12px 0 8px}
.text-body,.text-block-body{margin:8px 0 12px;line-height:1.25rem}
.text-13{font-size:.8125rem}
.form-group{margin-bottom:16px}
.identityBanner{display:flex;align-items:center;gap:8px;margin-top:16px;height:24px}
.identity{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.backButton{background:none;border:0;padding:0;cursor:pointer;width:24px;height:24px}
.input,.text-box,input.form-control{display:block;width:100%;box-sizing:border-box;padding:6px 10px;border:0;border-bottom:1px solid #666;font-size:15px;height:36px;background:transparent;outline:none}
.input:focus{border-bottom-color:#0067b8}
.has-error{border-bottom-color:#e81123!important}
.error,.msa-error{color:#e81123;margin:4px 0 8px}
a,.msa-link,.link{color:#0067b8;text-decoration:none;cursor:pointer}
a:hover,.msa-link:hover{text-decoration:underline;color:#666}
.win-button-pin-bottom{margin-top:20px}
.button-container{display:flex;justify-content:flex-end;gap:4px}
.inline-block{display:inline-block}
.button,.msa-btn,.btn{min-width:108px;min-height:32px;padding:4px 12px;border:0;font-size:15px;cursor:pointer}
.primary,.btn-primary,.msa-btn.primary{background:#0067b8;color:#fff}
.secondary,.msa-btn.secondary{background:rgba(0,0,0,.2);color:#000}
.checkbox label{display:flex;gap:6px;align-items:center}
.tile-container{margin:12px -44px 0}
.tile{border:0;cursor:pointer}
.tile .table{display:table;width:100%;padding:12px 44px;box-sizing:border-box}
.tile .table:hover,.msa-tile:hover{background:rgba(0,0,0,.1)}
.table-row{display:table-row}
.table-cell{display:table-cell;vertical-align:middle}
.tile-img{width:48px;height:48px}
.tile-img.small{width:32px;height:32px}
.tile-img.medium{width:40px;height:40px}
.content{padding-left:12px}
.displaySign,.msa-display-sign{font-size:2.5rem;font-weight:600;text-align:center;margin:16px 0}
.progress{display:flex;gap:6px;justify-content:center;margin:12px 0}
.progress>div{width:6px;height:6px;border-radius:50%;background:#0067b8;opacity:.6}
.moveOffScreen{position:fixed;bottom:0;right:0;height:0!important;width:0!important;overflow:hidden;opacity:0;border:0!important;padding:0!important}
#footer{position:fixed;bottom:34px;right:0;left:0;height:28px;z-index:2;font-size:12px;display:flex;justify-content:flex-end;align-items:center;background:rgba(0,0,0,.6)}
#footer a,.footerNode a{color:#fff;margin:0 8px}
.debug-details-banner{margin-top:24px;padding:16px;background:#f2f2f2;font-size:13px;overflow-wrap:anywhere}
.debug-trace-section div{margin:4px 0}
.bold{font-weight:600}
.msa-app,.legacy-app{min-height:100%;display:flex;flex-direction:column;align-items:center;padding-bottom:110px;box-sizing:border-box}
.msa-card{width:calc(100% - 40px);max-width:440px;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.15);padding:36px 40px;margin-top:60px;box-sizing:border-box}
.msa-title{font-size:1.5rem;font-weight:600;margin:16px 0 8px}
.msa-text{line-height:1.3rem}
.msa-input{display:block;width:100%;box-sizing:border-box;height:36px;margin:12px 0;padding:4px 10px;border:1px solid #8a8a8a;border-radius:4px;font-size:15px}
.msa-has-error{border-color:#e81123}
.msa-buttons{display:flex;justify-content:flex-end;gap:8px;margin-top:20px}
.msa-btn{border-radius:4px}
.msa-view-footer{margin-top:16px;font-size:14px}
.msa-view-footer>div{margin:6px 0}
.msa-identity{font-size:14px;margin-top:8px}
.msa-tiles{margin:12px -12px}
.msa-tile{display:flex;align-items:center;gap:12px;padding:10px 12px;cursor:pointer;border-radius:6px}
.msa-tile-img{width:32px;height:32px}
.msa-video{height:80px;background:linear-gradient(90deg,#e8f1fb,#f5f9fd);border-radius:8px;margin-top:12px}
.msa-footer{position:fixed;bottom:34px;left:0;right:0;font-size:12px;text-align:right;padding:6px 12px}
.msa-footer a{color:#333;margin-left:12px}
.ciam-banner{font-weight:600;font-size:18px;color:#3b3b8f}
.legacy-title{font-size:1.5rem;font-weight:300;margin:12px 0}
.legacy-text{margin:8px 0}
.legacy-buttons{margin-top:16px}
.legacy-input{display:block;width:100%;box-sizing:border-box;height:34px;margin:8px 0}
#sim-controls{position:fixed;left:0;right:0;bottom:0;height:34px;box-sizing:border-box;z-index:2147483000;display:flex;flex-wrap:nowrap;overflow-x:auto;white-space:nowrap;gap:6px;align-items:center;padding:3px 10px;background:#2b2b2b;color:#fff;font:12px/1.4 system-ui,sans-serif;border-top:3px solid #ffb900}
#sim-controls button,#sim-controls select{font:12px system-ui,sans-serif;padding:1px 6px}
#sim-controls select#sim-scenario{max-width:170px}
#sim-controls .sim-banner{font-weight:700;color:#ffb900;margin-right:8px}
#sim-controls output{font-family:ui-monospace,monospace;color:#b5f5b5;margin:0 6px}
`;

const svg = (body, vb = '0 0 48 48') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vb}">${body}</svg>`;

// Keyed by file name under /shared/1.0/content/images/.
export const IMAGES = {
  'microsoft_logo_sim.svg': svg(
    '<rect x="0" y="0" width="10" height="10" fill="#f25022"/><rect x="11" y="0" width="10" height="10" fill="#7fba00"/>' +
      '<rect x="0" y="11" width="10" height="10" fill="#00a4ef"/><rect x="11" y="11" width="10" height="10" fill="#ffb900"/>' +
      '<text x="26" y="16" font-family="Segoe UI,Arial,sans-serif" font-size="14" font-weight="600" fill="#737373">Microsoft</text>',
    '0 0 108 24',
  ),
  'picker_verify_fluent_authenticator_sim.svg': svg(
    '<rect x="12" y="4" width="24" height="40" rx="4" fill="#0078d4"/><circle cx="24" cy="22" r="7" fill="#fff"/><rect x="21" y="27" width="6" height="8" fill="#fff"/>',
  ),
  'picker_verify_code_sim.svg': svg(
    '<rect x="4" y="12" width="40" height="24" rx="3" fill="none" stroke="#444" stroke-width="2"/><text x="24" y="29" text-anchor="middle" font-family="monospace" font-size="11" fill="#444">123</text>',
  ),
  'picker_verify_sms_sim.svg': svg(
    '<path d="M6 8h36v24H18l-8 8v-8H6z" fill="none" stroke="#444" stroke-width="2"/><circle cx="16" cy="20" r="2" fill="#444"/><circle cx="24" cy="20" r="2" fill="#444"/><circle cx="32" cy="20" r="2" fill="#444"/>',
  ),
  'picker_verify_call_sim.svg': svg(
    '<path d="M14 6l6 8-4 4c2 5 6 9 10 10l4-4 8 6-3 6c-14 0-25-11-25-25z" fill="none" stroke="#444" stroke-width="2"/>',
  ),
  'picker_verify_email_sim.svg': svg(
    '<rect x="5" y="11" width="38" height="26" fill="none" stroke="#444" stroke-width="2"/><path d="M5 11l19 15 19-15" fill="none" stroke="#444" stroke-width="2"/>',
  ),
  'picker_password_sim.svg': svg(
    '<rect x="6" y="18" width="36" height="14" rx="2" fill="none" stroke="#444" stroke-width="2"/><circle cx="15" cy="25" r="2" fill="#444"/><circle cx="24" cy="25" r="2" fill="#444"/><circle cx="33" cy="25" r="2" fill="#444"/>',
  ),
  'arrow_left_sim.svg': svg('<path d="M20 8L4 24l16 16M4 24h40" fill="none" stroke="#1b1b1b" stroke-width="3"/>'),
  'ellipsis_white_sim.svg': svg(
    '<circle cx="10" cy="24" r="3" fill="#fff"/><circle cx="24" cy="24" r="3" fill="#fff"/><circle cx="38" cy="24" r="3" fill="#fff"/>',
  ),
};

export const FAVICON = svg(
  '<rect x="0" y="0" width="22" height="22" fill="#f25022"/><rect x="26" y="0" width="22" height="22" fill="#7fba00"/><rect x="0" y="26" width="22" height="22" fill="#00a4ef"/><rect x="26" y="26" width="22" height="22" fill="#ffb900"/>',
);
