/**
 * A group's agreement matrix as a heat map that reads without colour: a
 * real table whose every cell writes its agreement and, beneath it, the
 * number of common decisions; five shades of one hue, darker for more
 * agreement, with their key.
 */
import type { AbstainRule } from '../../domain/alignment';
import { PAIRS_HEADER, agreementOf, matrixCell, pairRows } from '../../domain/alignment';
import type { AlignmentGroup } from '../../domain/alignmentGroups';
import { toCsv } from '../../domain/csv';
import { DownloadButton } from '../../components/DownloadButton';
import { PictureButtons } from '../../components/PictureButtons';
import { madeOn } from '../../components/pictureLabels';
import { ABSTAIN_RULE_LABEL } from '../../components/labels';
import { stateHref } from '../../store/route';
import type { AlignmentAnswer } from './service';
import { SHADES, agreementShort, count, shadeLabel, shadeOf } from './format';

interface Props {
  answer: AlignmentAnswer;
  group: AlignmentGroup;
  groupLabel: string;
  groups: { value: AlignmentGroup; label: string }[];
  /** Names of the group's members that are not in these decisions. */
  missing: string[];
  rule: AbstainRule;
  onGroup: (group: AlignmentGroup) => void;
  fileName: string;
  allPairs: { fileName: string; csv: () => Promise<string> };
  /** The pictures' source line, and over which decisions the figures are. */
  picture: { source: string; scope: string };
}

/** The shades of the heat map in a picture: the page's colours, dark ones with white figures. */
const SHADE_FILL = ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5', '#08306b'];
const SHADE_INK = ['#1a1a1a', '#1a1a1a', '#000', '#fff', '#fff'];

export function GroupMatrix({
  answer,
  group,
  groupLabel,
  groups,
  missing,
  rule,
  onGroup,
  fileName,
  allPairs,
  picture,
}: Props) {
  const { matrix, parties } = answer;
  const members = matrix.members.map((i) => parties[i]);
  const caption = `${groupLabel}: agreement of each pair, abstention ${ABSTAIN_RULE_LABEL[rule]}`;
  const pairs = (members.length * (members.length - 1)) / 2;
  const everyPair = (parties.length * (parties.length - 1)) / 2;
  return (
    <section className="panel" aria-labelledby="matrix">
      <h2 id="matrix">A group side by side</h2>
      <div className="filters">
        <label>
          Group
          <select value={group} onChange={(e) => onGroup(e.target.value as AlignmentGroup)}>
            {groups.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {missing.length > 0 && <p className="muted">Not among these decisions’ states: {missing.join(', ')}.</p>}
      {members.length < 2 ? (
        <p className="empty">This group has fewer than two states here.</p>
      ) : (
        <>
          <p className="muted small">
            Each cell: the agreement of the row’s state with the column’s, and beneath it the number of common
            decisions. Darker is more agreement:
          </p>
          <ul className="heat-key" aria-label="Shades">
            {SHADES.map((s) => (
              <li key={s}>
                <span className={`heat-swatch heat-${s}`} aria-hidden="true" />
                {shadeLabel(s)}
              </li>
            ))}
            <li>
              <span className="heat-swatch heat-none" aria-hidden="true" />– no common decision
            </li>
          </ul>
          <div className="table-scroll tall" tabIndex={0} role="region" aria-label={caption}>
            <table className="data-table matrix sticky-first">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">State</th>
                  {members.map((p) => (
                    <th key={p.key} scope="col" className="matrix-head">
                      <span aria-hidden="true" title={p.name}>
                        {p.key}
                      </span>
                      <span className="visually-hidden">{p.name}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {members.map((row, i) => (
                  <tr key={row.key}>
                    <th scope="row">
                      <a href={stateHref(row.key)}>{row.name}</a> <span className="muted small">{row.key}</span>
                    </th>
                    {members.map((column, j) => {
                      if (i === j) {
                        return (
                          <td key={column.key} className="heat heat-self">
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">the same state</span>
                          </td>
                        );
                      }
                      const counts = matrixCell(matrix, i, j);
                      const agreement = agreementOf(counts, rule);
                      return (
                        <td
                          key={column.key}
                          className={`heat ${agreement === null ? 'heat-none' : `heat-${shadeOf(agreement)}`}`}
                        >
                          <span className="heat-value">{agreementShort(agreement)}</span>
                          <span className="heat-common">
                            {count(counts.common)}
                            <span className="visually-hidden"> common decisions</span>
                          </span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="table-tools downloads">
        {members.length >= 2 && (
          <DownloadButton
            fileName={fileName}
            makeCsv={() => toCsv(PAIRS_HEADER, pairRows(parties, matrix, rule), { bom: true })}
          >
            Download this group’s {count(pairs)} pairs (CSV)
          </DownloadButton>
        )}
        {members.length >= 2 && (
          <PictureButtons
            fileName={fileName.replace(/\.csv$/, '')}
            what="of the group’s matrix"
            picture={() => ({
              kind: 'chart',
              title: caption,
              subtitle: `${picture.scope}. Each cell: the agreement of the row’s state with the column’s; darker is more agreement.`,
              source: picture.source,
              date: madeOn(),
              chart: {
                columns: members.map((p) => p.key),
                rows: members.map((row, i) => ({
                  label: row.key,
                  cells: members.map((_, j) => {
                    if (i === j) return { text: '—', fill: '#fff', ink: '#666' };
                    const agreement = agreementOf(matrixCell(matrix, i, j), rule);
                    if (agreement === null) return { text: '–', fill: '#ececec', ink: '#333' };
                    const shade = shadeOf(agreement);
                    return { text: agreementShort(agreement), fill: SHADE_FILL[shade], ink: SHADE_INK[shade] };
                  }),
                })),
              },
              key: [
                ...SHADES.map((s) => ({ label: shadeLabel(s), fill: SHADE_FILL[s] })),
                { label: '– no common decision', fill: '#ececec' },
                ...members.map((p) => ({ label: `${p.key}: ${p.name}`, fill: '' })),
              ],
            })}
          />
        )}
        <DownloadButton fileName={allPairs.fileName} makeCsv={allPairs.csv}>
          Download every pair of the {count(parties.length)} states ({count(everyPair)} pairs, CSV)
        </DownloadButton>
      </div>
    </section>
  );
}
