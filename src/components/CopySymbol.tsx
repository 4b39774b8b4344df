/** A document symbol with a button that copies it: symbols are what UN people search by. */
import { useState } from 'react';

export function CopySymbol({ symbol }: { symbol: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(symbol);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <span className="copy-symbol">
      <code>{symbol}</code>{' '}
      <button type="button" className="copy" onClick={copy} aria-label={`Copy ${symbol}`}>
        Copy
      </button>
      <span role="status" className="copy-status">
        {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Select the symbol to copy it' : ''}
      </span>
    </span>
  );
}
