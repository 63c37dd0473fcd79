// The satisfaction survey's form state (five 1-5 ratings and comments, or declined) and the API's Feedback body.
import { type FeedbackT, SURVEY_QUESTIONS } from "./contracts";

export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];
export type FeedbackState = { declined: boolean; ratings: Partial<Record<SurveyQuestion, number>>; comments: string };

export const EMPTY_FEEDBACK: FeedbackState = { declined: false, ratings: {}, comments: "" };

export function toFeedback(s: FeedbackState): FeedbackT {
  if (s.declined) return { declined: true };
  const ratings = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, s.ratings[q] ?? null]));
  return { declined: false, ...ratings, comments: s.comments.trim() || null };
}
