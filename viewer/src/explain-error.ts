/**
 * A failure as one sentence in the interface language that says what happened and what to do (pure). Server
 * messages are never shown raw (they are in the server's language and words); the stable code picks the text.
 * Example: explainError('zh', new ApiError('API_HTTP_ERROR', '/graphql: HTTP 502', { status: 502 }))
 * → '服务器暂时不可用（HTTP 502）：API 可能正在重启，请稍后重试。'
 */
import { ApiError } from './api-client.ts';
import { t, type Lang } from './i18n.ts';
import { SceneError } from './scene.ts';

/** The sentence for `error` in `lang`. */
export function explainError(lang: Lang, error: unknown): string {
  if (error instanceof SceneError) return t(lang, 'scene.invalid');
  if (!(error instanceof ApiError))
    return t(lang, 'error.other', { code: error instanceof Error ? error.name : 'ERROR' });
  const d = error.detail;
  switch (error.code) {
    case 'API_UNREACHABLE':
      return t(lang, 'error.unreachable', { endpoint: d.endpoint ?? '/graphql' });
    case 'API_TIMEOUT':
      return t(lang, 'error.timeout', { s: Math.round((d.timeoutMs ?? 15_000) / 1000) });
    case 'API_UNAUTHENTICATED':
      return t(lang, 'error.unauthenticated');
    case 'API_FORBIDDEN':
      return t(lang, 'error.forbidden');
    case 'API_HTTP_ERROR':
      return [502, 503, 504].includes(d.status ?? 0)
        ? t(lang, 'error.gateway', { status: d.status! })
        : t(lang, 'error.http', { status: d.status ?? '?' });
    case 'API_GRAPHQL_ERROR':
      if (d.serverCode === 'BAD_USER_INPUT' || d.serverCode === 'GRAPHQL_VALIDATION_FAILED')
        return t(lang, 'error.badInput', { code: d.serverCode });
      if (d.serverCode === 'INTERNAL_SERVER_ERROR') return t(lang, 'error.internal');
      return t(lang, 'error.other', { code: d.serverCode || 'GRAPHQL' });
    case 'API_ABORTED':
      return '';
  }
}
