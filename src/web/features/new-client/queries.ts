import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { municipalityList } from '../../../contract/reference';
import { apiGet } from '../../api/client';

/** The official municipality list changes once a year at most. */
export function useMunicipalities() {
  return useQuery({
    queryKey: ['new-client', 'municipalities'],
    queryFn: ({ signal }) => apiGet<z.infer<typeof municipalityList>>('/api/reference/municipalities', undefined, signal),
    staleTime: Infinity,
  });
}
