/** "Microsoft Edge 142", "Firefox 140", "Chrome 156": for the helpdesk message only. */
export function browserNameFromUserAgent(ua: string): string {
  if (typeof ua !== 'string') return 'unknown browser';
  const pick = (re: RegExp) => ua.match(re)?.[1]?.split('.')[0];
  const edge = pick(/Edg(?:e|A|iOS)?\/([\d.]+)/);
  if (edge) return `Microsoft Edge ${edge}`;
  const firefox = pick(/Firefox\/([\d.]+)/);
  if (firefox) return `Firefox ${firefox}`;
  const chrome = pick(/(?:Chrome|Chromium)\/([\d.]+)/);
  if (chrome) return `${/Chromium\//.test(ua) ? 'Chromium' : 'Chrome'} ${chrome}`;
  const safari = /Safari\//.test(ua) ? pick(/Version\/([\d.]+)/) : undefined;
  if (safari) return `Safari ${safari}`;
  return 'unknown browser';
}
