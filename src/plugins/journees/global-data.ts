/** What every page may read of the days (home page, summary posts), through `useDaysData()`. */
import type {DaysGlobalData, SiteViews} from './types';

export function daysGlobalData(views: SiteViews): DaysGlobalData {
  const global: DaysGlobalData = {
    days: views.days.map((day) => ({
      id: day.id,
      title: day.title,
      question: day.question,
      description: day.description,
      permalink: day.permalink,
      dateLabel: day.dateLabel,
      timeLabel: day.timeLabel,
      startIso: day.startIso,
      placeLabel: day.placeLabel,
      organiser: day.organiser,
      grandTemoin: day.grandTemoin ? [day.grandTemoin.name, day.grandTemoin.affiliation].filter(Boolean).join(', ') : undefined,
      phase: day.phase,
      statement: day.statement,
      linkLabel: day.linkLabel,
      icsUrl: day.icsUrl,
    })),
    sessions: {},
  };
  for (const day of views.days) {
    for (const session of day.sessions) {
      if (!session.summary) continue;
      global.sessions[`${day.id}/${session.id}`] = {
        title: session.title,
        permalink: session.permalink,
        dayTitle: day.title,
        dayLabel: day.dateLabel,
        resources: session.resources.map((resource) => ({
          title: resource.title,
          kindLabel: resource.kindLabel,
          fileUrl: resource.fileUrl,
          sizeLabel: resource.sizeLabel,
          pendingNote: resource.pendingNote,
          state: resource.state,
        })),
      };
    }
  }
  return global;
}
