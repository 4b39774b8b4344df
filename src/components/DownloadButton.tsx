/**
 * Downloads a CSV made when clicked, under a file name that says what is
 * inside. A CSV made elsewhere (a worker) may come later: the button says it
 * is being prepared meanwhile.
 */
import { useState } from 'react';

interface Props {
  fileName: string;
  makeCsv: () => string | Promise<string>;
  children: React.ReactNode;
}

export function DownloadButton({ fileName, makeCsv, children }: Props) {
  const [state, setState] = useState<'idle' | 'preparing' | 'failed'>('idle');
  const save = (csv: string) => {
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const download = () => {
    if (state === 'preparing') return;
    const csv = makeCsv();
    if (typeof csv === 'string') return save(csv);
    setState('preparing');
    csv.then(
      (text) => {
        save(text);
        setState('idle');
      },
      () => setState('failed'),
    );
  };
  return (
    <button type="button" className="download" onClick={download} aria-disabled={state === 'preparing' || undefined}>
      <span aria-hidden="true">⬇ </span>
      {children}
      {state === 'preparing' && <span> (preparing…)</span>}
      {state === 'failed' && <span> (could not be made; try again)</span>}
    </button>
  );
}

/** A file-name part from a symbol or label: "A/RES/ES-11/7" → "A-RES-ES-11-7". */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
