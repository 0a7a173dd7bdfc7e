// The bench's measurements, one module per kind (each function takes the browsers — see
// browser.mjs — and returns plain JSON: raw samples + summaries; run.mjs turns them into the report).
export { ENTRA, PAGES, waitForWorldValue, openTab } from './common.mjs';
export { sizes, worldsAndScripts, switchLatency, pageLoads } from './measure-page.mjs';
export { FLOW, FLOW_DESCRIPTION, flowOnce, signInFlow, tracedFlow, attribute } from './measure-flow.mjs';
export { memory, popup, scaling } from './measure-memory.mjs';
export { signinLoads } from './signin-loads.mjs';
