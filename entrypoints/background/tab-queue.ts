const tabQueues = new Map<number, Promise<void>>();

/**
 * Detections of one tab are handled one after the other: the tab record is read-modify-write
 * (code counts, history) and the badge must end on the latest state, not the slowest. A task
 * that fails gives undefined; the queue goes on.
 */
export function inTabOrder<T>(tabId: number, task: () => Promise<T>): Promise<T | undefined> {
  const result = (tabQueues.get(tabId) ?? Promise.resolve()).then(task).catch(() => undefined);
  const next = result.then(() => undefined);
  tabQueues.set(tabId, next);
  void next.then(() => {
    if (tabQueues.get(tabId) === next) tabQueues.delete(tabId);
  });
  return result;
}
