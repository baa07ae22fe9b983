import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnswerRequest,
  EmployerInvitation,
  employerInvitationList,
  FeedbackResults,
  FeedbackTemplate,
  feedbackTemplateList,
  InvitationDelivery,
  InvitationDeliveryList,
  PublicSurvey,
  SurveyKind,
  TemplateContent,
} from '../../../contract/feedback';
import type { Locale } from '../../../contract/common';
import { apiGet, apiPost, apiPut, type QueryParameters } from '../../api/client';

export const feedbackKeys = {
  survey: (token: string) => ['feedback', 'survey', token] as const,
  results: (query: ResultsQuery) => ['feedback', 'results', query] as const,
  templates: (organisationId: string | null) => ['feedback', 'templates', organisationId] as const,
  employer: (employerId: string) => ['feedback', 'employer', employerId] as const,
  delivery: (query: QueryParameters) => ['feedback', 'delivery', query] as const,
};

export function usePublicSurvey(token: string) {
  // An unknown link stays unknown: no retries.
  return useQuery({
    queryKey: feedbackKeys.survey(token),
    queryFn: () => apiGet<PublicSurvey>(`/api/feedback/answer/${token}`),
    retry: false,
  });
}

export function useSubmitAnswer(token: string) {
  return useMutation({ mutationFn: (body: AnswerRequest) => apiPost<void>(`/api/feedback/answer/${token}`, body) });
}

export type ResultsQuery = { kind: SurveyKind; organisationId?: string; from?: string; to?: string };

export function useFeedbackResults(query: ResultsQuery) {
  return useQuery({
    queryKey: feedbackKeys.results(query),
    queryFn: () => apiGet<FeedbackResults>('/api/feedback/results', query),
  });
}

export function useFeedbackTemplates(organisationId: string | null) {
  return useQuery({
    queryKey: feedbackKeys.templates(organisationId),
    queryFn: () => apiGet<z.infer<typeof feedbackTemplateList>>('/api/feedback/templates', { organisationId }),
  });
}

export function useSaveTemplate(kind: SurveyKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { organisationId: string; version: number; content: TemplateContent }) =>
      apiPut<FeedbackTemplate>(`/api/feedback/templates/${kind}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['feedback', 'templates'] }),
  });
}

export function useEmployerInvitations(employerId: string) {
  return useQuery({
    queryKey: feedbackKeys.employer(employerId),
    queryFn: () => apiGet<z.infer<typeof employerInvitationList>>(`/api/employers/${employerId}/feedback-invitations`),
  });
}

export function useSendEmployerSurvey(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { contactId: string; placementId: string | null; language: Locale }) =>
      apiPost<EmployerInvitation>(`/api/employers/${employerId}/feedback-invitations`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.employer(employerId) }),
  });
}

export function useInvitationDeliveries(query: QueryParameters) {
  return useQuery({
    queryKey: feedbackKeys.delivery(query),
    queryFn: ({ signal }) => apiGet<InvitationDeliveryList>('/api/feedback/invitations', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRequeueInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => apiPost<InvitationDelivery>(`/api/feedback/invitations/${invitationId}/requeue`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['feedback', 'delivery'] }),
  });
}
