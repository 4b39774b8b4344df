/** Downloads a CSV made when clicked, under a file name that says what is inside. */
interface Props {
  fileName: string;
  makeCsv: () => string;
  children: React.ReactNode;
}

export function DownloadButton({ fileName, makeCsv, children }: Props) {
  const download = () => {
    const blob = new Blob([makeCsv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="download" onClick={download}>
      <span aria-hidden="true">⬇ </span>
      {children}
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
