// Downloads of the graph, a neighbourhood or paths from /export/<what>.<format>. The file is
// fetched first so that an error (JSON with a message and a code) is shown, not saved.
import { useState } from 'react';
import { ApiError } from '../api/request.ts';
import { useLang } from '../i18n/context.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

export const FORMATS = ['graphml', 'gexf', 'json', 'nodes.csv', 'edges.csv'] as const;
type Format = (typeof FORMATS)[number];

interface Props {
  label: string;
  path: 'graph' | 'neighborhood' | 'paths';
  params: Record<string, string | number>;
  compact?: boolean;
}

export const exportUrl = (path: Props['path'], format: Format, params: Props['params']) => {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const search = query.toString();
  return `/export/${path}.${format}${search ? `?${search}` : ''}`;
};

export function ExportButtons({ label, path, params, compact }: Props) {
  const { t } = useLang();
  const [format, setFormat] = useState<Format>('graphml');
  const [error, setError] = useState<ApiError | null>(null);
  const download = async (): Promise<void> => {
    setError(null);
    const url = exportUrl(path, format, params);
    try {
      const response = await fetch(url);
      if (!response.ok) throw await exportError(response);
      const blob = URL.createObjectURL(await response.blob());
      const a = Object.assign(document.createElement('a'), {
        href: blob,
        download: fileName(response, url),
      });
      a.click();
      setTimeout(() => URL.revokeObjectURL(blob), 10_000);
    } catch (e) {
      setError(
        e instanceof ApiError ? e : new ApiError('The export cannot be reached.', 'NETWORK_ERROR'),
      );
    }
  };
  return (
    <div className={compact ? 'export compact' : 'export'} data-testid={`export-${path}`}>
      <select
        aria-label={t('downloadFormat')}
        value={format}
        onChange={(e) => setFormat(e.target.value as Format)}
      >
        {FORMATS.map((f) => (
          <option key={f}>{f}</option>
        ))}
      </select>
      <button type="button" onClick={() => void download()}>
        {label}
      </button>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

/** The server's name for the file (Content-Disposition), else the last part of the URL. */
function fileName(response: Response, url: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(header);
  const named = match?.[1] ? decodeURIComponent(match[1]) : match?.[2];
  return named ?? url.split('?')[0]?.split('/').pop() ?? 'export';
}

async function exportError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const [first] = body.errors ?? [];
    if (first) return new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  } catch {
    // Not JSON: fall through to the status.
  }
  return new ApiError(`The export answered ${response.status}.`, `HTTP_${response.status}`);
}
