// The DOM contract's progress hooks on <html>: tests and the bench wait for `idle`.
export type ScanStatus = 'scanning' | 'idle';

export function setStatus(status: ScanStatus, marks?: number): void {
  const root = document.documentElement;
  if (root.getAttribute('data-exkb-status') !== status) root.setAttribute('data-exkb-status', status);
  if (marks !== undefined) root.setAttribute('data-exkb-marks', String(marks));
}

export function clearStatus(): void {
  document.documentElement.removeAttribute('data-exkb-status');
  document.documentElement.removeAttribute('data-exkb-marks');
}
