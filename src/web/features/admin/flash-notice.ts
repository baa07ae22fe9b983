import { useLocation } from 'react-router-dom';

/** A message for the page a form sends the user back to, e.g. "Organisation created". */
export type FlashState = { notice?: string };

export function useFlashNotice(): string | null {
  const location = useLocation();
  return (location.state as FlashState | null)?.notice ?? null;
}
