// Cron schedules in words for the common shapes (5 fields, or 6 with seconds first); anything else is shown as given.
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n) { return String(n).padStart(2, '0'); }

export function cronInWords(expression, zone) {
  if (!expression) return '';
  let fields = expression.trim().split(/\s+/);
  let seconds = '0';
  if (fields.length === 6) [seconds, ...fields] = fields;
  if (fields.length !== 5) return expression;
  const [minute, hour, dom, month, dow] = fields;
  const where = ` (${zone || 'UTC'})`;
  const number = /^\d+$/;
  if (seconds !== '0' && seconds !== '00') {
    const step = /^\*\/(\d+)$/.exec(seconds);
    if (step && fields.every(f => f === '*')) return `every ${step[1]} seconds`;
    return `cron ${expression}${where}`;
  }
  if (fields.every(f => f === '*')) return 'every minute';
  const everyMinutes = /^\*\/(\d+)$/.exec(minute);
  if (everyMinutes && hour === '*' && dom === '*' && month === '*' && dow === '*') return `every ${everyMinutes[1]} minutes`;
  if (number.test(minute) && hour === '*' && dom === '*' && month === '*' && dow === '*') return `every hour at minute ${minute}`;
  if (number.test(minute) && number.test(hour) && month === '*') {
    const at = `at ${pad(hour)}:${pad(minute)}${where}`;
    if (dom === '*' && dow === '*') return `every day ${at}`;
    if (dom === '*' && /^[0-6]$/.test(dow)) return `every ${days[Number(dow)]} ${at}`;
    if (dom === '*' && dow === '1-5') return `every weekday ${at}`;
    if (number.test(dom) && dow === '*') return `on day ${dom} of every month ${at}`;
  }
  return `cron ${expression}${where}`;
}

/** An instant as UTC and, when different, in the trigger's zone (the browser's time zone database). */
export function inUtcAndZone(value, zone) {
  if (!value) return '';
  const date = new Date(value);
  const utc = date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  if (!zone || zone === 'UTC') return utc;
  try {
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
    return `${utc} · ${local} ${zone}`;
  } catch {
    return utc;
  }
}
