/**
 * The periods and events of a Mermaid timeline, read from its source, so the
 * timeline can be shown as a list where the drawing would be unreadable (phones).
 */
export interface TimelinePeriod {
  period: string;
  events: string[];
}

export interface Timeline {
  title?: string;
  periods: TimelinePeriod[];
}

const KEYWORD = /^(timeline|accTitle\s*:|accDescr\s*[:{]|section\s)/;

export function readTimeline(source: string): Timeline {
  const timeline: Timeline = {periods: []};
  let inDescription = false;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (inDescription) {
      inDescription = !line.includes('}');
      continue;
    }
    if (line === '' || line.startsWith('%%')) continue;
    if (/^accDescr\s*\{/.test(line)) {
      inDescription = !line.includes('}');
      continue;
    }
    const title = /^title\s+(.+)$/.exec(line);
    if (title) {
      timeline.title = title[1].trim();
      continue;
    }
    if (KEYWORD.test(line)) continue;
    const [head, ...events] = line.split(/\s+:\s+|\s+:$|^:\s+/).map((part) => part.trim());
    const texts = events.filter(Boolean);
    if (line.startsWith(':')) {
      // A continuation line: more events for the last period.
      const last = timeline.periods.at(-1);
      if (last) last.events.push(...[head, ...texts].filter(Boolean));
    } else {
      timeline.periods.push({period: head, events: texts});
    }
  }
  return timeline;
}
