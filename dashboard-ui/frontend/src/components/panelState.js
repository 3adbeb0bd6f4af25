/** Which state a panel shows: loading before the first answer, empty when the answer has nothing for it. */
export function panelState(summary, loading, hasData) {
  if (!summary) {
    return loading ? 'loading' : 'empty';
  }
  return hasData ? 'ready' : 'empty';
}
