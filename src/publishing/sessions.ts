/** Editors name a session as "<day>/<session>", or by its bare id when only one day has it. */
import type {Day, Model} from '../domain/data-schema';

/** Finds a session from "<day>/<session>" or a bare session id that only one day has. */
export function findSession(model: Model, reference: string): {day: Day; session: Day['sessions'][number]} | {error: string} {
  const [dayId, sessionId] = reference.includes('/') ? reference.split('/', 2) : [undefined, reference];
  const candidates = model.days
    .filter((day) => dayId === undefined || day.id === dayId)
    .flatMap((day) => day.sessions.filter((session) => session.id === sessionId).map((session) => ({day, session})));
  if (candidates.length === 1) return candidates[0];
  const known = model.days.flatMap((day) => day.sessions.map((session) => `${day.id}/${session.id}`));
  if (candidates.length === 0) return {error: `session inconnue « ${reference} ». Sessions connues : ${known.join(', ') || '(aucune)'}.`};
  return {error: `« ${reference} » désigne plusieurs sessions : précisez la journée, par exemple ${candidates.map((c) => `${c.day.id}/${c.session.id}`).join(' ou ')}.`};
}
